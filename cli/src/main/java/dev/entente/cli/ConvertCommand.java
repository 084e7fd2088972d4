package dev.entente.cli;

import dev.entente.model.Dossier;
import dev.entente.serialization.EntenteJson;
import dev.entente.serialization.EntenteJsonException;
import dev.entente.serialization.JsonProblem;
import dev.entente.serialization.NdjsonWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code entente convert FROM TO}: a dossier between JSON and YAML, or NDJSON records checked and
 * rewritten one compact record a line. Nothing is written unless the input is valid.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
    header = "Converts a dossier between JSON and YAML, or NDJSON to NDJSON.",
    description = "NDJSON records are each checked, then written one compact record a line."
        + " Nothing is written unless the whole input is valid.")
final class ConvertCommand implements Callable<Integer> {

  private static final EntenteJson PRETTY = EntenteJson.builder().pretty(true).build();

  private final Console console;

  @Parameters(index = "0", paramLabel = "FROM",
      description = "the file to read: .json, .yaml, .yml, .ndjson or .jsonl")
  String from;

  @Parameters(index = "1", paramLabel = "TO",
      description = "the file to write, of the same family (a dossier, or NDJSON records)")
  String to;

  ConvertCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    for (String file : List.of(from, to)) {
      if (FileKind.of(file, null) == null) {
        console.err().println(file + ": unknown format; convert reads and writes .json, .yaml,"
            + " .yml, .ndjson and .jsonl files");
        return ExitStatus.USAGE;
      }
    }
    FileKind source = FileKind.of(from, null);
    FileKind target = FileKind.of(to, null);
    if ((source == FileKind.NDJSON) != (target == FileKind.NDJSON)) {
      console.err().println("convert: NDJSON converts only to NDJSON, and dossiers (JSON, YAML)"
          + " only to JSON or YAML");
      return ExitStatus.USAGE;
    }
    return source == FileKind.NDJSON ? convertNdjson(Path.of(from), Path.of(to))
        : convertDossier(source, target);
  }

  private int convertDossier(FileKind source, FileKind target) {
    return console.withDossier(from, source, dossier -> write(dossier, target));
  }

  private int write(Dossier dossier, FileKind target) {
    byte[] text = (target == FileKind.YAML ? target.json().write(dossier) : prettyJson(dossier))
        .getBytes(StandardCharsets.UTF_8);
    try {
      AtomicFile.write(Path.of(to), out -> out.write(text));
      return ExitStatus.OK;
    } catch (IOException e) {
      return console.cannotWrite(to, e);
    }
  }

  /** The dossier as indented JSON ending with a line break. */
  static String prettyJson(Dossier dossier) {
    String text = PRETTY.write(dossier);
    return text.endsWith("\n") ? text : text + "\n";
  }

  /**
   * Reads every record, and only when all are valid replaces the target with them; the records
   * go through a temporary file next to the target, so memory stays that of one record. The
   * first bad record stops the writing (the rest are still read, for their problems) and leaves
   * the target as it was.
   */
  private int convertNdjson(Path source, Path target) {
    Class<?> type;
    InputStream in;
    try {
      type = FileKind.ndjsonRecordType(source);
      in = Files.newInputStream(source);
    } catch (IOException e) {
      return console.cannotRead(source.toString(), e);
    }
    List<JsonProblem> problems = new ArrayList<>();
    try (in) {
      AtomicFile.write(target, out -> {
        NdjsonWriter writer = FileKind.NDJSON.json().ndjsonWriter(out);
        try (Stream<?> records = FileKind.NDJSON.json().readNdjson(in, type,
            e -> problems.addAll(e.problems()))) {
          Iterator<?> each = records.iterator();
          while (next(each)) {
            Object record = each.next();
            if (problems.isEmpty()) {
              try {
                writer.write(record);
              } catch (UncheckedIOException e) {
                IOException cause = e.getCause();
                throw new IOException("line " + (writer.lines() + 1) + ": "
                    + (cause.getMessage() == null ? cause.getClass().getSimpleName()
                        : cause.getMessage()), cause);
              }
            }
          }
        }
        if (!problems.isEmpty()) {
          throw new Invalid();
        }
      });
      return ExitStatus.OK;
    } catch (Invalid e) {
      return console.problems(source.toString(), problems);
    } catch (UnreadableSource e) {
      return console.cannotRead(source.toString(), e.getCause());
    } catch (IOException e) {
      return console.cannotWrite(target.toString(), e);
    }
  }

  /** Whether there is another record; a failure to read the source is an {@link UnreadableSource}. */
  private static boolean next(Iterator<?> records) throws UnreadableSource {
    try {
      return records.hasNext();
    } catch (UncheckedIOException e) {
      throw new UnreadableSource(e.getCause());
    }
  }

  /** The source has bad records: nothing is written. */
  private static final class Invalid extends IOException {
    private static final long serialVersionUID = 1L;
  }

  /** The source cannot be read, as against the target not written. */
  private static final class UnreadableSource extends IOException {
    private static final long serialVersionUID = 1L;

    UnreadableSource(IOException cause) {
      super(cause);
    }

    @Override
    public synchronized IOException getCause() {
      return (IOException) super.getCause();
    }
  }
}
