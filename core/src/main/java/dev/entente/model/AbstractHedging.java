package dev.entente.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * How firmly a conduct is asserted, on a small typed scale, with the source's own hedging words.
 *
 * <pre>{@code
 * Hedging.of(HedgeLevel.REPORTED, "reported")
 * Hedging.of(HedgeLevel.POSSIBLE, "the possibility for any")
 * }</pre>
 */
@Value.Immutable
@EntenteStyle
abstract sealed class AbstractHedging implements Extensible permits Hedging {

  /**
   * Implemented by the generated {@code Hedging.Builder}: the builder is an
   * {@link ExtensibleBuilder}.
   */
  interface Builder extends ExtensibleBuilder<Hedging, Hedging.Builder> {}

  /** {@value}: the name of {@link #level()}, in pointers and written forms. */
  public static final String LEVEL = "level";

  /** {@value}: the name of {@link #wording()}, in pointers and written forms. */
  public static final String WORDING = "wording";

  /** The level. */
  @Value.Parameter
  public abstract HedgeLevel level();

  /** The hedging words, verbatim ("reported", "potential"). */
  @Value.Parameter
  public abstract Optional<String> wording();

  /** A level with the words that express it. */
  public static Hedging of(HedgeLevel level, String wording) {
    return Hedging.of(level, Optional.of(wording));
  }

  @Value.Check
  final void check() {
    Checks.notBlank("Hedging", "wording", wording());
  }
}
