package dev.entente.model;

import org.immutables.value.Value;

/**
 * A denial or rejection of a claim: "denied", "rejected the accusation", "dismissed reports".
 *
 * <p>It denies that something is so, where an {@link Opposition} rejects a course of action. It
 * always denies something: it has at least one object.
 *
 * <pre>{@code
 * Denial.builder()
 *     .addObjects(PositionObject.builder()
 *         .conduct("any transfer of weapons to Russia")
 *         .hedging(Hedging.of(HedgeLevel.ALLEGED, "alleged"))
 *         .build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
@EntenteStyle
abstract sealed class AbstractDenial implements Position permits Denial {

  /**
   * Implemented by the generated {@code Denial.Builder}: the builder is a
   * {@link PositionBuilder}.
   */
  interface Builder extends PositionBuilder<Denial, Denial.Builder> {}

  /** Always {@link PositionKind#DENY}. */
  @Override
  public final PositionKind kind() {
    return PositionKind.DENY;
  }

  @Value.Check
  final void check() {
    Positions.check("Denial", this);
    Checks.notEmpty("Denial", Position.OBJECTS, objects(), "a denial denies at least one thing");
  }
}
