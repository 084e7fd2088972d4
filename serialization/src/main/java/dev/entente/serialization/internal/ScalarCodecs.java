package dev.entente.serialization.internal;

import dev.entente.model.Confirmation;
import dev.entente.model.CountryCode;
import dev.entente.model.ExternalId;
import dev.entente.model.Identified;
import dev.entente.model.Ref;
import dev.entente.serialization.JsonProblem.Kind;
import dev.entente.time.FuzzyDate;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The wire form of the values written as one JSON string or number: text, ids and references,
 * dates, country codes, external ids, URIs, times, language and script codes, and enumerations.
 */
final class ScalarCodecs {

  private ScalarCodecs() {}

  /**
   * The schema's pattern of text with something to read: a character other than white space, a
   * no-break space or a zero-width character, written out rather than {@code \S}, whose meaning
   * differs between regular expression engines (ECMA-262 counts a no-break space as space, Java
   * does not, neither counts a zero-width space). The model's blank check refuses the same texts.
   */
  static final String TEXT_PATTERN = "[^\\t-\\r\\u001C-\\u0020\\u00A0\\u1680\\u2000-\\u200D"
      + "\\u2028\\u2029\\u202F\\u205F\\u2060\\u3000\\uFEFF]";

  static final ScalarCodec<String> TEXT = new ScalarCodec<>(
      "text", "text", (text, r) -> text, ScalarCodec.asText(),
      s -> s.node().put("type", "string").put("pattern", TEXT_PATTERN));

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
      "id", "an id", Ref::id, ScalarCodec.asText(),
      s -> s.ref("Id", () -> s.node().put("type", "string")
          .put("pattern", "^" + Ref.ID_PATTERN.pattern() + "$")
          .put("description", "An id, unique in its dossier.")));

  @SuppressWarnings({"unchecked", "rawtypes"})
  /** A reference to a record of any kind, typed as the member it fills. */
  static <T extends Identified> Codec<Ref<T>> ref() {
    return (Codec) REF;
  }

  static final ScalarCodec<Ref<Identified>> REF = ScalarCodec.ofRefs(
      "reference", "a reference", Function.identity(), ScalarCodec.refId(),
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

  /** A year from 0001 to 9999, always with four digits: the round of a dialogue. */
  static final ScalarCodec<Year> YEAR = new ScalarCodec<>(
      "year", "a year", (text, r) -> {
        if (!text.matches("[0-9]{4}")) {
          throw new IllegalArgumentException("four digits, from 0001 to 9999");
        }
        return Year.parse(text);
      },
      ScalarCodecs::fourDigits,
      s -> s.node().put("type", "string").put("pattern", "^[0-9]{4}$"));

  /**
   * A year as {@code String.format("%04d")} writes it, without parsing a format for every year
   * written: four digits from 0000 to 9999, as they are outside that range (a year a program
   * made; the reader refuses it).
   */
  static String fourDigits(Year year) {
    int value = year.getValue();
    if (value < 0 || value > 9999) {
      return String.format(Locale.ROOT, "%04d", value);
    }
    char[] digits = {(char) ('0' + value / 1000), (char) ('0' + value / 100 % 10),
        (char) ('0' + value / 10 % 10), (char) ('0' + value % 10)};
    return new String(digits);
  }

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

  /**
   * An absolute http or https URL with a host: where a reader can go to read a source. Empty,
   * relative and other schemes' URLs ({@code javascript:}, {@code file:}) are refused, by the
   * reader and the schema alike.
   */
  static final ScalarCodec<URI> URL = new ScalarCodec<>(
      "URL", "an http or https URL", (text, r) -> webUrl(text), URI::toString,
      s -> s.node().put("type", "string").put("format", "uri")
          .put("pattern", "^[Hh][Tt][Tt][Pp][Ss]?://[^\\s<>\"{}|\\\\^`/?#][^\\s<>\"{}|\\\\^`]*$"));

  static URI webUrl(String text) throws java.net.URISyntaxException {
    URI url = new URI(text);
    String scheme = url.getScheme();
    if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
        || url.getRawAuthority() == null || url.getRawAuthority().isEmpty()) {
      throw new IllegalArgumentException("a URL here has the scheme http or https and a host,"
          + " such as https://example.org/news/1");
    }
    return url;
  }

  /** A time of day as java.time reads it: hours, minutes, and optional seconds and fraction. */
  private static final String TIME =
      "(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{1,9})?)?";

  static final ScalarCodec<ZonedDateTime> INSTANT = new ScalarCodec<>(
      "date-time", "an ISO 8601 date-time with offset and zone",
      (text, r) -> zonedDateTime(text),
      DateTimeFormatter.ISO_ZONED_DATE_TIME::format,
      s -> s.node().put("type", "string").put("pattern", "^[0-9]{4}-(?:0[1-9]|1[0-2])-"
          + "(?:0[1-9]|[12][0-9]|3[01])T" + TIME + "(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9]"
          + "(?::[0-5][0-9])?)(?:\\[[^\\]]+\\])?$"));

  /**
   * A date-time with its offset and, if written, its zone, as written: an offset that the zone
   * does not have at that local time (10:00+01:00[Asia/Seoul]), or a local time that the zone
   * skips (in a daylight-saving gap), is refused rather than moved to another time or offset.
   */
  static ZonedDateTime zonedDateTime(String text) {
    TemporalAccessor parsed = DateTimeFormatter.ISO_ZONED_DATE_TIME.parse(text);
    LocalDateTime local = LocalDateTime.from(parsed);
    ZoneOffset offset = ZoneOffset.from(parsed);
    ZoneId zone = parsed.query(TemporalQueries.zoneId());
    if (zone == null || zone.equals(offset)) {
      return ZonedDateTime.of(local, offset);
    }
    List<ZoneOffset> valid = zone.getRules().getValidOffsets(local);
    if (valid.isEmpty()) {
      throw new IllegalArgumentException(local + " does not exist in zone " + zone
          + ": the clocks skip it (a daylight-saving gap)");
    }
    if (!valid.contains(offset)) {
      throw new IllegalArgumentException("offset " + offset + " is not the offset of zone " + zone
          + " at " + local + " (" + valid.stream().map(ZoneOffset::toString)
              .collect(Collectors.joining(" or ")) + ")");
    }
    return ZonedDateTime.ofStrict(local, offset, zone);
  }

  static final ScalarCodec<LocalTime> LOCAL_TIME = new ScalarCodec<>(
      "time of day", "a time of day", (text, r) -> LocalTime.parse(text), LocalTime::toString,
      s -> s.node().put("type", "string").put("pattern", "^" + TIME + "$"));

  static final ScalarCodec<String> LANGUAGE = new ScalarCodec<>(
      "language tag", "a BCP 47 language tag", (text, r) -> text, ScalarCodec.asText(),
      s -> s.ref("LanguageTag", () -> s.node().put("type", "string")
          .put("pattern", "^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$")));

  static final ScalarCodec<String> SCRIPT = new ScalarCodec<>(
      "script code", "an ISO 15924 script code", (text, r) -> text, ScalarCodec.asText(),
      s -> s.node().put("type", "string").put("pattern", "^[A-Z][a-z]{3}$"));

  /** How far primary sources bear a statement, a plan or a change out. */
  static final ScalarCodec<Confirmation> CONFIRMATION =
      enumeration(Confirmation.class, "a confirmation");

  /** An enum as its constants' names in lower kebab-case: {@code NEWS_ARTICLE} is news-article. */
  static <E extends Enum<E>> ScalarCodec<E> enumeration(Class<E> type, String what) {
    Map<E, String> names = kebabNames(type);
    Map<String, E> byName = written(names);
    List<String> values = List.copyOf(byName.keySet());
    // Each constant's name computed once, not lower-cased again for every value written.
    return ScalarCodec.ofConstants(type.getSimpleName(), what, type, names::get,
        enumSchema(type, values), values, byName);
  }

  /**
   * An enum as {@link #enumeration} writes it, read from that form or from its constants' names
   * ({@code PRESS_RELEASE} as well as {@code press-release}): for an enum standing on its own in
   * a user's type, which a mapper without Entente's module wrote by name. Inside Entente's own
   * values only the written form is read.
   */
  static <E extends Enum<E>> ScalarCodec<E> enumerationOrName(Class<E> type) {
    Map<E, String> names = kebabNames(type);
    Map<String, E> byName = written(names);
    List<String> values = List.copyOf(byName.keySet());
    for (E constant : type.getEnumConstants()) {
      byName.put(constant.name(), constant);
    }
    return ScalarCodec.ofConstants(type.getSimpleName(), "a " + type.getSimpleName(), type,
        names::get, enumSchema(type, values), values, byName);
  }

  /** The constants by their written names, in the order of the constants. */
  private static <E extends Enum<E>> Map<String, E> written(Map<E, String> names) {
    Map<String, E> byName = new java.util.LinkedHashMap<>();
    names.forEach((constant, name) -> byName.putIfAbsent(name, constant));
    return byName;
  }

  /** The schema of an enum written as {@code values}: a string, one of them, defined once. */
  private static Function<SchemaContext, ObjectNode> enumSchema(Class<?> type,
      List<String> values) {
    return s -> s.ref(type.getSimpleName(), () -> {
      ObjectNode schema = s.node().put("type", "string");
      ArrayNode array = schema.putArray("enum");
      values.forEach(array::add);
      return schema;
    });
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
}
