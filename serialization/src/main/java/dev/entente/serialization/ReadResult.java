package dev.entente.serialization;

import java.util.List;
import java.util.Objects;

/**
 * A value read from a document that is structurally sound, with the violations of the rules that
 * span it: what {@code validate} commands and test assertions need to see all at once.
 *
 * @param value the value read
 * @param violations every violation, each of kind {@link JsonProblem.Kind#VIOLATION}, located in
 *     the source, up to {@link ReadLimits#maxProblems()} of them; when there are more, they are
 *     followed by one {@link JsonProblem.Kind#LIMIT} problem that says how many more there are.
 *     Empty when the value is valid
 * @param <T> the type of value
 */
public record ReadResult<T>(T value, List<JsonProblem> violations) {

  /** Checks and copies the components. */
  public ReadResult {
    Objects.requireNonNull(value, "value");
    violations = List.copyOf(violations);
  }

  /** Whether there is no violation. */
  public boolean isValid() {
    return violations.isEmpty();
  }

  /**
   * The value, if it is valid.
   *
   * @throws EntenteJsonException with the violations, as {@link #violations()} has them, if there
   *     is any
   */
  public T orElseThrow() {
    if (!violations.isEmpty()) {
      throw new EntenteJsonException(violations);
    }
    return value;
  }
}
