package dev.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.serialization.EntenteJson;
import dev.entente.serialization.EntenteJson.Format;
import dev.entente.serialization.EntenteJsonException;
import dev.entente.serialization.JsonProblem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The serialization module's hostile-input corpus through {@code validate}: every file ends in
 * exit status 1 (or 2), one {@code file:line: pointer: message} line per problem on standard
 * output, the count on standard error, and never a stack trace.
 */
class HostileValidateTest {

  @TempDir
  static Path dir;

  /** The corpus, where the POM says it is, or where it is in a clean clone. */
  static Path corpus() {
    String configured = System.getProperty("entente.hostileCorpus");
    return configured != null ? Path.of(configured)
        : Path.of("../serialization/src/test/resources/dev/entente/serialization/hostile");
  }

  /** The corpus's files, as its manifest lists them. */
  static List<String> files() throws IOException {
    return Files.readAllLines(corpus().resolve("MANIFEST.tsv")).stream()
        .filter(line -> !line.isBlank() && !line.startsWith("#"))
        .map(line -> line.split("\t")[0])
        .collect(Collectors.toList());
  }

  /** What a run gave. */
  record Run(int status, String out, String err) {
    /** Standard output's lines; a stray carriage return would count as a line break too. */
    List<String> outLines() {
      return out.lines().collect(Collectors.toList());
    }
  }

  static Run validate(String... files) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String[] args = Stream.concat(Stream.of("validate"), Arrays.stream(files))
        .toArray(String[]::new);
    int status;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      status = Main.run(new ByteArrayInputStream(new byte[0]), o, e, args);
    }
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** The problems the library reports for a file, which validate must print one a line. */
  static List<JsonProblem> problems(Path file) throws IOException {
    EntenteJson reader = file.toString().endsWith(".yaml")
        ? EntenteJson.builder().format(Format.YAML).build() : EntenteJson.standard();
    try {
      return reader.readDossierWithViolations(Files.readAllBytes(file)).violations();
    } catch (EntenteJsonException e) {
      return e.problems();
    }
  }

  static void assertReported(Run run, String file, int problems) {
    assertThat(run.status()).as("%s: %s%s", file, run.out(), run.err()).isIn(1, 2);
    assertThat(run.outLines()).as(run.out()).hasSize(problems)
        .allSatisfy(line -> assertThat(line).startsWith(file + ":"));
    assertThat(run.err()).as(run.err()).isEqualTo("1 file, " + problems
        + (problems == 1 ? " problem" : " problems") + "\n");
    for (String printed : List.of(run.out(), run.err())) {
      assertThat(printed).doesNotContain("Exception", "\tat ", "Error:");
    }
  }

  @Test
  void theCorpusIsThere() throws IOException {
    assertThat(files()).hasSizeGreaterThanOrEqualTo(40);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  @Timeout(10)
  void eachCorpusFileIsReportedOneLineAProblem(String name) throws IOException {
    Path file = corpus().resolve(name);
    int problems = problems(file).size();
    assertThat(problems).isPositive();

    assertReported(validate(file.toString()), file.toString(), problems);
  }

  @Test
  @Timeout(30)
  void theWholeCorpusAtOnceIsReportedFileByFile() throws IOException {
    List<String> files = new ArrayList<>();
    int problems = 0;
    for (String name : files()) {
      Path file = corpus().resolve(name);
      files.add(file.toString());
      problems += problems(file).size();
    }
    Run run = validate(files.toArray(String[]::new));

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.outLines()).hasSize(problems);
    assertThat(run.err()).isEqualTo(files.size() + " files, " + problems + " problems\n");
  }

  /** The corpus's one-line JSON documents as an NDJSON file: one line per bad record. */
  @Test
  @Timeout(10)
  void theOneLineDocumentsAsNdjsonAreReportedByLine() throws IOException {
    ByteArrayOutputStream ndjson = new ByteArrayOutputStream();
    int records = 0;
    for (String name : files()) {
      byte[] bytes = Files.readAllBytes(corpus().resolve(name));
      String text = new String(bytes, StandardCharsets.ISO_8859_1);
      if (name.endsWith(".json") && !text.isBlank() && !text.contains("\n")) {
        ndjson.write(bytes);
        ndjson.write('\n');
        records++;
      }
    }
    Path file = Files.write(dir.resolve("hostile.ndjson"), ndjson.toByteArray());
    Run run = validate(file.toString());

    assertThat(records).isGreaterThanOrEqualTo(4);
    assertReported(run, file.toString(), records);
    for (int line = 1; line <= records; line++) {
      assertThat(run.outLines().get(line - 1)).startsWith(file + ":" + line + ": ");
    }
  }

  /** The generated cases of the serialization tests, too big to keep as files. */
  @Test
  @Timeout(30)
  void hugeDocumentsAreReportedNotCrashedOn() throws IOException {
    String start = "{\"entente\":\"1.1\",\"id\":\"d\",";
    Path deep = Files.writeString(dir.resolve("deep.json"),
        start + "\"title\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}");
    Path unclosed = Files.writeString(dir.resolve("unclosed.json"),
        start + "\"title\":\"t\"}" + "[".repeat(100_000));
    Path digits = Files.writeString(dir.resolve("digits.json"), start
        + "\"engagements\":[{\"type\":\"dialogue\",\"id\":\"e\",\"series\":\"s\","
        + "\"sides\":[\"a\",\"b\"],\"date\":\"2024\",\"ordinal\":" + "7".repeat(10_000) + "}]}");
    Path huge = dir.resolve("huge.json");
    try (OutputStream out = Files.newOutputStream(huge)) {
      out.write((start + "\"title\":\"").getBytes(StandardCharsets.UTF_8));
      byte[] block = "a".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < 50; i++) {
        out.write(block);
      }
      out.write("\"}".getBytes(StandardCharsets.UTF_8));
    }
    for (Path file : List.of(deep, unclosed, digits, huge)) {
      Run run = validate(file.toString());
      // The deep title is an array where text belongs, and then too deep to skip: two problems,
      // one read. Each of the others stops the read at its only problem.
      assertReported(run, file.toString(), file.equals(deep) ? 2 : 1);
      assertThat(run.out()).startsWith(file + ":1: ");
    }
    assertThat(validate(deep.toString()).outLines().get(1))
        .contains("nesting depth (201) exceeds the maximum allowed (200");
  }
}
