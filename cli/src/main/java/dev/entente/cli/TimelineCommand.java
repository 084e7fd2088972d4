package dev.entente.cli;

import dev.entente.interop.timeline.Timeline;
import dev.entente.model.Dossier;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code entente timeline --format html|mermaid [-o OUT] FILE...}: dossiers drawn on one time
 * axis.
 */
@Command(name = "timeline", mixinStandardHelpOptions = true,
    header = "Draws dossiers on a time axis, as an HTML page or a Mermaid chart.",
    description = "html writes one self-contained page (inline SVG, no script, no request):"
        + " engagements in a lane per series or kind of meeting, statements with their positions,"
        + " planned meetings as bands as wide as their windows' uncertainty, and the steps of their"
        + " lifecycles and of instruments' histories as marks linked to their sources. mermaid"
        + " writes the same as a Mermaid gantt chart, for Markdown. Several files are merged into"
        + " one picture. Nothing is written unless every file is valid; invalid files are refused"
        + " with their problems on standard error.")
final class TimelineCommand implements Callable<Integer> {

  private final Console console;

  @Option(names = "--format", required = true, paramLabel = "FORMAT",
      converter = Format.Converter.class, completionCandidates = Format.Labels.class,
      description = "one of ${COMPLETION-CANDIDATES}")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT",
      description = "write to OUT (replaced only once the whole output is written) rather than"
          + " to standard output")
  Path output;

  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = "dossiers: .json, .yaml or .yml; any other name is read as JSON, - from"
          + " standard input")
  List<String> files;

  TimelineCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    int status = ExitStatus.OK;
    List<Dossier> dossiers = new ArrayList<>();
    for (String file : files) {
      FileKind kind = FileKind.of(file, FileKind.JSON);
      if (kind == FileKind.NDJSON) {
        console.err().println(file + ": timeline reads dossiers, in JSON or YAML, not NDJSON");
        status = Math.max(status, ExitStatus.USAGE);
        continue;
      }
      status = Math.max(status, console.withDossier(file, kind, dossier -> {
        dossiers.add(dossier);
        return ExitStatus.OK;
      }));
    }
    if (status != ExitStatus.OK) {
      return status;
    }
    Timeline timeline = Timeline.of(dossiers);
    String text = format == Format.HTML ? timeline.html() : timeline.mermaid();
    if (output == null) {
      console.out().print(text);
      console.out().flush();
      return ExitStatus.OK;
    }
    Path temporary = null;
    try {
      // Written next to the target, then moved over it: a failed write leaves the old file.
      temporary = Files.createTempFile(output.toAbsolutePath().getParent(), ".entente-", ".tmp");
      Files.writeString(temporary, text, StandardCharsets.UTF_8);
      Files.move(temporary, output, StandardCopyOption.REPLACE_EXISTING);
      temporary = null;
      return ExitStatus.OK;
    } catch (IOException e) {
      return console.cannotWrite(output.toString(), e);
    } finally {
      if (temporary != null) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException e) {
          console.err().println(temporary + ": cannot delete: " + e.getMessage());
        }
      }
    }
  }

  /** The forms {@code timeline} writes. */
  enum Format {
    /** One HTML page with an inline SVG drawing. */
    HTML,
    /** A Mermaid gantt chart. */
    MERMAID;

    String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** Reads {@code html} or {@code mermaid}. */
    static final class Converter implements ITypeConverter<Format> {
      @Override
      public Format convert(String value) {
        for (Format format : values()) {
          if (format.label().equals(value)) {
            return format;
          }
        }
        throw new TypeConversionException("unknown timeline format \"" + value + "\"; one of "
            + Arrays.stream(values()).map(Format::label).collect(Collectors.joining(", ")));
      }
    }

    /** The names, for picocli's {@code ${COMPLETION-CANDIDATES}}. */
    static final class Labels implements Iterable<String> {
      @Override
      public Iterator<String> iterator() {
        return Arrays.stream(values()).map(Format::label).iterator();
      }
    }
  }
}
