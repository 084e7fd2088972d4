package dev.entente.validation;

/** Builds RFC 6901 JSON Pointers one reference token at a time. */
final class Pointers {

  /** The pointer to the whole document. */
  static final String ROOT = "";

  private Pointers() {}

  /**
   * Appends a member name, escaping {@code ~} as {@code ~0} and {@code /} as {@code ~1}.
   *
   * @param pointer the pointer to the containing object
   * @param name the member name
   * @return the pointer to the member
   */
  static String member(String pointer, String name) {
    return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  /**
   * Appends a list index.
   *
   * @param pointer the pointer to the list
   * @param index the zero-based index
   * @return the pointer to the element
   */
  static String index(String pointer, int index) {
    return pointer + "/" + index;
  }
}
