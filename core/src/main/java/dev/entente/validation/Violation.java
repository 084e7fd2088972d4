package dev.entente.validation;

import java.util.Objects;

/**
 * One thing wrong with a dossier: where it is, which rule it breaks and what, in words, is wrong.
 *
 * <p>A violation is a plain value: two violations are equal when their pointer, code and message
 * are equal.
 *
 * @param pointer where the bad value is, as an RFC 6901 JSON Pointer built from the model's
 *     attribute names and list indexes, such as {@code /engagements/0/participants/2/office}
 * @param code the rule broken; codes are stable, see {@link ViolationCode}
 * @param message a sentence that names the bad value, such as {@code reference "uk-foreign-sec"
 *     points at no Office in the dossier}; meant for people, its wording may change
 */
public record Violation(String pointer, ViolationCode code, String message) {

  /**
   * Checks that no component is null.
   *
   * @throws NullPointerException if a component is null
   */
  public Violation {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  /**
   * Returns the violation as {@code pointer: code: message}, for logs and test failures.
   *
   * @return the pointer, the code's stable string form and the message
   */
  @Override
  public String toString() {
    return pointer + ": " + code.code() + ": " + message;
  }
}
