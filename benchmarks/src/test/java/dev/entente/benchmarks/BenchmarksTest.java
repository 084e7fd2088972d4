package dev.entente.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.model.Dossier;
import dev.entente.serialization.EntenteJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs every benchmark method once and checks that the contenders read and write the same
 * content, so that the benchmarks cannot rot. Nothing here depends on timings.
 */
class BenchmarksTest {

  /**
   * The benchmark's mapper, but failing on a member the plain records do not have (Jackson 3
   * ignores them by default), so that a record that drifted from the format cannot read a
   * document by dropping what it does not know.
   */
  static final JsonMapper STRICT = ReadBenchmark.MAPPER.rebuild()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

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

  @ParameterizedTest
  @ValueSource(strings = {"1KB", "100KB"})
  void thePlainRecordsHaveEveryMemberOfTheDocuments(String size) {
    byte[] json = Data.dossier(size);
    Plain.Dossier records = STRICT.readValue(json, Plain.Dossier.class);
    assertThat(records).isEqualTo(ReadBenchmark.MAPPER.readValue(json, Plain.Dossier.class));
  }

  @Test
  void thePlainRecordsHaveEveryMemberOfTheStatements() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Data.statements(out, 200);
    String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
    assertThat(lines).hasSize(200);
    for (String line : lines) {
      Plain.Statement records = STRICT.readValue(line, Plain.Statement.class);
      assertThat(tree(ReadBenchmark.MAPPER.writeValueAsBytes(records)))
          .isEqualTo(tree(line.getBytes(StandardCharsets.UTF_8)));
    }
  }

  @Test
  void theStrictMapperRejectsAMemberThePlainRecordsDoNotHave() {
    ObjectNode document = (ObjectNode) tree(Data.dossier("1KB"));
    document.put("floor", "3");
    byte[] json = ReadBenchmark.MAPPER.writeValueAsBytes(document);
    assertThatThrownBy(() -> STRICT.readValue(json, Plain.Dossier.class))
        .isInstanceOf(UnrecognizedPropertyException.class).hasMessageContaining("floor");
    // The benchmark's default mapper, as a user's would, drops it.
    assertThat(ReadBenchmark.MAPPER.readValue(json, Plain.Dossier.class))
        .isEqualTo(ReadBenchmark.MAPPER.readValue(Data.dossier("1KB"), Plain.Dossier.class));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1KB", "100KB"})
  void theStagesReadTheSameDossierAndFindItValid(String size) {
    StageBenchmark stages = new StageBenchmark();
    stages.size = size;
    stages.setup();
    ReadBenchmark read = new ReadBenchmark();
    read.size = size;
    read.setup();
    assertThat(stages.readWithoutValidation()).isEqualTo(read.entente());
    assertThat(stages.validationOnly()).isEmpty();
    assertThat(stages.tokensAndText()).isEqualTo(textAndNumbers(tree(stages.json)));
  }

  @Test
  void theCpuTimeOfEveryStageIsMeasured() {
    List<StageCpuTime.Figures> figures = StageCpuTime.run("1KB", 1, 3, 1);
    assertThat(figures).extracting(StageCpuTime.Figures::stage).containsExactly("tokenScan",
        "tokensAndText", "readWithoutValidation", "validationOnly", "entente", "plainRecords",
        "writeEntente", "writePlainRecords");
    assertThat(figures).allSatisfy(f -> {
      assertThat(f.medianNanos()).isPositive().isGreaterThanOrEqualTo(f.lowestNanos());
      assertThat(f.bytes()).isPositive();
    });
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
    NdjsonValidation.Result parallel = NdjsonValidation.run(file, 2);
    assertThat(parallel.records()).isEqualTo(500);
    assertThat(parallel.badLines()).isZero();
    assertThat(parallel.bytes()).isEqualTo(result.bytes());
  }

  /** The sum of the lengths of a tree's member names and strings and of its integers. */
  private static long textAndNumbers(JsonNode node) {
    if (node.isString()) {
      return node.asString().length();
    }
    if (node.isIntegralNumber()) {
      return node.asLong();
    }
    long sum = 0;
    for (var entry : node.properties()) {
      sum += entry.getKey().length() + textAndNumbers(entry.getValue());
    }
    if (node.isArray()) {
      for (JsonNode element : node) {
        sum += textAndNumbers(element);
      }
    }
    return sum;
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
