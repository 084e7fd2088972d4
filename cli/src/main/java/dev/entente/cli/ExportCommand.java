package dev.entente.cli;

import dev.entente.model.Dossier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code entente export --format FORMAT FILE}: a dossier as event data or linked data. */
@Command(name = "export", mixinStandardHelpOptions = true,
    header = "Prints a dossier as PLOVER, CAMEO or JSON-LD.",
    description = "plover prints PLOVER JSONL (one record a line), cameo a CAMEO-coded table"
        + " (TSV), jsonld JSON-LD with schema.org terms. An invalid dossier is refused, with its"
        + " problems on standard error. PLOVER and CAMEO events are dated: an engagement whose"
        + " sources give no date is left out, with a note on standard error.")
final class ExportCommand extends DossierCommand {

  @Option(names = "--format", required = true, paramLabel = "FORMAT",
      converter = ExportFormat.Converter.class, completionCandidates = ExportFormat.Labels.class,
      description = "one of ${COMPLETION-CANDIDATES}; --format=FORMAT or --format FORMAT")
  ExportFormat format;

  ExportCommand(Console console) {
    super(console);
  }

  @Override
  String name() {
    return "export";
  }

  @Override
  void write(Dossier dossier) {
    format.write(dossier, console.out(), console.err());
  }
}
