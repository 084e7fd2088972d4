package dev.entente.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * A person: names in one or more scripts, aliases as sources spelled them, and the offices held
 * over time.
 *
 * <p>An alias is never a second person: "Cho Tae-yong", as one article misspells the minister, is
 * an alias of Cho Tae-yul with that article as its evidence.
 *
 * <pre>{@code
 * Person cho = Person.builder()
 *     .id("cho-tae-yul")
 *     .name("Cho Tae-yul")
 *     .addNames(PersonName.of("조태열", "Hang"))
 *     .addAliases(Wording.of("Cho Tae-yong", Evidence.of(Ref.of("herald-economy"))))
 *     .addTenures(Tenure.builder().office(Ref.of("rok-foreign-minister"))
 *         .term(Term.from(FuzzyDate.parse("2024-01"))).build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
@EntenteStyle
abstract sealed class AbstractPerson implements Actor permits Person {

  /**
   * Implemented by the generated {@code Person.Builder}: the builder is a
   * {@link ActorBuilder}.
   */
  interface Builder extends ActorBuilder<Person, Person.Builder> {}

  /** {@value}: the name of {@link #names()}, in pointers and written forms. */
  public static final String NAMES = "names";

  /** {@value}: the name of {@link #aliases()}, in pointers and written forms. */
  public static final String ALIASES = "aliases";

  /** {@value}: the name of {@link #tenures()}, in pointers and written forms. */
  public static final String TENURES = "tenures";

  @Override
  public abstract String id();

  /** The primary name, as the person's own government writes it in Latin script. */
  @Override
  public abstract String name();

  /** Other written forms of the name: native scripts, other romanisations. */
  public abstract List<PersonName> names();

  /** Other spellings that sources used, each with its sources. */
  public abstract List<Wording> aliases();

  /** The offices held, each over its term. */
  public abstract List<Tenure> tenures();

  @Override
  public abstract List<ExternalId> externalIds();

  @Value.Check
  final void check() {
    Checks.id("Person", this);
    Checks.notBlank("Person", "name", name());
  }
}
