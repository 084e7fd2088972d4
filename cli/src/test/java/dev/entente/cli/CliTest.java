package dev.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.examples.koreauk2024.KoreaUkDialogue2024;
import dev.entente.model.Dossier;
import dev.entente.model.Statement;
import dev.entente.serialization.EntenteJson;
import dev.entente.testing.SampleDossiers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command of {@code entente}, through {@link Main#run}, with its exit status. */
class CliTest {

  @TempDir
  Path dir;

  private final Dossier dossier = KoreaUkDialogue2024.dossier();

  /** What a run gave: its status and what it printed. */
  private static final class Run {
    final int status;
    final String out;
    final String err;

    Run(int status, String out, String err) {
      this.status = status;
      this.out = out;
      this.err = err;
    }

    List<String> outLines() {
      return out.isEmpty() ? List.of() : List.of(out.split("\n"));
    }

    List<String> errLines() {
      return err.isEmpty() ? List.of() : List.of(err.split("\n"));
    }
  }

  private static Run run(String... args) {
    return runWithInput(new byte[0], args);
  }

  private static Run runWithInput(byte[] input, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      status = Main.run(new ByteArrayInputStream(input), o, e, args);
    }
    return new Run(status, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private Path articleJson() throws IOException {
    return file("article.json", ConvertCommand.prettyJson(dossier));
  }

  /** The 1-based number of the line where {@code needle} first occurs. */
  private static int lineOf(String text, String needle) {
    int at = text.indexOf(needle);
    assertThat(at).as("%s in the text", needle).isNotNegative();
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  @Test
  void withoutACommandPrintsTheUsageOnStandardErrorAndFails() {
    Run run = run();
    assertThat(run.status).isEqualTo(ExitStatus.USAGE);
    assertThat(run.out).isEmpty();
    assertThat(run.err).startsWith("entente: missing command\nUsage: entente ");
  }

  @Test
  void helpAndDashDashHelpPrintTheUsageOnStandardOutput() {
    for (String[] args : List.of(new String[] {"help"}, new String[] {"--help"},
        new String[] {"-h"})) {
      Run run = run(args);
      assertThat(run.status).as("%s", List.of(args)).isZero();
      assertThat(run.err).isEmpty();
      assertThat(run.out).startsWith("Usage: entente ")
          .contains("validate", "readout", "export", "convert", "Exit status",
              "3   an internal error");
    }
    Run commandHelp = run("help", "export");
    assertThat(commandHelp.status).isZero();
    assertThat(commandHelp.out)
        .startsWith("Prints a dossier as PLOVER, GDELT 2.0 or JSON-LD.\nUsage: entente export ")
        .contains("--format=FORMAT", "plover, gdelt, jsonld", "--header", "--doubtful=omit|mark", "--extras=FILE");
    Run validateHelp = run("validate", "--help");
    assertThat(validateHelp.status).isZero();
    assertThat(validateHelp.out)
        .startsWith("Checks files and prints one line per problem.\nUsage: entente validate ");
  }

  @Test
  void versionPrintsTheBuiltVersion() {
    Run run = run("--version");
    assertThat(run.status).isZero();
    assertThat(run.out).matches("entente \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n");
    assertThat(run.err).isEmpty();
  }

  @Test
  void anUncaughtExceptionExitsWithStatusThreeAndItsStackTrace() throws IOException {
    Path article = articleJson();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    OutputStream failing = new OutputStream() {
      @Override
      public void write(int b) {
        throw new IllegalStateException("standard output broke");
      }
    };
    // Not closed: closing would flush into the failing stream again.
    PrintStream o = new PrintStream(failing, true, StandardCharsets.UTF_8);
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    int status = Main.run(new ByteArrayInputStream(new byte[0]), o, e, "readout",
        article.toString());
    assertThat(status).isEqualTo(ExitStatus.INTERNAL);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith("entente: internal error: java.lang.IllegalStateException: standard output"
            + " broke\n")
        .contains("\tat dev.entente.cli.");
  }

  @Test
  void anUnwritableStandardOutputExitsWithStatusTwo() throws IOException {
    Path article = articleJson();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    OutputStream full = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("No space left on device");
      }
    };
    int status;
    try (PrintStream o = new PrintStream(full, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      status = Main.run(new ByteArrayInputStream(new byte[0]), o, e, "readout",
          article.toString());
    }
    assertThat(status).isEqualTo(ExitStatus.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo("entente: cannot write standard output\n");
  }

  @Test
  void readoutPrintsTheBriefingOfJsonAndYaml() throws IOException {
    Run json = run("readout", articleJson().toString());
    assertThat(json.status).isZero();
    assertThat(json.out).isEqualTo(Briefing.of(dossier));

    Path yaml = dir.resolve("article.yaml");
    assertThat(run("convert", articleJson().toString(), yaml.toString()).status).isZero();
    assertThat(run("readout", yaml.toString()).out).isEqualTo(Briefing.of(dossier));
  }

  @Test
  void validatePrintsNothingOnStandardOutputForAValidFile() throws IOException {
    Run run = run("validate", articleJson().toString());
    assertThat(run.status).isZero();
    assertThat(run.out).isEmpty();
    assertThat(run.err).isEqualTo("1 file, 0 problems\n");
  }

  @Test
  void validateNamesTheFileLineAndPointerOfABadDate() throws IOException {
    String text = ConvertCommand.prettyJson(dossier)
        .replaceFirst(Pattern.quote("\"date\" : \"2024-10-22\""), "\"date\" : \"2024-02-30\"");
    Path bad = file("bad-date.json", text);

    Run run = run("validate", bad.toString());

    assertThat(run.status).isEqualTo(1);
    assertThat(run.outLines()).singleElement().satisfies(line -> assertThat(line)
        .startsWith(bad + ":" + lineOf(text, "\"2024-02-30\"") + ": /statements/")
        .endsWith("/date: \"2024-02-30\" is not a date: day 30 is not in February 2024"));
    assertThat(run.err).isEqualTo("1 file, 1 problem\n");
  }

  @Test
  void validateReportsABadDateAndADanglingReferenceInOneRun() throws IOException {
    String text = ConvertCommand.prettyJson(dossier)
        .replaceFirst(Pattern.quote("\"date\" : \"2024-10-22\""), "\"date\" : \"2024-02-30\"")
        .replace("\"speaker\" : {\n      \"person\" : \"cho-tae-yul\"",
            "\"speaker\" : {\n      \"person\" : \"nobody\"");
    assertThat(text).contains("\"2024-02-30\"", "\"nobody\"");
    Path bad = file("date-and-reference.json", text);

    Run run = run("validate", bad.toString());

    assertThat(run.status).isEqualTo(1);
    assertThat(run.outLines()).hasSize(2);
    assertThat(run.outLines().get(0))
        .startsWith(bad + ":" + lineOf(text, "\"2024-02-30\"") + ": /statements/")
        .endsWith("/date: \"2024-02-30\" is not a date: day 30 is not in February 2024");
    assertThat(run.outLines().get(1))
        .startsWith(bad + ":" + lineOf(text, "\"nobody\"") + ": /statements/")
        .contains("dangling-reference: reference \"nobody\"");
    assertThat(run.err).isEqualTo("1 file, 2 problems\n");
  }

  @Test
  void validateCountsTheProblemsBeyondTheLimitAndNotItsNote() throws IOException {
    StringBuilder sources = new StringBuilder();
    for (int i = 0; i < 105; i++) {
      sources.append(i == 0 ? "" : ",").append("{\"id\":\"s").append(i)
          .append("\",\"kind\":\"memo\",\"title\":\"t\"}");
    }
    Path bad = file("many.json", "{\"entente\":\"1.1\",\"id\":\"d\",\"sources\":["
        + sources + "]}");

    Run run = run("validate", bad.toString());

    assertThat(run.status).isEqualTo(1);
    assertThat(run.outLines()).hasSize(101);
    assertThat(run.outLines().get(100))
        .endsWith("5 more problems were not reported: the limit is 100 problems a document");
    assertThat(run.err).isEqualTo("1 file, 105 problems\n");
  }

  @Test
  void validateReportsMalformedJson() throws IOException {
    Path bad = file("truncated.json", "{\n  \"entente\" : \"1.1\",\n  \"id\" : ");
    Run run = run("validate", bad.toString());
    assertThat(run.status).isEqualTo(1);
    assertThat(run.outLines()).singleElement().satisfies(line ->
        assertThat(line).startsWith(bad + ":3: "));
  }

  @Test
  void validateRefusesUtf16() throws IOException {
    Path utf16 = dir.resolve("utf16.json");
    Files.write(utf16, ConvertCommand.prettyJson(dossier).getBytes(StandardCharsets.UTF_16LE));
    Run run = run("validate", utf16.toString());
    assertThat(run.status).isEqualTo(1);
    assertThat(run.outLines()).singleElement().satisfies(line ->
        assertThat(line).startsWith(utf16 + ":1: ").contains("UTF-16").contains("UTF-8"));
  }

  @Test
  void validateReportsEveryViolationOfADossierOnItsLine() throws IOException {
    String text = ConvertCommand.prettyJson(dossier)
        .replace("\"speaker\" : {\n      \"person\" : \"cho-tae-yul\"",
            "\"speaker\" : {\n      \"person\" : \"nobody\"")
        .replace("\"announcedIn\" : \"", "\"announcedIn\" : \"nothing-");
    assertThat(text).contains("\"nobody\"", "\"nothing-");
    Path bad = file("two-violations.json", text);

    Run run = run("validate", bad.toString());

    assertThat(run.status).isEqualTo(1);
    assertThat(run.outLines()).hasSize(2);
    assertThat(run.outLines().get(0))
        .startsWith(bad + ":" + lineOf(text, "\"nothing-") + ": /plannedMeetings/")
        .contains("dangling-reference");
    assertThat(run.outLines().get(1))
        .startsWith(bad + ":" + lineOf(text, "\"nobody\"") + ": /statements/")
        .endsWith("/speaker/person: dangling-reference: reference \"nobody\" points at no Person"
            + " in the dossier");
  }

  @Test
  void validateGivesTheLineNumberOfABadNdjsonRecord() throws IOException {
    List<Statement> statements = dossier.statements();
    String first = EntenteJson.standard().write(statements.get(0));
    String second = EntenteJson.standard().write(statements.get(1))
        .replaceFirst("\"date\":\"2024-10-2\\d\"", "\"date\":\"2024-13-01\"");
    String third = EntenteJson.standard().write(statements.get(2));
    assertThat(second).contains("2024-13-01");
    Path ndjson = file("statements.ndjson", first + "\n" + second + "\n" + third + "\n");

    Run run = run("validate", ndjson.toString());

    assertThat(run.status).isEqualTo(1);
    assertThat(run.outLines()).singleElement().satisfies(line ->
        assertThat(line).startsWith(ndjson + ":2: /date: ").contains("2024-13-01"));
  }

  @Test
  void validateReportsTheBadLinesOfALongNdjsonFileInTheOrderOfTheLines() throws IOException {
    List<Statement> statements = dossier.statements();
    String good = EntenteJson.standard().write(statements.get(0));
    String bad = EntenteJson.standard().write(statements.get(1))
        .replaceFirst("\"date\":\"2024-10-2\\d\"", "\"date\":\"2024-13-01\"");
    assertThat(bad).contains("2024-13-01");
    StringBuilder text = new StringBuilder();
    List<Integer> badLines = new ArrayList<>();
    for (int i = 1; i <= 3_000; i++) {
      boolean isBad = i % 97 == 0 || i == 2_999;
      text.append(isBad ? bad : i % 211 == 0 ? "not json" : good).append('\n');
      if (isBad || i % 211 == 0) {
        badLines.add(i);
      }
    }
    Path ndjson = file("many.ndjson", text.toString());

    Run run = run("validate", ndjson.toString());

    assertThat(run.status).isEqualTo(1);
    assertThat(run.outLines()).extracting(line -> Integer.valueOf(
            line.substring(ndjson.toString().length() + 1, line.indexOf(':',
                ndjson.toString().length() + 1))))
        .containsExactlyElementsOf(badLines);
    assertThat(run.err).contains("1 file, " + badLines.size() + " problems");
  }

  @Test
  void validateReadsNdjsonOfDossiersWhenTheFirstRecordIsOne() throws IOException {
    String line = EntenteJson.standard().write(dossier);
    Path ndjson = file("dossiers.jsonl", line + "\n" + line + "\n");
    Run run = run("validate", ndjson.toString());
    assertThat(run.status).isZero();
    assertThat(run.out).isEmpty();
  }

  @Test
  void readoutAndValidateReadStandardInputForADash() {
    byte[] json = ConvertCommand.prettyJson(dossier).getBytes(StandardCharsets.UTF_8);
    assertThat(runWithInput(json, "readout", "-").out).isEqualTo(Briefing.of(dossier));
    Run run = runWithInput("{}".getBytes(StandardCharsets.UTF_8), "validate", "-");
    assertThat(run.status).isEqualTo(1);
    // Both required members of a dossier are missing, and each is reported.
    assertThat(run.outLines()).containsExactly(
        "-:1: (document): missing required member \"entente\" of a dossier",
        "-:1: (document): missing required member \"id\" of a dossier");
  }

  @Test
  void validateCannotReadAMissingFile() {
    Path missing = dir.resolve("missing.json");
    Run run = run("validate", missing.toString());
    assertThat(run.status).isEqualTo(2);
    assertThat(run.out).isEmpty();
    assertThat(run.err).contains(missing + ": cannot read: no such file");
  }

  @Test
  void anUnreadableFileOutranksAnInvalidOne() throws IOException {
    Path bad = file("bad.json", "{");
    Path missing = dir.resolve("missing.json");
    Run run = run("validate", bad.toString(), missing.toString());
    assertThat(run.status).isEqualTo(2);
    assertThat(run.outLines()).singleElement().satisfies(l -> assertThat(l).startsWith(bad + ":"));
    assertThat(run.err).contains(missing + ": cannot read").contains("2 files, 1 problem");
  }

  @Test
  void convertsJsonToYamlAndBackToTheSameDossier() throws IOException {
    Path yaml = dir.resolve("article.yml");
    Path json = dir.resolve("again.json");
    assertThat(run("convert", articleJson().toString(), yaml.toString()).status).isZero();
    assertThat(Files.readString(yaml)).contains("id: rok-uk-strategic-dialogue-2024");
    assertThat(run("convert", yaml.toString(), json.toString()).status).isZero();
    assertThat(EntenteJson.standard().readDossier(Files.readAllBytes(json))).isEqualTo(dossier);
    assertThat(Files.readString(json)).isEqualTo(ConvertCommand.prettyJson(dossier));
  }

  @Test
  void convertsNdjsonToCompactNdjson() throws IOException {
    String pretty = EntenteJson.builder().pretty(true).build().write(dossier.statements().get(0));
    String compact = EntenteJson.standard().write(dossier.statements().get(0));
    String spaced = compact.replace("{\"type\":", "{ \"type\" : ").replace(",\"id\":", ", \"id\": ");
    Path from = file("in.ndjson", "\n" + spaced + "\r\n");
    Path to = dir.resolve("out.jsonl");
    Run run = run("convert", from.toString(), to.toString());
    assertThat(run.status).isZero();
    assertThat(spaced).isNotEqualTo(compact);
    assertThat(Files.readString(to)).isEqualTo(compact + "\n");
    assertThat(pretty).isNotEqualTo(compact);
  }

  @Test
  void convertRefusesUnknownExtensionsAndMixedKinds() throws IOException {
    Path json = articleJson();
    Run unknown = run("convert", json.toString(), dir.resolve("article.txt").toString());
    assertThat(unknown.status).isEqualTo(2);
    assertThat(unknown.err).contains("article.txt: unknown format");
    assertThat(run("convert", json.toString(), dir.resolve("a.ndjson").toString()).status)
        .isEqualTo(2);
    assertThat(dir.resolve("article.txt")).doesNotExist();
  }

  @Test
  void convertWritesNothingFromAnInvalidDossier() throws IOException {
    Path bad = file("bad.json", "{}");
    Path to = dir.resolve("out.yaml");
    Run run = run("convert", bad.toString(), to.toString());
    assertThat(run.status).isEqualTo(1);
    assertThat(run.err).startsWith(bad + ":");
    assertThat(to).doesNotExist();
  }

  @Test
  void usageErrorsPrintTheProblemAndUsageOnStandardErrorWithStatusTwo() {
    Run unknown = run("frobnicate");
    assertThat(unknown.status).isEqualTo(ExitStatus.USAGE);
    assertThat(unknown.out).isEmpty();
    assertThat(unknown.err).startsWith("Unmatched argument at index 0: 'frobnicate'\n");
    Run typo = run("valdate", "a.json");
    assertThat(typo.status).isEqualTo(ExitStatus.USAGE);
    assertThat(typo.err).contains("Did you mean: entente validate?");
    Run noFile = run("readout");
    assertThat(noFile.status).isEqualTo(ExitStatus.USAGE);
    assertThat(noFile.err).startsWith("Missing required parameter: 'FILE'\n");
    assertThat(run("convert", "a.json").status).isEqualTo(ExitStatus.USAGE);
    assertThat(run("validate").status).isEqualTo(ExitStatus.USAGE);
    assertThat(run("readout", "a.json", "b.json").status).isEqualTo(ExitStatus.USAGE);
  }

  @Test
  void exportsTheArticleAsPloverJsonlOneRecordALine() throws IOException {
    Run run = run("export", "--format", "plover", articleJson().toString());
    Run joined = run("export", "--format=plover", articleJson().toString());

    assertThat(run.status).isZero();
    assertThat(joined.status).isZero();
    assertThat(joined.out).isEqualTo(run.out);
    // Every loss the export reports is a note: the undated sessions first.
    assertThat(run.errLines()).containsExactlyElementsOf(
        dev.entente.interop.PloverExport.losses(dossier).stream().map(l -> "note: " + l).toList());
    assertThat(run.errLines()).contains(
        "note: /engagements/3: engagement \"strategic-dialogue-4\" (ROK-UK Foreign Ministerial"
            + " Strategic Dialogue, session 4) is left out: it is undated, and an event record needs"
            + " a date");
    assertThat(run.out).isEqualTo(dev.entente.interop.PloverExport.toString(dossier));
    assertThat(run.outLines()).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("{"));
  }

  @Test
  void exportsTheArticleAsACameoTableAndAsJsonLd() throws IOException {
    Path article = articleJson();

    Run gdelt = run("export", "--format", "gdelt", article.toString());
    Run cameo = run("export", "--format", "cameo", article.toString());
    Run header = run("export", "--format", "gdelt", "--header", article.toString());
    Path extras = dir.resolve("extras.tsv");
    Run withExtras = run("export", "--format", "gdelt", "--extras", extras.toString(), article.toString());
    Run jsonld = run("export", "--format", "jsonld", article.toString());

    assertThat(gdelt.status).isZero();
    assertThat(gdelt.out).isEqualTo(dev.entente.interop.GdeltExport.toString(dossier));
    assertThat(gdelt.outLines()).allSatisfy(line -> assertThat(line.split("\t", -1)).hasSize(61));
    assertThat(gdelt.errLines()).containsExactlyElementsOf(
        dev.entente.interop.GdeltExport.losses(dossier).stream().map(l -> "note: " + l).toList());
    assertThat(cameo.out).as("cameo is the former name of gdelt").isEqualTo(gdelt.out);
    assertThat(header.outLines().get(0)).startsWith("GLOBALEVENTID\tSQLDATE\tMonthYear\tYear\t");
    assertThat(withExtras.status).isZero();
    assertThat(Files.readString(extras)).startsWith("GLOBALEVENTID\tEntenteRecord\t");
    assertThat(jsonld.status).isZero();
    assertThat(jsonld.out).isEqualTo(dev.entente.interop.JsonLdExport.toString(dossier));
  }

  @Test
  void exportsEveryKindOfRecordOfTheExportSampleAsTheLibraryWritesIt() throws IOException {
    Dossier sample = SampleDossiers.franceJapan();
    Path json = file("sample.json", ConvertCommand.prettyJson(sample));
    Map<String, String> expected = Map.of(
        "plover", dev.entente.interop.PloverExport.toString(sample),
        "gdelt", dev.entente.interop.GdeltExport.toString(sample),
        "jsonld", dev.entente.interop.JsonLdExport.toString(sample));

    for (Map.Entry<String, String> format : expected.entrySet()) {
      Run run = run("export", "--format", format.getKey(), json.toString());
      assertThat(run.status).as(format.getKey() + ": " + run.err).isZero();
      assertThat(run.out).as(format.getKey()).isEqualTo(format.getValue());
    }
  }

  @Test
  void refusesAnUnknownExportFormatOrAMissingFormat() throws IOException {
    Path article = articleJson();

    Run unknown = run("export", "--format", "csv", article.toString());
    Run missing = run("export", article.toString());

    assertThat(unknown.status).isEqualTo(ExitStatus.USAGE);
    assertThat(unknown.err).contains("unknown export format \"csv\"; one of plover, gdelt,"
        + " jsonld");
    assertThat(unknown.out).isEmpty();
    assertThat(missing.status).isEqualTo(ExitStatus.USAGE);
    assertThat(missing.err).startsWith("Missing required option: '--format=FORMAT'");
    assertThat(missing.out).isEmpty();
  }

  @Test
  void exportRefusesAnInvalidDossierWithItsProblems() throws IOException {
    Path bad = file("bad.json", ConvertCommand.prettyJson(dossier).replace("\"2024-10-22\"", "\"2024-02-30\""));

    Run run = run("export", "--format", "plover", bad.toString());

    assertThat(run.status).isEqualTo(ExitStatus.INVALID);
    assertThat(run.out).isEmpty();
    assertThat(run.err).contains("2024-02-30");
  }
}
