package dev.entente.serialization.internal;

import dev.entente.model.*;
import dev.entente.serialization.JsonProblem.Kind;
import dev.entente.time.FuzzyDate;
import java.net.URI;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The wire form of every Entente type, member by member, in one place: the JSON reader, the JSON
 * writer, the Jackson module, YAML and the JSON Schema are all driven by these tables, so they
 * cannot drift apart.
 *
 * <p>Member names are the core attribute names; members come in the order listed here.
 */
public final class Codecs {

  private Codecs() {}

  /** The format version written at the top of every dossier. */
  public static final String FORMAT_VERSION = "1.0";

  // ---- Scalars ---------------------------------------------------------------------------------

  static final ScalarCodec<String> TEXT = new ScalarCodec<>(
      "text", "text", (text, r) -> text, Function.identity(),
      s -> s.node().put("type", "string").put("pattern", "\\S"));

  static final Codec<Integer> POSITIVE_INT = new Codec<>() {
    @Override
    public void write(JsonGenerator g, Integer value) {
      g.writeNumber(value);
    }

    @Override
    public Integer read(JsonParser p, ReadContext r) {
      if (p.currentToken() != JsonToken.VALUE_NUMBER_INT
          || p.getNumberType() != JsonParser.NumberType.INT) {
        throw r.fail(p, Kind.WRONG_TYPE, "expected a whole number from 1 to 2147483647, found "
            + ReadContext.describe(p));
      }
      int value = p.getIntValue();
      if (value < 1) {
        throw r.fail(p, Kind.INVALID_VALUE, value + " is not 1 or more");
      }
      return value;
    }

    @Override
    ObjectNode schema(SchemaContext s) {
      return s.node().put("type", "integer").put("minimum", 1).put("maximum", Integer.MAX_VALUE);
    }

    @Override
    String label() {
      return "integer, 1 or more";
    }
  };

  static final ScalarCodec<String> ID = ScalarCodec.ofRefs(
      "id", "an id", Ref::id, Function.identity(),
      s -> s.ref("Id", () -> s.node().put("type", "string")
          .put("pattern", "^" + Ref.ID_PATTERN.pattern() + "$")
          .put("description", "An id, unique in its dossier.")));

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static <T extends Identified> Codec<Ref<T>> ref() {
    return (Codec) REF;
  }

  static final ScalarCodec<Ref<Identified>> REF = ScalarCodec.ofRefs(
      "reference", "a reference", Function.identity(), Ref::id,
      s -> s.ref("Ref", () -> s.node().put("type", "string")
          .put("pattern", "^" + Ref.ID_PATTERN.pattern() + "$")
          .put("description", "The id of another record of the dossier.")));

  /**
   * EDTF as Entente reads it (levels 0 and 1, and the sub-year groupings 33-41); the schema's
   * pattern checks the syntax, {@link FuzzyDate#parse} the calendar.
   */
  static final String EDTF_DATE = "(?:[0-9]{4}-(?:0[1-9]|1[0-2]|XX)-(?:0[1-9]|[12][0-9]|3[01]|XX)"
      + "|[0-9]{4}-(?:0[1-9]|1[0-2]|2[1-4]|3[3-9]|4[01]|XX)|[0-9]{4}|[0-9]{3}X|[0-9]{2}XX)[?~%]?";

  static final ScalarCodec<FuzzyDate> FUZZY_DATE = new ScalarCodec<>(
      "EDTF date", "a date", (text, r) -> FuzzyDate.parse(text), FuzzyDate::toString,
      s -> s.ref("FuzzyDate", () -> s.node().put("type", "string")
          .put("pattern", "^(?:" + EDTF_DATE + "|(?:" + EDTF_DATE + "|\\.\\.)?/(?:" + EDTF_DATE
              + "|\\.\\.)?)$")
          .put("description", "A day or a fuzzy time in EDTF (ISO 8601-2): 2024-10-21, 2024-10,"
              + " 2025-40 (first half), 2024-10-22/2024-10-31, 2024?, 201X.")));

  static final ScalarCodec<CountryCode> COUNTRY = new ScalarCodec<>(
      "country code", "an ISO 3166-1 country code",
      (text, r) -> r.userAssigned(text).orElseGet(() -> CountryCode.of(text)),
      CountryCode::toString,
      s -> s.ref("CountryCode", () -> {
        ObjectNode schema = s.node().put("type", "string")
            .put("description", "An ISO 3166-1 code (alpha-2 or alpha-3), current or withdrawn;"
                + " user-assigned codes only where the reader allows them.");
        ArrayNode anyOf = schema.putArray("anyOf");
        ArrayNode codes = anyOf.addObject().putArray("enum");
        CountryCode.available().stream().map(CountryCode::toString).sorted().forEach(codes::add);
        anyOf.addObject().put("pattern", "^(?:AA|Q[M-Z]|X[A-Z]|ZZ|AA[A-Z]|Q[M-Z][A-Z]|X[A-Z]{2}"
            + "|ZZ[A-Z])$");
        return schema;
      }));

  static final ScalarCodec<ExternalId> EXTERNAL_ID = new ScalarCodec<>(
      "external id", "an external id", (text, r) -> ExternalId.parse(text), ExternalId::toString,
      s -> s.ref("ExternalId", () -> s.node().put("type", "string")
          .put("pattern", "^(?:wikidata:Q[1-9][0-9]*|geonames:[1-9][0-9]*|ocd:ocd-[a-z_]+/\\S+)$")
          .put("description", "scheme:value, e.g. wikidata:Q884.")));

  static final ScalarCodec<URI> URL = new ScalarCodec<>(
      "URI reference", "a URI", (text, r) -> new URI(text), URI::toString,
      s -> s.node().put("type", "string").put("format", "uri-reference")
          .put("pattern", "^[^\\s<>\"{}|\\\\^`]*$"));

  /** A time of day as java.time reads it: hours, minutes, and optional seconds and fraction. */
  private static final String TIME =
      "(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{1,9})?)?";

  static final ScalarCodec<ZonedDateTime> INSTANT = new ScalarCodec<>(
      "date-time", "an ISO 8601 date-time with offset and zone",
      (text, r) -> ZonedDateTime.parse(text, DateTimeFormatter.ISO_ZONED_DATE_TIME),
      DateTimeFormatter.ISO_ZONED_DATE_TIME::format,
      s -> s.node().put("type", "string").put("pattern", "^[0-9]{4}-(?:0[1-9]|1[0-2])-"
          + "(?:0[1-9]|[12][0-9]|3[01])T" + TIME + "(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9]"
          + "(?::[0-5][0-9])?)(?:\\[[^\\]]+\\])?$"));

  static final ScalarCodec<LocalTime> LOCAL_TIME = new ScalarCodec<>(
      "time of day", "a time of day", (text, r) -> LocalTime.parse(text), LocalTime::toString,
      s -> s.node().put("type", "string").put("pattern", "^" + TIME + "$"));

  static final ScalarCodec<String> LANGUAGE = new ScalarCodec<>(
      "language tag", "a BCP 47 language tag", (text, r) -> text, Function.identity(),
      s -> s.ref("LanguageTag", () -> s.node().put("type", "string")
          .put("pattern", "^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$")));

  static final ScalarCodec<String> SCRIPT = new ScalarCodec<>(
      "script code", "an ISO 15924 script code", (text, r) -> text, Function.identity(),
      s -> s.node().put("type", "string").put("pattern", "^[A-Z][a-z]{3}$"));

  /** An enum as its constants' names in lower kebab-case: {@code NEWS_ARTICLE} is news-article. */
  static <E extends Enum<E>> ScalarCodec<E> enumeration(Class<E> type, String what) {
    Map<String, E> byName = java.util.Arrays.stream(type.getEnumConstants())
        .collect(Collectors.toMap(Codecs::kebab, e -> e, (a, b) -> a, java.util.LinkedHashMap::new));
    return new ScalarCodec<>(
        type.getSimpleName(),
        what,
        (text, r) -> {
          E value = byName.get(text);
          if (value == null) {
            throw new IllegalArgumentException("one of " + byName.keySet());
          }
          return value;
        },
        // Each constant's name computed once, not lower-cased again for every value written.
        kebabNames(type)::get,
        s -> s.ref(type.getSimpleName(), () -> {
          ObjectNode schema = s.node().put("type", "string");
          ArrayNode values = schema.putArray("enum");
          byName.keySet().forEach(values::add);
          return schema;
        }),
        List.copyOf(byName.keySet()));
  }

  private static <E extends Enum<E>> Map<E, String> kebabNames(Class<E> type) {
    Map<E, String> names = new java.util.EnumMap<>(type);
    for (E constant : type.getEnumConstants()) {
      names.put(constant, kebab(constant));
    }
    return names;
  }

  static String kebab(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  // ---- Provenance ------------------------------------------------------------------------------

  static final ObjectCodec<Evidence, Evidence.Builder> EVIDENCE =
      ObjectCodec.of("Evidence", Evidence::builder, Evidence.Builder::build)
          .describedAs("evidence")
          .required("source", Evidence::source, Evidence.Builder::source, ref())
          .optional("quote", Evidence::quote, Evidence.Builder::quote, TEXT)
          .optional("note", Evidence::note, Evidence.Builder::note, TEXT)
          .unknown(Evidence::unknownMembers, Evidence.Builder::putAllUnknownMembers)
          .build();

  static final ObjectCodec<Wording, Wording.Builder> WORDING =
      ObjectCodec.of("Wording", Wording::builder, Wording.Builder::build)
          .describedAs("a wording")
          .required("text", Wording::text, Wording.Builder::text, TEXT)
          .list("evidence", Wording::evidence, Wording.Builder::addAllEvidence, EVIDENCE)
          .items(1, -1, false)
          .unknown(Wording::unknownMembers, Wording.Builder::putAllUnknownMembers)
          .build();

  static final ObjectCodec<DateClaim, DateClaim.Builder> DATE_CLAIM =
      ObjectCodec.of("DateClaim", DateClaim::builder, DateClaim.Builder::build)
          .describedAs("a date claim")
          .required("value", DateClaim::value, DateClaim.Builder::value, FUZZY_DATE)
          .optional("wording", DateClaim::wording, DateClaim.Builder::wording, TEXT)
          .optional("reference", DateClaim::reference, DateClaim.Builder::reference, FUZZY_DATE)
          .list("evidence", DateClaim::evidence, DateClaim.Builder::addAllEvidence, EVIDENCE)
          .unknown(DateClaim::unknownMembers, DateClaim.Builder::putAllUnknownMembers)
          .build();

  static final ObjectCodec<Source, Source.Builder> SOURCE =
      ObjectCodec.of("Source", Source::builder, Source.Builder::build)
          .describedAs("a source")
          .required("id", Source::id, Source.Builder::id, ID)
          .required("kind", Source::kind, Source.Builder::kind,
              enumeration(SourceKind.class, "a kind of source"))
          .optional("title", Source::title, Source.Builder::title, TEXT)
          .optional("publisher", Source::publisher, Source.Builder::publisher, TEXT)
          .list("authors", Source::authors, Source.Builder::addAllAuthors, TEXT)
          .optional("section", Source::section, Source.Builder::section, TEXT)
          .optional("published", Source::published, Source.Builder::published, FUZZY_DATE)
          .optional("publishedAt", Source::publishedAt, Source.Builder::publishedAt, INSTANT)
          .optional("localTime", Source::localTime, Source.Builder::localTime, LOCAL_TIME)
          .optional("url", Source::url, Source.Builder::url, URL)
          .optional("language", Source::language, Source.Builder::language, LANGUAGE)
          .optional("originalLanguage", Source::originalLanguage,
              Source.Builder::originalLanguage, LANGUAGE)
          .optional("note", Source::note, Source.Builder::note, TEXT)
          .oneRequiredOf("title", "url")
          .unknown(Source::unknownMembers, Source.Builder::putAllUnknownMembers)
          .build();

  // ---- Actors and offices ----------------------------------------------------------------------

  static final ObjectCodec<Term, Term.Builder> TERM =
      ObjectCodec.of("Term", Term::builder, Term.Builder::build)
          .describedAs("a term")
          .required("start", Term::start, Term.Builder::start, FUZZY_DATE)
          .optional("end", Term::end, Term.Builder::end, FUZZY_DATE)
          .unknown(Term::unknownMembers, Term.Builder::putAllUnknownMembers)
          .build();

  static final ObjectCodec<Tenure, Tenure.Builder> TENURE =
      ObjectCodec.of("Tenure", Tenure::builder, Tenure.Builder::build)
          .describedAs("a tenure")
          .required("office", Tenure::office, Tenure.Builder::office, ref())
          .required("term", Tenure::term, Tenure.Builder::term, TERM)
          .optionalInt("ordinal", Tenure::ordinal, Tenure.Builder::ordinal)
          .list("evidence", Tenure::evidence, Tenure.Builder::addAllEvidence, EVIDENCE)
          .unknown(Tenure::unknownMembers, Tenure.Builder::putAllUnknownMembers)
          .build();

  static final ObjectCodec<PersonName, PersonName.Builder> PERSON_NAME =
      ObjectCodec.of("PersonName", PersonName::builder, PersonName.Builder::build)
          .describedAs("a person's name")
          .required("text", PersonName::text, PersonName.Builder::text, TEXT)
          .required("script", PersonName::script, PersonName.Builder::script, SCRIPT)
          .optional("language", PersonName::language, PersonName.Builder::language, LANGUAGE)
          .optional("romanization", PersonName::romanization, PersonName.Builder::romanization,
              TEXT)
          .unknown(PersonName::unknownMembers, PersonName.Builder::putAllUnknownMembers)
          .build();

  static final ObjectCodec<State, State.Builder> STATE =
      ObjectCodec.of("State", State::builder, State.Builder::build)
          .type("state").describedAs("a state")
          .required("id", State::id, State.Builder::id, ID)
          .required("country", State::country, State.Builder::country, COUNTRY)
          .required("name", State::name, State.Builder::name, TEXT)
          .list("externalIds", State::externalIds, State.Builder::addAllExternalIds, EXTERNAL_ID)
          .unknown(State::unknownMembers, State.Builder::putAllUnknownMembers)
          .build();

  static final ObjectCodec<Grouping, Grouping.Builder> GROUPING =
      ObjectCodec.of("Grouping", Grouping::builder, Grouping.Builder::build)
          .type("grouping").describedAs("a grouping")
          .required("id", Grouping::id, Grouping.Builder::id, ID)
          .required("name", Grouping::name, Grouping.Builder::name, TEXT)
          .optional("fullName", Grouping::fullName, Grouping.Builder::fullName, TEXT)
          .required("kind", Grouping::kind, Grouping.Builder::kind,
              enumeration(GroupingKind.class, "a kind of grouping"))
          .list("members", Grouping::members, Grouping.Builder::addAllMembers, ref())
          .optional("partOf", Grouping::partOf, Grouping.Builder::partOf, ref())
          .list("externalIds", Grouping::externalIds, Grouping.Builder::addAllExternalIds,
              EXTERNAL_ID)
          .unknown(Grouping::unknownMembers, Grouping.Builder::putAllUnknownMembers)
          .build();

  static final ObjectCodec<GovernmentBody, GovernmentBody.Builder> GOVERNMENT_BODY =
      ObjectCodec.of("GovernmentBody", GovernmentBody::builder, GovernmentBody.Builder::build)
          .type("government-body").describedAs("a government body")
          .required("id", GovernmentBody::id, GovernmentBody.Builder::id, ID)
          .required("name", GovernmentBody::name, GovernmentBody.Builder::name, TEXT)
          .required("government", GovernmentBody::government, GovernmentBody.Builder::government,
              ref())
          .optional("partOf", GovernmentBody::partOf, GovernmentBody.Builder::partOf, ref())
          .list("externalIds", GovernmentBody::externalIds,
              GovernmentBody.Builder::addAllExternalIds, EXTERNAL_ID)
          .unknown(GovernmentBody::unknownMembers, GovernmentBody.Builder::putAllUnknownMembers)
          .build();

  static final ObjectCodec<Person, Person.Builder> PERSON =
      ObjectCodec.of("Person", Person::builder, Person.Builder::build)
          .type("person").describedAs("a person")
          .required("id", Person::id, Person.Builder::id, ID)
          .required("name", Person::name, Person.Builder::name, TEXT)
          .list("names", Person::names, Person.Builder::addAllNames, PERSON_NAME)
          .list("aliases", Person::aliases, Person.Builder::addAllAliases, WORDING)
          .list("tenures", Person::tenures, Person.Builder::addAllTenures, TENURE)
          .list("externalIds", Person::externalIds, Person.Builder::addAllExternalIds, EXTERNAL_ID)
          .unknown(Person::unknownMembers, Person.Builder::putAllUnknownMembers)
          .build();

  static final UnionCodec<Actor> ACTOR = new UnionCodec<>("Actor", "an actor", List.of(
      UnionCodec.kind(State.class, STATE),
      UnionCodec.kind(Grouping.class, GROUPING),
      UnionCodec.kind(GovernmentBody.class, GOVERNMENT_BODY),
      UnionCodec.kind(Person.class, PERSON)));

  static final ObjectCodec<Office, Office.Builder> OFFICE =
      ObjectCodec.of("Office", Office::builder, Office.Builder::build)
          .describedAs("an office")
          .required("id", Office::id, Office.Builder::id, ID)
          .required("title", Office::title, Office.Builder::title, TEXT)
          .optional("shortTitle", Office::shortTitle, Office.Builder::shortTitle, TEXT)
          .required("kind", Office::kind, Office.Builder::kind,
              enumeration(OfficeKind.class, "a kind of office"))
          .required("jurisdiction", Office::jurisdiction, Office.Builder::jurisdiction, ref())
          .optional("body", Office::body, Office.Builder::body, ref())
          .list("externalIds", Office::externalIds, Office.Builder::addAllExternalIds, EXTERNAL_ID)
          .unknown(Office::unknownMembers, Office.Builder::putAllUnknownMembers)
          .build();

  // ---- Engagements -------------------------------------------------------------------------------

  static final ObjectCodec<Venue, Venue.Builder> VENUE =
      ObjectCodec.of("Venue", Venue::builder, Venue.Builder::build)
          .describedAs("a venue")
          .optional("country", Venue::country, Venue.Builder::country, COUNTRY)
          .optional("city", Venue::city, Venue.Builder::city, TEXT)
          .optional("district", Venue::district, Venue.Builder::district, TEXT)
          .optional("building", Venue::building, Venue.Builder::building, TEXT)
          .list("externalIds", Venue::externalIds, Venue.Builder::addAllExternalIds, EXTERNAL_ID)
          .oneRequiredOf("country", "city", "district", "building")
          .unknown(Venue::unknownMembers, Venue.Builder::putAllUnknownMembers)
          .build();

  static final ObjectCodec<Participant, Participant.Builder> PARTICIPANT =
      ObjectCodec.of("Participant", Participant::builder, Participant.Builder::build)
          .describedAs("a participant")
          .required("person", Participant::person, Participant.Builder::person, ref())
          .required("side", Participant::side, Participant.Builder::side, ref())
          .optional("office", Participant::office, Participant.Builder::office, ref())
          .list("roles", Participant::roles, Participant.Builder::addAllRoles,
              enumeration(ParticipantRole.class, "a participant's role"))
          .list("titlesAsWritten", Participant::titlesAsWritten,
              Participant.Builder::addAllTitlesAsWritten, WORDING)
          .unknown(Participant::unknownMembers, Participant.Builder::putAllUnknownMembers)
          .build();

  static final ObjectCodec<DialogueSeries, DialogueSeries.Builder> SERIES =
      ObjectCodec.of("DialogueSeries", DialogueSeries::builder, DialogueSeries.Builder::build)
          .describedAs("a dialogue series")
          .required("id", DialogueSeries::id, DialogueSeries.Builder::id, ID)
          .required("name", DialogueSeries::name, DialogueSeries.Builder::name, TEXT)
          .list("sides", DialogueSeries::sides, DialogueSeries.Builder::addAllSides, ref())
          .items(2, 2, true)
          .required("level", DialogueSeries::level, DialogueSeries.Builder::level,
              enumeration(Level.class, "a level"))
          .list("principalKinds", DialogueSeries::principalKinds,
              DialogueSeries.Builder::addAllPrincipalKinds,
              enumeration(OfficeKind.class, "a kind of office"))
          .optional("established", DialogueSeries::established,
              DialogueSeries.Builder::established, FUZZY_DATE)
          .list("evidence", DialogueSeries::evidence, DialogueSeries.Builder::addAllEvidence,
              EVIDENCE)
          .unknown(DialogueSeries::unknownMembers, DialogueSeries.Builder::putAllUnknownMembers)
          .build();

  /** The members every engagement has, after its own leading ones. */
  private static <T extends Engagement, B> ObjectCodec.Builder<T, B> engagementMembers(
      ObjectCodec.Builder<T, B> codec,
      BiConsumer<B, String> title,
      BiConsumer<B, Iterable<Ref<Actor>>> sides,
      BiConsumer<B, Ref<Actor>> host,
      BiConsumer<B, FuzzyDate> date,
      BiConsumer<B, ZonedDateTime> startsAt,
      BiConsumer<B, Iterable<DateClaim>> dateClaims,
      BiConsumer<B, Venue> venue,
      BiConsumer<B, Iterable<Participant>> participants,
      BiConsumer<B, Ref<Engagement>> partOf,
      BiConsumer<B, Iterable<Ref<Topic>>> topics,
      BiConsumer<B, Iterable<Evidence>> evidence,
      BiConsumer<B, Map<String, String>> unknown) {
    return codec
        .optional("title", Engagement::title, title, TEXT)
        .list("sides", Engagement::sides, sides, ref())
        .items(2, 2, true)
        .optional("host", Engagement::host, host, ref())
        .required("date", Engagement::date, date, FUZZY_DATE)
        .optional("startsAt", Engagement::startsAt, startsAt, INSTANT)
        .list("dateClaims", Engagement::dateClaims, dateClaims, DATE_CLAIM)
        .optional("venue", Engagement::venue, venue, VENUE)
        .list("participants", Engagement::participants, participants, PARTICIPANT)
        .optional("partOf", Engagement::partOf, partOf, ref())
        .list("topics", Engagement::topics, topics, ref())
        .list("evidence", Engagement::evidence, evidence, EVIDENCE)
        .unknown(Engagement::unknownMembers, unknown);
  }

  static final ObjectCodec<Dialogue, Dialogue.Builder> DIALOGUE = engagementMembers(
      ObjectCodec.of("Dialogue", Dialogue::builder, Dialogue.Builder::build)
          .type("dialogue").describedAs("a dialogue")
          .required("id", Dialogue::id, Dialogue.Builder::id, ID)
          .required("series", Dialogue::series, Dialogue.Builder::series, ref())
          .optionalInt("ordinal", Dialogue::ordinal, Dialogue.Builder::ordinal),
      Dialogue.Builder::title, Dialogue.Builder::addAllSides, Dialogue.Builder::host,
      Dialogue.Builder::date, Dialogue.Builder::startsAt, Dialogue.Builder::addAllDateClaims,
      Dialogue.Builder::venue,
      Dialogue.Builder::addAllParticipants, Dialogue.Builder::partOf,
      Dialogue.Builder::addAllTopics, Dialogue.Builder::addAllEvidence,
      Dialogue.Builder::putAllUnknownMembers)
      .build();

  static final ObjectCodec<Meeting, Meeting.Builder> MEETING = engagementMembers(
      ObjectCodec.of("Meeting", Meeting::builder, Meeting.Builder::build)
          .type("meeting").describedAs("a meeting")
          .required("id", Meeting::id, Meeting.Builder::id, ID)
          .required("kind", Meeting::kind, Meeting.Builder::kind,
              enumeration(MeetingKind.class, "a kind of meeting")),
      Meeting.Builder::title, Meeting.Builder::addAllSides, Meeting.Builder::host,
      Meeting.Builder::date, Meeting.Builder::startsAt, Meeting.Builder::addAllDateClaims,
      Meeting.Builder::venue,
      Meeting.Builder::addAllParticipants, Meeting.Builder::partOf,
      Meeting.Builder::addAllTopics, Meeting.Builder::addAllEvidence,
      Meeting.Builder::putAllUnknownMembers)
      .build();

  static final UnionCodec<Engagement> ENGAGEMENT = new UnionCodec<>("Engagement",
      "an engagement", List.of(
          UnionCodec.kind(Dialogue.class, DIALOGUE),
          UnionCodec.kind(Meeting.class, MEETING)));

  static final ObjectCodec<MeetingChange, MeetingChange.Builder> MEETING_CHANGE =
      ObjectCodec.of("MeetingChange", MeetingChange::builder, MeetingChange.Builder::build)
          .describedAs("a meeting change")
          .required("status", MeetingChange::status, MeetingChange.Builder::status,
              enumeration(PlannedStatus.class, "a planned meeting's status"))
          .required("date", MeetingChange::date, MeetingChange.Builder::date, FUZZY_DATE)
          .list("windows", MeetingChange::windows, MeetingChange.Builder::addAllWindows,
              DATE_CLAIM)
          .optional("venue", MeetingChange::venue, MeetingChange.Builder::venue, VENUE)
          .optional("heldAs", MeetingChange::heldAs, MeetingChange.Builder::heldAs, ref())
          .optional("announcedIn", MeetingChange::announcedIn, MeetingChange.Builder::announcedIn,
              ref())
          .list("evidence", MeetingChange::evidence, MeetingChange.Builder::addAllEvidence,
              EVIDENCE)
          .unknown(MeetingChange::unknownMembers, MeetingChange.Builder::putAllUnknownMembers)
          .build();

  static final ObjectCodec<PlannedMeeting, PlannedMeeting.Builder> PLANNED_MEETING =
      ObjectCodec.of("PlannedMeeting", PlannedMeeting::builder, PlannedMeeting.Builder::build)
          .describedAs("a planned meeting")
          .required("id", PlannedMeeting::id, PlannedMeeting.Builder::id, ID)
          .optional("title", PlannedMeeting::title, PlannedMeeting.Builder::title, TEXT)
          .optional("kind", PlannedMeeting::kind, PlannedMeeting.Builder::kind,
              enumeration(MeetingKind.class, "a kind of meeting"))
          .optional("series", PlannedMeeting::series, PlannedMeeting.Builder::series, ref())
          .optionalInt("ordinal", PlannedMeeting::ordinal, PlannedMeeting.Builder::ordinal)
          .list("sides", PlannedMeeting::sides, PlannedMeeting.Builder::addAllSides, ref())
          .items(2, 2, true)
          .optional("host", PlannedMeeting::host, PlannedMeeting.Builder::host, ref())
          .list("principals", PlannedMeeting::principals, PlannedMeeting.Builder::addAllPrincipals,
              ref())
          .list("topics", PlannedMeeting::topics, PlannedMeeting.Builder::addAllTopics, ref())
          .list("lifecycle", PlannedMeeting::lifecycle, PlannedMeeting.Builder::addAllLifecycle,
              MEETING_CHANGE)
          .items(1, -1, false)
          .list("evidence", PlannedMeeting::evidence, PlannedMeeting.Builder::addAllEvidence,
              EVIDENCE)
          .unknown(PlannedMeeting::unknownMembers, PlannedMeeting.Builder::putAllUnknownMembers)
          .build();

  // ---- Positions -------------------------------------------------------------------------------

  static final ObjectCodec<Hedging, Hedging.Builder> HEDGING =
      ObjectCodec.of("Hedging", Hedging::builder, Hedging.Builder::build)
          .describedAs("a hedging")
          .required("level", Hedging::level, Hedging.Builder::level,
              enumeration(HedgeLevel.class, "a hedge level"))
          .optional("wording", Hedging::wording, Hedging.Builder::wording, TEXT)
          .unknown(Hedging::unknownMembers, Hedging.Builder::putAllUnknownMembers)
          .build();

  static final ObjectCodec<Intensity, Intensity.Builder> INTENSITY =
      ObjectCodec.of("Intensity", Intensity::builder, Intensity.Builder::build)
          .describedAs("an intensity")
          .required("level", Intensity::level, Intensity.Builder::level,
              enumeration(IntensityLevel.class, "an intensity level"))
          .optional("wording", Intensity::wording, Intensity.Builder::wording, TEXT)
          .unknown(Intensity::unknownMembers, Intensity.Builder::putAllUnknownMembers)
          .build();

  static final ObjectCodec<PositionObject, PositionObject.Builder> POSITION_OBJECT =
      ObjectCodec.of("PositionObject", PositionObject::builder, PositionObject.Builder::build)
          .describedAs("a position's object")
          .list("targets", PositionObject::targets, PositionObject.Builder::addAllTargets, ref())
          .optional("phenomenon", PositionObject::phenomenon, PositionObject.Builder::phenomenon,
              ref())
          .optional("conduct", PositionObject::conduct, PositionObject.Builder::conduct, TEXT)
          .optional("hedging", PositionObject::hedging, PositionObject.Builder::hedging, HEDGING)
          .oneRequiredOf("targets", "phenomenon", "conduct")
          .unknown(PositionObject::unknownMembers, PositionObject.Builder::putAllUnknownMembers)
          .build();

  /** The members every position has. */
  private static <T extends Position, B> ObjectCodec.Builder<T, B> positionMembers(
      ObjectCodec.Builder<T, B> codec,
      BiConsumer<B, Iterable<Ref<Actor>>> holders,
      BiConsumer<B, Iterable<PositionObject>> objects,
      BiConsumer<B, Intensity> intensity,
      BiConsumer<B, Iterable<String>> grounds,
      BiConsumer<B, Iterable<Ref<Topic>>> topics,
      BiConsumer<B, String> wording,
      BiConsumer<B, Iterable<Evidence>> evidence,
      BiConsumer<B, Map<String, String>> unknown) {
    return codec
        .list("holders", Position::holders, holders, ref())
        .list("objects", Position::objects, objects, POSITION_OBJECT)
        .optional("intensity", Position::intensity, intensity, INTENSITY)
        .list("grounds", Position::grounds, grounds, TEXT)
        .list("topics", Position::topics, topics, ref())
        .optional("wording", Position::wording, wording, TEXT)
        .list("evidence", Position::evidence, evidence, EVIDENCE)
        .unknown(Position::unknownMembers, unknown);
  }

  static final ObjectCodec<Condemnation, Condemnation.Builder> CONDEMNATION = positionMembers(
      ObjectCodec.of("Condemnation", Condemnation::builder, Condemnation.Builder::build)
          .type("condemnation").describedAs("a condemnation"),
      Condemnation.Builder::addAllHolders, Condemnation.Builder::addAllObjects,
      Condemnation.Builder::intensity, Condemnation.Builder::addAllGrounds,
      Condemnation.Builder::addAllTopics, Condemnation.Builder::wording,
      Condemnation.Builder::addAllEvidence, Condemnation.Builder::putAllUnknownMembers)
      .items("objects", 1, -1, false)
      .build();

  static final ObjectCodec<Concern, Concern.Builder> CONCERN = positionMembers(
      ObjectCodec.of("Concern", Concern::builder, Concern.Builder::build)
          .type("concern").describedAs("a concern"),
      Concern.Builder::addAllHolders, Concern.Builder::addAllObjects,
      Concern.Builder::intensity, Concern.Builder::addAllGrounds,
      Concern.Builder::addAllTopics, Concern.Builder::wording,
      Concern.Builder::addAllEvidence, Concern.Builder::putAllUnknownMembers).build();

  static final ObjectCodec<Welcome, Welcome.Builder> WELCOME = positionMembers(
      ObjectCodec.of("Welcome", Welcome::builder, Welcome.Builder::build)
          .type("welcome").describedAs("a welcome"),
      Welcome.Builder::addAllHolders, Welcome.Builder::addAllObjects,
      Welcome.Builder::intensity, Welcome.Builder::addAllGrounds,
      Welcome.Builder::addAllTopics, Welcome.Builder::wording,
      Welcome.Builder::addAllEvidence, Welcome.Builder::putAllUnknownMembers).build();

  static final ObjectCodec<Support, Support.Builder> SUPPORT = positionMembers(
      ObjectCodec.of("Support", Support::builder, Support.Builder::build)
          .type("support").describedAs("a support"),
      Support.Builder::addAllHolders, Support.Builder::addAllObjects,
      Support.Builder::intensity, Support.Builder::addAllGrounds,
      Support.Builder::addAllTopics, Support.Builder::wording,
      Support.Builder::addAllEvidence, Support.Builder::putAllUnknownMembers).build();

  static final ObjectCodec<Recognition, Recognition.Builder> RECOGNITION = positionMembers(
      ObjectCodec.of("Recognition", Recognition::builder, Recognition.Builder::build)
          .type("recognition").describedAs("a recognition"),
      Recognition.Builder::addAllHolders, Recognition.Builder::addAllObjects,
      Recognition.Builder::intensity, Recognition.Builder::addAllGrounds,
      Recognition.Builder::addAllTopics, Recognition.Builder::wording,
      Recognition.Builder::addAllEvidence, Recognition.Builder::putAllUnknownMembers).build();

  static final ObjectCodec<Agreement, Agreement.Builder> AGREEMENT = positionMembers(
      ObjectCodec.of("Agreement", Agreement::builder, Agreement.Builder::build)
          .type("agreement").describedAs("an agreement"),
      Agreement.Builder::addAllHolders, Agreement.Builder::addAllObjects,
      Agreement.Builder::intensity, Agreement.Builder::addAllGrounds,
      Agreement.Builder::addAllTopics, Agreement.Builder::wording,
      Agreement.Builder::addAllEvidence, Agreement.Builder::putAllUnknownMembers)
      .optional("plannedMeeting", Agreement::plannedMeeting, Agreement.Builder::plannedMeeting,
          ref())
      .build();

  static final ObjectCodec<Commitment, Commitment.Builder> COMMITMENT = positionMembers(
      ObjectCodec.of("Commitment", Commitment::builder, Commitment.Builder::build)
          .type("commitment").describedAs("a commitment"),
      Commitment.Builder::addAllHolders, Commitment.Builder::addAllObjects,
      Commitment.Builder::intensity, Commitment.Builder::addAllGrounds,
      Commitment.Builder::addAllTopics, Commitment.Builder::wording,
      Commitment.Builder::addAllEvidence, Commitment.Builder::putAllUnknownMembers).build();

  static final ObjectCodec<Monitoring, Monitoring.Builder> MONITORING = positionMembers(
      ObjectCodec.of("Monitoring", Monitoring::builder, Monitoring.Builder::build)
          .type("monitoring").describedAs("a monitoring"),
      Monitoring.Builder::addAllHolders, Monitoring.Builder::addAllObjects,
      Monitoring.Builder::intensity, Monitoring.Builder::addAllGrounds,
      Monitoring.Builder::addAllTopics, Monitoring.Builder::wording,
      Monitoring.Builder::addAllEvidence, Monitoring.Builder::putAllUnknownMembers).build();

  static final ObjectCodec<Hope, Hope.Builder> HOPE = positionMembers(
      ObjectCodec.of("Hope", Hope::builder, Hope.Builder::build)
          .type("hope").describedAs("a hope"),
      Hope.Builder::addAllHolders, Hope.Builder::addAllObjects,
      Hope.Builder::intensity, Hope.Builder::addAllGrounds,
      Hope.Builder::addAllTopics, Hope.Builder::wording,
      Hope.Builder::addAllEvidence, Hope.Builder::putAllUnknownMembers).build();

  static final ObjectCodec<Opposition, Opposition.Builder> OPPOSITION = positionMembers(
      ObjectCodec.of("Opposition", Opposition::builder, Opposition.Builder::build)
          .type("opposition").describedAs("an opposition"),
      Opposition.Builder::addAllHolders, Opposition.Builder::addAllObjects,
      Opposition.Builder::intensity, Opposition.Builder::addAllGrounds,
      Opposition.Builder::addAllTopics, Opposition.Builder::wording,
      Opposition.Builder::addAllEvidence, Opposition.Builder::putAllUnknownMembers).build();

  static final ObjectCodec<Appeal, Appeal.Builder> APPEAL = positionMembers(
      ObjectCodec.of("Appeal", Appeal::builder, Appeal.Builder::build)
          .type("appeal").describedAs("an appeal"),
      Appeal.Builder::addAllHolders, Appeal.Builder::addAllObjects,
      Appeal.Builder::intensity, Appeal.Builder::addAllGrounds,
      Appeal.Builder::addAllTopics, Appeal.Builder::wording,
      Appeal.Builder::addAllEvidence, Appeal.Builder::putAllUnknownMembers).build();

  static final UnionCodec<Position> POSITION = new UnionCodec<>("Position", "a position",
      List.of(
          UnionCodec.kind(Condemnation.class, CONDEMNATION),
          UnionCodec.kind(Concern.class, CONCERN),
          UnionCodec.kind(Welcome.class, WELCOME),
          UnionCodec.kind(Support.class, SUPPORT),
          UnionCodec.kind(Recognition.class, RECOGNITION),
          UnionCodec.kind(Agreement.class, AGREEMENT),
          UnionCodec.kind(Commitment.class, COMMITMENT),
          UnionCodec.kind(Monitoring.class, MONITORING),
          UnionCodec.kind(Hope.class, HOPE),
          UnionCodec.kind(Opposition.class, OPPOSITION),
          UnionCodec.kind(Appeal.class, APPEAL)));

  // ---- Statements ------------------------------------------------------------------------------

  static final ObjectCodec<StatementRelation, StatementRelation.Builder> STATEMENT_RELATION =
      ObjectCodec.of("StatementRelation", StatementRelation::builder,
              StatementRelation.Builder::build)
          .describedAs("a statement relation")
          .required("kind", StatementRelation::kind, StatementRelation.Builder::kind,
              enumeration(RelationKind.class, "a kind of relation"))
          .required("target", StatementRelation::target, StatementRelation.Builder::target, ref())
          .unknown(StatementRelation::unknownMembers,
              StatementRelation.Builder::putAllUnknownMembers)
          .build();

  static final ObjectCodec<Attribution, Attribution.Builder> ATTRIBUTION =
      ObjectCodec.of("Attribution", Attribution::builder, Attribution.Builder::build)
          .describedAs("an attribution")
          .required("person", Attribution::person, Attribution.Builder::person, ref())
          .optional("office", Attribution::office, Attribution.Builder::office, ref())
          .unknown(Attribution::unknownMembers, Attribution.Builder::putAllUnknownMembers)
          .build();

  /** The members every statement has, after its own leading ones. */
  private static <T extends Statement, B> ObjectCodec.Builder<T, B> statementMembers(
      ObjectCodec.Builder<T, B> codec,
      BiConsumer<B, String> title,
      BiConsumer<B, FuzzyDate> date,
      BiConsumer<B, Iterable<DateClaim>> dateClaims,
      BiConsumer<B, Ref<Engagement>> engagement,
      BiConsumer<B, Iterable<StatementRelation>> relations,
      BiConsumer<B, Iterable<Position>> positions,
      BiConsumer<B, Confirmation> confirmation,
      BiConsumer<B, Iterable<Evidence>> evidence,
      BiConsumer<B, Map<String, String>> unknown) {
    return codec
        .optional("title", Statement::title, title, TEXT)
        .optional("date", Statement::date, date, FUZZY_DATE)
        .list("dateClaims", Statement::dateClaims, dateClaims, DATE_CLAIM)
        .optional("engagement", Statement::engagement, engagement, ref())
        .list("relations", Statement::relations, relations, STATEMENT_RELATION)
        .list("positions", Statement::positions, positions, POSITION)
        .optional("confirmation", Statement::confirmation, confirmation,
            enumeration(Confirmation.class, "a confirmation"))
        .list("evidence", Statement::evidence, evidence, EVIDENCE)
        .unknown(Statement::unknownMembers, unknown);
  }

  static final ObjectCodec<JointStatement, JointStatement.Builder> JOINT_STATEMENT =
      statementMembers(
          ObjectCodec.of("JointStatement", JointStatement::builder, JointStatement.Builder::build)
              .type("joint-statement").describedAs("a joint statement")
              .required("id", JointStatement::id, JointStatement.Builder::id, ID)
              .list("issuers", JointStatement::issuers, JointStatement.Builder::addAllIssuers,
                  ref())
              .items(2, 2, true)
              .list("signatories", JointStatement::signatories,
                  JointStatement.Builder::addAllSignatories, ATTRIBUTION),
          JointStatement.Builder::title, JointStatement.Builder::date,
          JointStatement.Builder::addAllDateClaims, JointStatement.Builder::engagement,
          JointStatement.Builder::addAllRelations, JointStatement.Builder::addAllPositions,
          JointStatement.Builder::confirmation, JointStatement.Builder::addAllEvidence,
          JointStatement.Builder::putAllUnknownMembers)
          .build();

  static final ObjectCodec<UnilateralStatement, UnilateralStatement.Builder>
      UNILATERAL_STATEMENT = statementMembers(
          ObjectCodec.of("UnilateralStatement", UnilateralStatement::builder,
                  UnilateralStatement.Builder::build)
              .type("unilateral-statement").describedAs("a unilateral statement")
              .required("id", UnilateralStatement::id, UnilateralStatement.Builder::id, ID)
              .required("kind", UnilateralStatement::kind, UnilateralStatement.Builder::kind,
                  enumeration(StatementKind.class, "a kind of statement"))
              .required("issuer", UnilateralStatement::issuer,
                  UnilateralStatement.Builder::issuer, ref())
              .optional("by", UnilateralStatement::by, UnilateralStatement.Builder::by,
                  ATTRIBUTION),
          UnilateralStatement.Builder::title, UnilateralStatement.Builder::date,
          UnilateralStatement.Builder::addAllDateClaims, UnilateralStatement.Builder::engagement,
          UnilateralStatement.Builder::addAllRelations, UnilateralStatement.Builder::addAllPositions,
          UnilateralStatement.Builder::confirmation, UnilateralStatement.Builder::addAllEvidence,
          UnilateralStatement.Builder::putAllUnknownMembers)
          .build();

  static final ObjectCodec<Remarks, Remarks.Builder> REMARKS = statementMembers(
      ObjectCodec.of("Remarks", Remarks::builder, Remarks.Builder::build)
          .type("remarks").describedAs("remarks")
          .required("id", Remarks::id, Remarks.Builder::id, ID)
          .required("speaker", Remarks::speaker, Remarks.Builder::speaker, ATTRIBUTION)
          .required("side", Remarks::side, Remarks.Builder::side, ref())
          .optional("quote", Remarks::quote, Remarks.Builder::quote, TEXT),
      Remarks.Builder::title, Remarks.Builder::date, Remarks.Builder::addAllDateClaims,
      Remarks.Builder::engagement, Remarks.Builder::addAllRelations,
      Remarks.Builder::addAllPositions, Remarks.Builder::confirmation,
      Remarks.Builder::addAllEvidence, Remarks.Builder::putAllUnknownMembers)
      .build();

  static final UnionCodec<Statement> STATEMENT = new UnionCodec<>("Statement", "a statement",
      List.of(
          UnionCodec.kind(JointStatement.class, JOINT_STATEMENT),
          UnionCodec.kind(UnilateralStatement.class, UNILATERAL_STATEMENT),
          UnionCodec.kind(Remarks.class, REMARKS)));

  // ---- Topics and the dossier ------------------------------------------------------------------

  static final ObjectCodec<Topic, Topic.Builder> TOPIC =
      ObjectCodec.of("Topic", Topic::builder, Topic.Builder::build)
          .describedAs("a topic")
          .required("id", Topic::id, Topic.Builder::id, ID)
          .required("label", Topic::label, Topic.Builder::label, TEXT)
          .required("kind", Topic::kind, Topic.Builder::kind,
              enumeration(TopicKind.class, "a kind of topic"))
          .list("parents", Topic::parents, Topic.Builder::addAllParents, ref())
          .optional("owner", Topic::owner, Topic.Builder::owner, ref())
          .optional("description", Topic::description, Topic.Builder::description, TEXT)
          .list("externalIds", Topic::externalIds, Topic.Builder::addAllExternalIds, EXTERNAL_ID)
          .list("evidence", Topic::evidence, Topic.Builder::addAllEvidence, EVIDENCE)
          .unknown(Topic::unknownMembers, Topic.Builder::putAllUnknownMembers)
          .build();

  static final ObjectCodec<Dossier, Dossier.Builder> DOSSIER =
      ObjectCodec.of("Dossier", Dossier::builder, Dossier.Builder::build)
          .describedAs("a dossier")
          .field(Field.version("entente", FORMAT_VERSION))
          .required("id", Dossier::id, Dossier.Builder::id, ID)
          .optional("title", Dossier::title, Dossier.Builder::title, TEXT)
          .optional("description", Dossier::description, Dossier.Builder::description, TEXT)
          .list("actors", Dossier::actors, Dossier.Builder::addAllActors, ACTOR)
          .list("offices", Dossier::offices, Dossier.Builder::addAllOffices, OFFICE)
          .list("series", Dossier::series, Dossier.Builder::addAllSeries, SERIES)
          .list("engagements", Dossier::engagements, Dossier.Builder::addAllEngagements,
              ENGAGEMENT)
          .list("plannedMeetings", Dossier::plannedMeetings,
              Dossier.Builder::addAllPlannedMeetings, PLANNED_MEETING)
          .list("statements", Dossier::statements, Dossier.Builder::addAllStatements, STATEMENT)
          .list("topics", Dossier::topics, Dossier.Builder::addAllTopics, TOPIC)
          .list("sources", Dossier::sources, Dossier.Builder::addAllSources, SOURCE)
          .unknown(Dossier::unknownMembers, Dossier.Builder::putAllUnknownMembers)
          .build();

  // ---- Lookup ------------------------------------------------------------------------------------

  /** The codec of a dossier. */
  public static Codec<Dossier> dossier() {
    return DOSSIER;
  }

  /** The codec of a statement of any kind. */
  public static Codec<Statement> statement() {
    return STATEMENT;
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

  private static Map<Class<?>, Codec<?>> byClass() {
    Map<Class<?>, Codec<?>> map = new java.util.LinkedHashMap<>();
    map.put(Dossier.class, DOSSIER);
    map.put(Ref.class, REF);
    map.put(FuzzyDate.class, FUZZY_DATE);
    map.put(CountryCode.class, COUNTRY);
    map.put(ExternalId.class, EXTERNAL_ID);
    map.put(Evidence.class, EVIDENCE);
    map.put(Wording.class, WORDING);
    map.put(DateClaim.class, DATE_CLAIM);
    map.put(Source.class, SOURCE);
    map.put(Term.class, TERM);
    map.put(Tenure.class, TENURE);
    map.put(PersonName.class, PERSON_NAME);
    map.put(Actor.class, ACTOR);
    map.put(State.class, ACTOR);
    map.put(Grouping.class, ACTOR);
    map.put(GovernmentBody.class, ACTOR);
    map.put(Person.class, ACTOR);
    map.put(Office.class, OFFICE);
    map.put(Venue.class, VENUE);
    map.put(Participant.class, PARTICIPANT);
    map.put(DialogueSeries.class, SERIES);
    map.put(Engagement.class, ENGAGEMENT);
    map.put(Dialogue.class, ENGAGEMENT);
    map.put(Meeting.class, ENGAGEMENT);
    map.put(MeetingChange.class, MEETING_CHANGE);
    map.put(PlannedMeeting.class, PLANNED_MEETING);
    map.put(Hedging.class, HEDGING);
    map.put(Intensity.class, INTENSITY);
    map.put(PositionObject.class, POSITION_OBJECT);
    map.put(Position.class, POSITION);
    for (Class<?> kind : List.of(Condemnation.class, Concern.class, Welcome.class, Support.class,
        Recognition.class, Agreement.class, Commitment.class, Monitoring.class, Hope.class,
        Opposition.class, Appeal.class)) {
      map.put(kind, POSITION);
    }
    map.put(StatementRelation.class, STATEMENT_RELATION);
    map.put(Attribution.class, ATTRIBUTION);
    map.put(Statement.class, STATEMENT);
    map.put(JointStatement.class, STATEMENT);
    map.put(UnilateralStatement.class, STATEMENT);
    map.put(Remarks.class, STATEMENT);
    map.put(Topic.class, TOPIC);
    return java.util.Collections.unmodifiableMap(map);
  }
}
