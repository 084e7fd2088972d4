package dev.entente.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Validating a document of about 10 MB, of any shape, finishes within 10 s in the tests' 256 MB
 * heap (see the POM's {@code argLine}): many records, many references (valid, dangling, of the
 * wrong kind), long chains and cycles of references, long texts, many problems. The documents are
 * generated here, never committed. Full tier only: each takes seconds.
 */
@Tag("slow")
class TenMegabyteDocumentsTest {

  private static final int TEN_MB = 10 * 1024 * 1024;
  private static final String STATES = "{\"entente\":\"1.1\",\"id\":\"big\",\"title\":\"Big\","
      + "\"actors\":[{\"type\":\"state\",\"id\":\"kor\",\"country\":\"KR\",\"name\":\"Korea\"},"
      + "{\"type\":\"state\",\"id\":\"jpn\",\"country\":\"JP\",\"name\":\"Japan\"}";
  private static final String SERIES = "\"series\":[{\"id\":\"s\",\"name\":\"S\","
      + "\"sides\":[\"kor\",\"jpn\"],\"level\":\"ministerial\"}]";

  /** One shape: a name, and how to make its document of about {@link #TEN_MB} bytes. */
  record Shape(String name, Supplier<String> document) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** Elements made by {@code element} from index 0, comma-separated, until about 10 MB of UTF-8. */
  private static String repeated(String head, IntFunction<String> element, String tail) {
    StringBuilder text = new StringBuilder().append(head);
    long bytes = utf8Length(head) + utf8Length(tail);
    for (int i = 0; bytes < TEN_MB - 200; i++) {
      String next = (i == 0 ? "" : ",") + element.apply(i);
      text.append(next);
      bytes += utf8Length(next);
    }
    return text.append(tail).toString();
  }

  private static int utf8Length(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  static Stream<Shape> shapes() {
    LocalDate day = LocalDate.of(1000, 1, 1);
    return Stream.of(
        new Shape("many meetings", () -> repeated(STATES + "],\"engagements\":[",
            i -> "{\"type\":\"meeting\",\"id\":\"m-" + i + "\",\"kind\":\"meeting\",\"sides\":"
                + "[\"kor\",\"jpn\"],\"date\":\"" + day.plusDays(i % 3_000_000) + "\"}", "]}")),
        new Shape("many sessions of one series", () -> repeated(STATES + "]," + SERIES
                + ",\"engagements\":[",
            i -> "{\"type\":\"dialogue\",\"id\":\"d-" + i + "\",\"series\":\"s\",\"ordinal\":"
                + (i + 1) + ",\"sides\":[\"kor\",\"jpn\"],\"date\":\"" + day.plusDays(i) + "\"}",
            "]}")),
        new Shape("sessions out of order", () -> repeated(STATES + "]," + SERIES + ",\"engagements\":[",
            i -> "{\"type\":\"dialogue\",\"id\":\"d-" + i + "\",\"series\":\"s\",\"ordinal\":"
                + (i + 1) + ",\"sides\":[\"kor\",\"jpn\"],\"date\":\"" + day.plusDays(500_000 - i)
                + "\"}", "]}")),
        new Shape("dangling topic references", () -> repeated(STATES + "],\"engagements\":[{\"type\":"
                + "\"meeting\",\"id\":\"m\",\"kind\":\"meeting\",\"sides\":[\"kor\",\"jpn\"],"
                + "\"topics\":[", i -> "\"t" + i + "\"", "]}]}")),
        new Shape("references of the wrong kind among many records", () -> repeated(STATES
                + "],\"engagements\":[",
            i -> "{\"type\":\"meeting\",\"id\":\"m-" + i + "\",\"kind\":\"meeting\",\"sides\":"
                + "[\"kor\",\"jpn\"],\"topics\":[\"kor\"],\"evidence\":[{\"source\":\"gone\"}]}",
            "]}")),
        new Shape("a chain of topic parents", () -> repeated(STATES + "],\"topics\":[",
            i -> "{\"id\":\"x" + i + "\",\"label\":\"X\",\"kind\":\"theme\",\"parents\":[\""
                + (i == 0 ? "security" : "x" + (i - 1)) + "\"]}", "]}")),
        new Shape("a cycle of topic parents", () -> repeated(STATES + "],\"topics\":[",
            i -> "{\"id\":\"x" + i + "\",\"label\":\"X\",\"kind\":\"theme\",\"parents\":[\"x"
                + (i + 1) + "\"]}", ",{\"id\":\"x-last\",\"label\":\"X\",\"kind\":\"theme\","
                + "\"parents\":[\"x0\"]}]}")),
        new Shape("a chain of government bodies", () -> repeated(STATES + ",",
            i -> "{\"type\":\"government-body\",\"id\":\"b" + i + "\",\"name\":\"B\","
                + "\"government\":\"" + (i == 0 ? "kor" : "b" + (i - 1)) + "\"}", "]}")),
        new Shape("groupings in one long partOf chain", () -> repeated(STATES + ",",
            i -> "{\"type\":\"grouping\",\"id\":\"g" + i + "\",\"name\":\"G\",\"kind\":"
                + "\"alliance\"" + (i == 0 ? "" : ",\"partOf\":\"g" + (i - 1) + "\"") + "}",
            "]}")),
        new Shape("a long text", () -> STATES + "],\"description\":\""
            + "Talks on trade. ".repeat(TEN_MB / 16 - 100) + "\"}"),
        new Shape("many long texts", () -> repeated(STATES + "],\"sources\":[",
            i -> "{\"id\":\"src-" + i + "\",\"kind\":\"news-article\",\"title\":\""
                + "대한민국 외교부 ".repeat(200) + "\"}", "]}")),
        new Shape("a list that repeats its last element", () -> repeated(STATES + "],\"topics\":["
                + "{\"id\":\"t\",\"label\":\"T\",\"kind\":\"theme\",\"parents\":[",
            i -> "\"p" + i + "\"", ",\"p0\"]}]}")),
        new Shape("many bad values", () -> repeated(STATES + "],\"engagements\":[",
            i -> "{\"type\":\"meeting\",\"id\":\"m-" + i + "\",\"kind\":\"meeting\",\"sides\":"
                + "[\"kor\",\"jpn\"],\"date\":\"2024-02-30\"}", "]}")),
        new Shape("key-sorted meetings", () -> repeated(STATES + "],\"engagements\":[",
            i -> "{\"date\":\"2024-01-01\",\"id\":\"m-" + i + "\",\"kind\":\"meeting\","
                + "\"sides\":[\"kor\",\"jpn\"],\"type\":\"meeting\"}", "]}")));
  }

  @ParameterizedTest
  @MethodSource("shapes")
  void validatesWithinTenSeconds(Shape shape) {
    byte[] document = shape.document().get().getBytes(StandardCharsets.UTF_8);
    assertThat(document.length).isBetween(TEN_MB - 4096, TEN_MB + 4096);
    EntenteJson json = EntenteJson.standard();
    List<JsonProblem> problems = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      try {
        return json.readDossierWithViolations(document).violations();
      } catch (EntenteJsonException e) {
        return e.problems();
      }
    }, shape::toString);
    // However many problems the document has, the report is bounded.
    assertThat(problems.size()).isLessThanOrEqualTo(json.limits().maxProblems() + 1);
    assertThat(problems).allSatisfy(p -> assertThat(p.message()).hasSizeLessThan(1_000));
  }
}
