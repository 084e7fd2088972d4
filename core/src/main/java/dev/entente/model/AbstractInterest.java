package dev.entente.model;

import org.immutables.value.Value;

/**
 * An expression of interest: "expressed interest in joining", "is interested in", "is considering".
 *
 * <pre>{@code
 * Interest.builder()
 *     .addObjects(PositionObject.builder()
 *         .addActors(ObjectActor.of(Ref.of("aukus"), ObjectRole.SUBJECT))
 *         .conduct("joining Pillar II projects")
 *         .build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
@EntenteStyle
abstract sealed class AbstractInterest implements Position permits Interest {

  /**
   * Implemented by the generated {@code Interest.Builder}: the builder is a
   * {@link PositionBuilder}.
   */
  interface Builder extends PositionBuilder<Interest, Interest.Builder> {}

  /** Always {@link PositionKind#EXPRESS_INTEREST}. */
  @Override
  public final PositionKind kind() {
    return PositionKind.EXPRESS_INTEREST;
  }

  @Value.Check
  final void check() {
    Positions.check("Interest", this);
  }
}
