package dev.entente.cli;

import dev.entente.interop.EventExportOptions;
import dev.entente.interop.GdeltExport;
import dev.entente.interop.JsonLdExport;
import dev.entente.interop.Loss;
import dev.entente.interop.PloverExport;
import dev.entente.model.Dossier;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The forms {@code export} writes, by their names on the command line. */
enum ExportFormat {
  /** PLOVER records, one JSON object a line. */
  PLOVER,
  /** The GDELT 2.0 event table: CAMEO-coded events in GDELT's 61 columns, tab-separated. */
  GDELT,
  /** JSON-LD with schema.org terms. */
  JSONLD;

  /** The former name of {@link #GDELT}, still read on the command line. */
  static final String CAMEO_ALIAS = "cameo";

  /** The name on the command line. */
  String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Writes the dossier to {@code out} (and, for {@link #GDELT}, its side file to {@code extras} if
   * given), and to {@code err} a line {@code note: } + loss for every loss the export reports
   * (what it leaves out, where in the dossier and why), in one pass.
   */
  void write(Dossier dossier, EventExportOptions options, PrintStream out,
      Optional<Appendable> extras, PrintStream err) {
    List<Loss> losses;
    switch (this) {
      case PLOVER:
        losses = PloverExport.write(dossier, out, options);
        break;
      case GDELT:
        losses = extras.isPresent()
            ? GdeltExport.write(dossier, out, extras.get(), options)
            : GdeltExport.write(dossier, out, options);
        break;
      case JSONLD:
        losses = JsonLdExport.write(dossier, out);
        break;
      default:
        throw new AssertionError(this);
    }
    losses.forEach(loss -> err.println("note: " + loss));
  }

  /** Every name, for the usage text and errors: {@code plover, gdelt, jsonld}. */
  static String labels() {
    return Arrays.stream(values()).map(ExportFormat::label).collect(Collectors.joining(", "));
  }

  /** Reads a name on the command line; {@code cameo}, the former name of {@code gdelt}, too. */
  static final class Converter implements ITypeConverter<ExportFormat> {
    @Override
    public ExportFormat convert(String value) {
      if (CAMEO_ALIAS.equals(value)) {
        return GDELT;
      }
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
