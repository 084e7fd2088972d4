package dev.entente.model;

import org.immutables.value.Value;

/**
 * A stated intention of the holders themselves: "intends to", "will", "stated that he would".
 *
 * <p>Unlike a {@link Commitment}, it binds no one: it says what the holders mean to do.
 *
 * <pre>{@code
 * Intention.builder()
 *     .addHolder(Ref.of("cho"))
 *     .addObjects(PositionObject.builder()
 *         .addActors(ObjectActor.of(Ref.of("g7"), ObjectRole.SUBJECT))
 *         .conduct("strengthen cooperation with the G7")
 *         .build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
@EntenteStyle
abstract sealed class AbstractIntention implements Position permits Intention {

  /**
   * Implemented by the generated {@code Intention.Builder}: the builder is a
   * {@link PositionBuilder}.
   */
  interface Builder extends PositionBuilder<Intention, Intention.Builder> {}

  /** Always {@link PositionKind#INTEND}. */
  @Override
  public final PositionKind kind() {
    return PositionKind.INTEND;
  }

  @Value.Check
  final void check() {
    Positions.check("Intention", this);
  }
}
