package dev.entente.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.entente.model.Dossier;
import dev.entente.model.Statement;
import dev.entente.serialization.EntenteJson.Format;
import dev.entente.serialization.JsonProblem.Kind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile input: every case is refused with an {@link EntenteJsonException} (or, for a dossier
 * that reads but breaks a rule, violations) whose first problem has the expected kind, pointer,
 * line and message — never another exception, an error, or a hang. The surefire configuration
 * gives this JVM a 256 MB heap, so a reader that buffers what it should refuse runs out of memory
 * here; {@code @Timeout} turns a hang into a failure.
 *
 * <p>The cases are the files in {@code hostile/}, listed with what is expected of each in its
 * {@code MANIFEST.tsv}, and the generated ones below, too big to keep as files.
 */
class HostileInputTest {

  private static final EntenteJson JSON = EntenteJson.standard();
  private static final EntenteJson LENIENT = EntenteJson.builder().lenient(true).build();
  private static final EntenteJson YAML = EntenteJson.builder().format(Format.YAML).build();

  /** One hostile document and what is expected of its first problem. */
  record Case(String name, Supplier<byte[]> bytes, EntenteJson reader, Kind kind, String pointer,
      int line, String fragment) {

    @Override
    public String toString() {
      return name;
    }
  }

  /** The directory of the corpus files, in the test classes. */
  static Path corpus() {
    try {
      return Path.of(HostileInputTest.class.getResource("hostile/MANIFEST.tsv").toURI())
          .getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The cases listed in the corpus's manifest. */
  static List<Case> files() {
    Path dir = corpus();
    try {
      List<Case> cases = new ArrayList<>();
      for (String line : Files.readAllLines(dir.resolve("MANIFEST.tsv"))) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t", -1);
        Path file = dir.resolve(c[0]);
        String pointer = c[2].equals("\"\"") ? "" : c[2];
        cases.add(new Case(c[0], () -> read(file), c[0].endsWith(".yaml") ? YAML : JSON,
            Kind.valueOf(c[1]), pointer, Integer.parseInt(c[3]), c[4]));
      }
      return cases;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- Generated cases ---------------------------------------------------------------------

  static final int DEEP = 100_000;
  static final int HUGE_STRING = 50 * 1024 * 1024;
  static final int LONG_NUMBER = 10_000;

  /** {@code prefix}, {@code open} n times, {@code middle}, {@code close} n times, {@code suffix}. */
  static byte[] nested(String prefix, String open, int n, String middle, String close,
      String suffix) {
    return (prefix + open.repeat(n) + middle + close.repeat(n) + suffix)
        .getBytes(StandardCharsets.UTF_8);
  }

  /** {@code prefix}, then {@code n} times the byte {@code fill}, then {@code suffix}. */
  static byte[] filled(String prefix, int n, char fill, String suffix) {
    byte[] head = prefix.getBytes(StandardCharsets.UTF_8);
    byte[] tail = suffix.getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + n + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    Arrays.fill(all, head.length, head.length + n, (byte) fill);
    System.arraycopy(tail, 0, all, head.length + n, tail.length);
    return all;
  }

  static final String START = "{\"entente\":\"1.1\",\"id\":\"d\",";
  static final String DIALOGUE = START + "\"engagements\":[{\"type\":\"dialogue\",\"id\":\"e\","
      + "\"series\":\"s\",\"sides\":[\"a\",\"b\"],\"date\":\"2024\",\"ordinal\":";

  /** The cases too big to keep as files; the examples' validate test makes the same. */
  static List<Case> generated() {
    return List.of(
        new Case("arrays nested 100,000 deep", () -> nested("", "[", DEEP, "", "]", ""),
            JSON, Kind.WRONG_TYPE, "", 1, "found an array"),
        new Case("arrays nested 100,000 deep in a title",
            () -> nested(START + "\"title\":", "[", DEEP, "", "]", "}"),
            JSON, Kind.WRONG_TYPE, "/title", 1, "found an array"),
        new Case("objects nested 100,000 deep, kept by a lenient reader",
            () -> nested(START + "\"x\":", "{\"a\":", DEEP, "1", "}", "}"),
            LENIENT, Kind.LIMIT, "/x" + "/a".repeat(199), 1, "nesting depth (201)"),
        new Case("arrays nested 100,000 deep, kept by a lenient reader",
            () -> nested(START + "\"x\":", "[", DEEP, "", "]", "}"),
            LENIENT, Kind.LIMIT, "/x" + "/0".repeat(199), 1, "nesting depth (201)"),
        new Case("arrays nested 100,000 deep after a bad value",
            () -> nested(START + "\"actors\":[{\"type\":\"state\",\"id\":\"x\",\"country\":"
                + "\"ZZ\",\"name\":\"X\"}],\"title\":", "[", DEEP, "", "]", "}"),
            JSON, Kind.INVALID_VALUE, "/actors/0/country", 1, "\"ZZ\""),
        new Case("arrays nested 100,000 deep after the document",
            () -> nested(START + "\"title\":\"t\"}", "[", DEEP, "", "]", ""),
            JSON, Kind.TRAILING_CONTENT, "", 1, "after the document"),
        new Case("arrays opened 100,000 deep and never closed",
            () -> nested(START + "\"x\":", "[", DEEP, "", "", ""),
            LENIENT, Kind.LIMIT, "/x" + "/0".repeat(199), 1, "nesting depth"),
        new Case("a 50 MB title", () -> filled(START + "\"title\":\"", HUGE_STRING, 'a', "\"}"),
            JSON, Kind.LIMIT, "/title", 1, "String value length"),
        new Case("a 50 MB string, kept by a lenient reader",
            () -> filled(START + "\"x\":[\"", HUGE_STRING, 'a', "\"]}"),
            LENIENT, Kind.LIMIT, "/x/0", 1, "String value length"),
        new Case("a 50 MB member name", () -> filled(START + "\"", HUGE_STRING, 'a', "\":1}"),
            LENIENT, Kind.LIMIT, "*", 1, "Name length"),
        new Case("50 MB of spaces in a document of nothing else",
            () -> filled("", HUGE_STRING, ' ', ""),
            JSON, Kind.SYNTAX, "", 1, "empty"),
        new Case("a 10,000-digit ordinal", () -> filled(DIALOGUE, LONG_NUMBER, '7', "}]}"),
            JSON, Kind.LIMIT, "/engagements/0/ordinal", 1, "Number value length"),
        new Case("a 10,000-digit fraction, kept by a lenient reader",
            () -> filled(START + "\"x\":0.", LONG_NUMBER, '3', "}"),
            LENIENT, Kind.LIMIT, "/x", 1, "Number value length"),
        new Case("a number with a 10,000-digit exponent",
            () -> filled(DIALOGUE + "1e", LONG_NUMBER, '9', "}]}"),
            JSON, Kind.LIMIT, "/engagements/0/ordinal", 1, "Number value length"),
        new Case("a million sides", () -> (DIALOGUE.replace("\"sides\":[\"a\",\"b\"]",
            "\"sides\":[" + "\"a\",".repeat(1_000_000) + "\"b\"]") + "1}]}")
            .getBytes(StandardCharsets.UTF_8),
            JSON, Kind.INVALID_VALUE, "/engagements/0/sides", 1, "two distinct sides"));
  }

  static Stream<Case> allCases() {
    return Stream.concat(files().stream(), generated().stream());
  }

  // ---- Tests -------------------------------------------------------------------------------

  @Test
  void theCorpusHasAtLeastFortyCasesAndNoUnlistedFile() throws IOException {
    List<Case> files = files();
    assertThat(files.size() + generated().size()).isGreaterThanOrEqualTo(40);
    try (Stream<Path> listed = Files.list(corpus())) {
      assertThat(listed.map(p -> p.getFileName().toString())
          .filter(name -> !name.equals("MANIFEST.tsv")))
          .containsExactlyInAnyOrderElementsOf(
              files.stream().map(Case::name).collect(Collectors.toList()));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allCases")
  @Timeout(10)
  void isRefusedWithItsProblemLocated(Case c) {
    List<JsonProblem> problems = problems(c.reader(), c.bytes().get());

    assertThat(problems).as("problems of %s", c).isNotEmpty();
    JsonProblem first = problems.get(0);
    assertThat(first.kind()).as("%s: %s", c, first).isEqualTo(c.kind());
    if (!c.pointer().equals("*")) {
      assertThat(first.pointer()).as("%s: %s", c, first).isEqualTo(c.pointer());
    }
    assertThat(first.line()).as("%s: %s", c, first).isEqualTo(c.line());
    assertThat(first.hasLocation()).isTrue();
    assertThat(first.message()).as("%s", c).contains(c.fragment());
    assertThat(problems).allSatisfy(p -> assertThat(p.toString()).doesNotContain("\n", "\r"));
  }

  /**
   * The problems of a document: those of the exception that refuses it, or its violations. Any
   * other exception or error propagates and fails the test.
   */
  static List<JsonProblem> problems(EntenteJson reader, byte[] document) {
    try {
      return reader.readDossierWithViolations(document).violations();
    } catch (EntenteJsonException e) {
      return e.problems();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  @Timeout(10)
  void readDossierThrowsTheSameProblemsAsReadDossierWithViolationsReports(Case c) {
    byte[] document = c.bytes().get();
    EntenteJsonException e = catchThrowableOfType(EntenteJsonException.class,
        () -> c.reader().readDossier(document));

    assertThat(e).as("%s", c).isNotNull();
    assertThat(e.problems()).isEqualTo(problems(c.reader(), document));
  }

  /**
   * The one-line JSON cases as one NDJSON stream, between two good records: each bad line is
   * reported with its own line number, and the good records still come.
   */
  @Test
  @Timeout(10)
  void asNdjsonEveryBadLineIsReportedWithItsNumber() {
    List<Case> cases = files().stream()
        .filter(c -> c.reader() == JSON)
        .filter(c -> {
          String text = new String(c.bytes().get(), StandardCharsets.ISO_8859_1);
          return !text.isBlank() && !text.contains("\n");
        })
        .collect(Collectors.toList());
    String good = JSON.write(SampleDossiers.dossier());
    StringBuilder ndjson = new StringBuilder(good).append('\n');
    for (Case c : cases) {
      ndjson.append(new String(c.bytes().get(), StandardCharsets.ISO_8859_1)).append('\n');
    }
    ndjson.append(good).append('\n');
    InputStream in =
        new ByteArrayInputStream(ndjson.toString().getBytes(StandardCharsets.ISO_8859_1));
    List<EntenteJsonException> bad = new ArrayList<>();
    try (Stream<Dossier> records = JSON.readNdjson(in, Dossier.class, bad::add)) {
      assertThat(records.count()).isEqualTo(2);
    }
    assertThat(cases).hasSizeGreaterThanOrEqualTo(4);
    assertThat(bad).hasSameSizeAs(cases);
    for (int i = 0; i < cases.size(); i++) {
      assertThat(bad.get(i).firstProblem().line()).as("%s", cases.get(i)).isEqualTo(i + 2);
      assertThat(bad.get(i).firstProblem().kind()).as("%s", cases.get(i))
          .isEqualTo(cases.get(i).kind());
    }
  }

  @Test
  @Timeout(10)
  void aStatementStreamOfHugeLinesEndsInProblemsNotInAnError() {
    byte[] deep = nested("", "[", DEEP, "", "]", "\n");
    byte[] huge = filled("{\"type\":\"remarks\",\"id\":\"", HUGE_STRING / 2, 'r', "\"}\n");
    byte[] both = new byte[deep.length + huge.length];
    System.arraycopy(deep, 0, both, 0, deep.length);
    System.arraycopy(huge, 0, both, deep.length, huge.length);
    List<EntenteJsonException> bad = new ArrayList<>();
    try (Stream<Statement> records =
        JSON.readNdjson(new ByteArrayInputStream(both), Statement.class, bad::add)) {
      assertThat(records.count()).isZero();
    }
    assertThat(bad).extracting(e -> e.firstProblem().kind())
        .containsExactly(Kind.WRONG_TYPE, Kind.LIMIT);
    assertThat(bad).extracting(e -> e.firstProblem().line()).containsExactly(1, 2);
  }
}
