package dev.entente.model;

import org.immutables.value.Value;

/**
 * An accusation: "accused", "charged that".
 *
 * <p>An accusation always accuses of something: it has at least one object, and every object
 * names the conduct, or the event or phenomenon ({@link PositionObject#phenomenon()}), it accuses of.
 *
 * <pre>{@code
 * Accusation.builder()
 *     .addObjects(PositionObject.builder()
 *         .addActors(ObjectActor.of(Ref.of("dprk"), ObjectRole.CONDUCT))
 *         .conduct("supplying artillery shells to Russia")
 *         .build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
@EntenteStyle
abstract sealed class AbstractAccusation implements Position permits Accusation {

  /**
   * Implemented by the generated {@code Accusation.Builder}: the builder is a
   * {@link PositionBuilder}.
   */
  interface Builder extends PositionBuilder<Accusation, Accusation.Builder> {}

  /** Always {@link PositionKind#ACCUSE}. */
  @Override
  public final PositionKind kind() {
    return PositionKind.ACCUSE;
  }

  @Value.Check
  final void check() {
    Positions.check("Accusation", this);
    Positions.accusesOfSomething("Accusation", this, "an accusation");
  }
}
