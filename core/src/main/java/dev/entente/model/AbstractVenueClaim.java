package dev.entente.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What some sources say about where something took place, kept beside the claims of sources that
 * say otherwise.
 *
 * <pre>{@code
 * VenueClaim.of(Venue.builder().city("Hiroshima").build(), Evidence.of(Ref.of("white-house")));
 * }</pre>
 */
@Value.Immutable
@EntenteStyle
abstract sealed class AbstractVenueClaim implements Claim<Venue> permits VenueClaim {

  /**
   * Implemented by the generated {@code VenueClaim.Builder}: the builder is an
   * {@link ExtensibleBuilder}.
   */
  interface Builder extends ExtensibleBuilder<VenueClaim, VenueClaim.Builder> {}

  /** The venue the sources name. */
  @Override
  public abstract Venue value();

  /** The sources' own words for it ("on the margins of the G7 summit"). */
  @Override
  public abstract Optional<String> wording();

  /** The sources that say so. */
  @Override
  public abstract List<Evidence> evidence();

  /** A claim of a venue, with its sources. */
  public static VenueClaim of(Venue value, Evidence... evidence) {
    return VenueClaim.builder().value(value).addEvidence(evidence).build();
  }

  @Value.Check
  final void check() {
    Checks.notBlank("VenueClaim", WORDING, wording());
  }
}
