package dev.entente.model;

import org.immutables.value.Value;

/**
 * A commitment or pledge: "pledge to closely monitor developments and actively pursue necessary
 * measures".
 *
 * <pre>{@code
 * Commitment.builder()
 *     .addObjects(PositionObject.builder().addTargets(Ref.of("aukus")).conduct("...").build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
@EntenteStyle
abstract sealed class AbstractCommitment implements Position permits Commitment {

  /**
   * Implemented by the generated {@code Commitment.Builder}: the builder is a
   * {@link PositionBuilder}.
   */
  interface Builder extends PositionBuilder<Commitment, Commitment.Builder> {}

  /** Always {@link PositionKind#COMMIT}. */
  @Override
  public final PositionKind kind() {
    return PositionKind.COMMIT;
  }

  @Value.Check
  final void check() {
    Positions.check("Commitment", this);
  }
}
