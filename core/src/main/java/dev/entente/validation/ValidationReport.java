package dev.entente.validation;

import java.util.List;
import java.util.Objects;

/**
 * The first violations of a dossier, up to a limit, and how many more there are: what {@link
 * DossierValidator#validate(dev.entente.model.Dossier, int)} finds when a caller reports only so many (a reader
 * bounded by its problem limit), so that a dossier with a million violations costs the memory of
 * the ones reported, not of a million messages.
 *
 * @param violations the first violations, in document order; unmodifiable
 * @param notReported how many violations followed them, counted but not described
 */
public record ValidationReport(List<Violation> violations, int notReported) {

  /**
   * Copies the list and checks the count.
   *
   * @throws NullPointerException if {@code violations} is null
   * @throws IllegalArgumentException if {@code notReported} is negative
   */
  public ValidationReport {
    violations = List.copyOf(Objects.requireNonNull(violations, "violations"));
    if (notReported < 0) {
      throw new IllegalArgumentException("notReported: " + notReported + ": must be 0 or more");
    }
  }

  /** Whether the dossier has no violation at all. */
  public boolean isValid() {
    return violations.isEmpty() && notReported == 0;
  }
}
