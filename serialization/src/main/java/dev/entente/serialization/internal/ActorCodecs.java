package dev.entente.serialization.internal;

import static dev.entente.serialization.internal.ProvenanceCodecs.EVIDENCE;
import static dev.entente.serialization.internal.ProvenanceCodecs.WORDING;
import static dev.entente.serialization.internal.ScalarCodecs.COUNTRY;
import static dev.entente.serialization.internal.ScalarCodecs.EXTERNAL_ID;
import static dev.entente.serialization.internal.ScalarCodecs.FUZZY_DATE;
import static dev.entente.serialization.internal.ScalarCodecs.ID;
import static dev.entente.serialization.internal.ScalarCodecs.LANGUAGE;
import static dev.entente.serialization.internal.ScalarCodecs.SCRIPT;
import static dev.entente.serialization.internal.ScalarCodecs.TEXT;
import static dev.entente.serialization.internal.ScalarCodecs.enumeration;
import static dev.entente.serialization.internal.ScalarCodecs.ref;

import dev.entente.model.Actor;
import dev.entente.model.ActorBuilder;
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
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/** The wire form of actors, their names and tenures, and offices. */
final class ActorCodecs {

  private ActorCodecs() {}

  static final ObjectCodec<Term, Term.Builder> TERM =
      ObjectCodec.of(Term.class, Term::builder)
          .describedAs("a term")
          .required(Term.START, Term::start, Term.Builder::start, FUZZY_DATE)
          .optional(Term.END, Term::end, Term.Builder::end, FUZZY_DATE)
          .build();

  static final ObjectCodec<Tenure, Tenure.Builder> TENURE =
      ObjectCodec.of(Tenure.class, Tenure::builder)
          .describedAs("a tenure")
          .required(Tenure.OFFICE, Tenure::office, Tenure.Builder::office, ref())
          .required(Tenure.TERM, Tenure::term, Tenure.Builder::term, TERM)
          .optionalInt(Tenure.ORDINAL, Tenure::ordinal, Tenure.Builder::ordinal)
          .list(Tenure.EVIDENCE, Tenure::evidence, Tenure.Builder::addEvidence, EVIDENCE)
          .build();

  static final ObjectCodec<PersonName, PersonName.Builder> PERSON_NAME =
      ObjectCodec.of(PersonName.class, PersonName::builder)
          .describedAs("a person's name")
          .required(PersonName.TEXT, PersonName::text, PersonName.Builder::text, TEXT)
          .optional(PersonName.FAMILY, PersonName::family, PersonName.Builder::family, TEXT)
          .optional(PersonName.GIVEN, PersonName::given, PersonName.Builder::given, TEXT)
          .optional(PersonName.ORDER, PersonName::order, PersonName.Builder::order,
              enumeration(NameOrder.class, "an order of names"))
          .required(PersonName.SCRIPT, PersonName::script, PersonName.Builder::script, SCRIPT)
          .optional(PersonName.LANGUAGE, PersonName::language, PersonName.Builder::language,
              LANGUAGE)
          .optional(PersonName.ROMANIZATION, PersonName::romanization,
              PersonName.Builder::romanization, TEXT)
          .build();

  /**
   * One kind of actor, its row: its class, its {@code type}, how a message calls it, its builder,
   * and its own members, which come after the id and before the external ids that every actor
   * has.
   */
  private static <K extends Actor, B extends ActorBuilder<K, B>> UnionCodec.Member<K> actor(
      Class<K> kind, String type, String description, Supplier<B> builder,
      UnaryOperator<ObjectCodec.Builder<K, B>> own) {
    ObjectCodec.Builder<K, B> codec = ObjectCodec.of(kind, builder)
        .type(type).describedAs(description)
        .required(Actor.ID, Actor::id, ActorBuilder::id, ID);
    return UnionCodec.kind(kind, own.apply(codec)
        .list(Actor.EXTERNAL_IDS, Actor::externalIds, ActorBuilder::addExternalId, EXTERNAL_ID)
        .build());
  }

  /** Every actor's name, which each kind places among its own members. */
  private static <K extends Actor, B extends ActorBuilder<K, B>> Field<K, B> name() {
    return Field.required(Actor.NAME, Actor::name, ActorBuilder::name, TEXT);
  }

  static final UnionCodec<Actor> ACTOR = new UnionCodec<>("Actor", "an actor", List.of(
      actor(State.class, "state", "a state", State::builder, own -> own
          .required(State.COUNTRY, State::country, State.Builder::country, COUNTRY)
          .field(name())),
      actor(Grouping.class, "grouping", "a grouping", Grouping::builder, own -> own
          .field(name())
          .optional(Grouping.FULL_NAME, Grouping::fullName, Grouping.Builder::fullName, TEXT)
          .required(Grouping.KIND, Grouping::kind, Grouping.Builder::kind,
              enumeration(GroupingKind.class, "a kind of grouping"))
          .list(Grouping.MEMBERS, Grouping::members, Grouping.Builder::addMember, ref())
          .optional(Grouping.PART_OF, Grouping::partOf, Grouping.Builder::partOf, ref())),
      actor(GovernmentBody.class, "government-body", "a government body",
          GovernmentBody::builder, own -> own
          .field(name())
          .required(GovernmentBody.GOVERNMENT, GovernmentBody::government,
              GovernmentBody.Builder::government, ref())
          .optional(GovernmentBody.PART_OF, GovernmentBody::partOf,
              GovernmentBody.Builder::partOf, ref())),
      actor(Person.class, "person", "a person", Person::builder, own -> own
          .field(name())
          .list(Person.NAMES, Person::names, Person.Builder::addName, PERSON_NAME)
          .list(Person.ALIASES, Person::aliases, Person.Builder::addAlias, WORDING)
          .list(Person.TENURES, Person::tenures, Person.Builder::addTenure, TENURE))));

  static final ObjectCodec<Office, Office.Builder> OFFICE =
      ObjectCodec.of(Office.class, Office::builder)
          .describedAs("an office")
          .required(Office.ID, Office::id, Office.Builder::id, ID)
          .required(Office.TITLE, Office::title, Office.Builder::title, TEXT)
          .optional(Office.SHORT_TITLE, Office::shortTitle, Office.Builder::shortTitle, TEXT)
          .required(Office.KIND, Office::kind, Office.Builder::kind,
              enumeration(OfficeKind.class, "a kind of office"))
          .required(Office.JURISDICTION, Office::jurisdiction, Office.Builder::jurisdiction, ref())
          .optional(Office.BODY, Office::body, Office.Builder::body, ref())
          .list(Office.EXTERNAL_IDS, Office::externalIds, Office.Builder::addExternalId,
              EXTERNAL_ID)
          .build();
}
