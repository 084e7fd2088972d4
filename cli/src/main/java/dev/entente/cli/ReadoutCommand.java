package dev.entente.cli;

import dev.entente.model.Dossier;
import picocli.CommandLine.Command;

/** {@code entente readout FILE}: a plain-text briefing of a dossier. */
@Command(name = "readout", mixinStandardHelpOptions = true,
    header = "Prints a plain-text briefing of a dossier.",
    description = "Who met whom as which office, each statement and its positions, the planned"
        + " meetings and the sources. An invalid dossier is refused, with its problems on"
        + " standard error.")
final class ReadoutCommand extends DossierCommand {

  ReadoutCommand(Console console) {
    super(console);
  }

  @Override
  String name() {
    return "readout";
  }

  @Override
  int write(Dossier dossier) {
    console.out().print(Briefing.of(dossier));
    return ExitStatus.OK;
  }
}
