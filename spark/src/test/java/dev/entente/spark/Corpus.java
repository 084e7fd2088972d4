package dev.entente.spark;

import dev.entente.model.Dossier;
import dev.entente.model.Statement;
import dev.entente.serialization.EntenteJson;
import dev.entente.serialization.NdjsonWriter;
import dev.entente.testing.generators.ModelArbitraries;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * NDJSON corpora made from the testing module's generators, with bad lines of every sort among
 * the good ones: for the tests and the example job.
 */
public final class Corpus {

  private Corpus() {}

  /** Lines that are not valid records, each for a different reason. */
  static final List<String> BAD_LINES = List.of(
      "{\"type\":\"joint-statement\",\"id\":",
      "not json at all",
      "{\"type\":\"remarks\",\"id\":\"r\",\"oops\":1}",
      "[1,2,3]",
      // A lone \r is white space within a line, and \r\n a line end, as the library reads them.
      "{\"type\":\"remarks\",\r\"id\":\"r\",\"oops\":1}\r",
      "{\"type\":\"joint-statement\",\"id\":\"x\",\"date\":\"2024-02-30\"}");

  /** Generated valid dossiers. */
  public static List<Dossier> dossiers(int count) {
    return ModelArbitraries.validDossiers(3).sampleStream().limit(count)
        .collect(Collectors.toList());
  }

  /**
   * Writes the values, one a line, with a bad line after every {@code every} values and a blank
   * line now and then.
   */
  public static Path write(Path file, List<?> values, int every) {
    try (OutputStream out = Files.newOutputStream(file);
        NdjsonWriter writer = EntenteJson.standard().ndjsonWriter(out)) {
      int bad = 0;
      for (int i = 0; i < values.size(); i++) {
        writer.write(values.get(i));
        if (every > 0 && i % every == every - 1) {
          writer.flush();
          out.write((BAD_LINES.get(bad++ % BAD_LINES.size()) + "\n")
              .getBytes(StandardCharsets.UTF_8));
          if (bad % 3 == 0) {
            out.write("  \n".getBytes(StandardCharsets.UTF_8));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** The statements of the dossiers. */
  public static List<Statement> statements(List<Dossier> dossiers) {
    List<Statement> all = new ArrayList<>();
    dossiers.forEach(d -> all.addAll(d.statements()));
    return all;
  }
}
