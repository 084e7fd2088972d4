package dev.entente.cli;

import dev.entente.model.Dossier;
import picocli.CommandLine.Command;

/** {@code entente readout FILE}: a plain-text briefing of a dossier. */
@Command(name = "readout", mixinStandardHelpOptions = true,
    header = "Prints a plain-text briefing of a dossier.",
    description = "Who met whom as which office, where and when; each statement and its"
        + " positions; the planned meetings and their changes; the agreements and their steps;"
        + " and where the sources differ, each fact with its sources' quotes and notes. Dates"
        + " are said in words with how sure they are (\"about 10 November 2023\", \"first half"
        + " of 2025\"). An invalid dossier is refused, with its problems on standard error.")
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
