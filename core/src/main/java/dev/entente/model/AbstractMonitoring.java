package dev.entente.model;

import org.immutables.value.Value;

/**
 * A statement of monitoring: "closely monitoring what Russia provides to the DPRK in return".
 *
 * <pre>{@code
 * Monitoring.builder()
 *     .addObjects(PositionObject.builder().addTargets(Ref.of("aukus")).conduct("...").build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
@EntenteStyle
abstract sealed class AbstractMonitoring implements Position permits Monitoring {

  /**
   * Implemented by the generated {@code Monitoring.Builder}: the builder is a
   * {@link PositionBuilder}.
   */
  interface Builder extends PositionBuilder<Monitoring, Monitoring.Builder> {}

  /** Always {@link PositionKind#MONITOR}. */
  @Override
  public final PositionKind kind() {
    return PositionKind.MONITOR;
  }

  @Value.Check
  final void check() {
    Positions.check("Monitoring", this);
  }
}
