package dev.entente.serialization;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one NDJSON line held: the record read and validated from it, or the problems that kept it
 * from being read, numbered at the line (their {@link JsonProblem#line()} is the line's number,
 * their column the column within it).
 *
 * @param source the name of the stream or file the line comes from, empty when it has none
 * @param line the line's number, from 1 (or whatever position the caller gave, such as a byte
 *     offset)
 * @param value the record, when the line was read and found valid
 * @param problems the line's problems, empty exactly when there is a value
 * @param <T> {@code Dossier} or {@code Statement}
 */
public record NdjsonRecord<T>(String source, long line, Optional<T> value,
    List<JsonProblem> problems) {

  /** Checks that there is a value or problems, not both and not neither. */
  public NdjsonRecord {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(value, "value");
    problems = List.copyOf(problems);
    if (value.isPresent() == !problems.isEmpty()) {
      throw new IllegalArgumentException("an NDJSON record has a value or problems, not "
          + (value.isPresent() ? "both" : "neither") + " (" + source + " line " + line + ")");
    }
  }

  /** Whether the line was read and found valid. */
  public boolean isValid() {
    return value.isPresent();
  }

  static <T> NdjsonRecord<T> good(String source, long line, T value) {
    return new NdjsonRecord<>(source, line, Optional.of(value), List.of());
  }

  static <T> NdjsonRecord<T> bad(String source, long line, List<JsonProblem> problems) {
    return new NdjsonRecord<>(source == null ? "" : source, line, Optional.empty(), problems);
  }
}
