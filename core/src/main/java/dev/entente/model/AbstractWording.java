package dev.entente.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * A text exactly as a source wrote it, kept apart from what it stands for: an alias of a person
 * ("Cho Tae-yong"), a title as printed ("British Foreign Minister").
 *
 * <pre>{@code
 * Wording.of("Cho Tae-yong", Evidence.of(Ref.of("herald-economy")))
 * }</pre>
 */
@Value.Immutable
@EntenteStyle
abstract sealed class AbstractWording implements Extensible permits Wording {

  /**
   * Implemented by the generated {@code Wording.Builder}: the builder is an
   * {@link ExtensibleBuilder}.
   */
  interface Builder extends ExtensibleBuilder<Wording, Wording.Builder> {}

  /** {@value}: the name of {@link #text()}, in pointers and written forms. */
  public static final String TEXT = "text";

  /** {@value}: the name of {@link #evidence()}, in pointers and written forms. */
  public static final String EVIDENCE = "evidence";

  /** The text, verbatim. */
  public abstract String text();

  /** The sources that wrote it; at least one. */
  public abstract List<Evidence> evidence();

  /** The text as written by the given sources. */
  public static Wording of(String text, Evidence... evidence) {
    return Wording.builder().text(text).addEvidence(evidence).build();
  }

  @Value.Check
  final void check() {
    Checks.notBlank("Wording", "text", text());
    Checks.notEmpty(
        "Wording", "evidence", evidence(), "a wording is kept with the source that wrote it");
  }
}
