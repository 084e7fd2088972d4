package dev.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.entente.examples.koreauk2024.KoreaUkDialogue2024;
import dev.entente.model.Actor;
import dev.entente.model.Dossier;
import dev.entente.model.State;
import dev.entente.model.Statement;
import dev.entente.serialization.EntenteJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line under hostile input and faults, in this JVM: input read within the limits
 * before it is held, NDJSON whose first line is broken, files replaced whole, standard output
 * that cannot be written, and names that would forge lines of the readout. {@code ChildJvmTest}
 * runs the cases that need a process of their own (killed, or with a small heap).
 */
class ReliableIoTest {

  @TempDir
  Path dir;

  private final Dossier dossier = KoreaUkDialogue2024.dossier();

  /** What a run gave: its status and what it printed. */
  record Run(int status, String out, String err) {
    List<String> outLines() {
      return out.isEmpty() ? List.of() : List.of(out.split("\n"));
    }
  }

  static Run run(InputStream stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      status = Main.run(stdin, o, e, args);
    }
    return new Run(status, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  static Run run(String... args) {
    return run(InputStream.nullInputStream(), args);
  }

  /** An endless stream of one byte. */
  static InputStream endless(byte fill) {
    return new InputStream() {
      @Override
      public int read() {
        return fill & 0xFF;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        Arrays.fill(b, off, off + len, fill);
        return len;
      }
    };
  }

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private List<String> leftovers() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp"))
          .collect(Collectors.toList());
    }
  }

  // ---- Reading within the limits --------------------------------------------------------------

  @Test
  void validateOfEndlessZeroBytesOnStandardInputEndsWithAnEncodingProblem() {
    Run run = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> run(endless((byte) 0), "validate", "-"));

    assertThat(run.status()).isEqualTo(ExitStatus.INVALID);
    assertThat(run.outLines()).singleElement().satisfies(line ->
        assertThat(line).startsWith("-:1: (document): the document is UTF-16 or UTF-32"));
    assertThat(run.err()).isEqualTo("1 file, 1 problem\n");
  }

  @Test
  @Tag("slow")
  void validateOfAnEndlessStreamReadsNoFurtherThanTheDocumentLimitAndGoesOn() throws IOException {
    Path good = file("good.json", ConvertCommand.prettyJson(dossier));

    Run run = assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> run(endless((byte) ' '), "validate", "-", good.toString()));

    assertThat(run.status()).isEqualTo(ExitStatus.INVALID);
    assertThat(run.outLines()).singleElement().satisfies(line ->
        assertThat(line).startsWith("-: (document): the document is longer than the limit of "
            + (256L * 1024 * 1024) + " bytes"));
    assertThat(run.err()).isEqualTo("2 files, 1 problem\n");
  }

  @Test
  @Tag("slow")
  void aSparseFileOfThreeGigabytesIsRefusedByItsSizeAndTheNextFileIsChecked() throws IOException {
    Path huge = dir.resolve("huge.json");
    try (RandomAccessFile sparse = new RandomAccessFile(huge.toFile(), "rw")) {
      sparse.setLength(3_000_000_000L);
    }
    Path bad = file("bad.json", ConvertCommand.prettyJson(dossier).replace("\"GB\"", "\"ZZ\""));

    String refused = huge + ": (document): the document is 3000000000 bytes long, more than the"
        + " limit of " + (256L * 1024 * 1024);

    Run validate = run("validate", huge.toString(), bad.toString());
    Run readout = run("readout", huge.toString());

    assertThat(validate.status()).isEqualTo(ExitStatus.INVALID);
    assertThat(validate.outLines().get(0)).isEqualTo(refused);
    assertThat(validate.outLines().subList(1, validate.outLines().size())).isNotEmpty()
        .allSatisfy(line -> assertThat(line).startsWith(bad + ":"));
    assertThat(readout.status()).isEqualTo(ExitStatus.INVALID);
    assertThat(readout.err()).isEqualTo(refused + "\n");
  }

  @Test
  void theRecordKindOfAnEndlessNdjsonFileIsDecidedWithinTheLineLimit() throws IOException {
    Path zero = Files.createSymbolicLink(dir.resolve("zero.ndjson"), Path.of("/dev/zero"));

    Class<?> type = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> FileKind.ndjsonRecordType(zero));

    assertThat(type).isEqualTo(Statement.class);
  }

  @Test
  void aLongFirstLineIsScannedThroughABufferNotOneReadCallAByte() throws IOException {
    int[] calls = {0};
    byte[] line = ("{\"actors\":[\"" + "x".repeat(10_000_000) + "\"],\"entente\":\"1.1\"}\n")
        .getBytes(StandardCharsets.UTF_8);
    InputStream counted = new java.io.FilterInputStream(new java.io.ByteArrayInputStream(line)) {
      @Override
      public int read() throws IOException {
        calls[0]++;
        return super.read();
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        calls[0]++;
        return super.read(b, off, len);
      }
    };

    assertThat(FileKind.ndjsonRecordType(counted)).isEqualTo(Dossier.class);
    assertThat(calls[0]).isLessThan(line.length / 1000);
  }

  // ---- NDJSON whose first line is broken ------------------------------------------------------

  @Test
  void aBrokenFirstLineOfDossiersIsReportedOnceAndTheDossiersAfterItAreRead() throws IOException {
    String line = EntenteJson.standard().write(dossier);
    Path ndjson = file("dossiers.ndjson",
        "{\"entente\":\"1.1\",\"id\":\n" + line + "\n\n" + line + "\n");

    Run run = run("validate", ndjson.toString());

    assertThat(run.status()).isEqualTo(ExitStatus.INVALID);
    assertThat(run.outLines()).singleElement().satisfies(l ->
        assertThat(l).startsWith(ndjson + ":1: ").doesNotContain("must come first"));
    assertThat(run.err()).isEqualTo("1 file, 1 problem\n");
  }

  @Test
  void aFirstLineThatIsNoJsonAtAllLeavesTheKindToTheNextLine() throws IOException {
    String line = EntenteJson.standard().write(dossier);
    Path ndjson = file("dossiers.jsonl", "not json\n[1, 2]\n" + line + "\n");

    Run run = run("validate", ndjson.toString());

    assertThat(run.outLines()).hasSize(2).allSatisfy(l -> assertThat(l)
        .doesNotContain("must come first"));
    assertThat(run.outLines().get(0)).startsWith(ndjson + ":1: ");
    assertThat(run.outLines().get(1)).startsWith(ndjson + ":2: ");
  }

  @Test
  void aKeySortedDossierLineIsADossierAndAStatementLineAStatement() throws IOException {
    Path sorted = file("sorted.ndjson", "{\"actors\":[{\"x\":[1,{\"entente\":0}]}],\"entente\":\"1.1\"}\n");
    Path statements = file("statements.ndjson", "\n  \n"
        + EntenteJson.standard().write(dossier.statements().get(0)) + "\n");

    assertThat(FileKind.ndjsonRecordType(sorted)).isEqualTo(Dossier.class);
    assertThat(FileKind.ndjsonRecordType(statements)).isEqualTo(Statement.class);
    assertThat(FileKind.ndjsonRecordType(file("empty.ndjson", ""))).isEqualTo(Statement.class);
  }

  // ---- Files replaced whole -------------------------------------------------------------------

  @Test
  void convertInPlaceReplacesTheFileWholeKeepsItsPermissionsAndLeavesNoTemporaryFile()
      throws IOException {
    Path json = file("story.json", EntenteJson.standard().write(dossier));
    Files.setPosixFilePermissions(json, PosixFilePermissions.fromString("rw-r-----"));

    Run run = run("convert", json.toString(), json.toString());

    assertThat(run.status()).isZero();
    assertThat(Files.readString(json)).isEqualTo(ConvertCommand.prettyJson(dossier));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(json)))
        .isEqualTo("rw-r-----");
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void aTargetThatCannotBeReplacedIsLeftAsItWasWithNoTemporaryFile() throws IOException {
    Path json = file("story.json", ConvertCommand.prettyJson(dossier));
    Path target = Files.createDirectories(dir.resolve("taken.yaml").resolve("inside"))
        .getParent();

    Run run = run("convert", json.toString(), target.toString());

    assertThat(run.status()).isEqualTo(ExitStatus.USAGE);
    assertThat(run.err()).startsWith(target + ": cannot write: ");
    assertThat(Files.isDirectory(target.resolve("inside"))).isTrue();
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void anNdjsonConvertWithABadRecordLeavesTheTargetAndNoTemporaryFile() throws IOException {
    List<Statement> statements = dossier.statements();
    String good = EntenteJson.standard().write(statements.get(0));
    Path source = file("in.ndjson", good + "\n{\"type\":\"remarks\"}\n" + good + "\n");
    Path target = file("out.ndjson", "old\n");

    Run run = run("convert", source.toString(), target.toString());

    assertThat(run.status()).isEqualTo(ExitStatus.INVALID);
    assertThat(run.err()).startsWith(source + ":2: ");
    assertThat(Files.readString(target)).isEqualTo("old\n");
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void theGdeltSideFileIsWrittenWholeAndAnUnwritableOneIsAClearError() throws IOException {
    Path json = file("story.json", ConvertCommand.prettyJson(dossier));
    Path extras = dir.resolve("extras.tsv");

    Run ok = run("export", "--format=gdelt", "--extras", extras.toString(), json.toString());
    Run bad = run("export", "--format=gdelt", "--extras", dir.resolve("no/such/dir.tsv").toString(),
        json.toString());

    assertThat(ok.status()).isZero();
    assertThat(Files.readString(extras)).isNotEmpty();
    assertThat(bad.status()).isEqualTo(ExitStatus.USAGE);
    assertThat(bad.err()).contains(dir.resolve("no/such/dir.tsv") + ": cannot write: ")
        .doesNotContain("\tat ");
    assertThat(leftovers()).isEmpty();
  }

  // ---- Standard output that cannot be written -------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"readout", "export --format=plover", "export --format=gdelt",
      "export --format=jsonld", "--help", "--version", "help", "help readout"})
  void everyCommandThatPrintsExitsWithStatusTwoWhenStandardOutputFails(String command)
      throws IOException {
    Path json = file("story.json", ConvertCommand.prettyJson(dossier));
    List<String> args = new java.util.ArrayList<>(List.of(command.split(" ")));
    if (!command.contains("help") && !command.contains("version")) {
      args.add(json.toString());
    }
    OutputStream full = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("No space left on device");
      }
    };
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status;
    try (PrintStream o = new PrintStream(full, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      status = Main.run(InputStream.nullInputStream(), o, e, args.toArray(String[]::new));
    }

    assertThat(status).isEqualTo(ExitStatus.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .endsWith("entente: cannot write standard output\n").doesNotContain("\tat ");
  }

  // ---- Names that would forge lines -----------------------------------------------------------

  @Test
  void readoutEscapesLineBreaksAndTerminalEscapesInNames() throws IOException {
    String forged = "United Kingdom\nSources\n-------\n- forged\u001b[2J\u202e";
    List<Actor> actors = dossier.actors().stream()
        .map(a -> a.id().equals("uk") ? ((State) a).withName(forged) : a)
        .collect(Collectors.toList());
    Dossier hostile = dossier.withActors(actors)
        .withTitle("Talks\r\n=====\u0085\u2028\u009b31m");
    Path json = file("hostile.json", EntenteJson.standard().write(hostile));

    Run run = run("readout", json.toString());

    assertThat(run.status()).isZero();
    assertThat(run.out()).doesNotContain("\u001b", "\r", "\u0085", "\u2028", "\u009b", "\u202e")
        .contains("United Kingdom\\u000aSources\\u000a-------\\u000a- forged\\u001b[2J\\u202e")
        .startsWith("Talks\\u000d\\u000a=====\\u0085\\u2028\\u009b31m\n");
    assertThat(run.outLines()).doesNotContain("- forged", "Sources\\u000a-------");
    assertThat(run.outLines().stream().filter(l -> l.equals("Sources"))).hasSizeLessThanOrEqualTo(1);
  }

  @Test
  void printableLeavesOrdinaryTextAloneAndKeepsABackslashUDistinctFromAnEscape() {
    assertThat(Console.printable("조태열 — Cho, \"FM\" \\d")).isEqualTo("조태열 — Cho, \"FM\" \\d");
    assertThat(Console.printable("a\\u000ab\tc")).isEqualTo("a\\\\u000ab\\u0009c");
  }
}
