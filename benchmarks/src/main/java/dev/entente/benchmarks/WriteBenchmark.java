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

/**
 * Writing one dossier to UTF-8 bytes: the Entente dossier through {@code EntenteJson}, and the
 * plain records of the same document through a default Jackson mapper.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class WriteBenchmark {

  /** The document's size: {@code 1KB} or {@code 100KB}. */
  @Param({"1KB", "100KB"})
  public String size;

  /** The dossier, read from the benchmark document. */
  Dossier dossier;
  /** The same document as plain records. */
  Plain.Dossier records;

  /** Reads the document both ways. */
  @Setup
  public void setup() {
    byte[] json = Data.dossier(size);
    dossier = EntenteJson.standard().readDossier(json);
    records = ReadBenchmark.MAPPER.readValue(json, Plain.Dossier.class);
  }

  /** An Entente dossier to bytes. */
  @Benchmark
  public byte[] entente() {
    return EntenteJson.standard().writeBytes(dossier);
  }

  /** Plain records to bytes, by a default Jackson mapper. */
  @Benchmark
  public byte[] plainRecords() {
    return ReadBenchmark.MAPPER.writeValueAsBytes(records);
  }
}
