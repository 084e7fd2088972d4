package dev.entente.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a position is about: whose conduct (target actors) or which event or phenomenon (a topic
 * such as terrorism), the conduct or situation itself, and how firmly it is asserted.
 *
 * <pre>{@code
 * PositionObject.builder()
 *     .addTargets(Ref.of("dprk"))
 *     .conduct("deployment of its troops to the Russian Federation")
 *     .hedging(Hedging.of(HedgeLevel.REPORTED, "reported"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@EntenteStyle
abstract sealed class AbstractPositionObject implements Extensible permits PositionObject {

  /**
   * Implemented by the generated {@code PositionObject.Builder}: the builder is an
   * {@link ExtensibleBuilder}.
   */
  interface Builder extends ExtensibleBuilder<PositionObject, PositionObject.Builder> {}

  /** {@value}: the name of {@link #targets()}, in pointers and written forms. */
  public static final String TARGETS = "targets";

  /** {@value}: the name of {@link #phenomenon()}, in pointers and written forms. */
  public static final String PHENOMENON = "phenomenon";

  /** {@value}: the name of {@link #conduct()}, in pointers and written forms. */
  public static final String CONDUCT = "conduct";

  /** {@value}: the name of {@link #hedging()}, in pointers and written forms. */
  public static final String HEDGING = "hedging";

  /** The actors whose conduct it is, or who are addressed. */
  public abstract List<Ref<Actor>> targets();

  /** An event or phenomenon the position is about, as a topic. */
  public abstract Optional<Ref<Topic>> phenomenon();

  /** The conduct or situation, described in the source's terms. */
  public abstract Optional<String> conduct();

  /** How firmly the conduct is asserted; absent means {@link HedgeLevel#ASSERTED}. */
  public abstract Optional<Hedging> hedging();

  /** The hedge level, {@link HedgeLevel#ASSERTED} when no hedging is recorded. */
  public final HedgeLevel hedgeLevel() {
    return hedging().map(Hedging::level).orElse(HedgeLevel.ASSERTED);
  }

  @Value.Check
  final void check() {
    Checks.distinct("PositionObject", "targets", targets());
    Checks.notBlank("PositionObject", "conduct", conduct());
    if (targets().isEmpty() && phenomenon().isEmpty() && conduct().isEmpty()) {
      throw new InvalidValueException(
          "PositionObject", "targets", targets(), "an object names targets, a phenomenon or a conduct");
    }
  }
}
