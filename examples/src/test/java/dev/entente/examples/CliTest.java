package dev.entente.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.model.Dossier;
import dev.entente.model.Statement;
import dev.entente.serialization.EntenteJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
      status = new Cli(new ByteArrayInputStream(input), o, e).run(args);
    }
    return new Run(status, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private Path articleJson() throws IOException {
    return file("article.json", Cli.prettyJson(dossier));
  }

  /** The 1-based number of the line where {@code needle} first occurs. */
  private static int lineOf(String text, String needle) {
    int at = text.indexOf(needle);
    assertThat(at).as("%s in the text", needle).isNotNegative();
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  @Test
  void withoutArgumentsPrintsTheGoldenJsonAndNothingElse() throws IOException {
    Run run = run();
    assertThat(run.status).isZero();
    assertThat(run.err).isEmpty();
    assertThat(run.out).endsWith("}\n").isEqualTo(ArticleJsonTest.golden());
    assertThat(EntenteJson.standard().readDossier(run.out)).isEqualTo(dossier);
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
    String text = Cli.prettyJson(dossier)
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
  void validateReportsMalformedJson() throws IOException {
    Path bad = file("truncated.json", "{\n  \"entente\" : \"1.0\",\n  \"id\" : ");
    Run run = run("validate", bad.toString());
    assertThat(run.status).isEqualTo(1);
    assertThat(run.outLines()).singleElement().satisfies(line ->
        assertThat(line).startsWith(bad + ":3: "));
  }

  @Test
  void validateRefusesUtf16() throws IOException {
    Path utf16 = dir.resolve("utf16.json");
    Files.write(utf16, Cli.prettyJson(dossier).getBytes(StandardCharsets.UTF_16LE));
    Run run = run("validate", utf16.toString());
    assertThat(run.status).isEqualTo(1);
    assertThat(run.outLines()).singleElement().satisfies(line ->
        assertThat(line).startsWith(utf16 + ":1: ").contains("UTF-16").contains("UTF-8"));
  }

  @Test
  void validateReportsEveryViolationOfADossierOnItsLine() throws IOException {
    String text = Cli.prettyJson(dossier)
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
  void validateReadsNdjsonOfDossiersWhenTheFirstRecordIsOne() throws IOException {
    String line = EntenteJson.standard().write(dossier);
    Path ndjson = file("dossiers.jsonl", line + "\n" + line + "\n");
    Run run = run("validate", ndjson.toString());
    assertThat(run.status).isZero();
    assertThat(run.out).isEmpty();
  }

  @Test
  void readoutAndValidateReadStandardInputForADash() {
    byte[] json = Cli.prettyJson(dossier).getBytes(StandardCharsets.UTF_8);
    assertThat(runWithInput(json, "readout", "-").out).isEqualTo(Briefing.of(dossier));
    Run run = runWithInput("{}".getBytes(StandardCharsets.UTF_8), "validate", "-");
    assertThat(run.status).isEqualTo(1);
    assertThat(run.outLines()).singleElement().satisfies(l -> assertThat(l).startsWith("-:1: "));
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
    assertThat(Files.readString(json)).isEqualTo(Cli.prettyJson(dossier));
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
  void unknownCommandsAndHelpPrintTheUsageOnStandardError() {
    Run unknown = run("frobnicate");
    assertThat(unknown.status).isEqualTo(2);
    assertThat(unknown.out).isEmpty();
    assertThat(unknown.err).startsWith("unknown command: frobnicate\nusage: ");
    Run help = run("help");
    assertThat(help.status).isEqualTo(2);
    assertThat(help.err).contains("validate FILE...", "Exit status");
    assertThat(run("readout").status).isEqualTo(2);
    assertThat(run("convert", "a.json").status).isEqualTo(2);
  }

  @Test
  void exportsTheArticleAsPloverJsonlOneRecordALine() throws IOException {
    Run run = run("export", "--format", "plover", articleJson().toString());

    assertThat(run.status).isZero();
    assertThat(run.err).isEmpty();
    assertThat(run.out).isEqualTo(dev.entente.interop.PloverExport.toString(dossier));
    assertThat(run.outLines()).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("{"));
  }

  @Test
  void exportsTheArticleAsACameoTableAndAsJsonLd() throws IOException {
    Path article = articleJson();

    Run cameo = run("export", "--format", "cameo", article.toString());
    Run jsonld = run("export", "--format", "jsonld", article.toString());

    assertThat(cameo.status).isZero();
    assertThat(cameo.outLines().get(0).split("\t"))
        .containsExactlyElementsOf(dev.entente.interop.CameoExport.COLUMNS);
    assertThat(jsonld.status).isZero();
    assertThat(jsonld.out).isEqualTo(dev.entente.interop.JsonLdExport.toString(dossier));
  }

  @Test
  void refusesAnUnknownExportFormatOrAMissingFormat() throws IOException {
    Path article = articleJson();

    Run unknown = run("export", "--format", "gdelt", article.toString());
    Run missing = run("export", article.toString());

    assertThat(unknown.status).isEqualTo(Cli.TROUBLE);
    assertThat(unknown.err).contains("unknown export format: gdelt");
    assertThat(missing.status).isEqualTo(Cli.TROUBLE);
    assertThat(missing.out).isEmpty();
  }

  @Test
  void exportRefusesAnInvalidDossierWithItsProblems() throws IOException {
    Path bad = file("bad.json", Cli.prettyJson(dossier).replace("\"2024-10-22\"", "\"2024-02-30\""));

    Run run = run("export", "--format", "plover", bad.toString());

    assertThat(run.status).isEqualTo(Cli.INVALID);
    assertThat(run.out).isEmpty();
    assertThat(run.err).contains("2024-02-30");
  }
}
