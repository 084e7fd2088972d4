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
