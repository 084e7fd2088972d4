package dev.entente.benchmarks;

import dev.entente.model.Dossier;
import dev.entente.serialization.EntenteJson;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading one dossier document from bytes, three ways: Entente (read and validated, as a user
 * calls it), plain records with a default Jackson mapper (no validation), and a bare token scan
 * that builds nothing (the floor of any Jackson-based reader).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ReadBenchmark {

  /** A default Jackson 3 mapper, as a user without Entente would make one. */
  static final JsonMapper MAPPER = new JsonMapper();
  private static final JsonFactory FACTORY = new JsonFactory();

  /** The document's size: {@code 1KB} or {@code 100KB}. */
  @Param({"1KB", "100KB"})
  public String size;

  /** The document, the same bytes for every contender. */
  byte[] json;

  /** Generates the document. */
  @Setup
  public void setup() {
    json = Data.dossier(size);
  }

  /** Bytes to a validated Entente dossier. */
  @Benchmark
  public Dossier entente() {
    return EntenteJson.standard().readDossier(json);
  }

  /** Bytes to plain records, by a default Jackson mapper. */
  @Benchmark
  public Plain.Dossier plainRecords() {
    return MAPPER.readValue(json, Plain.Dossier.class);
  }

  /** Every token of the bytes, building nothing: returns the number of tokens. */
  @Benchmark
  public int tokenScan() {
    int tokens = 0;
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      while (p.nextToken() != null) {
        tokens++;
      }
    }
    return tokens;
  }
}
