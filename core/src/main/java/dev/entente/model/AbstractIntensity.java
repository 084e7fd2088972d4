package dev.entente.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * How strongly a position is put, on a small typed scale, with the source's own words.
 *
 * <pre>{@code
 * Intensity.of(IntensityLevel.STRONGEST, "in the strongest terms")
 * Intensity.of(IntensityLevel.STRONG, "deeply")
 * }</pre>
 */
@Value.Immutable
@EntenteStyle
abstract sealed class AbstractIntensity implements Extensible permits Intensity {

  /**
   * Implemented by the generated {@code Intensity.Builder}: the builder is an
   * {@link ExtensibleBuilder}.
   */
  interface Builder extends ExtensibleBuilder<Intensity, Intensity.Builder> {}

  /** {@value}: the name of {@link #level()}, in pointers and written forms. */
  public static final String LEVEL = "level";

  /** {@value}: the name of {@link #wording()}, in pointers and written forms. */
  public static final String WORDING = "wording";

  /** The level. */
  @Value.Parameter
  public abstract IntensityLevel level();

  /** The intensifying words, verbatim. */
  @Value.Parameter
  public abstract Optional<String> wording();

  /** A level with the words that express it. */
  public static Intensity of(IntensityLevel level, String wording) {
    return Intensity.of(level, Optional.of(wording));
  }

  @Value.Check
  final void check() {
    Checks.notBlank("Intensity", "wording", wording());
  }
}
