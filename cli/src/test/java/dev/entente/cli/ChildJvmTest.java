package dev.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.entente.examples.koreauk2024.KoreaUkDialogue2024;
import dev.entente.model.Actor;
import dev.entente.model.Dossier;
import dev.entente.model.Person;
import dev.entente.model.Statement;
import dev.entente.serialization.EntenteJson;
import dev.entente.serialization.NdjsonWriter;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command as a process of its own, for what only a process shows: killed with SIGKILL while
 * it writes, run with a file size limit, with standard output on {@code /dev/full}, or with a
 * heap smaller than the document limit. Full tier: each case starts a JVM, some several, and the
 * inputs run to tens of megabytes (made here, never committed).
 */
@Tag("slow")
class ChildJvmTest {

  @TempDir
  Path dir;

  private static final Dossier DOSSIER = KoreaUkDialogue2024.dossier();

  /** The command line of {@code java ... dev.entente.cli.Main args}. */
  private static List<String> command(List<String> jvm, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvm);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    return command;
  }

  /** What a finished process gave. */
  private record Exit(int status, String err) {}

  private Exit finish(ProcessBuilder builder) throws IOException, InterruptedException {
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process process = builder.redirectError(err.toFile()).start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the command ends").isTrue();
    return new Exit(process.exitValue(), Files.readString(err));
  }

  private List<String> leftovers() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith(".") && n.endsWith(".tmp")).collect(Collectors.toList());
    }
  }

  /** The sample dossier with {@code people} more people of long names: tens of megabytes. */
  private static Dossier large(int people) {
    List<Actor> actors = new ArrayList<>(DOSSIER.actors());
    String filler = "a long name to make the dossier large ".repeat(6);
    IntStream.range(0, people).forEach(i -> actors.add(
        Person.builder().id("person-" + i).name(filler + i).build()));
    return DOSSIER.withActors(actors);
  }

  @Test
  void aConvertKilledAfterTheTemporaryFileHasBytesLeavesTheOldTargetOrTheWholeNewOne()
      throws Exception {
    Dossier large = large(150_000);
    byte[] old = EntenteJson.standard().writeBytes(large);
    byte[] converted = ConvertCommand.prettyJson(large).getBytes(StandardCharsets.UTF_8);
    assertThat(old.length).isGreaterThan(40_000_000);
    Path file = dir.resolve("story.json");
    int killedWhileWriting = 0;
    List<String> outcomes = new ArrayList<>();

    for (long delayMillis : new long[] {0, 2, 10, 40, 120, 2000}) {
      Files.write(file, old);
      Process process = new ProcessBuilder(command(List.of(), "convert", file.toString(),
          file.toString())).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start();
      Optional<Path> temporary = awaitTemporaryWithBytes(process);
      long written = -1;
      if (temporary.isPresent()) {
        TimeUnit.MILLISECONDS.sleep(delayMillis);
        written = Files.exists(temporary.get()) ? Files.size(temporary.get()) : -1;
        if (process.isAlive()) {
          killedWhileWriting++;
        }
      }
      process.destroyForcibly();
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

      byte[] now = Files.readAllBytes(file);
      assertThat(Arrays.equals(now, old) || Arrays.equals(now, converted))
          .as("after a kill %d ms after the temporary file had bytes (%d written of %d): the"
              + " target is %d bytes, neither the old file (%d) nor the new one", delayMillis,
              written, converted.length, now.length, old.length)
          .isTrue();
      outcomes.add(delayMillis + " ms: " + (Arrays.equals(now, old) ? "old" : "new")
          + ", temporary at " + written + " bytes");
      try (Stream<Path> files = Files.list(dir)) {
        files.filter(p -> p.getFileName().toString().endsWith(".tmp"))
            .forEach(p -> p.toFile().delete());
      }
    }
    System.out.println("kill -9 during convert: " + outcomes);
    assertThat(killedWhileWriting).as("kills while the command ran: %s", outcomes)
        .isGreaterThanOrEqualTo(1);
  }

  /** The temporary file next to the target once it has bytes, or empty if the process ended. */
  private Optional<Path> awaitTemporaryWithBytes(Process process) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (process.isAlive() && System.nanoTime() < deadline) {
      try (Stream<Path> files = Files.list(dir)) {
        Optional<Path> found = files.filter(p -> p.getFileName().toString().endsWith(".tmp"))
            .filter(p -> p.toFile().length() > 0).findFirst();
        if (found.isPresent()) {
          return found;
        }
      }
      TimeUnit.MILLISECONDS.sleep(1);
    }
    return Optional.empty();
  }

  @Test
  void aFileSizeLimitFailsConvertWithAClearErrorAndLeavesTheTarget() throws Exception {
    assumeTrue(new File("/bin/bash").canExecute(), "bash, for ulimit");
    Path json = Files.writeString(dir.resolve("story.json"), ConvertCommand.prettyJson(DOSSIER));
    Path yaml = Files.writeString(dir.resolve("story.yaml"), "old\n");
    Path ndjson = dir.resolve("statements.ndjson");
    List<Statement> statements = DOSSIER.statements();
    try (NdjsonWriter writer = EntenteJson.standard().ndjsonWriter(Files.newOutputStream(ndjson))) {
      for (int i = 0; i < 400; i++) {
        statements.forEach(writer::write);
      }
    }
    assertThat(Files.size(ndjson)).isGreaterThan(200 * 1024);
    Path target = Files.writeString(dir.resolve("out.ndjson"), "old\n");

    for (List<Path> convert : List.of(List.of(json, yaml), List.of(ndjson, target))) {
      // Half the output fits: ulimit -f counts blocks of 1,024 bytes.
      long blocks = Files.size(convert.get(0)) / 2 / 1024;
      String java = command(List.of(), "convert", convert.get(0).toString(),
          convert.get(1).toString()).stream().map(ChildJvmTest::quoted)
          .collect(Collectors.joining(" "));
      Exit exit = finish(new ProcessBuilder("/bin/bash", "-c",
          "ulimit -f " + blocks + " && exec " + java));

      assertThat(exit.status()).as(exit.err()).isEqualTo(ExitStatus.USAGE);
      assertThat(exit.err()).startsWith(convert.get(1) + ": cannot write: ")
          .contains("File too large").doesNotContain("\tat ");
      assertThat(Files.readString(convert.get(1))).isEqualTo("old\n");
    }
    assertThat(leftovers()).isEmpty();
  }

  private static String quoted(String word) {
    return "'" + word.replace("'", "'\\''") + "'";
  }

  @Test
  void aFullStandardOutputIsStatusTwoForEveryCommandThatPrints() throws Exception {
    File full = new File("/dev/full");
    assumeTrue(full.exists(), "/dev/full");
    Path json = Files.writeString(dir.resolve("story.json"), ConvertCommand.prettyJson(DOSSIER));

    for (List<String> args : List.of(List.of("readout", json.toString()),
        List.of("export", "--format=plover", json.toString()),
        List.of("export", "--format=jsonld", json.toString()),
        List.of("--help"), List.of("--version"))) {
      Exit exit = finish(new ProcessBuilder(command(List.of(), args.toArray(String[]::new)))
          .redirectOutput(full));

      assertThat(exit.status()).as("%s: %s", args, exit.err()).isEqualTo(ExitStatus.USAGE);
      assertThat(exit.err()).as("%s", args).contains("entente: cannot write standard output")
          .doesNotContain("\tat ");
    }
  }

  @Test
  void aSmallHeapEndsEndlessOrHugeInputWithAClearErrorAndChecksTheFilesAfterIt()
      throws Exception {
    Path good = Files.writeString(dir.resolve("good.json"), ConvertCommand.prettyJson(DOSSIER));
    Path sparse = dir.resolve("sparse.json");
    try (RandomAccessFile file = new RandomAccessFile(sparse.toFile(), "rw")) {
      file.setLength(300_000_000L);
    }
    List<String> small = List.of("-Xmx256m");

    Exit zeros = finish(new ProcessBuilder(command(small, "validate", "-", good.toString()))
        .redirectInput(new File("/dev/zero")).redirectOutput(dir.resolve("zeros.txt").toFile()));
    Exit big = finish(new ProcessBuilder(command(small, "validate", sparse.toString(),
        good.toString())).redirectOutput(dir.resolve("big.txt").toFile()));

    assertThat(zeros.status()).as(zeros.err()).isEqualTo(ExitStatus.INVALID);
    assertThat(Files.readString(dir.resolve("zeros.txt")))
        .startsWith("-:1: (document): the document is UTF-16 or UTF-32");
    assertThat(zeros.err()).isEqualTo("2 files, 1 problem\n");
    assertThat(big.status()).as(big.err()).isEqualTo(ExitStatus.INVALID);
    assertThat(Files.readString(dir.resolve("big.txt"))).isEqualTo(sparse
        + ": (document): the document is 300000000 bytes long, more than the limit of "
        + (256L * 1024 * 1024) + "\n");
    assertThat(big.err()).isEqualTo("2 files, 1 problem\n");

    // 300 MB of spaces through a pipe: more than the heap holds before the limit is reached.
    Process process = new ProcessBuilder(command(small, "validate", "-", good.toString()))
        .redirectOutput(dir.resolve("spaces.txt").toFile())
        .redirectError(dir.resolve("spaces-err.txt").toFile()).start();
    Thread feeder = new Thread(() -> {
      byte[] spaces = new byte[1 << 16];
      Arrays.fill(spaces, (byte) ' ');
      try (OutputStream in = process.getOutputStream()) {
        for (long sent = 0; sent < 300_000_000L; sent += spaces.length) {
          in.write(spaces);
        }
      } catch (IOException e) {
        // The command stopped reading: what it says is checked below.
      }
    });
    feeder.start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    feeder.join(60_000);
    String err = Files.readString(dir.resolve("spaces-err.txt"));

    assertThat(err).doesNotContain("\tat ").doesNotContain("internal error");
    assertThat(process.exitValue()).as(err).isIn(ExitStatus.INVALID, ExitStatus.USAGE);
    assertThat(err + Files.readString(dir.resolve("spaces.txt")))
        .containsAnyOf("-: cannot read: it does not fit in memory",
            "-: (document): the document is longer than the limit");
    assertThat(err).endsWith("2 files, " + (process.exitValue() == ExitStatus.USAGE
        ? "0 problems, 1 unreadable\n" : "1 problem\n"));
  }
}
