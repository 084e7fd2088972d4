package dev.entente.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.entente.model.InvalidValueException;
import dev.entente.model.Source;
import dev.entente.model.SourceKind;
import java.net.URI;
import java.time.ZonedDateTime;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Values that were read wrongly or let through: zoned times whose offset disagrees with the zone,
 * URLs of other schemes than http(s), and text with nothing to read, judged alike by the reader,
 * the model and the schema.
 */
class StricterValuesTest {

  private static final EntenteJson JSON = EntenteJson.standard();

  /** A dossier with one source whose members after its id and kind are these. */
  private static String withSource(String members) {
    return "{\"entente\":\"1.1\",\"id\":\"d\",\"title\":\"t\",\"sources\":[{\"id\":\"s\","
        + "\"kind\":\"news-article\"," + members + "}]}";
  }

  private static JsonProblem problem(String document) {
    EntenteJsonException e = catchThrowableOfType(EntenteJsonException.class,
        () -> JSON.readDossier(document));
    assertThat(e).as(document).isNotNull();
    assertThat(e.problems()).hasSize(1);
    return e.firstProblem();
  }

  // ---------------------------------------------------------------- zoned times

  @Test
  void anOffsetThatIsNotTheZonesIsRefusedNotRewritten() {
    JsonProblem p = problem(withSource(
        "\"title\":\"x\",\"publishedAt\":\"2024-10-21T10:00+01:00[Asia/Seoul]\""));
    assertThat(p.kind()).isEqualTo(JsonProblem.Kind.INVALID_VALUE);
    assertThat(p.pointer()).isEqualTo("/sources/0/publishedAt");
    assertThat(p.message()).contains("+01:00", "Asia/Seoul", "+09:00");
  }

  @Test
  void aLocalTimeInADaylightSavingGapIsRefused() {
    JsonProblem p = problem(withSource(
        "\"title\":\"x\",\"publishedAt\":\"2024-03-31T02:30+01:00[Europe/Berlin]\""));
    assertThat(p.pointer()).isEqualTo("/sources/0/publishedAt");
    assertThat(p.message()).contains("2024-03-31T02:30", "Europe/Berlin", "gap");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-10-21T18:30+09:00[Asia/Seoul]", "2024-10-21T18:30:15.5+09:00",
      "2024-10-27T02:30+01:00[Europe/Berlin]", "2024-10-27T02:30+02:00[Europe/Berlin]",
      "2024-10-21T09:30Z[UTC]", "2024-10-21T09:30Z"})
  void aTimeAsTheZoneHasItReadsAndWritesBackAsWritten(String time) {
    String document = withSource("\"title\":\"x\",\"publishedAt\":\"" + time + "\"");
    Source source = JSON.readDossier(document).sources().get(0);
    ZonedDateTime at = source.publishedAt().orElseThrow();
    String written = JSON.write(JSON.readDossier(document));
    assertThat(JSON.readDossier(written).sources().get(0).publishedAt()).contains(at);
    int offsetAt = time.indexOf('+') > 0 ? time.indexOf('+') : time.indexOf('Z');
    assertThat(at.toLocalDateTime()).isEqualTo(java.time.LocalDateTime.parse(
        time.substring(0, offsetAt)));
    assertThat(at.getOffset().getId()).isEqualTo(time.charAt(offsetAt) == 'Z' ? "Z"
        : time.substring(offsetAt, offsetAt + 6));
  }

  // ---------------------------------------------------------------- URLs

  @ParameterizedTest
  @ValueSource(strings = {"", "javascript:alert(1)", "file:///etc/passwd", "/news/1",
      "mailto:press@example.org", "data:text/html,hi", "https:///no-host", "ftp://example.org/a"})
  void aUrlOtherThanAnHttpOrHttpsOneIsRefused(String url) {
    JsonProblem p = problem(withSource("\"title\":\"x\",\"url\":\"" + url + "\""));
    assertThat(p.kind()).isEqualTo(JsonProblem.Kind.INVALID_VALUE);
    assertThat(p.pointer()).isEqualTo("/sources/0/url");
    assertThat(p.message()).contains("http or https URL");
    assertThatThrownBy(() -> Source.builder().id("s").kind(SourceKind.NEWS_ARTICLE).title("x")
        .url(URI.create(url)).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Source.url").hasMessageContaining("http or https URL");
    assertThat(Pattern.compile(urlPattern()).matcher(url).find()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://example.org/news/1", "http://www.mofa.go.kr/eng/a?seq=1#top",
      "HTTPS://Example.ORG", "https://user@example.org:8443/%EC%A1%B0"})
  void httpAndHttpsUrlsWithAHostAreRead(String url) {
    Source source = JSON.readDossier(withSource("\"title\":\"x\",\"url\":\"" + url + "\""))
        .sources().get(0);
    assertThat(source.url()).contains(URI.create(url));
    assertThat(Pattern.compile(urlPattern()).matcher(url).find()).isTrue();
  }

  // ---------------------------------------------------------------- text with nothing to read

  @ParameterizedTest
  @ValueSource(strings = {"\u00A0", "\u00A0\u00A0", "\u200B", "\u2007\u202F", "\uFEFF", " \u2060 ",
      "\u3000", "\t\u00A0\n"})
  void textWithNothingToReadIsRefusedByReaderModelAndSchema(String text) {
    String escaped = text.chars().mapToObj(c -> String.format("\\u%04x", c))
        .reduce("", String::concat);
    JsonProblem p = problem(withSource("\"title\":\"" + escaped + "\""));
    assertThat(p.pointer()).isEqualTo("/sources/0/title");
    assertThat(p.message()).contains("blank");
    assertThat(Pattern.compile(textPattern()).matcher(text).find()).isFalse();
  }

  /**
   * The schema's text pattern and the model's blank check agree on every text: generated from the
   * characters that differ between engines and definitions of white space, and any others.
   */
  @Property(tries = 2000)
  void schemaPatternAndModelAgreeOnGeneratedText(@ForAll("texts") String text) {
    boolean schemaAccepts = Pattern.compile(textPattern()).matcher(text).find();
    boolean modelAccepts;
    try {
      Source.builder().id("s").kind(SourceKind.NEWS_ARTICLE).title(text).build();
      modelAccepts = true;
    } catch (InvalidValueException e) {
      modelAccepts = false;
    }
    assertThat(modelAccepts).as("%s", text.codePoints()
        .mapToObj(c -> String.format("U+%04X", c)).toList()).isEqualTo(schemaAccepts);
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<Character> spaces = Arbitraries.of(' ', '\t', '\n', '\r', '\u000B', '\f', '\u001C',
        '\u001F', '\u0085', '\u00A0', '\u1680', '\u2000', '\u2007', '\u200A', '\u200B', '\u200C',
        '\u200D', '\u200E', '\u2028', '\u2029', '\u202F', '\u205F', '\u2060', '\u3000', '\uFEFF',
        '\u180E', '\u00AD');
    Arbitrary<Character> any = Arbitraries.chars().range('\u0000', '\uFFFF')
        .filter(c -> !Character.isSurrogate(c));
    Arbitrary<Character> letters = Arbitraries.chars().range('a', 'z');
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(12, spaces), net.jqwik.api.Tuple.of(2, any),
            net.jqwik.api.Tuple.of(1, letters))
        .list().ofMinSize(1).ofMaxSize(6)
        .map(chars -> chars.stream().map(String::valueOf).reduce("", String::concat));
  }

  // ---------------------------------------------------------------- the shipped schema's patterns

  private static JsonNode schemaDef(String type, String member) {
    return JsonMapper.builder().build().readTree(EntenteSchema.text())
        .get("$defs").get(type).get("properties").get(member);
  }

  private static String textPattern() {
    return schemaDef("Source", "title").get("pattern").asString();
  }

  private static String urlPattern() {
    return schemaDef("Source", "url").get("pattern").asString();
  }
}
