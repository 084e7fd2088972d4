package dev.entente.cli;

import dev.entente.model.Dossier;
import java.util.concurrent.Callable;
import picocli.CommandLine.Parameters;

/**
 * A command that reads one valid dossier, in JSON or YAML, and writes something of it to standard
 * output; an invalid dossier is refused with its problems on standard error.
 */
abstract class DossierCommand implements Callable<Integer> {

  final Console console;

  @Parameters(index = "0", paramLabel = "FILE",
      description = "a dossier: .json, .yaml or .yml; any other name is read as JSON, - from"
          + " standard input")
  String file;

  DossierCommand(Console console) {
    this.console = console;
  }

  /**
   * Writes what the command makes of a valid dossier to standard output (whose failures {@link
   * Main#run} reports); the exit status.
   */
  abstract int write(Dossier dossier);

  /** The command's name, for messages. */
  abstract String name();

  @Override
  public Integer call() {
    FileKind kind = FileKind.of(file, FileKind.JSON);
    if (kind == FileKind.NDJSON) {
      console.err().println(file + ": " + name() + " reads one dossier, in JSON or YAML, not"
          + " NDJSON");
      return ExitStatus.USAGE;
    }
    return console.withDossier(file, kind, dossier -> {
      int status = write(dossier);
      console.out().flush();
      return status;
    });
  }
}
