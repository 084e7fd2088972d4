package dev.entente.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a fact comes from: a {@link Source}, and optionally the words it uses.
 *
 * <pre>{@code
 * Evidence.of(Ref.of("s3"))
 * Evidence.quoting(Ref.of("s3"), "We condemn in the strongest terms ...")
 * }</pre>
 */
@Value.Immutable
@EntenteStyle
abstract sealed class AbstractEvidence implements Extensible permits Evidence {

  /**
   * Implemented by the generated {@code Evidence.Builder}: the builder is an
   * {@link ExtensibleBuilder}.
   */
  interface Builder extends ExtensibleBuilder<Evidence, Evidence.Builder> {}

  /** {@value}: the name of {@link #source()}, in pointers and written forms. */
  public static final String SOURCE = "source";

  /** {@value}: the name of {@link #quote()}, in pointers and written forms. */
  public static final String QUOTE = "quote";

  /** {@value}: the name of {@link #note()}, in pointers and written forms. */
  public static final String NOTE = "note";

  /** The source. */
  public abstract Ref<Source> source();

  /** The source's own words for the fact, verbatim. */
  public abstract Optional<String> quote();

  /** A remark on how the source supports the fact, or where it differs. */
  public abstract Optional<String> note();

  /** Evidence from a source, with no quote. */
  public static Evidence of(Ref<Source> source) {
    return Evidence.builder().source(source).build();
  }

  /** Evidence from a source, with its own words. */
  public static Evidence quoting(Ref<Source> source, String quote) {
    return Evidence.builder().source(source).quote(quote).build();
  }

  @Value.Check
  final void check() {
    Checks.notBlank("Evidence", "quote", quote());
    Checks.notBlank("Evidence", "note", note());
  }
}
