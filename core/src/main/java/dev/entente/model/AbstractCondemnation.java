package dev.entente.model;

import org.immutables.value.Value;

/**
 * A condemnation: "We condemn in the strongest terms ...".
 *
 * <p>A condemnation always condemns something: it has at least one object, and every object
 * names the condemned conduct, or the event or phenomenon condemned
 * ({@link PositionObject#phenomenon()}: "condemn terrorism in all its forms", "condemn the attack
 * on ...") without repeating it as conduct text.
 *
 * <pre>{@code
 * Condemnation.builder()
 *     .intensity(Intensity.of(IntensityLevel.STRONGEST, "in the strongest terms"))
 *     .addObjects(PositionObject.builder()
 *         .addTargets(Ref.of("dprk"))
 *         .conduct("continued unlawful arms transfers to Russia")
 *         .build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
@EntenteStyle
abstract sealed class AbstractCondemnation implements Position permits Condemnation {

  /**
   * Implemented by the generated {@code Condemnation.Builder}: the builder is a
   * {@link PositionBuilder}.
   */
  interface Builder extends PositionBuilder<Condemnation, Condemnation.Builder> {}

  /** Always {@link PositionKind#CONDEMN}. */
  @Override
  public final PositionKind kind() {
    return PositionKind.CONDEMN;
  }

  @Value.Check
  final void check() {
    Positions.check("Condemnation", this);
    Positions.accusesOfSomething("Condemnation", this, "a condemnation");
  }
}
