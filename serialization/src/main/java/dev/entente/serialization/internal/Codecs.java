package dev.entente.serialization.internal;

import dev.entente.model.Actor;
import dev.entente.model.ActorClaim;
import dev.entente.model.Attribution;
import dev.entente.model.ChangeReason;
import dev.entente.model.CountryCode;
import dev.entente.model.DateClaim;
import dev.entente.model.DialogueSeries;
import dev.entente.model.Dossier;
import dev.entente.model.Engagement;
import dev.entente.model.EntryCondition;
import dev.entente.model.Evidence;
import dev.entente.model.ExternalId;
import dev.entente.model.Hedging;
import dev.entente.model.Instrument;
import dev.entente.model.InstrumentStep;
import dev.entente.model.Intensity;
import dev.entente.model.MeetingChange;
import dev.entente.model.Mutuality;
import dev.entente.model.ObjectActor;
import dev.entente.model.Office;
import dev.entente.model.Participant;
import dev.entente.model.PersonName;
import dev.entente.model.PlannedMeeting;
import dev.entente.model.Position;
import dev.entente.model.PositionObject;
import dev.entente.model.Ref;
import dev.entente.model.Reiteration;
import dev.entente.model.Signatory;
import dev.entente.model.Source;
import dev.entente.model.Statement;
import dev.entente.model.StatementRelation;
import dev.entente.model.Tenure;
import dev.entente.model.Term;
import dev.entente.model.Topic;
import dev.entente.model.Venue;
import dev.entente.model.VenueClaim;
import dev.entente.model.Wording;
import dev.entente.time.FuzzyDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The wire form of every Entente type, looked up by class: the JSON reader, the JSON writer, the
 * Jackson module, YAML and the JSON Schema are all driven by the same codecs, so they cannot
 * drift apart.
 *
 * <p>The codecs themselves are kept by family: {@link ScalarCodecs}, {@link ProvenanceCodecs},
 * {@link ActorCodecs}, {@link EngagementCodecs}, {@link PositionCodecs}, {@link StatementCodecs}
 * and {@link DossierCodecs}. Each kind of a sealed hierarchy is one row of its family's union,
 * naming its {@code type}, its builder and its own members; the members that all kinds of a
 * hierarchy share are bound once, through core's builder interfaces. Member names are core's
 * attribute names ({@code Position.HOLDERS}); members come in the order listed.
 */
public final class Codecs {

  private Codecs() {}

  /** The format version written at the top of every dossier. */
  public static final String FORMAT_VERSION = "1.1";

  /** The codec of a dossier. */
  public static Codec<Dossier> dossier() {
    return DossierCodecs.DOSSIER;
  }

  /** The codec of a statement of any kind. */
  public static Codec<Statement> statement() {
    return StatementCodecs.STATEMENT;
  }

  /**
   * The codec for values of a class, or of its closest supertype that has one: a {@code Dialogue}
   * and an {@code Engagement} both have the engagement codec's forms.
   */
  @SuppressWarnings("unchecked")
  public static <T> Codec<T> forClass(Class<T> type) {
    Codec<?> codec = BY_CLASS.get(type);
    if (codec == null) {
      throw new IllegalArgumentException("Entente has no wire form for " + type.getName());
    }
    return (Codec<T>) codec;
  }

  /** Every class that has a codec, and its codec. */
  public static Map<Class<?>, Codec<?>> all() {
    return BY_CLASS;
  }

  private static final Map<Class<?>, Codec<?>> BY_CLASS = byClass();

  /**
   * Every public enum of Entente's API, with a codec that writes it as its members are written
   * inside Entente's values (lower kebab-case: {@code press-release}) and reads that form or the
   * constant's name: for the Jackson module, so that an enum in a user's own type is written as
   * it is inside a dossier. Enums that no Entente value holds (a position's {@code kind()}, a
   * violation's code, a fuzzy date's precision) follow the same rule.
   */
  public static Map<Class<?>, Codec<?>> enumerations() {
    return ENUMERATIONS;
  }

  private static final Map<Class<?>, Codec<?>> ENUMERATIONS = enumerations(
      dev.entente.model.Confirmation.class, dev.entente.model.ExternalId.Scheme.class,
      dev.entente.model.GroupingKind.class, dev.entente.model.HedgeLevel.class,
      dev.entente.model.IntensityLevel.class, dev.entente.model.Level.class,
      dev.entente.model.MeetingKind.class, dev.entente.model.OfficeKind.class,
      dev.entente.model.ParticipantRole.class, dev.entente.model.PlannedStatus.class,
      dev.entente.model.PositionKind.class, dev.entente.model.ReasonKind.class,
      dev.entente.model.RelationKind.class,
      dev.entente.model.SourceKind.class, dev.entente.model.StatementKind.class,
      dev.entente.model.TopicKind.class, dev.entente.time.Precision.class,
      dev.entente.time.Qualifier.class, dev.entente.time.Season.class,
      dev.entente.validation.ViolationCode.class);

  @SafeVarargs
  private static Map<Class<?>, Codec<?>> enumerations(Class<? extends Enum<?>>... types) {
    Map<Class<?>, Codec<?>> map = new LinkedHashMap<>();
    for (Class<? extends Enum<?>> type : types) {
      map.put(type, enumerationOf(type));
    }
    return Collections.unmodifiableMap(map);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Codec<?> enumerationOf(Class<? extends Enum<?>> type) {
    return ScalarCodecs.enumerationOrName((Class) type);
  }

  private static Map<Class<?>, Codec<?>> byClass() {
    Map<Class<?>, Codec<?>> map = new LinkedHashMap<>();
    map.put(Dossier.class, DossierCodecs.DOSSIER);
    map.put(Ref.class, ScalarCodecs.REF);
    map.put(FuzzyDate.class, ScalarCodecs.FUZZY_DATE);
    map.put(CountryCode.class, ScalarCodecs.COUNTRY);
    map.put(ExternalId.class, ScalarCodecs.EXTERNAL_ID);
    map.put(Evidence.class, ProvenanceCodecs.EVIDENCE);
    map.put(Wording.class, ProvenanceCodecs.WORDING);
    map.put(DateClaim.class, ProvenanceCodecs.DATE_CLAIM);
    map.put(ActorClaim.class, ProvenanceCodecs.ACTOR_CLAIM);
    map.put(Source.class, ProvenanceCodecs.SOURCE);
    map.put(Term.class, ActorCodecs.TERM);
    map.put(Tenure.class, ActorCodecs.TENURE);
    map.put(PersonName.class, ActorCodecs.PERSON_NAME);
    union(map, Actor.class, ActorCodecs.ACTOR);
    map.put(Office.class, ActorCodecs.OFFICE);
    map.put(Venue.class, EngagementCodecs.VENUE);
    map.put(VenueClaim.class, EngagementCodecs.VENUE_CLAIM);
    map.put(Participant.class, EngagementCodecs.PARTICIPANT);
    map.put(DialogueSeries.class, EngagementCodecs.SERIES);
    union(map, Engagement.class, EngagementCodecs.ENGAGEMENT);
    map.put(ChangeReason.class, EngagementCodecs.CHANGE_REASON);
    map.put(MeetingChange.class, EngagementCodecs.MEETING_CHANGE);
    map.put(PlannedMeeting.class, EngagementCodecs.PLANNED_MEETING);
    map.put(Hedging.class, PositionCodecs.HEDGING);
    map.put(Intensity.class, PositionCodecs.INTENSITY);
    map.put(ObjectActor.class, PositionCodecs.OBJECT_ACTOR);
    map.put(PositionObject.class, PositionCodecs.POSITION_OBJECT);
    map.put(Reiteration.class, PositionCodecs.REITERATION);
    map.put(Mutuality.class, PositionCodecs.MUTUALITY);
    union(map, Position.class, PositionCodecs.POSITION);
    map.put(StatementRelation.class, StatementCodecs.STATEMENT_RELATION);
    map.put(Attribution.class, StatementCodecs.ATTRIBUTION);
    union(map, Statement.class, StatementCodecs.STATEMENT);
    map.put(Signatory.class, InstrumentCodecs.SIGNATORY);
    map.put(EntryCondition.class, InstrumentCodecs.ENTRY_CONDITION);
    map.put(InstrumentStep.class, InstrumentCodecs.INSTRUMENT_STEP);
    map.put(Instrument.class, InstrumentCodecs.INSTRUMENT);
    map.put(Topic.class, DossierCodecs.TOPIC);
    return Collections.unmodifiableMap(map);
  }

  /** A sealed hierarchy and each of its kinds, from the union's rows, all with its codec. */
  private static void union(Map<Class<?>, Codec<?>> map, Class<?> type, UnionCodec<?> codec) {
    map.put(type, codec);
    for (Class<?> kind : codec.kindClasses()) {
      map.put(kind, codec);
    }
  }
}
