package dev.entente.testing.generators;

import dev.entente.model.Actor;
import dev.entente.model.Agreement;
import dev.entente.model.Appeal;
import dev.entente.model.Attribution;
import dev.entente.model.Commitment;
import dev.entente.model.Concern;
import dev.entente.model.Condemnation;
import dev.entente.model.Confirmation;
import dev.entente.model.CountryCode;
import dev.entente.model.DateClaim;
import dev.entente.model.Dialogue;
import dev.entente.model.DialogueSeries;
import dev.entente.model.Dossier;
import dev.entente.model.Engagement;
import dev.entente.model.Evidence;
import dev.entente.model.ExternalId;
import dev.entente.model.GovernmentBody;
import dev.entente.model.Grouping;
import dev.entente.model.GroupingKind;
import dev.entente.model.HedgeLevel;
import dev.entente.model.Hedging;
import dev.entente.model.Hope;
import dev.entente.model.Identified;
import dev.entente.model.Intensity;
import dev.entente.model.IntensityLevel;
import dev.entente.model.JointStatement;
import dev.entente.model.Level;
import dev.entente.model.Meeting;
import dev.entente.model.MeetingChange;
import dev.entente.model.MeetingKind;
import dev.entente.model.Monitoring;
import dev.entente.model.Office;
import dev.entente.model.OfficeKind;
import dev.entente.model.Opposition;
import dev.entente.model.Participant;
import dev.entente.model.ParticipantRole;
import dev.entente.model.Person;
import dev.entente.model.PersonName;
import dev.entente.model.PlannedMeeting;
import dev.entente.model.PlannedStatus;
import dev.entente.model.Position;
import dev.entente.model.PositionObject;
import dev.entente.model.Recognition;
import dev.entente.model.Ref;
import dev.entente.model.RelationKind;
import dev.entente.model.Remarks;
import dev.entente.model.Source;
import dev.entente.model.SourceKind;
import dev.entente.model.State;
import dev.entente.model.Statement;
import dev.entente.model.StatementKind;
import dev.entente.model.StatementRelation;
import dev.entente.model.Support;
import dev.entente.model.Tenure;
import dev.entente.model.Term;
import dev.entente.model.Topic;
import dev.entente.model.TopicKind;
import dev.entente.model.Topics;
import dev.entente.model.UnilateralStatement;
import dev.entente.model.Venue;
import dev.entente.model.Welcome;
import dev.entente.model.Wording;
import dev.entente.time.FuzzyDate;
import dev.entente.time.Qualifier;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Tuple;

/**
 * jqwik generators of valid values of every type of Entente's core model, for users' property
 * tests and for Entente's own (the JSON and YAML round trips run on them).
 *
 * <p>jqwik is an optional dependency of {@code entente-testing}: a test that uses these
 * arbitraries has {@code net.jqwik:jqwik} on its path already.
 *
 * <pre>{@code
 * // the provider of a property's @ForAll("dossiers") parameter
 * Arbitrary<Dossier> dossiers() {
 *   return ModelArbitraries.validDossiers(
 *       DossierOptions.defaults().withMaxRecordsPerKind(3).withSources(false));
 * }
 * }</pre>
 *
 * <p>The knobs: {@link #dossiers(int)} and {@link #validDossiers(int)} bound the records of each
 * kind; {@link DossierOptions} also says which parts a valid dossier has (engagements,
 * statements, planned meetings, sources, topics of its own) and whether now and then a nested
 * list is long (20 to 60 elements). Valid dossiers have, now and then, days at both ends of the
 * calendar ({@link FuzzyDate#MIN_DAY}, {@link FuzzyDate#MAX_DAY} and days near them).
 *
 * <p>Every value these arbitraries produce builds without an exception: each respects the
 * {@code @Value.Check} invariants of its type (two distinct sides, host among the sides, a term
 * that does not end before it starts, a source with a title or URL, ...). Optional members are
 * sometimes present and sometimes absent, lists are sometimes empty and sometimes up to {@link
 * #MAX_LIST_SIZE} long, every enum constant occurs, and text is drawn from many scripts (Latin,
 * Hangul, Cyrillic, Arabic, Devanagari, CJK), with combining marks, astral-plane characters,
 * quotes and backslashes.
 *
 * <p>References in the values of single types point at arbitrary ids, and so do those of {@link
 * #dossiers()}: such a dossier is well-formed record by record but may not pass {@link
 * dev.entente.validation.DossierValidator}. {@link #validDossiers()} builds dossiers that do.
 */
public final class ModelArbitraries {

  /** The longest list of a nested member (names, evidence, positions ...). */
  public static final int MAX_LIST_SIZE = 8;

  /** Presence probability of an optional member. */
  private static final double PRESENT = 0.5;

  private ModelArbitraries() {}

  // ============================================================================ basic values

  /** Text fragments, one per script or tricky feature; none blank, none with a control char. */
  private static final List<String> FRAGMENTS = List.of(
      // ASCII, punctuation, quotes and backslashes
      "Cho Tae-yul", "David Lammy", "Strategic Dialogue", "2+2", "AUKUS Pillar II", "O'Brien",
      "\"quoted\"", "back\\slash", "C:\\path\\to", "a/b", "<tag> & co", "50% {json: [1, 2]}",
      "#hash; semi:colon", "'single'", "`tick`",
      // Latin with accents
      "Ångström", "Zoë Müller", "François Hollande", "Đặng Thị Ngọc Thịnh", "Łukasz Żółć",
      "São Paulo", "İstanbul", "Ørsted", "naïve café",
      // Hangul
      "조태열", "외교부 장관", "대한민국", "한-영 외교장관 전략대화",
      // Cyrillic
      "Сергей Лавров", "Министерство иностранных дел", "Україна",
      // Arabic and Hebrew (right to left)
      "وزير الخارجية", "فيصل بن فرحان", "ירושלים",
      // Devanagari
      "सुब्रह्मण्यम जयशंकर", "विदेश मंत्री",
      // CJK, Thai, Greek
      "王毅", "外交部长", "東京", "日本国", "กรุงเทพมหานคร", "Αθήνα",
      // combining marks
      "e\u0301", "Cafe\u0301", "n\u0303o", "a\u0308\u0301",
      // emoji and other astral-plane characters
      "😀", "👍🏽", "🇰🇷🇬🇧", "𝄞", "𠜎𠜱", "👨‍👩‍👧");

  private static final List<String> LANGUAGE_TAGS = List.of(
      "en", "en-GB", "en-US", "ko", "ko-Kore", "ko-KR", "zh", "zh-Hant-TW", "zh-Hans", "ja", "ar",
      "ar-SA", "ru", "uk", "sr-Latn", "sr-Cyrl-RS", "hi", "fr", "de-CH", "es-419", "he", "th");

  private static final List<String> SCRIPTS =
      List.of("Latn", "Hang", "Kore", "Cyrl", "Arab", "Hani", "Hans", "Hant", "Deva", "Jpan", "Thai");

  private static final List<ZoneId> ZONES = List.of(
      ZoneId.of("Asia/Seoul"), ZoneId.of("Europe/London"), ZoneId.of("UTC"), ZoneOffset.UTC,
      ZoneId.of("America/New_York"), ZoneId.of("Asia/Kolkata"), ZoneId.of("Australia/Lord_Howe"),
      ZoneId.of("Asia/Kathmandu"), ZoneOffset.ofHours(9), ZoneOffset.ofHoursMinutes(-3, -30),
      ZoneOffset.ofHoursMinutes(5, 45), ZoneOffset.ofHours(-12), ZoneOffset.ofHours(14));

  private static final CountryCode KOSOVO = CountryCode.ofUserAssigned("XK", "XKX", "Kosovo");

  /** The ids of Entente's built-in topics. */
  private static final List<String> BUILT_IN_TOPICS =
      Topics.all().stream().map(Topic::id).collect(Collectors.toList());

  /** Text from many scripts, never blank, without control characters or unpaired surrogates. */
  public static Arbitrary<String> texts() {
    Arbitrary<String> scriptRuns = Arbitraries.oneOf(
        Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(12),
        Arbitraries.strings().withCharRange('\u00C0', '\u00FF').ofMinLength(1).ofMaxLength(8),
        Arbitraries.strings().withCharRange('\uAC00', '\uD7A3').ofMinLength(1).ofMaxLength(6),
        Arbitraries.strings().withCharRange('\u0410', '\u044F').ofMinLength(1).ofMaxLength(10),
        Arbitraries.strings().withCharRange('\u0621', '\u064A').ofMinLength(1).ofMaxLength(8),
        Arbitraries.strings().withCharRange('\u0905', '\u0939').ofMinLength(1).ofMaxLength(8),
        Arbitraries.strings().withCharRange('\u4E00', '\u9FFF').ofMinLength(1).ofMaxLength(6));
    Arbitrary<String> fragment =
        Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(FRAGMENTS)), Tuple.of(1, scriptRuns));
    return fragment.list().ofMinSize(1).ofMaxSize(4).map(parts -> String.join(" ", parts));
  }

  /** Ids matching {@link Ref#ID_PATTERN}: kebab-case words, odd characters, up to 128 long. */
  public static Arbitrary<String> ids() {
    Arbitrary<String> kebab = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1)
        .ofMaxLength(8).list().ofMinSize(1).ofMaxSize(4).map(words -> String.join("-", words));
    Arbitrary<String> raw = Combinators.combine(
            Arbitraries.chars().alpha().numeric(),
            Arbitraries.strings().alpha().numeric().withChars("._:-").ofMaxLength(127))
        .as((first, rest) -> first + rest);
    Arbitrary<String> edges = Arbitraries.of(
        "a", "0", "Q42", "rok", "uk", "x.y:z_w-1", "9-", "A" + "b".repeat(127));
    return Arbitraries.frequencyOf(Tuple.of(5, kebab), Tuple.of(2, raw), Tuple.of(1, edges));
  }

  /** References to arbitrary ids. */
  public static <T extends Identified> Arbitrary<Ref<T>> refs() {
    return ids().map(Ref::of);
  }

  /** BCP 47 language tags that {@code Locale.Builder} accepts. */
  public static Arbitrary<String> languageTags() {
    return Arbitraries.of(LANGUAGE_TAGS);
  }

  /** ISO 15924 script codes. */
  public static Arbitrary<String> scripts() {
    return Arbitraries.of(SCRIPTS);
  }

  /** Identifiers in external registers, of every scheme. */
  public static Arbitrary<ExternalId> externalIds() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(1, Integer.MAX_VALUE).map(n -> ExternalId.wikidata("Q" + n)),
        Arbitraries.integers().between(1, Integer.MAX_VALUE).map(n -> ExternalId.geonames("" + n)),
        Combinators.combine(
                Arbitraries.strings().withCharRange('a', 'z').withChars('_').ofMinLength(1)
                    .ofMaxLength(10),
                ids())
            .as((type, rest) -> ExternalId.of(ExternalId.Scheme.OCD, "ocd-" + type + "/" + rest)));
  }

  /** ISO 3166-1 codes (current and withdrawn), and now and then the user-assigned XK. */
  public static Arbitrary<CountryCode> countryCodes() {
    return Arbitraries.frequencyOf(
        Tuple.of(20, Arbitraries.of(List.copyOf(CountryCode.available()))),
        Tuple.of(1, Arbitraries.just(KOSOVO)));
  }

  /** URIs of web pages, with paths, queries, fragments and percent-encoded non-ASCII text. */
  public static Arbitrary<URI> uris() {
    Arbitrary<String> host = Arbitraries.of(
        "www.mofa.go.kr", "www.gov.uk", "example.org", "news.example.com", "xn--3e0b707e.kr");
    Arbitrary<String> segment = Arbitraries.strings().withCharRange('a', 'z').numeric()
        .withChars("-_.~").ofMinLength(1).ofMaxLength(12);
    Arbitrary<String> path = segment.list().ofMaxSize(4).map(s -> "/" + String.join("/", s));
    Arbitrary<String> query = Arbitraries.of("", "?id=42", "?q=%EC%A1%B0%ED%83%9C%EC%97%B4&lang=ko",
        "?a=1&b=two", "#section-2", "?x=%22quoted%22#top");
    return Combinators.combine(Arbitraries.of("https", "http"), host, path, query)
        .as((scheme, h, p, q) -> URI.create(scheme + "://" + h + p + q));
  }

  /** Times of day, whole minutes, seconds or with fractions, all exact through ISO text. */
  public static Arbitrary<LocalTime> localTimes() {
    Arbitrary<Integer> nanos = Arbitraries.oneOf(
        Arbitraries.just(0),
        Arbitraries.integers().between(0, 999).map(ms -> ms * 1_000_000),
        Arbitraries.integers().between(0, 999_999_999));
    return Combinators.combine(
            Arbitraries.integers().between(0, 23),
            Arbitraries.integers().between(0, 59),
            Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(0, 59)),
            nanos)
        .as(LocalTime::of)
        .filter(t -> LocalTime.parse(t.toString()).equals(t));
  }

  /** Instants with region and fixed-offset zones, between years 1900 and 2100. */
  public static Arbitrary<ZonedDateTime> zonedDateTimes() {
    Arbitrary<LocalDate> days = Arbitraries.longs()
        .between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2100, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
    return Combinators.combine(days, localTimes(), Arbitraries.of(ZONES))
        .as((d, t, z) -> ZonedDateTime.of(d, t, z))
        .filter(z -> ZonedDateTime.parse(z.toString()).equals(z));
  }

  // ============================================================================ fuzzy dates

  /** Fuzzy dates of every EDTF form Entente supports, years 1 to 9999, recent years favoured. */
  public static Arbitrary<FuzzyDate> fuzzyDates() {
    Arbitrary<Integer> years = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.integers().between(1, 9999)),
        Tuple.of(4, Arbitraries.integers().between(1900, 2100)),
        Tuple.of(1, Arbitraries.of(1, 9, 10, 99, 100, 9990, 9999)));
    return fuzzyDates(years);
  }

  /** Fuzzy dates of every form whose years lie roughly between the given ones. */
  public static Arbitrary<FuzzyDate> fuzzyDates(int minYear, int maxYear) {
    return fuzzyDates(Arbitraries.integers().between(minYear, maxYear));
  }

  private static Arbitrary<FuzzyDate> fuzzyDates(Arbitrary<Integer> years) {
    Arbitrary<FuzzyDate> single = singleFuzzyDates(years);
    Arbitrary<FuzzyDate> closed = Combinators.combine(single, single).as((a, b) ->
        a.earliest().isAfter(b.latest())
            ? FuzzyDate.parse(b + "/" + a)
            : FuzzyDate.parse(a + "/" + b));
    Arbitrary<FuzzyDate> intervals = Arbitraries.oneOf(
        closed,
        single.map(d -> FuzzyDate.parse(d + "/..")),
        single.map(d -> FuzzyDate.parse("../" + d)),
        single.map(d -> FuzzyDate.parse(d + "/")),
        single.map(d -> FuzzyDate.parse("/" + d)));
    return Arbitraries.frequencyOf(Tuple.of(4, single), Tuple.of(1, intervals));
  }

  private static Arbitrary<FuzzyDate> singleFuzzyDates(Arbitrary<Integer> years) {
    Arbitrary<Integer> months = Arbitraries.integers().between(1, 12);
    Arbitrary<String> text = Arbitraries.frequencyOf(
        Tuple.of(6, Combinators.combine(years, Arbitraries.integers().between(0, 365))
            .as((y, d) -> LocalDate.of(y, 1, 1).plusDays(Math.min(d, LocalDate.of(y, 1, 1)
                .lengthOfYear() - 1)).toString())),
        Tuple.of(3, Combinators.combine(years, months).as((y, m) -> y4(y) + "-" + two(m))),
        Tuple.of(3, years.map(ModelArbitraries::y4)),
        Tuple.of(1, years.map(y -> y4(y).substring(0, 3) + "X")),
        Tuple.of(1, years.map(y -> y4(y).substring(0, 2) + "XX")),
        Tuple.of(1, years.map(y -> y4(y) + "-XX")),
        Tuple.of(1, years.map(y -> y4(y) + "-XX-XX")),
        Tuple.of(1, Combinators.combine(years, months).as((y, m) -> y4(y) + "-" + two(m) + "-XX")),
        Tuple.of(2, Combinators.combine(years, Arbitraries.integers().between(21, 24))
            .as((y, s) -> y4(y == 9999 && s == 24 ? 9998 : y) + "-" + s)),
        Tuple.of(2, Combinators.combine(years, Arbitraries.integers().between(33, 41))
            .as((y, g) -> y4(y) + "-" + g)));
    return Combinators.combine(text, Arbitraries.of(Qualifier.class))
        .as((t, q) -> FuzzyDate.parse(t).withQualifier(q));
  }

  private static String y4(int year) {
    return String.format(Locale.ROOT, "%04d", year);
  }

  private static String two(int n) {
    return String.format(Locale.ROOT, "%02d", n);
  }

  // ============================================================================ provenance

  /** Evidence from an arbitrary source, with or without quote and note. */
  public static Arbitrary<Evidence> evidence() {
    return Builders.withBuilder(Evidence::builder)
        .use(ModelArbitraries.<Source>refs()).in((b, v) -> b.source(v))
        .use(opt(texts())).in((b, v) -> b.quote(v))
        .use(opt(texts())).in((b, v) -> b.note(v))
        .build(Evidence.Builder::build);
  }

  private static Arbitrary<List<Evidence>> evidenceLists() {
    return list(evidence());
  }

  /** A text as written, with one or more pieces of evidence. */
  public static Arbitrary<Wording> wordings() {
    return Combinators.combine(texts(), evidence().list().ofMinSize(1).ofMaxSize(MAX_LIST_SIZE))
        .as((t, e) -> Wording.builder().text(t).evidence(e).build());
  }

  /** Claims of a time, with or without wording and reference. */
  public static Arbitrary<DateClaim> dateClaims() {
    return Builders.withBuilder(DateClaim::builder)
        .use(fuzzyDates()).in((b, v) -> b.value(v))
        .use(opt(texts())).in((b, v) -> b.wording(v))
        .use(opt(fuzzyDates())).in((b, v) -> b.reference(v))
        .use(evidenceLists()).in((b, v) -> b.evidence(v))
        .build(DateClaim.Builder::build);
  }

  /**
   * Sources of every kind, with and without each optional member; always a title, a URL or both,
   * and an exact instant of publication within the published day when both are given.
   */
  public static Arbitrary<Source> sources() {
    Arbitrary<Tuple.Tuple2<Optional<String>, Optional<URI>>> findable =
        Combinators.combine(opt(texts()), opt(uris())).as(Tuple::of)
            .filter(t -> t.get1().isPresent() || t.get2().isPresent());
    Arbitrary<Tuple.Tuple2<Optional<FuzzyDate>, Optional<ZonedDateTime>>> publication =
        Combinators.combine(opt(fuzzyDates(1900, 2100)), opt(zonedDateTimes()))
            .as(ModelArbitraries::publishedWithin);
    return Builders.withBuilder(Source::builder)
        .use(ids()).in((b, v) -> b.id(v))
        .use(Arbitraries.of(SourceKind.class)).in((b, v) -> b.kind(v))
        .use(findable).in((b, v) -> b.title(v.get1()).url(v.get2()))
        .use(opt(texts())).in((b, v) -> b.publisher(v))
        .use(list(texts())).in((b, v) -> b.authors(v))
        .use(opt(texts())).in((b, v) -> b.section(v))
        .use(publication).in((b, v) -> b.published(v.get1()).publishedAt(v.get2()))
        .use(opt(localTimes())).in((b, v) -> b.localTime(v))
        .use(opt(languageTags())).in((b, v) -> b.language(v))
        .use(opt(languageTags())).in((b, v) -> b.originalLanguage(v))
        .use(opt(texts())).in((b, v) -> b.note(v))
        .build(Source.Builder::build);
  }

  /**
   * Moves an exact instant into the fuzzy day when both are given, or drops the instant: for a
   * source's publication and for an engagement's start.
   */
  private static Tuple.Tuple2<Optional<FuzzyDate>, Optional<ZonedDateTime>> publishedWithin(
      Optional<FuzzyDate> day, Optional<ZonedDateTime> at) {
    if (day.isEmpty() || at.isEmpty() || day.get().contains(at.get().toLocalDate())) {
      return Tuple.of(day, at);
    }
    ZonedDateTime moved = ZonedDateTime.of(
        day.get().earliest(), at.get().toLocalTime(), at.get().getZone());
    boolean ok = day.get().contains(moved.toLocalDate())
        && ZonedDateTime.parse(moved.toString()).equals(moved);
    return Tuple.of(day, ok ? Optional.of(moved) : Optional.empty());
  }

  // ============================================================================ actors

  /** Names in a script, with or without language and romanization. */
  public static Arbitrary<PersonName> personNames() {
    return Builders.withBuilder(PersonName::builder)
        .use(texts()).in((b, v) -> b.text(v))
        .use(scripts()).in((b, v) -> b.script(v))
        .use(opt(languageTags())).in((b, v) -> b.language(v))
        .use(opt(texts())).in((b, v) -> b.romanization(v))
        .build(PersonName.Builder::build);
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
        .use(ModelArbitraries.<Office>refs()).in((b, v) -> b.office(v))
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
        .use(ModelArbitraries.<Actor>refs()).in((b, v) -> b.jurisdiction(v))
        .use(opt(ModelArbitraries.<Actor>refs())).in((b, v) -> b.body(v))
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
        .use(ModelArbitraries.<Actor>idWithOther()).in((b, v) -> b.id(v.get1()).partOf(v.get2()))
        .use(texts()).in((b, v) -> b.name(v))
        .use(opt(texts())).in((b, v) -> b.fullName(v))
        .use(Arbitraries.of(GroupingKind.class)).in((b, v) -> b.kind(v))
        .use(ModelArbitraries.<Actor>distinctRefs()).in((b, v) -> b.members(v))
        .use(list(externalIds())).in((b, v) -> b.externalIds(v))
        .build(Grouping.Builder::build);
  }

  /** Government bodies, part of another body or not. */
  public static Arbitrary<GovernmentBody> governmentBodies() {
    return Builders.withBuilder(GovernmentBody::builder)
        .use(ModelArbitraries.<Actor>idWithOther()).in((b, v) -> b.id(v.get1()).partOf(v.get2()))
        .use(texts()).in((b, v) -> b.name(v))
        .use(ModelArbitraries.<Actor>refs()).in((b, v) -> b.government(v))
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

  // ============================================================================ engagements

  /** Venues naming at least one of country, city, district or building. */
  public static Arbitrary<Venue> venues() {
    return Combinators.combine(
            opt(countryCodes()), opt(texts()), opt(texts()), opt(texts()), list(externalIds()),
            texts())
        .as((country, city, district, building, externalIds, fallback) -> Venue.builder()
            .country(country)
            .city(country.isEmpty() && city.isEmpty() && district.isEmpty() && building.isEmpty()
                ? Optional.of(fallback) : city)
            .district(district).building(building).externalIds(externalIds).build());
  }

  /** Participants with distinct roles. */
  public static Arbitrary<Participant> participants() {
    return Builders.withBuilder(Participant::builder)
        .use(ModelArbitraries.<Person>refs()).in((b, v) -> b.person(v))
        .use(ModelArbitraries.<Actor>refs()).in((b, v) -> b.side(v))
        .use(opt(ModelArbitraries.<Office>refs())).in((b, v) -> b.office(v))
        .use(Arbitraries.of(ParticipantRole.class).list().uniqueElements().ofMaxSize(4))
        .in((b, v) -> b.roles(v))
        .use(list(wordings())).in((b, v) -> b.titlesAsWritten(v))
        .build(Participant.Builder::build);
  }

  /** Recurring formats, with distinct principal kinds. */
  public static Arbitrary<DialogueSeries> dialogueSeries() {
    return Builders.withBuilder(DialogueSeries::builder)
        .use(ids()).in((b, v) -> b.id(v))
        .use(texts()).in((b, v) -> b.name(v))
        .use(twoSides()).in((b, v) -> b.sides(v))
        .use(Arbitraries.of(Level.class)).in((b, v) -> b.level(v))
        .use(Arbitraries.of(OfficeKind.class).list().uniqueElements().ofMaxSize(3))
        .in((b, v) -> b.principalKinds(v))
        .use(opt(fuzzyDates())).in((b, v) -> b.established(v))
        .use(evidenceLists()).in((b, v) -> b.evidence(v))
        .build(DialogueSeries.Builder::build);
  }

  /** The members an engagement of either kind has, checked as {@code Engagements.check} does. */
  private record EngagementParts(
      String id, Optional<String> title, List<Ref<Actor>> sides, Optional<Ref<Actor>> host,
      FuzzyDate date, Optional<ZonedDateTime> startsAt, List<DateClaim> dateClaims,
      Optional<Venue> venue,
      List<Participant> participants, Optional<Ref<Engagement>> partOf, List<Ref<Topic>> topics,
      List<Evidence> evidence) {}

  private static Arbitrary<EngagementParts> engagementParts() {
    Arbitrary<Tuple.Tuple2<List<Ref<Actor>>, Optional<Ref<Actor>>>> sidesAndHost = sidesAndHost();
    return Combinators.combine(
            ModelArbitraries.<Engagement>idWithOther(), opt(texts()), sidesAndHost, fuzzyDates(), list(dateClaims()),
            opt(venues()), list(participants()),
            Combinators.combine(ModelArbitraries.<Topic>distinctRefs(), evidenceLists(),
                    opt(zonedDateTimes()))
                .as(Tuple::of))
        .as((id, title, sh, date, claims, venue, people, rest) -> new EngagementParts(
            id.get1(), title, sh.get1(), sh.get2(), date,
            publishedWithin(Optional.of(date), rest.get3()).get2(), claims, venue, people,
            id.get2(), rest.get1(), rest.get2()));
  }

  /** Dialogues: sessions of a series, with or without an ordinal. */
  public static Arbitrary<Dialogue> dialogues() {
    return Combinators.combine(engagementParts(), ModelArbitraries.<DialogueSeries>refs(), ordinals())
        .as((p, series, ordinal) -> Dialogue.builder()
            .id(p.id()).title(p.title()).sides(p.sides()).host(p.host()).date(p.date())
            .startsAt(p.startsAt()).dateClaims(p.dateClaims()).venue(p.venue())
            .participants(p.participants())
            .partOf(p.partOf()).topics(p.topics()).evidence(p.evidence())
            .series(series).ordinal(ordinal)
            .build());
  }

  /** Meetings of every kind. */
  public static Arbitrary<Meeting> meetings() {
    return Combinators.combine(engagementParts(), Arbitraries.of(MeetingKind.class))
        .as((p, kind) -> Meeting.builder()
            .id(p.id()).title(p.title()).sides(p.sides()).host(p.host()).date(p.date())
            .startsAt(p.startsAt()).dateClaims(p.dateClaims()).venue(p.venue())
            .participants(p.participants())
            .partOf(p.partOf()).topics(p.topics()).evidence(p.evidence())
            .kind(kind)
            .build());
  }

  /** Engagements of both kinds. */
  public static Arbitrary<Engagement> engagements() {
    return Arbitraries.oneOf(dialogues(), meetings());
  }

  // ============================================================================ planned meetings

  /** Changes of every status; only HELD names the engagement, only open statuses have windows. */
  public static Arbitrary<MeetingChange> meetingChanges() {
    return Combinators.combine(
            Arbitraries.of(PlannedStatus.class), fuzzyDates(), list(dateClaims()), opt(venues()),
            opt(ModelArbitraries.<Engagement>refs()), opt(ModelArbitraries.<Statement>refs()),
            evidenceLists())
        .as((status, date, windows, venue, heldAs, announcedIn, evidence) ->
            MeetingChange.builder().status(status).date(date)
                .windows(status.isFinal() ? List.of() : windows)
                .venue(venue)
                .heldAs(status == PlannedStatus.HELD ? heldAs : Optional.empty())
                .announcedIn(announcedIn).evidence(evidence).build());
  }

  /** Planned meetings: a kind or a series (never both), two sides, a non-empty lifecycle. */
  public static Arbitrary<PlannedMeeting> plannedMeetings() {
    Arbitrary<Tuple.Tuple2<Optional<MeetingKind>, Optional<Ref<DialogueSeries>>>> kindOrSeries =
        Arbitraries.oneOf(
            Arbitraries.of(MeetingKind.class).map(k -> kindOrSeries(Optional.of(k), Optional.empty())),
            ModelArbitraries.<DialogueSeries>refs()
                .map(s -> kindOrSeries(Optional.empty(), Optional.of(s))),
            Arbitraries.just(kindOrSeries(Optional.empty(), Optional.empty())));
    return Builders.withBuilder(PlannedMeeting::builder)
        .use(ids()).in((b, v) -> b.id(v))
        .use(opt(texts())).in((b, v) -> b.title(v))
        .use(kindOrSeries).in((b, v) -> b.kind(v.get1()).series(v.get2()))
        .use(ordinals()).in((b, v) -> b.ordinal(v))
        .use(sidesAndHost()).in((b, v) -> b.sides(v.get1()).host(v.get2()))
        .use(list(ModelArbitraries.<Office>refs())).in((b, v) -> b.principals(v))
        .use(ModelArbitraries.<Topic>distinctRefs()).in((b, v) -> b.topics(v))
        .use(meetingChanges().list().ofMinSize(1).ofMaxSize(MAX_LIST_SIZE))
        .in((b, v) -> b.lifecycle(v))
        .use(evidenceLists()).in((b, v) -> b.evidence(v))
        .build(PlannedMeeting.Builder::build);
  }

  private static Tuple.Tuple2<Optional<MeetingKind>, Optional<Ref<DialogueSeries>>> kindOrSeries(
      Optional<MeetingKind> kind, Optional<Ref<DialogueSeries>> series) {
    return Tuple.of(kind, series);
  }

  // ============================================================================ positions

  /** Hedgings of every level, with or without wording. */
  public static Arbitrary<Hedging> hedgings() {
    return Combinators.combine(Arbitraries.of(HedgeLevel.class), opt(texts())).as(Hedging::of);
  }

  /** Intensities of every level, with or without wording. */
  public static Arbitrary<Intensity> intensities() {
    return Combinators.combine(Arbitraries.of(IntensityLevel.class), opt(texts()))
        .as(Intensity::of);
  }

  /** Objects naming targets, a phenomenon, a conduct, or any combination of them. */
  public static Arbitrary<PositionObject> positionObjects() {
    return Combinators.combine(
            ModelArbitraries.<Actor>distinctRefs(), opt(ModelArbitraries.<Topic>refs()),
            opt(texts()), opt(hedgings()),
            texts())
        .as((targets, phenomenon, conduct, hedging, fallback) -> PositionObject.builder()
            .targets(targets).phenomenon(phenomenon)
            .conduct(targets.isEmpty() && phenomenon.isEmpty() && conduct.isEmpty()
                ? Optional.of(fallback) : conduct)
            .hedging(hedging)
            .build());
  }

  /** Objects that name a conduct, as a condemnation needs. */
  private static Arbitrary<PositionObject> conductObjects() {
    return Combinators.combine(positionObjects(), texts()).as((o, conduct) ->
        o.conduct().isPresent() ? o : o.withConduct(conduct));
  }

  /** The members every kind of position has. */
  private record PositionParts(
      List<Ref<Actor>> holders, List<PositionObject> objects, Optional<Intensity> intensity,
      List<String> grounds, List<Ref<Topic>> topics, Optional<String> wording,
      List<Evidence> evidence) {}

  private static Arbitrary<PositionParts> positionParts(Arbitrary<List<PositionObject>> objects) {
    return Combinators.combine(
            ModelArbitraries.<Actor>distinctRefs(), objects, opt(intensities()), list(texts()),
            ModelArbitraries.<Topic>distinctRefs(), opt(texts()), evidenceLists())
        .as(PositionParts::new);
  }

  private static Arbitrary<PositionParts> positionParts() {
    return positionParts(list(positionObjects()));
  }

  /** Condemnations: at least one object, each naming the conduct condemned. */
  public static Arbitrary<Condemnation> condemnations() {
    return positionParts(conductObjects().list().ofMinSize(1).ofMaxSize(MAX_LIST_SIZE))
        .map(p -> Condemnation.builder().holders(p.holders()).objects(p.objects())
            .intensity(p.intensity()).grounds(p.grounds()).topics(p.topics())
            .wording(p.wording()).evidence(p.evidence()).build());
  }

  /** Expressions of concern. */
  public static Arbitrary<Concern> concerns() {
    return positionParts().map(p -> Concern.builder().holders(p.holders()).objects(p.objects())
        .intensity(p.intensity()).grounds(p.grounds()).topics(p.topics())
        .wording(p.wording()).evidence(p.evidence()).build());
  }

  /** Welcomes. */
  public static Arbitrary<Welcome> welcomes() {
    return positionParts().map(p -> Welcome.builder().holders(p.holders()).objects(p.objects())
        .intensity(p.intensity()).grounds(p.grounds()).topics(p.topics())
        .wording(p.wording()).evidence(p.evidence()).build());
  }

  /** Statements of support. */
  public static Arbitrary<Support> supports() {
    return positionParts().map(p -> Support.builder().holders(p.holders()).objects(p.objects())
        .intensity(p.intensity()).grounds(p.grounds()).topics(p.topics())
        .wording(p.wording()).evidence(p.evidence()).build());
  }

  /** Recognitions. */
  public static Arbitrary<Recognition> recognitions() {
    return positionParts().map(p -> Recognition.builder().holders(p.holders())
        .objects(p.objects()).intensity(p.intensity()).grounds(p.grounds()).topics(p.topics())
        .wording(p.wording()).evidence(p.evidence()).build());
  }

  /** Agreements, naming a planned meeting or not. */
  public static Arbitrary<Agreement> agreements() {
    return Combinators.combine(positionParts(), opt(ModelArbitraries.<PlannedMeeting>refs()))
        .as((p, plan) -> Agreement.builder().holders(p.holders()).objects(p.objects())
            .intensity(p.intensity()).grounds(p.grounds()).topics(p.topics())
            .wording(p.wording()).evidence(p.evidence()).plannedMeeting(plan).build());
  }

  /** Commitments. */
  public static Arbitrary<Commitment> commitments() {
    return positionParts().map(p -> Commitment.builder().holders(p.holders())
        .objects(p.objects()).intensity(p.intensity()).grounds(p.grounds()).topics(p.topics())
        .wording(p.wording()).evidence(p.evidence()).build());
  }

  /** Pledges to monitor. */
  public static Arbitrary<Monitoring> monitorings() {
    return positionParts().map(p -> Monitoring.builder().holders(p.holders())
        .objects(p.objects()).intensity(p.intensity()).grounds(p.grounds()).topics(p.topics())
        .wording(p.wording()).evidence(p.evidence()).build());
  }

  /** Hopes. */
  public static Arbitrary<Hope> hopes() {
    return positionParts().map(p -> Hope.builder().holders(p.holders()).objects(p.objects())
        .intensity(p.intensity()).grounds(p.grounds()).topics(p.topics())
        .wording(p.wording()).evidence(p.evidence()).build());
  }

  /** Oppositions. */
  public static Arbitrary<Opposition> oppositions() {
    return positionParts().map(p -> Opposition.builder().holders(p.holders())
        .objects(p.objects()).intensity(p.intensity()).grounds(p.grounds()).topics(p.topics())
        .wording(p.wording()).evidence(p.evidence()).build());
  }

  /** Appeals. */
  public static Arbitrary<Appeal> appeals() {
    return positionParts().map(p -> Appeal.builder().holders(p.holders()).objects(p.objects())
        .intensity(p.intensity()).grounds(p.grounds()).topics(p.topics())
        .wording(p.wording()).evidence(p.evidence()).build());
  }

  /** Positions of all eleven kinds. */
  public static Arbitrary<Position> positions() {
    return Arbitraries.oneOf(List.<Arbitrary<? extends Position>>of(
        condemnations(), concerns(), welcomes(), supports(), recognitions(), agreements(),
        commitments(), monitorings(), hopes(), oppositions(), appeals()));
  }

  // ============================================================================ statements

  /** Statement relations of every kind. */
  public static Arbitrary<StatementRelation> statementRelations() {
    return Combinators.combine(Arbitraries.of(RelationKind.class), ModelArbitraries.<Statement>refs())
        .as(StatementRelation::of);
  }

  /** Attributions, with or without an office. */
  public static Arbitrary<Attribution> attributions() {
    return Combinators.combine(ModelArbitraries.<Person>refs(), opt(ModelArbitraries.<Office>refs()))
        .as((person, office) -> Attribution.builder().person(person).office(office).build());
  }

  /** The members every kind of statement has. */
  private record StatementParts(
      String id, Optional<String> title, Optional<FuzzyDate> date, List<DateClaim> dateClaims,
      Optional<Ref<Engagement>> engagement, List<StatementRelation> relations,
      List<Position> positions, Optional<Confirmation> confirmation, List<Evidence> evidence) {}

  private static Arbitrary<StatementParts> statementParts() {
    return Combinators.combine(
            ids(), opt(texts()), opt(fuzzyDates()), list(dateClaims()),
            opt(ModelArbitraries.<Engagement>refs()), list(statementRelations()),
            list(positions()),
            Combinators.combine(opt(Arbitraries.of(Confirmation.class)), evidenceLists())
                .as(Tuple::of))
        .as((id, title, date, claims, engagement, relations, positions, rest) ->
            new StatementParts(id, title, date, claims, engagement,
                relations.stream().filter(r -> !r.target().id().equals(id))
                    .collect(Collectors.toList()),
                positions, rest.get1(), rest.get2()));
  }

  /** Joint statements of two distinct issuers. */
  public static Arbitrary<JointStatement> jointStatements() {
    return Combinators.combine(statementParts(), twoSides(), list(attributions()))
        .as((p, issuers, signatories) -> JointStatement.builder()
            .id(p.id()).title(p.title()).date(p.date()).dateClaims(p.dateClaims())
            .engagement(p.engagement()).relations(p.relations()).positions(p.positions())
            .confirmation(p.confirmation()).evidence(p.evidence())
            .issuers(issuers).signatories(signatories)
            .build());
  }

  /** Unilateral statements of every kind. */
  public static Arbitrary<UnilateralStatement> unilateralStatements() {
    return Combinators.combine(
            statementParts(), Arbitraries.of(StatementKind.class), ModelArbitraries.<Actor>refs(),
            opt(attributions()))
        .as((p, kind, issuer, by) -> UnilateralStatement.builder()
            .id(p.id()).title(p.title()).date(p.date()).dateClaims(p.dateClaims())
            .engagement(p.engagement()).relations(p.relations()).positions(p.positions())
            .confirmation(p.confirmation()).evidence(p.evidence())
            .kind(kind).issuer(issuer).by(by)
            .build());
  }

  /** Remarks, with or without a quote. */
  public static Arbitrary<Remarks> remarks() {
    return Combinators.combine(
            statementParts(), attributions(), ModelArbitraries.<Actor>refs(), opt(texts()))
        .as((p, speaker, side, quote) -> Remarks.builder()
            .id(p.id()).title(p.title()).date(p.date()).dateClaims(p.dateClaims())
            .engagement(p.engagement()).relations(p.relations()).positions(p.positions())
            .confirmation(p.confirmation()).evidence(p.evidence())
            .speaker(speaker).side(side).quote(quote)
            .build());
  }

  /** Statements of all three kinds. */
  public static Arbitrary<Statement> statements() {
    return Arbitraries.oneOf(jointStatements(), unilateralStatements(), remarks());
  }

  // ============================================================================ topics, dossiers

  /** Topics of every kind, with distinct parents other than themselves. */
  public static Arbitrary<Topic> topics() {
    return Builders.withBuilder(Topic::builder)
        .use(ids()).in((b, v) -> b.id(v))
        .use(texts()).in((b, v) -> b.label(v))
        .use(Arbitraries.of(TopicKind.class)).in((b, v) -> b.kind(v))
        .use(ModelArbitraries.<Topic>distinctRefs()).in((b, v) -> b.parents(v))
        .use(opt(ModelArbitraries.<Actor>refs())).in((b, v) -> b.owner(v))
        .use(opt(texts())).in((b, v) -> b.description(v))
        .use(list(externalIds())).in((b, v) -> b.externalIds(v))
        .use(evidenceLists()).in((b, v) -> b.evidence(v))
        .build(Topic.Builder::build);
  }

  /** Dossiers of up to 4 records of each kind; see {@link #dossiers(int)}. */
  public static Arbitrary<Dossier> dossiers() {
    return dossiers(4);
  }

  /**
   * Dossiers of up to {@code maxRecordsPerKind} records of each kind, every record well-formed
   * but references pointing at arbitrary ids: such a dossier need not pass validation.
   */
  public static Arbitrary<Dossier> dossiers(int maxRecordsPerKind) {
    int n = maxRecordsPerKind;
    return Builders.withBuilder(Dossier::builder)
        .use(ids()).in((b, v) -> b.id(v))
        .use(opt(texts())).in((b, v) -> b.title(v))
        .use(opt(texts())).in((b, v) -> b.description(v))
        .use(actors().list().ofMaxSize(n)).in((b, v) -> b.actors(v))
        .use(offices().list().ofMaxSize(n)).in((b, v) -> b.offices(v))
        .use(dialogueSeries().list().ofMaxSize(n)).in((b, v) -> b.series(v))
        .use(engagements().list().ofMaxSize(n)).in((b, v) -> b.engagements(v))
        .use(plannedMeetings().list().ofMaxSize(n)).in((b, v) -> b.plannedMeetings(v))
        .use(statements().list().ofMaxSize(n)).in((b, v) -> b.statements(v))
        .use(topics().list().ofMaxSize(n)).in((b, v) -> b.topics(v))
        .use(sources().list().ofMaxSize(n)).in((b, v) -> b.sources(v))
        .build(Dossier.Builder::build);
  }

  /** Valid dossiers with the {@linkplain DossierOptions#defaults() default options}. */
  public static Arbitrary<Dossier> validDossiers() {
    return validDossiers(DossierOptions.defaults());
  }

  /** Valid dossiers of up to {@code maxRecordsPerKind} records of each kind, with every part. */
  public static Arbitrary<Dossier> validDossiers(int maxRecordsPerKind) {
    return validDossiers(DossierOptions.defaults().withMaxRecordsPerKind(maxRecordsPerKind));
  }

  /**
   * Dossiers that {@link dev.entente.validation.DossierValidator#validate} finds no fault with:
   * every reference resolves to a record of the right kind, ids are unique, sides are states or
   * groupings, participants and signatories hold their offices on the dates concerned,
   * statements are not dated before their engagements, lifecycles are in order, ordinals of a
   * series are unique and in order.
   *
   * <p>These do not shrink: a failing dossier is reported as generated.
   */
  public static Arbitrary<Dossier> validDossiers(DossierOptions options) {
    return Arbitraries.randomValue(random -> new ValidDossier(random, options).build());
  }

  /**
   * What {@link #validDossiers(DossierOptions)} puts in a dossier.
   *
   * @param maxRecordsPerKind the most records of each kind (at least 2 states, 1 office and 1
   *     person are always there)
   * @param engagements whether there are engagements (and so participants, held meetings)
   * @param statements whether there are statements (and so positions)
   * @param plannedMeetings whether there are planned meetings
   * @param sources whether there are sources (and so evidence and wordings)
   * @param topics whether the dossier defines topics of its own (built-in ones are always used)
   * @param longLists whether now and then a nested list (positions, evidence, names, grounds,
   *     participants, lifecycle changes ...) has 20 to 60 elements rather than a few
   */
  public record DossierOptions(
      int maxRecordsPerKind, boolean engagements, boolean statements, boolean plannedMeetings,
      boolean sources, boolean topics, boolean longLists) {

    /** Validates the size. */
    public DossierOptions {
      if (maxRecordsPerKind < 1) {
        throw new IllegalArgumentException("maxRecordsPerKind must be 1 or more");
      }
    }

    /** Options without long lists, as before there was a choice. */
    public DossierOptions(
        int maxRecordsPerKind, boolean engagements, boolean statements, boolean plannedMeetings,
        boolean sources, boolean topics) {
      this(maxRecordsPerKind, engagements, statements, plannedMeetings, sources, topics, false);
    }

    /** Up to 5 records of each kind, every part included, short lists. */
    public static DossierOptions defaults() {
      return new DossierOptions(5, true, true, true, true, true, false);
    }

    /** These options with another size. */
    public DossierOptions withMaxRecordsPerKind(int max) {
      return new DossierOptions(
          max, engagements, statements, plannedMeetings, sources, topics, longLists);
    }

    /** These options with or without engagements. */
    public DossierOptions withEngagements(boolean on) {
      return new DossierOptions(
          maxRecordsPerKind, on, statements, plannedMeetings, sources, topics, longLists);
    }

    /** These options with or without statements. */
    public DossierOptions withStatements(boolean on) {
      return new DossierOptions(
          maxRecordsPerKind, engagements, on, plannedMeetings, sources, topics, longLists);
    }

    /** These options with or without planned meetings. */
    public DossierOptions withPlannedMeetings(boolean on) {
      return new DossierOptions(
          maxRecordsPerKind, engagements, statements, on, sources, topics, longLists);
    }

    /** These options with or without sources. */
    public DossierOptions withSources(boolean on) {
      return new DossierOptions(
          maxRecordsPerKind, engagements, statements, plannedMeetings, on, topics, longLists);
    }

    /** These options with or without topics of the dossier's own. */
    public DossierOptions withTopics(boolean on) {
      return new DossierOptions(
          maxRecordsPerKind, engagements, statements, plannedMeetings, sources, on, longLists);
    }

    /** These options with or without a long nested list now and then (20 to 60 elements). */
    public DossierOptions withLongLists(boolean on) {
      return new DossierOptions(
          maxRecordsPerKind, engagements, statements, plannedMeetings, sources, topics, on);
    }
  }

  // ============================================================================ helpers

  private static <T> Arbitrary<Optional<T>> opt(Arbitrary<T> arbitrary) {
    return arbitrary.optional(PRESENT);
  }

  private static <T> Arbitrary<List<T>> list(Arbitrary<T> arbitrary) {
    return arbitrary.list().ofMaxSize(MAX_LIST_SIZE);
  }

  private static Arbitrary<OptionalInt> ordinals() {
    return Arbitraries.integers().between(1, 200).optional(PRESENT)
        .map(o -> o.map(OptionalInt::of).orElse(OptionalInt.empty()));
  }

  /** Distinct references of any kind, as a list. */
  private static <T extends Identified> Arbitrary<List<Ref<T>>> distinctRefs() {
    return ModelArbitraries.<T>refs().list().uniqueElements().ofMaxSize(MAX_LIST_SIZE);
  }

  /** Two distinct sides. */
  private static Arbitrary<List<Ref<Actor>>> twoSides() {
    return ModelArbitraries.<Actor>refs().list().uniqueElements().ofSize(2);
  }

  /** Two distinct sides and, sometimes, one of them as host. */
  private static Arbitrary<Tuple.Tuple2<List<Ref<Actor>>, Optional<Ref<Actor>>>> sidesAndHost() {
    return Combinators.combine(twoSides(), Arbitraries.integers().between(-1, 1))
        .as((sides, host) -> Tuple.of(sides,
            host < 0 ? Optional.<Ref<Actor>>empty() : Optional.of(sides.get(host))));
  }

  /** An id and, sometimes, a reference to another id (for partOf, which must not be the id). */
  private static <T extends Identified> Arbitrary<Tuple.Tuple2<String, Optional<Ref<T>>>>
      idWithOther() {
    return Combinators.combine(ids(), opt(ModelArbitraries.<T>refs()))
        .as((id, other) -> Tuple.of(id, other.filter(r -> !r.id().equals(id))));
  }

  // ============================================================================ valid dossiers

  /** Builds one valid dossier from a source of randomness; see {@link #validDossiers()}. */
  private static final class ValidDossier {
    private static final Arbitrary<String> TEXTS = texts();
    private static final Arbitrary<Source> SOURCES = sources();
    private static final Arbitrary<Venue> VENUES = venues();
    private static final Arbitrary<PersonName> NAMES = personNames();
    private static final Arbitrary<ExternalId> EXTERNAL_IDS = externalIds();
    private static final Arbitrary<FuzzyDate> DATES = fuzzyDates(1950, 2040);
    private static final Arbitrary<CountryCode> COUNTRIES = countryCodes();
    private static final Arbitrary<Hedging> HEDGINGS = hedgings();
    private static final Arbitrary<Intensity> INTENSITIES = intensities();
    private static final LocalDate FIRST = LocalDate.of(1990, 1, 1);
    private static final int SPAN_DAYS = 45 * 365;
    /** One nested list in this many is long, with {@link DossierOptions#longLists()}. */
    private static final int LONG_ODDS = 40;
    private static final int LONG_MIN = 20;
    private static final int LONG_MAX = 60;
    /** One day in this many is at the edge of the calendar: in year 1 or year 9999. */
    private static final int EDGE_DAY_ODDS = 25;

    private final Random r;
    private final DossierOptions o;
    private final Map<Arbitrary<?>, RandomGenerator<?>> generators = new IdentityHashMap<>();

    private final List<String> sourceIds = new ArrayList<>();
    private final List<Ref<Actor>> sidePool = new ArrayList<>();
    private final List<Ref<Actor>> actorPool = new ArrayList<>();
    private final List<String> bodyIds = new ArrayList<>();
    private final List<Ref<Office>> officeRefs = new ArrayList<>();
    private final List<String> topicIds = new ArrayList<>(BUILT_IN_TOPICS);
    private final List<DialogueSeries> series = new ArrayList<>();
    private final List<Engagement> engagements = new ArrayList<>();
    private final List<List<Tenure>> tenures = new ArrayList<>();
    private int planCount;
    private int statementCount;

    ValidDossier(Random random, DossierOptions options) {
      this.r = random;
      this.o = options;
    }

    Dossier build() {
      int max = o.maxRecordsPerKind();
      List<Source> sources = new ArrayList<>();
      if (o.sources()) {
        int n = count(max);
        for (int i = 0; i < n; i++) {
          Source s = draw(SOURCES);
          sources.add(s.withId("source-" + i));
          sourceIds.add("source-" + i);
        }
      }
      List<Actor> actors = new ArrayList<>();
      int states = 2 + r.nextInt(Math.max(1, max - 1));
      for (int i = 0; i < states; i++) {
        State state = State.builder().id("state-" + i).country(draw(COUNTRIES)).name(text())
            .externalIds(externalIdList()).build();
        actors.add(state);
        sidePool.add(Ref.of(state.id()));
      }
      int groupings = count(max);
      for (int i = 0; i < groupings; i++) {
        List<Ref<Actor>> earlier = List.copyOf(sidePool);
        Grouping grouping = Grouping.builder().id("grouping-" + i).name(text())
            .fullName(optText()).kind(pick(GroupingKind.values()))
            .members(subset(earlier))
            .partOf(i > 0 && r.nextBoolean()
                ? Optional.of(Ref.<Actor>of("grouping-" + r.nextInt(i))) : Optional.empty())
            .externalIds(externalIdList()).build();
        actors.add(grouping);
        sidePool.add(Ref.of(grouping.id()));
      }
      actorPool.addAll(sidePool);
      int bodies = count(max);
      for (int i = 0; i < bodies; i++) {
        GovernmentBody body = GovernmentBody.builder().id("body-" + i).name(text())
            .government(Ref.of("state-" + r.nextInt(states)))
            .partOf(i > 0 && r.nextBoolean()
                ? Optional.of(Ref.<Actor>of("body-" + r.nextInt(i))) : Optional.empty())
            .externalIds(externalIdList()).build();
        actors.add(body);
        bodyIds.add(body.id());
        actorPool.add(Ref.of(body.id()));
      }
      List<Office> offices = new ArrayList<>();
      int officeCount = 1 + r.nextInt(max);
      for (int i = 0; i < officeCount; i++) {
        Office office = Office.builder().id("office-" + i).title(text()).shortTitle(optText())
            .kind(pick(OfficeKind.values())).jurisdiction(pick(sidePool))
            .body(!bodyIds.isEmpty() && r.nextBoolean()
                ? Optional.of(Ref.<Actor>of(pick(bodyIds))) : Optional.empty())
            .externalIds(externalIdList()).build();
        offices.add(office);
        officeRefs.add(Ref.of(office.id()));
      }
      int persons = 1 + r.nextInt(max);
      for (int i = 0; i < persons; i++) {
        List<Tenure> held = new ArrayList<>();
        for (int k = size(2); k > 0; k--) {
          held.add(tenure(pick(officeRefs), draw(DATES)));
        }
        tenures.add(held);
        actorPool.add(Ref.of("person-" + i));
      }
      List<Topic> topics = new ArrayList<>();
      if (o.topics()) {
        int n = count(max);
        for (int i = 0; i < n; i++) {
          List<Ref<Topic>> parents = subset(topicIds.stream().map(Ref::<Topic>of)
              .collect(Collectors.toList()));
          Topic topic = Topic.builder().id("topic-" + i).label(text())
              .kind(pick(TopicKind.values())).parents(parents)
              .owner(r.nextBoolean() ? Optional.of(pick(actorPool)) : Optional.empty())
              .description(optText()).externalIds(externalIdList()).evidence(evidence())
              .build();
          topics.add(topic);
          topicIds.add(topic.id());
        }
      }
      int seriesCount = count(max);
      for (int i = 0; i < seriesCount; i++) {
        series.add(DialogueSeries.builder().id("series-" + i).name(text()).sides(pair())
            .level(pick(Level.values()))
            .principalKinds(r.nextInt(3) == 0
                ? List.of(OfficeKind.FOREIGN_MINISTER, OfficeKind.DEFENCE_MINISTER)
                : subset(List.of(OfficeKind.values())).stream().limit(2)
                    .collect(Collectors.toList()))
            .established(r.nextBoolean() ? Optional.of(draw(DATES)) : Optional.empty())
            .evidence(evidence()).build());
      }
      planCount = o.plannedMeetings() ? count(max) : 0;
      statementCount = o.statements() ? count(max) : 0;
      if (o.engagements()) {
        int n = count(max);
        Map<String, List<Dialogue>> sessions = new HashMap<>();
        for (int i = 0; i < n; i++) {
          engagements.add(engagement(i, sessions));
        }
      }
      List<PlannedMeeting> plans = new ArrayList<>();
      for (int i = 0; i < planCount; i++) {
        plans.add(plannedMeeting(i));
      }
      List<Statement> statements = new ArrayList<>();
      for (int i = 0; i < statementCount; i++) {
        statements.add(statement(i));
      }
      for (int i = 0; i < persons; i++) {
        actors.add(Person.builder().id("person-" + i).name(text())
            .names(list(() -> draw(NAMES), 3)).aliases(wordings()).tenures(tenures.get(i))
            .externalIds(externalIdList()).build());
      }
      Collections.shuffle(actors, r);
      return Dossier.builder().id("dossier-" + r.nextInt(1000)).title(optText())
          .description(optText()).actors(actors).offices(offices).series(series)
          .engagements(engagements).plannedMeetings(plans).statements(statements)
          .topics(topics).sources(sources).build();
    }

    // ---------------------------------------------------------------- records

    private Engagement engagement(int i, Map<String, List<Dialogue>> sessions) {
      String id = "engagement-" + i;
      FuzzyDate date = containing(randomDay());
      boolean dialogue = !series.isEmpty() && r.nextBoolean();
      DialogueSeries s = dialogue ? pick(series) : null;
      List<Ref<Actor>> sides = s != null ? shuffled(s.sides()) : pair();
      List<Participant> participants = new ArrayList<>();
      for (int k = size(3); k > 0; k--) {
        int person = r.nextInt(tenures.size());
        Optional<Ref<Office>> office = Optional.empty();
        if (r.nextBoolean()) {
          office = Optional.of(pick(officeRefs));
          tenures.get(person).add(tenure(office.get(), date));
        }
        participants.add(Participant.builder().person(Ref.of("person-" + person))
            .side(pick(sides)).office(office)
            .roles(subset(List.of(ParticipantRole.values())).stream().limit(3)
                .collect(Collectors.toList()))
            .titlesAsWritten(wordings()).build());
      }
      List<DateClaim> claims = new ArrayList<>();
      for (int k = size(2); k > 0; k--) {
        claims.add(DateClaim.builder().value(r.nextBoolean() ? date : draw(DATES))
            .wording(optText()).reference(reference()).evidence(evidence()).build());
      }
      Optional<String> title = optText();
      Optional<Ref<Actor>> host = r.nextBoolean() ? Optional.of(pick(sides)) : Optional.empty();
      Optional<Venue> venue = r.nextBoolean() ? Optional.of(draw(VENUES)) : Optional.empty();
      Optional<Ref<Engagement>> partOf = i > 0 && r.nextInt(3) == 0
          ? Optional.of(Ref.of("engagement-" + r.nextInt(i))) : Optional.empty();
      List<Ref<Topic>> topics = topicRefs();
      Optional<ZonedDateTime> startsAt = r.nextBoolean() ? Optional.empty()
          : publishedWithin(Optional.of(date), Optional.of(ZonedDateTime.of(
              date.earliest(), LocalTime.of(r.nextInt(24), r.nextInt(60)),
              ZONES.get(r.nextInt(ZONES.size()))))).get2();
      if (s == null) {
        return Meeting.builder().id(id).title(title).sides(sides).host(host).date(date)
            .startsAt(startsAt).dateClaims(claims).venue(venue).participants(participants)
            .partOf(partOf).topics(topics).evidence(evidence()).kind(pick(MeetingKind.values())).build();
      }
      List<Dialogue> earlier = sessions.computeIfAbsent(s.id(), k -> new ArrayList<>());
      OptionalInt ordinal = OptionalInt.empty();
      if (r.nextInt(3) > 0
          && earlier.stream().noneMatch(d -> date.isCertainlyBefore(d.date()))) {
        int next = earlier.stream().mapToInt(d -> d.ordinal().getAsInt()).max().orElse(0);
        ordinal = OptionalInt.of(next + 1 + r.nextInt(3));
      }
      Dialogue made = Dialogue.builder().id(id).title(title).sides(sides).host(host).date(date)
          .startsAt(startsAt).dateClaims(claims).venue(venue).participants(participants)
          .partOf(partOf).topics(topics).evidence(evidence()).series(Ref.of(s.id())).ordinal(ordinal).build();
      if (ordinal.isPresent()) {
        earlier.add(made);
      }
      return made;
    }

    private PlannedMeeting plannedMeeting(int i) {
      Engagement held = !engagements.isEmpty() && r.nextBoolean() ? pick(engagements) : null;
      PlannedMeeting.Builder b = PlannedMeeting.builder().id("plan-" + i).title(optText());
      List<Ref<Actor>> sides;
      OptionalInt ordinal = OptionalInt.empty();
      if (held instanceof Dialogue && r.nextBoolean()) {
        Dialogue d = (Dialogue) held;
        b.series(d.series());
        ordinal = d.ordinal();
        sides = shuffled(d.sides());
      } else if (held != null) {
        sides = shuffled(held.sides());
        b.kind(r.nextBoolean() ? Optional.of(pick(MeetingKind.values())) : Optional.empty());
      } else if (!series.isEmpty() && r.nextBoolean()) {
        DialogueSeries s = pick(series);
        b.series(Ref.of(s.id()));
        sides = shuffled(s.sides());
        // far beyond the ordinals of dialogues, which start at 1 and grow slowly
        ordinal = r.nextBoolean() ? OptionalInt.of(10_000 + i) : OptionalInt.empty();
      } else {
        sides = pair();
        b.kind(r.nextBoolean() ? Optional.of(pick(MeetingKind.values())) : Optional.empty());
      }
      b.sides(sides).ordinal(ordinal)
          .host(r.nextBoolean() ? Optional.of(pick(sides)) : Optional.empty())
          .principals(subset(officeRefs)).topics(topicRefs()).evidence(evidence());
      // Days in order; a held meeting's changes all come on or before its latest day.
      LocalDate ceiling = held != null ? held.date().latest() : FuzzyDate.MAX_DAY;
      LocalDate day = clamp(held != null ? ceiling.minusDays(r.nextInt(600)) : randomDay());
      int changes = 1 + size(3);
      for (int k = 0; k < changes; k++) {
        boolean last = k == changes - 1;
        PlannedStatus status;
        if (last && held != null) {
          status = PlannedStatus.HELD;
        } else if (last && r.nextInt(4) == 0) {
          status = r.nextBoolean() ? PlannedStatus.HELD : PlannedStatus.CANCELLED;
        } else {
          status = pick(List.of(PlannedStatus.PROPOSED, PlannedStatus.AGREED,
              PlannedStatus.SCHEDULED, PlannedStatus.POSTPONED, PlannedStatus.RESCHEDULED,
              PlannedStatus.RELOCATED));
        }
        List<DateClaim> windows = new ArrayList<>();
        if (!status.isFinal()) {
          for (int w = size(2); w > 0; w--) {
            windows.add(DateClaim.builder()
                .value(containing(clamp(day.plusDays(r.nextInt(400)))))
                .wording(optText()).reference(reference()).evidence(evidence()).build());
          }
        }
        b.addLifecycle(MeetingChange.builder().status(status).date(containing(day))
            .windows(windows)
            .venue(r.nextInt(4) == 0 ? Optional.of(draw(VENUES)) : Optional.empty())
            .heldAs(status == PlannedStatus.HELD && held != null
                ? Optional.of(Ref.<Engagement>of(held.id())) : Optional.empty())
            .announcedIn(statementCount > 0 && r.nextBoolean()
                ? Optional.of(Ref.<Statement>of("statement-" + r.nextInt(statementCount)))
                : Optional.empty())
            .evidence(evidence()).build());
        day = clamp(day.plusDays(r.nextInt(90)));
        if (held != null && day.isAfter(ceiling)) {
          day = ceiling;
        }
      }
      return b.build();
    }

    private Statement statement(int i) {
      String id = "statement-" + i;
      Engagement engagement =
          !engagements.isEmpty() && r.nextBoolean() ? pick(engagements) : null;
      Optional<FuzzyDate> date = Optional.empty();
      if (r.nextInt(4) > 0) {
        date = Optional.of(engagement != null
            ? containing(clamp(engagement.date().earliest().plusDays(r.nextInt(30))))
            : containing(randomDay()));
      }
      List<DateClaim> claims = new ArrayList<>();
      for (int k = size(2); k > 0; k--) {
        claims.add(DateClaim.builder().value(date.orElseGet(() -> draw(DATES)))
            .wording(optText()).reference(reference()).evidence(evidence()).build());
      }
      List<StatementRelation> relations = new ArrayList<>();
      if (statementCount > 1) {
        for (int k = r.nextInt(3); k > 0; k--) {
          int other = r.nextInt(statementCount);
          if (other != i) {
            relations.add(StatementRelation.of(pick(RelationKind.values()),
                Ref.of("statement-" + other)));
          }
        }
      }
      List<Position> positions = new ArrayList<>();
      for (int k = size(4); k > 0; k--) {
        positions.add(position());
      }
      Optional<String> title = optText();
      Optional<Ref<Engagement>> at =
          engagement != null ? Optional.of(Ref.of(engagement.id())) : Optional.empty();
      Optional<Confirmation> confirmation =
          r.nextBoolean() ? Optional.of(pick(Confirmation.values())) : Optional.empty();
      switch (r.nextInt(3)) {
        case 0:
          List<Attribution> signatories = new ArrayList<>();
          for (int k = size(2); k > 0; k--) {
            signatories.add(attribution(date));
          }
          return JointStatement.builder().id(id).title(title).date(date).dateClaims(claims)
              .engagement(at).relations(relations).positions(positions)
              .confirmation(confirmation).evidence(evidence())
              .issuers(engagement != null ? shuffled(engagement.sides()) : pair())
              .signatories(signatories).build();
        case 1:
          return UnilateralStatement.builder().id(id).title(title).date(date)
              .dateClaims(claims).engagement(at).relations(relations).positions(positions)
              .confirmation(confirmation).evidence(evidence())
              .kind(pick(StatementKind.values()))
              .issuer(engagement != null && r.nextBoolean()
                  ? pick(engagement.sides()) : pick(actorPool))
              .by(r.nextBoolean() ? Optional.of(attribution(date)) : Optional.empty())
              .build();
        default:
          return Remarks.builder().id(id).title(title).date(date).dateClaims(claims)
              .engagement(at).relations(relations).positions(positions)
              .confirmation(confirmation).evidence(evidence())
              .speaker(attribution(date))
              .side(engagement != null ? pick(engagement.sides()) : pick(sidePool))
              .quote(optText()).build();
      }
    }

    private Position position() {
      List<Ref<Actor>> holders = subset(actorPool);
      int kind = r.nextInt(11);
      List<PositionObject> objects = new ArrayList<>();
      for (int k = size(3) + (kind == 0 ? 1 : 0); k > 0; k--) {
        Optional<Ref<Topic>> phenomenon =
            r.nextBoolean() ? Optional.of(Ref.of(pick(topicIds))) : Optional.empty();
        List<Ref<Actor>> targets = subset(actorPool).stream().limit(3)
            .collect(Collectors.toList());
        Optional<String> conduct = kind == 0 || r.nextBoolean()
            || (targets.isEmpty() && phenomenon.isEmpty())
            ? Optional.of(text()) : Optional.empty();
        objects.add(PositionObject.builder().targets(targets).phenomenon(phenomenon)
            .conduct(conduct)
            .hedging(r.nextBoolean() ? Optional.of(draw(HEDGINGS)) : Optional.empty())
            .build());
      }
      Optional<Intensity> intensity =
          r.nextBoolean() ? Optional.of(draw(INTENSITIES)) : Optional.empty();
      List<String> grounds = list(this::text, 2);
      List<Ref<Topic>> topics = topicRefs();
      Optional<String> wording = optText();
      List<Evidence> evidence = evidence();
      switch (kind) {
        case 0:
          return Condemnation.builder().holders(holders).objects(objects).intensity(intensity)
              .grounds(grounds).topics(topics).wording(wording).evidence(evidence).build();
        case 1:
          return Concern.builder().holders(holders).objects(objects).intensity(intensity)
              .grounds(grounds).topics(topics).wording(wording).evidence(evidence).build();
        case 2:
          return Welcome.builder().holders(holders).objects(objects).intensity(intensity)
              .grounds(grounds).topics(topics).wording(wording).evidence(evidence).build();
        case 3:
          return Support.builder().holders(holders).objects(objects).intensity(intensity)
              .grounds(grounds).topics(topics).wording(wording).evidence(evidence).build();
        case 4:
          return Recognition.builder().holders(holders).objects(objects).intensity(intensity)
              .grounds(grounds).topics(topics).wording(wording).evidence(evidence).build();
        case 5:
          return Agreement.builder().holders(holders).objects(objects).intensity(intensity)
              .grounds(grounds).topics(topics).wording(wording).evidence(evidence)
              .plannedMeeting(planCount > 0 && r.nextBoolean()
                  ? Optional.of(Ref.<PlannedMeeting>of("plan-" + r.nextInt(planCount)))
                  : Optional.empty())
              .build();
        case 6:
          return Commitment.builder().holders(holders).objects(objects).intensity(intensity)
              .grounds(grounds).topics(topics).wording(wording).evidence(evidence).build();
        case 7:
          return Monitoring.builder().holders(holders).objects(objects).intensity(intensity)
              .grounds(grounds).topics(topics).wording(wording).evidence(evidence).build();
        case 8:
          return Hope.builder().holders(holders).objects(objects).intensity(intensity)
              .grounds(grounds).topics(topics).wording(wording).evidence(evidence).build();
        case 9:
          return Opposition.builder().holders(holders).objects(objects).intensity(intensity)
              .grounds(grounds).topics(topics).wording(wording).evidence(evidence).build();
        default:
          return Appeal.builder().holders(holders).objects(objects).intensity(intensity)
              .grounds(grounds).topics(topics).wording(wording).evidence(evidence).build();
      }
    }

    /** A person, as an office held on the date when there is one, or with no office. */
    private Attribution attribution(Optional<FuzzyDate> date) {
      int person = r.nextInt(tenures.size());
      Optional<Ref<Office>> office = Optional.empty();
      if (r.nextBoolean()) {
        office = Optional.of(pick(officeRefs));
        if (date.isPresent()) {
          tenures.get(person).add(tenure(office.get(), date.get()));
        }
      }
      return Attribution.builder().person(Ref.of("person-" + person)).office(office).build();
    }

    /** A tenure of the office whose term does not exclude the date. */
    private Tenure tenure(Ref<Office> office, FuzzyDate date) {
      FuzzyDate start = containing(clamp(date.earliest().minusDays(r.nextInt(2000))));
      Optional<FuzzyDate> end = r.nextInt(3) == 0
          ? Optional.empty()
          : Optional.of(containing(clamp(date.latest().plusDays(r.nextInt(2000)))));
      return Tenure.builder().office(office).term(Term.of(start, end))
          .ordinal(r.nextBoolean() ? OptionalInt.of(1 + r.nextInt(60)) : OptionalInt.empty())
          .evidence(evidence()).build();
    }

    // ---------------------------------------------------------------- dates

    /** A day, mostly of recent decades, now and then the first or last days of the calendar. */
    private LocalDate randomDay() {
      if (r.nextInt(EDGE_DAY_ODDS) == 0) {
        int offset = r.nextInt(3) == 0 ? 0 : r.nextInt(60);
        return r.nextBoolean()
            ? FuzzyDate.MIN_DAY.plusDays(offset) : FuzzyDate.MAX_DAY.minusDays(offset);
      }
      return FIRST.plusDays(r.nextInt(SPAN_DAYS));
    }

    private static LocalDate clamp(LocalDate day) {
      if (day.isBefore(FuzzyDate.MIN_DAY)) {
        return FuzzyDate.MIN_DAY;
      }
      return day.isAfter(FuzzyDate.MAX_DAY) ? FuzzyDate.MAX_DAY : day;
    }

    /** A fuzzy date, of a random form, that can mean the given day. */
    private FuzzyDate containing(LocalDate day) {
      int y = day.getYear();
      int m = day.getMonthValue();
      String text;
      switch (r.nextInt(12)) {
        case 0:
        case 1:
        case 2:
          text = day.toString();
          break;
        case 3:
          text = y4(y) + "-" + two(m);
          break;
        case 4:
          text = y4(y);
          break;
        case 5:
          text = y4(y) + "-" + (33 + (m - 1) / 3);
          break;
        case 6:
          text = y4(y) + "-" + (37 + (m - 1) / 4);
          break;
        case 7:
          text = y4(y) + "-" + (40 + (m - 1) / 6);
          break;
        case 8:
          text = season(y, m);
          break;
        case 9:
          text = pick(List.of(y4(y).substring(0, 3) + "X", y4(y) + "-XX",
              y4(y) + "-" + two(m) + "-XX", y4(y).substring(0, 2) + "XX", y4(y) + "-XX-XX"));
          break;
        case 10:
          text = clamp(day.minusDays(r.nextInt(60))) + "/" + clamp(day.plusDays(r.nextInt(60)));
          break;
        default:
          text = pick(List.of(y4(y) + "/..", "../" + day, y4(y) + "-" + two(m) + "/",
              "/" + clamp(day.plusDays(r.nextInt(10)))));
          break;
      }
      FuzzyDate date = FuzzyDate.parse(text);
      return r.nextInt(3) == 0 ? date.withQualifier(pick(Qualifier.values())) : date;
    }

    private static String season(int y, int m) {
      if (m >= 3 && m <= 11) {
        return y4(y) + "-" + (21 + (m - 3) / 3);
      }
      int winterYear = m == 12 ? y : y - 1;
      return winterYear >= 1 && winterYear <= 9998 ? y4(winterYear) + "-24" : y4(y);
    }

    // ---------------------------------------------------------------- parts

    private List<Evidence> evidence() {
      List<Evidence> evidence = new ArrayList<>();
      if (sourceIds.isEmpty()) {
        return evidence;
      }
      for (int k = size(2); k > 0; k--) {
        evidence.add(Evidence.builder().source(Ref.of(pick(sourceIds))).quote(optText())
            .note(r.nextInt(4) == 0 ? Optional.of(text()) : Optional.empty()).build());
      }
      return evidence;
    }

    private List<Wording> wordings() {
      List<Wording> wordings = new ArrayList<>();
      if (sourceIds.isEmpty()) {
        return wordings;
      }
      for (int k = size(2); k > 0; k--) {
        List<Evidence> evidence = new ArrayList<>(evidence());
        if (evidence.isEmpty()) {
          evidence.add(Evidence.of(Ref.of(pick(sourceIds))));
        }
        wordings.add(Wording.builder().text(text()).evidence(evidence).build());
      }
      return wordings;
    }

    private List<Ref<Topic>> topicRefs() {
      return subset(topicIds).stream().limit(4).map(Ref::<Topic>of).collect(Collectors.toList());
    }

    private List<ExternalId> externalIdList() {
      return list(() -> draw(EXTERNAL_IDS), 2);
    }

    private String text() {
      return draw(TEXTS);
    }

    /** Now and then, the time a relative wording was resolved against. */
    private Optional<FuzzyDate> reference() {
      return r.nextInt(3) == 0 ? Optional.of(containing(randomDay())) : Optional.empty();
    }

    private Optional<String> optText() {
      return r.nextBoolean() ? Optional.of(text()) : Optional.empty();
    }

    private List<Ref<Actor>> pair() {
      List<Ref<Actor>> shuffled = shuffled(sidePool);
      return List.of(shuffled.get(0), shuffled.get(1));
    }

    private int count(int max) {
      return r.nextInt(max + 1);
    }

    /**
     * The length of a nested list: up to {@code max}, or with {@link DossierOptions#longLists()}
     * now and then {@value #LONG_MIN} to {@value #LONG_MAX}.
     */
    private int size(int max) {
      if (o.longLists() && r.nextInt(LONG_ODDS) == 0) {
        return LONG_MIN + r.nextInt(LONG_MAX - LONG_MIN + 1);
      }
      return r.nextInt(max + 1);
    }

    private <T> List<T> list(java.util.function.Supplier<T> element, int max) {
      List<T> list = new ArrayList<>();
      for (int k = size(max); k > 0; k--) {
        list.add(element.get());
      }
      return list;
    }

    /** A random selection of distinct elements, in random order. */
    private <T> List<T> subset(List<T> from) {
      Set<T> chosen = new LinkedHashSet<>();
      for (int k = r.nextInt(Math.min(from.size(), 4) + 1); k > 0; k--) {
        chosen.add(pick(from));
      }
      return new ArrayList<>(chosen);
    }

    private <T> List<T> shuffled(List<T> list) {
      List<T> copy = new ArrayList<>(list);
      Collections.shuffle(copy, r);
      return copy;
    }

    private <T> T pick(List<T> from) {
      return from.get(r.nextInt(from.size()));
    }

    private <T> T pick(T[] from) {
      return from[r.nextInt(from.length)];
    }

    @SuppressWarnings("unchecked")
    private <T> T draw(Arbitrary<T> arbitrary) {
      RandomGenerator<T> generator = (RandomGenerator<T>)
          generators.computeIfAbsent(arbitrary, a -> a.generator(100));
      return generator.next(r).value();
    }
  }
}
