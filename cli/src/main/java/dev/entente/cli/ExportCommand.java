package dev.entente.cli;

import dev.entente.interop.EventExportOptions;
import dev.entente.model.Dossier;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code entente export --format FORMAT FILE}: a dossier as event data or linked data. */
@Command(name = "export", mixinStandardHelpOptions = true,
    header = "Prints a dossier as PLOVER, GDELT 2.0 or JSON-LD.",
    description = "plover prints PLOVER JSONL (one record a line), gdelt the GDELT 2.0 event"
        + " table (61 tab-separated columns, no header row; cameo is its former name), jsonld"
        + " JSON-LD with schema.org terms. An invalid dossier is refused, with its problems on"
        + " standard error. Whatever an export leaves out (an undated engagement, a position"
        + " PLOVER has no category for, hedging, a doubtful claim) is a note on standard error.")
final class ExportCommand extends DossierCommand {

  @Option(names = "--format", required = true, paramLabel = "FORMAT",
      converter = ExportFormat.Converter.class, completionCandidates = ExportFormat.Labels.class,
      description = "one of ${COMPLETION-CANDIDATES}; --format=FORMAT or --format FORMAT")
  ExportFormat format;

  @Option(names = "--header",
      description = "gdelt: start the table with a header row of GDELT's column names")
  boolean header;

  @Option(names = "--doubtful", paramLabel = "omit|mark", defaultValue = "omit",
      converter = DoubtfulConverter.class,
      description = "plover, gdelt: leave unconfirmed or disputed claims out (omit, the default)"
          + " or write them marked (mark)")
  EventExportOptions.DoubtfulClaims doubtful;

  @Option(names = "--extras", paramLabel = "FILE",
      description = "gdelt: also write the side file of Entente's extra columns, keyed by"
          + " GLOBALEVENTID, to FILE")
  Path extras;

  ExportCommand(Console console) {
    super(console);
  }

  @Override
  String name() {
    return "export";
  }

  @Override
  int write(Dossier dossier) {
    EventExportOptions options = EventExportOptions.defaults()
        .withHeader(header)
        .withDoubtfulClaims(doubtful);
    if (extras == null || format != ExportFormat.GDELT) {
      format.write(dossier, options, console.out(), Optional.empty(), console.err());
      return ExitStatus.OK;
    }
    try {
      // The side file is replaced whole or not at all, as convert's targets are.
      AtomicFile.write(extras, bytes -> {
        Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        try {
          format.write(dossier, options, console.out(), Optional.of(out), console.err());
        } catch (UncheckedIOException e) {
          throw e.getCause();
        }
        out.flush();
      });
      return ExitStatus.OK;
    } catch (IOException e) {
      return console.cannotWrite(extras.toString(), e);
    }
  }

  /** Reads {@code omit} or {@code mark}. */
  static final class DoubtfulConverter implements ITypeConverter<EventExportOptions.DoubtfulClaims> {
    @Override
    public EventExportOptions.DoubtfulClaims convert(String value) {
      for (EventExportOptions.DoubtfulClaims d : EventExportOptions.DoubtfulClaims.values()) {
        if (d.name().toLowerCase(Locale.ROOT).equals(value)) {
          return d;
        }
      }
      throw new TypeConversionException("--doubtful: \"" + value + "\" is neither omit nor mark");
    }
  }
}
