package dev.entente.model;

import java.util.List;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A person's holding of an office over a term: "41st Minister of Foreign Affairs, from January
 * 2024 to 18 July 2025".
 *
 * <pre>{@code
 * Tenure.builder()
 *     .office(Ref.of("rok-foreign-minister"))
 *     .term(Term.of(FuzzyDate.parse("2024-01"), FuzzyDate.parse("2025-07-18")))
 *     .ordinal(41)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@EntenteStyle
abstract sealed class AbstractTenure implements Extensible permits Tenure {

  /**
   * Implemented by the generated {@code Tenure.Builder}: the builder is an
   * {@link ExtensibleBuilder}.
   */
  interface Builder extends ExtensibleBuilder<Tenure, Tenure.Builder> {}

  /** {@value}: the name of {@link #office()}, in pointers and written forms. */
  public static final String OFFICE = "office";

  /** {@value}: the name of {@link #term()}, in pointers and written forms. */
  public static final String TERM = "term";

  /** {@value}: the name of {@link #ordinal()}, in pointers and written forms. */
  public static final String ORDINAL = "ordinal";

  /** {@value}: the name of {@link #evidence()}, in pointers and written forms. */
  public static final String EVIDENCE = "evidence";

  /** The office held. */
  public abstract Ref<Office> office();

  /** When it was held. */
  public abstract Term term();

  /** The holder's number in the line of holders ("41st"), when sources give it. */
  public abstract OptionalInt ordinal();

  /** The sources for the tenure and its term. */
  public abstract List<Evidence> evidence();

  @Value.Check
  final void check() {
    Checks.positive("Tenure", "ordinal", ordinal());
  }
}
