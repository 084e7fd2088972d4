package dev.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.examples.Examples;
import dev.entente.examples.lifecycles2023.PostponedVisits2023;
import dev.entente.interop.timeline.Timeline;
import dev.entente.model.Dossier;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code entente timeline}: on every example dossier, merged, to a file, and refusing bad input. */
class TimelineCommandTest {

  @TempDir
  Path dir;

  /** Every example dossier by its class's name, the article first. */
  static Map<String, Dossier> examples() {
    return Examples.all();
  }

  private record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      status = Main.run(new ByteArrayInputStream(new byte[0]), o, e, args);
    }
    return new Run(status, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  private List<String> writeExamples() throws IOException {
    List<String> files = new ArrayList<>();
    for (Map.Entry<String, Dossier> example : examples().entrySet()) {
      files.add(Files.writeString(dir.resolve(example.getKey() + ".json"),
          ConvertCommand.prettyJson(example.getValue()), StandardCharsets.UTF_8).toString());
    }
    return files;
  }

  @Test
  void drawsEveryExampleDossierAsTheApiDoes() throws IOException {
    List<String> files = writeExamples();
    List<Dossier> dossiers = List.copyOf(examples().values());
    for (int i = 0; i < files.size(); i++) {
      Run html = run("timeline", "--format", "html", files.get(i));
      assertThat(html.status).as("status for %s: %s", files.get(i), html.err).isZero();
      assertThat(html.err).isEmpty();
      assertThat(html.out).isEqualTo(Timeline.of(dossiers.get(i)).html());
      Run mermaid = run("timeline", "--format=mermaid", files.get(i));
      assertThat(mermaid.status).isZero();
      assertThat(mermaid.out).isEqualTo(Timeline.of(dossiers.get(i)).mermaid());
    }
  }

  @Test
  void drawsTheArticlesFile() {
    Run run = run("timeline", "--format", "mermaid",
        TimelineScreenshotTest.REPOSITORY.resolve(TimelineScreenshotTest.SOURCE).toString());
    assertThat(run.status).as(run.err).isZero();
    assertThat(run.out).startsWith("gantt\n")
        .contains("section ROK-UK Foreign Ministerial Strategic Dialogue",
            "9th · Seoul : milestone, ", ", 2024-10-21, 0d",
            "expected first half of next year : active, ", ", 2025-01-01, 2025-07-01");
  }

  @Test
  void mergesSeveralFilesIntoOnePicture() throws IOException {
    List<String> files = writeExamples();
    List<String> args = new ArrayList<>(List.of("timeline", "--format", "html"));
    args.addAll(files);
    Run run = run(args.toArray(String[]::new));
    assertThat(run.status).isZero();
    assertThat(run.out).isEqualTo(Timeline.of(List.copyOf(examples().values())).html());
    for (int d = 0; d < files.size(); d++) {
      assertThat(run.out).contains("data-dossier=\"" + d + "\"");
    }
  }

  @Test
  void writesToAFileWhenAsked() throws IOException {
    writeExamples();
    String file = dir.resolve("PostponedVisits2023.json").toString();
    Path target = dir.resolve("timeline.html");
    Run run = run("timeline", "--format", "html", "-o", target.toString(), file);
    assertThat(run.status).isZero();
    assertThat(run.out).isEmpty();
    assertThat(Files.readString(target, StandardCharsets.UTF_8))
        .isEqualTo(Timeline.of(PostponedVisits2023.dossier()).html());
    try (var left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .noneMatch(name -> name.startsWith(".entente-"));
    }
  }

  @Test
  void refusesAnInvalidFileAndWritesNothing() throws IOException {
    String good = writeExamples().get(0);
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\"entente\": \"0.1\", \"id\": 3}",
        StandardCharsets.UTF_8);
    Path target = dir.resolve("out.html");
    Run run = run("timeline", "--format", "html", "-o", target.toString(), good, bad.toString());
    assertThat(run.status).isEqualTo(ExitStatus.INVALID);
    assertThat(run.err).startsWith(bad + ":");
    assertThat(target).doesNotExist();
  }

  @Test
  void refusesAMissingFileAnUnknownFormatAndNdjson() throws IOException {
    Run missing = run("timeline", "--format", "html", dir.resolve("none.json").toString());
    assertThat(missing.status).isEqualTo(ExitStatus.USAGE);
    assertThat(missing.err).isEqualTo(dir.resolve("none.json") + ": cannot read: no such file\n");

    Run format = run("timeline", "--format", "svg", writeExamples().get(0));
    assertThat(format.status).isEqualTo(ExitStatus.USAGE);
    assertThat(format.err).contains("unknown timeline format \"svg\"; one of html, mermaid");

    Path ndjson = Files.writeString(dir.resolve("records.ndjson"), "{}\n", StandardCharsets.UTF_8);
    Run records = run("timeline", "--format", "html", ndjson.toString());
    assertThat(records.status).isEqualTo(ExitStatus.USAGE);
    assertThat(records.err).contains("timeline reads dossiers, in JSON or YAML, not NDJSON");

    Run none = run("timeline", "--format", "html");
    assertThat(none.status).isEqualTo(ExitStatus.USAGE);
    assertThat(none.err).contains("Missing required parameter: 'FILE'");
  }

  @Test
  void isListedInTheHelp() {
    Run help = run("--help");
    assertThat(help.out).contains("timeline");
    Run own = run("help", "timeline");
    assertThat(own.status).isZero();
    assertThat(own.out).startsWith("Draws dossiers on a time axis, as an HTML page or a Mermaid"
        + " chart.\nUsage: entente timeline ").contains("--format=FORMAT", "html, mermaid",
        "-o, --output=OUT");
  }
}
