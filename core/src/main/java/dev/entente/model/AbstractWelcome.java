package dev.entente.model;

import org.immutables.value.Value;

/**
 * A welcome: "welcomed ongoing consultations between the ROK and AUKUS on potential
 * collaboration under Pillar Two".
 *
 * <pre>{@code
 * Welcome.builder()
 *     .addObjects(PositionObject.builder().addTargets(Ref.of("aukus")).conduct("...").build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
@EntenteStyle
abstract sealed class AbstractWelcome implements Position permits Welcome {

  /**
   * Implemented by the generated {@code Welcome.Builder}: the builder is a
   * {@link PositionBuilder}.
   */
  interface Builder extends PositionBuilder<Welcome, Welcome.Builder> {}

  /** Always {@link PositionKind#WELCOME}. */
  @Override
  public final PositionKind kind() {
    return PositionKind.WELCOME;
  }

  @Value.Check
  final void check() {
    Positions.check("Welcome", this);
  }
}
