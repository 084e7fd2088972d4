package dev.entente.model;

import dev.entente.time.FuzzyDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The span of time an office is held: a start and, once it is over, an end, each as precise as
 * the sources allow.
 *
 * <pre>{@code
 * Term.of(FuzzyDate.parse("2024-07-05"), FuzzyDate.parse("2025-09-05"))
 * Term.from(FuzzyDate.parse("2024-01"))   // still in office, or end unknown
 * }</pre>
 */
@Value.Immutable
@EntenteStyle
abstract sealed class AbstractTerm implements Extensible permits Term {

  /**
   * Implemented by the generated {@code Term.Builder}: the builder is an
   * {@link ExtensibleBuilder}.
   */
  interface Builder extends ExtensibleBuilder<Term, Term.Builder> {}

  /** {@value}: the name of {@link #start()}, in pointers and written forms. */
  public static final String START = "start";

  /** {@value}: the name of {@link #end()}, in pointers and written forms. */
  public static final String END = "end";

  /** The first day in office. */
  @Value.Parameter
  public abstract FuzzyDate start();

  /** The last day in office, if the term is over and its end is known. */
  @Value.Parameter
  public abstract Optional<FuzzyDate> end();

  /** A term that began on the given day and has not ended, or whose end is unknown. */
  public static Term from(FuzzyDate start) {
    return Term.of(start, Optional.empty());
  }

  /** A term with its start and its end. */
  public static Term of(FuzzyDate start, FuzzyDate end) {
    return Term.of(start, Optional.of(end));
  }

  /**
   * Whether the time is certainly outside this term: it ends before the earliest possible start,
   * or begins after the latest possible end.
   */
  public final boolean certainlyExcludes(FuzzyDate time) {
    if (time.isCertainlyBefore(start())) {
      return true;
    }
    Optional<FuzzyDate> end = end(); // one Optional: the generated accessor makes one a call
    return end.isPresent() && end.get().isCertainlyBefore(time);
  }

  @Value.Check
  final void check() {
    if (end().isPresent() && end().get().isCertainlyBefore(start())) {
      throw new InvalidValueException(
          "Term", "end", end().get(), "is before the start " + start());
    }
  }
}
