package dev.entente.cli;

import dev.entente.interop.CameoExport;
import dev.entente.interop.JsonLdExport;
import dev.entente.interop.PloverExport;
import dev.entente.model.Dossier;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The forms {@code export} writes, by their names on the command line. */
enum ExportFormat {
  /** PLOVER records, one JSON object a line. */
  PLOVER,
  /** CAMEO-coded events, tab-separated. */
  CAMEO,
  /** JSON-LD with schema.org terms. */
  JSONLD;

  /** The name on the command line. */
  String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Writes the dossier to {@code out}, and to {@code err} a note for each record that the form
   * cannot hold (an undated engagement is no PLOVER or CAMEO event).
   */
  void write(Dossier dossier, PrintStream out, PrintStream err) {
    switch (this) {
      case PLOVER:
        PloverExport.write(dossier, out);
        PloverExport.skipped(dossier).forEach(note -> err.println("note: " + note));
        break;
      case CAMEO:
        CameoExport.write(dossier, out);
        CameoExport.skipped(dossier).forEach(note -> err.println("note: " + note));
        break;
      case JSONLD:
        JsonLdExport.write(dossier, out);
        break;
      default:
        throw new AssertionError(this);
    }
  }

  /** Every name, for the usage text and errors: {@code plover, cameo, jsonld}. */
  static String labels() {
    return Arrays.stream(values()).map(ExportFormat::label).collect(Collectors.joining(", "));
  }

  /** Reads a name on the command line. */
  static final class Converter implements ITypeConverter<ExportFormat> {
    @Override
    public ExportFormat convert(String value) {
      for (ExportFormat format : values()) {
        if (format.label().equals(value)) {
          return format;
        }
      }
      throw new TypeConversionException(
          "unknown export format \"" + value + "\"; one of " + labels());
    }
  }

  /** The names, for picocli's {@code ${COMPLETION-CANDIDATES}}. */
  static final class Labels implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(values()).map(ExportFormat::label).iterator();
    }
  }
}
