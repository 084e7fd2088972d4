package dev.entente.model;

import org.immutables.value.Value;

/**
 * An expression of opposition: "China and North Korea have opposed the expansion of AUKUS".
 *
 * <pre>{@code
 * Opposition.builder()
 *     .addObjects(PositionObject.builder().addTargets(Ref.of("aukus")).conduct("...").build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
@EntenteStyle
abstract sealed class AbstractOpposition implements Position permits Opposition {

  /**
   * Implemented by the generated {@code Opposition.Builder}: the builder is a
   * {@link PositionBuilder}.
   */
  interface Builder extends PositionBuilder<Opposition, Opposition.Builder> {}

  /** Always {@link PositionKind#OPPOSE}. */
  @Override
  public final PositionKind kind() {
    return PositionKind.OPPOSE;
  }

  @Value.Check
  final void check() {
    Positions.check("Opposition", this);
  }
}
