package dev.entente.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.model.Dossier;
import dev.entente.serialization.EntenteJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * Runs every benchmark method once and checks that the contenders read and write the same
 * content, so that the benchmarks cannot rot. Nothing here depends on timings.
 */
class BenchmarksTest {

  private static JsonNode tree(byte[] json) {
    return ReadBenchmark.MAPPER.readTree(json);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1KB", "100KB"})
  void theDocumentsAreValidAndAboutTheirSize(String size) {
    byte[] json = Data.dossier(size);
    int target = size.equals("1KB") ? 1024 : 100 * 1024;
    assertThat(json.length).isBetween(target * 3 / 4, target * 5 / 4);
    assertThat(EntenteJson.standard().readDossierWithViolations(json).violations()).isEmpty();
    assertThat(Data.dossier(size)).as("deterministic").isEqualTo(json);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1KB", "100KB"})
  void everyReaderReadsTheSameContent(String size) {
    ReadBenchmark read = new ReadBenchmark();
    read.size = size;
    read.setup();
    Dossier dossier = read.entente();
    Plain.Dossier records = read.plainRecords();
    JsonNode document = tree(read.json);
    assertThat(tree(EntenteJson.standard().writeBytes(dossier))).isEqualTo(document);
    assertThat(tree(ReadBenchmark.MAPPER.writeValueAsBytes(records))).isEqualTo(document);
    assertThat(read.tokenScan()).isEqualTo(tokens(document));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1KB", "100KB"})
  void everyWriterWritesTheSameContent(String size) {
    WriteBenchmark write = new WriteBenchmark();
    write.size = size;
    write.setup();
    JsonNode document = tree(Data.dossier(size));
    assertThat(tree(write.entente())).isEqualTo(document);
    assertThat(tree(write.plainRecords())).isEqualTo(document);
  }

  @Test
  void theStatementsStreamAndValidate(@TempDir Path dir) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Data.statements(out, 500);
    Path file = Files.write(dir.resolve("statements.ndjson"), out.toByteArray());
    NdjsonValidation.Result result = NdjsonValidation.run(file);
    assertThat(result.records()).isEqualTo(500);
    assertThat(result.badLines()).isZero();
    assertThat(result.toString()).contains("records/s");
  }

  /** The number of tokens of a tree, as a parser reads them. */
  private static int tokens(JsonNode node) {
    if (node.isContainer()) {
      int count = 2;
      for (var entry : node.properties()) {
        count += 1 + tokens(entry.getValue());
      }
      if (node.isArray()) {
        for (JsonNode element : node) {
          count += tokens(element);
        }
      }
      return count;
    }
    return 1;
  }
}
