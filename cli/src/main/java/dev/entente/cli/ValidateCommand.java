package dev.entente.cli;

import dev.entente.serialization.EntenteJsonException;
import dev.entente.serialization.JsonProblem;
import dev.entente.serialization.NdjsonRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code entente validate FILE...}: one line per problem on standard output, a count on standard
 * error.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    header = "Checks files and prints one line per problem.",
    description = "Each problem is printed on standard output as FILE:LINE: POINTER: MESSAGE"
        + " (FILE: POINTER: MESSAGE when the line is unknown), and a count on standard error."
        + " Malformed JSON, an encoding other than UTF-8, unknown or missing members, bad values"
        + " and every violation of a dossier's rules are reported; a valid file prints nothing.")
final class ValidateCommand implements Callable<Integer> {

  private final Console console;

  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = "dossiers (.json, .yaml, .yml) or records (.ndjson, .jsonl); any other name"
          + " is read as JSON, - from standard input")
  List<String> files;

  ValidateCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    int status = ExitStatus.OK;
    int problems = 0;
    int unreadable = 0;
    for (String file : files) {
      List<JsonProblem> found;
      try {
        found = check(file);
      } catch (IOException e) {
        status = Math.max(status, console.cannotRead(file, e));
        unreadable++;
        continue;
      }
      for (JsonProblem problem : found) {
        console.out().println(Console.line(file, problem));
      }
      // Every problem counts, those a report left out at the limit too; its note about them not.
      for (JsonProblem problem : found) {
        int notReported = problem.notReported();
        problems += notReported > 0 ? notReported : 1;
      }
      if (!found.isEmpty()) {
        status = Math.max(status, ExitStatus.INVALID);
      }
    }
    console.out().flush();
    console.err().println(count(files.size(), "file") + ", " + count(problems, "problem")
        + (unreadable == 0 ? "" : ", " + unreadable + " unreadable"));
    return status;
  }

  /** Every problem of one file, in order; empty when it is valid. */
  private List<JsonProblem> check(String file) throws IOException {
    FileKind kind = FileKind.of(file, FileKind.JSON);
    if (kind == FileKind.NDJSON) {
      List<JsonProblem> problems = new ArrayList<>();
      Path path = Path.of(file);
      Class<?> type = FileKind.ndjsonRecordType(path);
      // On every core, the records' problems in the order of the lines.
      try (InputStream in = Files.newInputStream(path);
          Stream<? extends NdjsonRecord<?>> records =
              kind.json().readNdjsonInParallel(in, file, type)) {
        records.forEach(record -> problems.addAll(record.problems()));
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      return problems;
    }
    try {
      return console.read(file, kind.json(), Console.WITH_VIOLATIONS).violations();
    } catch (EntenteJsonException e) {
      return e.problems();
    }
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
