package dev.entente.testing.generators;

import static dev.entente.testing.generators.FuzzyDateArbitraries.fuzzyDates;
import static dev.entente.testing.generators.ProvenanceArbitraries.evidenceLists;
import static dev.entente.testing.generators.ProvenanceArbitraries.wordings;
import static dev.entente.testing.generators.ScalarArbitraries.countryCodes;
import static dev.entente.testing.generators.ScalarArbitraries.distinctRefs;
import static dev.entente.testing.generators.ScalarArbitraries.externalIds;
import static dev.entente.testing.generators.ScalarArbitraries.idWithOther;
import static dev.entente.testing.generators.ScalarArbitraries.ids;
import static dev.entente.testing.generators.ScalarArbitraries.languageTags;
import static dev.entente.testing.generators.ScalarArbitraries.list;
import static dev.entente.testing.generators.ScalarArbitraries.opt;
import static dev.entente.testing.generators.ScalarArbitraries.ordinals;
import static dev.entente.testing.generators.ScalarArbitraries.refs;
import static dev.entente.testing.generators.ScalarArbitraries.scripts;
import static dev.entente.testing.generators.ScalarArbitraries.texts;

import dev.entente.model.Actor;
import dev.entente.model.GovernmentBody;
import dev.entente.model.Grouping;
import dev.entente.model.GroupingKind;
import dev.entente.model.NameOrder;
import dev.entente.model.Office;
import dev.entente.model.OfficeKind;
import dev.entente.model.Person;
import dev.entente.model.PersonName;
import dev.entente.model.State;
import dev.entente.model.Tenure;
import dev.entente.model.Term;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** The four kinds of actor, their names, offices and tenures. */
final class ActorArbitraries {

  private ActorArbitraries() {}

  // ============================================================================ actors

  /**
   * Names in a script, with or without language and romanization; half of them split into family
   * and given names, written in an order (or none), as the text then reads.
   */
  public static Arbitrary<PersonName> personNames() {
    Arbitrary<String> part = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12);
    Arbitrary<Tuple.Tuple3<String, String, Optional<NameOrder>>> parts = Combinators.combine(
        part, part, opt(Arbitraries.of(NameOrder.class))).as(Tuple::of);
    return Builders.withBuilder(PersonName::builder)
        .use(Arbitraries.oneOf(texts().map(t -> Tuple.of(t, Optional.<Tuple.Tuple3<String, String,
                Optional<NameOrder>>>empty())),
            parts.map(p -> Tuple.of(written(p.get1(), p.get2(), p.get3()), Optional.of(p)))))
        .in((b, v) -> {
          b.text(v.get1());
          v.get2().ifPresent(p -> b.family(p.get1()).given(p.get2()).order(p.get3()));
          return b;
        })
        .use(scripts()).in((b, v) -> b.script(v))
        .use(opt(languageTags())).in((b, v) -> b.language(v))
        .use(opt(texts())).in((b, v) -> b.romanization(v))
        .build(PersonName.Builder::build);
  }

  /** A name as written from its parts in an order: "KAMIKAWA Yoko"; family first without one. */
  private static String written(String family, String given, Optional<NameOrder> order) {
    String familyWritten = order.isPresent() && order.get().familyUpperCase()
        ? family.toUpperCase(Locale.ROOT) : family;
    return order.isEmpty() || order.get().familyFirst()
        ? familyWritten + " " + given : given + " " + familyWritten;
  }

  /** Terms, open or closed, that never end certainly before they start. */
  public static Arbitrary<Term> terms() {
    return Combinators.combine(fuzzyDates(), opt(fuzzyDates())).as((start, end) ->
        end.isPresent() && end.get().isCertainlyBefore(start)
            ? Term.of(end.get(), start)
            : Term.of(start, end));
  }

  /** Tenures of arbitrary offices. */
  public static Arbitrary<Tenure> tenures() {
    return Builders.withBuilder(Tenure::builder)
        .use(ScalarArbitraries.<Office>refs()).in((b, v) -> b.office(v))
        .use(terms()).in((b, v) -> b.term(v))
        .use(ordinals()).in((b, v) -> b.ordinal(v))
        .use(evidenceLists()).in((b, v) -> b.evidence(v))
        .build(Tenure.Builder::build);
  }

  /** Offices of every kind. */
  public static Arbitrary<Office> offices() {
    return Builders.withBuilder(Office::builder)
        .use(ids()).in((b, v) -> b.id(v))
        .use(texts()).in((b, v) -> b.title(v))
        .use(opt(texts())).in((b, v) -> b.shortTitle(v))
        .use(Arbitraries.of(OfficeKind.class)).in((b, v) -> b.kind(v))
        .use(ScalarArbitraries.<Actor>refs()).in((b, v) -> b.jurisdiction(v))
        .use(opt(ScalarArbitraries.<Actor>refs())).in((b, v) -> b.body(v))
        .use(list(externalIds())).in((b, v) -> b.externalIds(v))
        .build(Office.Builder::build);
  }

  /** States. */
  public static Arbitrary<State> states() {
    return Builders.withBuilder(State::builder)
        .use(ids()).in((b, v) -> b.id(v))
        .use(countryCodes()).in((b, v) -> b.country(v))
        .use(texts()).in((b, v) -> b.name(v))
        .use(list(externalIds())).in((b, v) -> b.externalIds(v))
        .build(State.Builder::build);
  }

  /** Groupings of every kind, with distinct members that never include the grouping. */
  public static Arbitrary<Grouping> groupings() {
    return Builders.withBuilder(Grouping::builder)
        .use(ScalarArbitraries.<Actor>idWithOther()).in((b, v) -> b.id(v.get1()).partOf(v.get2()))
        .use(texts()).in((b, v) -> b.name(v))
        .use(opt(texts())).in((b, v) -> b.fullName(v))
        .use(Arbitraries.of(GroupingKind.class)).in((b, v) -> b.kind(v))
        .use(ScalarArbitraries.<Actor>distinctRefs()).in((b, v) -> b.members(v))
        .use(list(externalIds())).in((b, v) -> b.externalIds(v))
        .build(Grouping.Builder::build);
  }

  /** Government bodies, part of another body or not. */
  public static Arbitrary<GovernmentBody> governmentBodies() {
    return Builders.withBuilder(GovernmentBody::builder)
        .use(ScalarArbitraries.<Actor>idWithOther()).in((b, v) -> b.id(v.get1()).partOf(v.get2()))
        .use(texts()).in((b, v) -> b.name(v))
        .use(ScalarArbitraries.<Actor>refs()).in((b, v) -> b.government(v))
        .use(list(externalIds())).in((b, v) -> b.externalIds(v))
        .build(GovernmentBody.Builder::build);
  }

  /** Persons with names in several scripts, aliases and tenures. */
  public static Arbitrary<Person> persons() {
    return Builders.withBuilder(Person::builder)
        .use(ids()).in((b, v) -> b.id(v))
        .use(texts()).in((b, v) -> b.name(v))
        .use(list(personNames())).in((b, v) -> b.names(v))
        .use(list(wordings())).in((b, v) -> b.aliases(v))
        .use(list(tenures())).in((b, v) -> b.tenures(v))
        .use(list(externalIds())).in((b, v) -> b.externalIds(v))
        .build(Person.Builder::build);
  }

  /** Actors of all four kinds. */
  public static Arbitrary<Actor> actors() {
    return Arbitraries.oneOf(states(), groupings(), governmentBodies(), persons());
  }
}
