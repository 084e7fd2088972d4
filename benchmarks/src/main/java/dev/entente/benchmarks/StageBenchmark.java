package dev.entente.benchmarks;

import dev.entente.model.Dossier;
import dev.entente.serialization.EntenteJson;
import dev.entente.validation.DossierValidator;
import dev.entente.validation.Violation;
import java.util.List;
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
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The stages of an Entente read of a dossier, measured from outside the serialization module so
 * that each can be set against {@link ReadBenchmark}'s contenders in the same run:
 *
 * <ul>
 *   <li>{@link #tokensAndText()}: every token, with the text of every member name and string
 *       and the value of every number decoded, building nothing: the least any reader that
 *       builds values does ({@link ReadBenchmark#tokenScan()} skips the decoding);
 *   <li>{@link #readWithoutValidation()}: {@code readDossier} with validation off: the encoding
 *       check, the tokens, the codecs filling the builders, and the builders building the values
 *       (the last two interleave: each object is built when its end is read, so they are split by
 *       the profile, not here);
 *   <li>{@link #validationOnly()}: {@code DossierValidator.validate} on a dossier read once in
 *       the setup: the validation that {@link ReadBenchmark#entente()} adds to the read.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class StageBenchmark {

  private static final JsonFactory FACTORY = new JsonFactory();
  /** Entente with validation off, built once. */
  private static final EntenteJson NOT_VALIDATING =
      EntenteJson.builder().validate(false).build();

  /** The document's size: {@code 1KB} or {@code 100KB}. */
  @Param({"1KB", "100KB"})
  public String size;

  /** The document, the same bytes as {@link ReadBenchmark}'s. */
  byte[] json;
  /** The document's dossier, read and validated once. */
  Dossier dossier;

  /** Generates the document and reads it once. */
  @Setup
  public void setup() {
    json = Data.dossier(size);
    dossier = EntenteJson.standard().readDossier(json);
  }

  /**
   * Every token, with every member name's and string's text and every number's value: returns
   * the sum of their lengths and values, so that none of them is dead code.
   */
  @Benchmark
  public long tokensAndText() {
    long sum = 0;
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      JsonToken token;
      while ((token = p.nextToken()) != null) {
        if (token == JsonToken.PROPERTY_NAME || token == JsonToken.VALUE_STRING) {
          sum += p.getString().length();
        } else if (token == JsonToken.VALUE_NUMBER_INT) {
          sum += p.getIntValue();
        }
      }
    }
    return sum;
  }

  /** Bytes to a dossier with validation off: tokens to builders to values. */
  @Benchmark
  public Dossier readWithoutValidation() {
    return NOT_VALIDATING.readDossier(json);
  }

  /** The validation of a dossier already read: what validation adds to a read. */
  @Benchmark
  public List<Violation> validationOnly() {
    return DossierValidator.validate(dossier);
  }
}
