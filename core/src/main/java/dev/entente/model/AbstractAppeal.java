package dev.entente.model;

import org.immutables.value.Value;

/**
 * A call on others to act: "call on the DPRK to cease ...", "urge", "demand".
 *
 * <p>The actors called on are the targets of its objects.
 *
 * <pre>{@code
 * Appeal.builder()
 *     .addObjects(PositionObject.builder().addTargets(Ref.of("aukus")).conduct("...").build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
@EntenteStyle
abstract sealed class AbstractAppeal implements Position permits Appeal {

  /**
   * Implemented by the generated {@code Appeal.Builder}: the builder is a
   * {@link PositionBuilder}.
   */
  interface Builder extends PositionBuilder<Appeal, Appeal.Builder> {}

  /** Always {@link PositionKind#CALL_ON}. */
  @Override
  public final PositionKind kind() {
    return PositionKind.CALL_ON;
  }

  @Value.Check
  final void check() {
    Positions.check("Appeal", this);
  }
}
