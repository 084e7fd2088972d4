package dev.entente.model;

import org.immutables.value.Value;

/**
 * An expression of appreciation or gratitude: "thanked", "expressed appreciation for".
 *
 * <pre>{@code
 * Appreciation.builder()
 *     .addObjects(PositionObject.builder()
 *         .addActors(ObjectActor.of(Ref.of("uk"), ObjectRole.CONDUCT))
 *         .conduct("hosting the ninth strategic dialogue")
 *         .build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
@EntenteStyle
abstract sealed class AbstractAppreciation implements Position permits Appreciation {

  /**
   * Implemented by the generated {@code Appreciation.Builder}: the builder is a
   * {@link PositionBuilder}.
   */
  interface Builder extends PositionBuilder<Appreciation, Appreciation.Builder> {}

  /** Always {@link PositionKind#APPRECIATE}. */
  @Override
  public final PositionKind kind() {
    return PositionKind.APPRECIATE;
  }

  @Value.Check
  final void check() {
    Positions.check("Appreciation", this);
  }
}
