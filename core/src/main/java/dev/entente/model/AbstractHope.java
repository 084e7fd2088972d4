package dev.entente.model;

import org.immutables.value.Value;

/**
 * An expression of hope: "expressed hope for enhanced advanced defence technology cooperation".
 *
 * <pre>{@code
 * Hope.builder()
 *     .addObjects(PositionObject.builder().addTargets(Ref.of("aukus")).conduct("...").build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
@EntenteStyle
abstract sealed class AbstractHope implements Position permits Hope {

  /**
   * Implemented by the generated {@code Hope.Builder}: the builder is a
   * {@link PositionBuilder}.
   */
  interface Builder extends PositionBuilder<Hope, Hope.Builder> {}

  /** Always {@link PositionKind#HOPE}. */
  @Override
  public final PositionKind kind() {
    return PositionKind.HOPE;
  }

  @Value.Check
  final void check() {
    Positions.check("Hope", this);
  }
}
