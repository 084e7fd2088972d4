package dev.entente.model;

import dev.entente.time.FuzzyDate;
import dev.entente.time.ResolvedTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What one source says about when something happened or will happen: the resolved time, the
 * source's own wording and, for a relative wording, the reference it was resolved against.
 *
 * <p>Claims from sources that disagree ("early 2025" and "first half of next year") are kept side
 * by side, each with its evidence.
 *
 * <pre>{@code
 * ResolvedTime firstHalf = RelativeTime.resolve("first half of next year", publication);
 * DateClaim claim = DateClaim.of(firstHalf, Evidence.of(article));
 * claim.value();    // 2025-40
 * claim.wording();  // Optional[first half of next year]
 * }</pre>
 */
@Value.Immutable
@EntenteStyle
abstract sealed class AbstractDateClaim implements Claim<FuzzyDate> permits DateClaim {

  /**
   * Implemented by the generated {@code DateClaim.Builder}: the builder is an
   * {@link ExtensibleBuilder}.
   */
  interface Builder extends ExtensibleBuilder<DateClaim, DateClaim.Builder> {}

  /** {@value}: the name of {@link #reference()}, in pointers and written forms. */
  public static final String REFERENCE = "reference";

  /** The time, as an EDTF value. */
  @Override
  public abstract FuzzyDate value();

  /** The source's wording, verbatim ("the 21st", "early 2025"). */
  @Override
  public abstract Optional<String> wording();

  /** For a relative wording: the time it was resolved against. */
  public abstract Optional<FuzzyDate> reference();

  /** The sources that say so. */
  @Override
  public abstract List<Evidence> evidence();

  /** A claim of an absolute time, with its sources. */
  public static DateClaim of(FuzzyDate value, Evidence... evidence) {
    return DateClaim.builder().value(value).addEvidence(evidence).build();
  }

  /** A claim of a time resolved from a source's relative wording, with its sources. */
  public static DateClaim of(ResolvedTime resolved, Evidence... evidence) {
    return DateClaim.builder()
        .value(resolved.value())
        .wording(resolved.wording())
        .reference(resolved.reference())
        .addEvidence(evidence)
        .build();
  }

  @Value.Check
  final void check() {
    Checks.notBlank("DateClaim", "wording", wording());
  }
}
