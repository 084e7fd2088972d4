package dev.entente.testing.generators;

import static dev.entente.testing.generators.ModelArbitraries.MAX_LIST_SIZE;
import dev.entente.model.Actor;
import dev.entente.model.CountryCode;
import dev.entente.model.Dialogue;
import dev.entente.model.ExternalId;
import dev.entente.model.Identified;
import dev.entente.model.Ref;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Text, ids, references, codes, URIs and instants; the helpers the other families share. */
final class ScalarArbitraries {

  private ScalarArbitraries() {}

  /** Presence probability of an optional member. */
  private static final double PRESENT = 0.5;

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

  static final List<ZoneId> ZONES = List.of(
      ZoneId.of("Asia/Seoul"), ZoneId.of("Europe/London"), ZoneId.of("UTC"), ZoneOffset.UTC,
      ZoneId.of("America/New_York"), ZoneId.of("Asia/Kolkata"), ZoneId.of("Australia/Lord_Howe"),
      ZoneId.of("Asia/Kathmandu"), ZoneOffset.ofHours(9), ZoneOffset.ofHoursMinutes(-3, -30),
      ZoneOffset.ofHoursMinutes(5, 45), ZoneOffset.ofHours(-12), ZoneOffset.ofHours(14));

  private static final CountryCode KOSOVO = CountryCode.ofUserAssigned("XK", "XKX", "Kosovo");


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

  // ============================================================================ helpers

  static <T> Arbitrary<Optional<T>> opt(Arbitrary<T> arbitrary) {
    return arbitrary.optional(PRESENT);
  }

  static <T> Arbitrary<List<T>> list(Arbitrary<T> arbitrary) {
    return arbitrary.list().ofMaxSize(MAX_LIST_SIZE);
  }

  static Arbitrary<OptionalInt> ordinals() {
    return Arbitraries.integers().between(1, 200).optional(PRESENT)
        .map(o -> o.map(OptionalInt::of).orElse(OptionalInt.empty()));
  }

  /** Distinct references of any kind, as a list. */
  static <T extends Identified> Arbitrary<List<Ref<T>>> distinctRefs() {
    return ScalarArbitraries.<T>refs().list().uniqueElements().ofMaxSize(MAX_LIST_SIZE);
  }

  /** Two distinct sides. */
  static Arbitrary<List<Ref<Actor>>> twoSides() {
    return ScalarArbitraries.<Actor>refs().list().uniqueElements().ofSize(2);
  }

  /** Two distinct sides and, sometimes, one of them as host. */
  static Arbitrary<Tuple.Tuple2<List<Ref<Actor>>, Optional<Ref<Actor>>>> sidesAndHost() {
    return Combinators.combine(twoSides(), Arbitraries.integers().between(-1, 1))
        .as((sides, host) -> Tuple.of(sides,
            host < 0 ? Optional.<Ref<Actor>>empty() : Optional.of(sides.get(host))));
  }

  /** An id and, sometimes, a reference to another id (for partOf, which must not be the id). */
  static <T extends Identified> Arbitrary<Tuple.Tuple2<String, Optional<Ref<T>>>>
      idWithOther() {
    return Combinators.combine(ids(), opt(ScalarArbitraries.<T>refs()))
        .as((id, other) -> Tuple.of(id, other.filter(r -> !r.id().equals(id))));
  }
}
