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

  /** Appends a member name to a pointer built only when it is read. */
  static Pointer member(Pointer pointer, String name) {
    return new Pointer(pointer, name, -1);
  }

  /** Appends a list index to a pointer built only when it is read. */
  static Pointer index(Pointer pointer, int index) {
    return new Pointer(pointer, null, index);
  }

  /**
   * A JSON Pointer as its parent and last reference token, turned into text only when it is
   * read: the validator walks every element of a dossier and reports few of them, so building
   * every element's text was most of its allocation.
   */
  static final class Pointer {

    /** The pointer to the whole document. */
    static final Pointer DOCUMENT = new Pointer(null, null, -1);

    private final Pointer parent;
    private final String name;
    private final int index;

    private Pointer(Pointer parent, String name, int index) {
      this.parent = parent;
      this.name = name;
      this.index = index;
    }

    /** The pointer to the containing value. */
    Pointer parent() {
      return parent == null ? this : parent;
    }

    @Override
    public String toString() {
      if (parent == null) {
        return ROOT;
      }
      String up = parent.toString();
      return name != null ? Pointers.member(up, name) : Pointers.index(up, index);
    }
  }
}
