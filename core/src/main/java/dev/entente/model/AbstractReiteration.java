package dev.entente.model;

import dev.entente.time.FuzzyDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The mark of a position that restates an earlier one ("reaffirmed", "reiterated", "once
 * again"): the marking words, the earlier statement where the dossier has it, since when the
 * position has been held, and the sources that say it is a restatement. At least one of them is
 * recorded.
 *
 * <pre>{@code
 * Reiteration.builder().wording("reaffirmed").previous(Ref.of("summit-communique-2023")).build();
 * Reiteration.builder().since(FuzzyDate.parse("2023")).addEvidence(Evidence.of(remarks)).build();
 * }</pre>
 */
@Value.Immutable
@EntenteStyle
abstract sealed class AbstractReiteration implements Extensible permits Reiteration {

  /**
   * Implemented by the generated {@code Reiteration.Builder}: the builder is an
   * {@link ExtensibleBuilder}.
   */
  interface Builder extends ExtensibleBuilder<Reiteration, Reiteration.Builder> {}

  /** {@value}: the name of {@link #wording()}, in pointers and written forms. */
  public static final String WORDING = "wording";

  /** {@value}: the name of {@link #previous()}, in pointers and written forms. */
  public static final String PREVIOUS = "previous";

  /** {@value}: the name of {@link #since()}, in pointers and written forms. */
  public static final String SINCE = "since";

  /** {@value}: the name of {@link #evidence()}, in pointers and written forms. */
  public static final String EVIDENCE = "evidence";

  /** The words that mark the restatement, verbatim ("reaffirmed", "reiterated"). */
  public abstract Optional<String> wording();

  /** The statement that first took the position, when the dossier records it. */
  public abstract Optional<Ref<Statement>> previous();

  /** When the position was first taken, as far as known ("first agreed in 2023"). */
  public abstract Optional<FuzzyDate> since();

  /** The sources that say the position restates an earlier one. */
  public abstract List<Evidence> evidence();

  /** A restatement marked by these words. */
  public static Reiteration of(String wording) {
    return Reiteration.builder().wording(wording).build();
  }

  @Value.Check
  final void check() {
    Checks.notBlank("Reiteration", WORDING, wording());
    if (wording().isEmpty() && previous().isEmpty() && since().isEmpty() && evidence().isEmpty()) {
      throw new InvalidValueException("Reiteration", WORDING, "(none)",
          "a reiteration records its wording, the previous statement, since when, or evidence");
    }
  }
}
