package dev.entente.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person as the author or speaker of a statement, in the office held at the time.
 *
 * <pre>{@code
 * Attribution.of(Ref.of("cho-tae-yul"), Ref.of("rok-foreign-minister"))
 * }</pre>
 */
@Value.Immutable
@EntenteStyle
abstract sealed class AbstractAttribution implements Extensible permits Attribution {

  /**
   * Implemented by the generated {@code Attribution.Builder}: the builder is an
   * {@link ExtensibleBuilder}.
   */
  interface Builder extends ExtensibleBuilder<Attribution, Attribution.Builder> {}

  /** {@value}: the name of {@link #person()}, in pointers and written forms. */
  public static final String PERSON = "person";

  /** {@value}: the name of {@link #office()}, in pointers and written forms. */
  public static final String OFFICE = "office";

  /** Who. */
  public abstract Ref<Person> person();

  /** As which office. */
  public abstract Optional<Ref<Office>> office();

  /** A person speaking as an office. */
  public static Attribution of(Ref<Person> person, Ref<Office> office) {
    return Attribution.builder().person(person).office(office).build();
  }
}
