package dev.entente.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A position marked as mutual, with the source's own words: its holders hold it jointly, or each
 * towards the other. A mutual position has at least two holders (its own, or its statement's
 * issuers); {@code DossierValidator} reports one that has fewer.
 *
 * <pre>{@code
 * Mutuality.of(MutualityKind.JOINT, "mutual")          // "expressed mutual deep concern"
 * Mutuality.of(MutualityKind.RECIPROCAL, "each other's") // "appreciated each other's support"
 * }</pre>
 */
@Value.Immutable
@EntenteStyle
abstract sealed class AbstractMutuality implements Extensible permits Mutuality {

  /**
   * Implemented by the generated {@code Mutuality.Builder}: the builder is an
   * {@link ExtensibleBuilder}.
   */
  interface Builder extends ExtensibleBuilder<Mutuality, Mutuality.Builder> {}

  /** {@value}: the name of {@link #kind()}, in pointers and written forms. */
  public static final String KIND = "kind";

  /** {@value}: the name of {@link #wording()}, in pointers and written forms. */
  public static final String WORDING = "wording";

  /** How the position is shared. */
  @Value.Parameter
  public abstract MutualityKind kind();

  /** The words that mark it mutual, verbatim ("mutual", "shared", "each other's"). */
  @Value.Parameter
  public abstract Optional<String> wording();

  /** A kind of mutuality with the words that express it. */
  public static Mutuality of(MutualityKind kind, String wording) {
    return Mutuality.of(kind, Optional.of(wording));
  }

  @Value.Check
  final void check() {
    Checks.notBlank("Mutuality", "wording", wording());
  }
}
