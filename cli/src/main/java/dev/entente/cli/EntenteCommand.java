package dev.entente.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top command, {@code entente}: without a command it prints its usage and fails. */
@Command(
    name = "entente",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Validates, reads out, converts, exports and draws timelines of Entente dossier"
        + " files.",
    synopsisSubcommandLabel = "COMMAND",
    footerHeading = "%nFiles:%n",
    footer = "Formats go by extension: .json holds one dossier; .yaml or .yml one dossier in"
        + " YAML; .ndjson or .jsonl one record a line, all dossiers when the first record that"
        + " says has an \"entente\" member, all statements otherwise (lines of up to 16 MiB)."
        + " readout, validate and export read other"
        + " extensions as JSON, and - as JSON on standard input; convert refuses them.",
    exitCodeListHeading = "%nExit status (the highest wins when files differ):%n",
    exitCodeList = {
        "0:success; every file is valid",
        "1:some content is invalid",
        "2:a usage error, or a file or standard output cannot be read or written",
        "3:an internal error (a bug; its stack trace goes to standard error)"})
final class EntenteCommand implements Callable<Integer> {

  private final Console console;

  @Spec
  CommandSpec spec;

  EntenteCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    console.err().println("entente: missing command");
    spec.commandLine().usage(console.err());
    return ExitStatus.USAGE;
  }
}
