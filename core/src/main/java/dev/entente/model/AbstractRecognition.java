package dev.entente.model;

import org.immutables.value.Value;

/**
 * A recognition or note: "recognised that AUKUS contributes to the security and stability of the
 * Indo-Pacific", "take note of the increasingly intertwined security of ...".
 *
 * <pre>{@code
 * Recognition.builder()
 *     .addObjects(PositionObject.builder().addTargets(Ref.of("aukus")).conduct("...").build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
@EntenteStyle
abstract sealed class AbstractRecognition implements Position permits Recognition {

  /**
   * Implemented by the generated {@code Recognition.Builder}: the builder is a
   * {@link PositionBuilder}.
   */
  interface Builder extends PositionBuilder<Recognition, Recognition.Builder> {}

  /** Always {@link PositionKind#RECOGNISE}. */
  @Override
  public final PositionKind kind() {
    return PositionKind.RECOGNISE;
  }

  @Value.Check
  final void check() {
    Positions.check("Recognition", this);
  }
}
