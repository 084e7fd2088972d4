package dev.entente.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.entente.model.Dossier;
import dev.entente.model.Statement;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;

/**
 * Coverage-guided fuzzing of the readers: whatever the bytes, reading ends in a value or in an
 * {@link EntenteJsonException} — any other exception or error fails the test. Without {@code
 * JAZZER_FUZZ} these run as regression tests over the committed inputs in {@code
 * ReaderFuzzTestInputs/<method>}; see CONTRIBUTING.md for fuzzing them for longer.
 */
@Tag("slow")
class ReaderFuzzTest {

  private static final EntenteJson JSON = EntenteJson.standard();
  private static final EntenteJson UNCHECKED = EntenteJson.builder().validate(false).build();
  private static final EntenteJson LENIENT = EntenteJson.builder().lenient(true).build();

  /** A dossier the reader accepts is written and read back equal. */
  @FuzzTest(maxDuration = "10m")
  void readDossier(byte[] input) {
    for (EntenteJson json : List.of(JSON, UNCHECKED, LENIENT)) {
      Dossier dossier;
      try {
        dossier = json.readDossier(input);
      } catch (EntenteJsonException refused) {
        assertThat(refused.problems()).isNotEmpty();
        continue;
      }
      assertThat(json.readDossier(json.writeBytes(dossier))).isEqualTo(dossier);
    }
  }

  /**
   * An NDJSON stream of statements or dossiers reads to its end, each bad line reported to the
   * handler with its line number, and its good records written back read equal.
   */
  @FuzzTest(maxDuration = "10m")
  void readNdjson(byte[] input) {
    for (Class<?> type : List.of(Statement.class, Dossier.class)) {
      List<EntenteJsonException> bad = new ArrayList<>();
      List<Object> good = new ArrayList<>();
      try (Stream<?> records = JSON.readNdjson(new ByteArrayInputStream(input), type, bad::add)) {
        records.forEach(good::add);
      }
      for (EntenteJsonException e : bad) {
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.line()).isPositive());
      }
      for (Object record : good) {
        Object back = type == Dossier.class ? JSON.readDossier(JSON.writeBytes(record))
            : JSON.readStatement(JSON.write(record));
        assertThat(back).isEqualTo(record);
      }
      try (Stream<?> records = JSON.readNdjson(new ByteArrayInputStream(input), type)) {
        assertThat(records.count()).isEqualTo(good.size());
      } catch (EntenteJsonException firstBadLine) {
        assertThat(bad).isNotEmpty();
      }
      // With a line limit of a few bytes, lines over it are refused at their line and skipped,
      // and the records of the lines within it are read as before, in order.
      List<EntenteJsonException> refused = new ArrayList<>();
      List<Object> within = new ArrayList<>();
      try (Stream<?> records = SHORT_LINES.readNdjson(new ByteArrayInputStream(input), type,
          refused::add)) {
        records.forEach(within::add);
      }
      assertThat(refused.stream()
          .filter(e -> e.firstProblem().kind() == JsonProblem.Kind.LIMIT).count())
          .as("good records over the line limit, each refused for it")
          .isGreaterThanOrEqualTo(good.size() - within.size());
      for (EntenteJsonException e : refused) {
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.line()).isPositive());
      }
      if (!within.isEmpty()) {
        assertThat(good).containsSubsequence(within);
      }
    }
  }

  /** A reader of lines of at most 64 bytes. */
  private static final EntenteJson SHORT_LINES =
      EntenteJson.builder().limits(ReadLimits.defaults().withMaxLineLength(64)).build();
}
