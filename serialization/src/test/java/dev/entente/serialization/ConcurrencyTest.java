package dev.entente.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.model.Dossier;
import dev.entente.validation.DossierValidator;
import dev.entente.validation.Violation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shared instances — {@link EntenteJson#standard()}, one mapper from it, and the stateless
 * {@link DossierValidator} — used from 8 threads at once, on the same and on different dossiers,
 * give exactly what they give used one call at a time.
 */
class ConcurrencyTest {

  private static final int THREADS = 8;
  private static final int ROUNDS = 40;

  private static final EntenteJson JSON = EntenteJson.standard();
  private static final JsonMapper MAPPER = EntenteJson.standard().mapper();
  private static final EntenteJson UNCHECKED = EntenteJson.builder().validate(false).build();

  /** Valid, invalid and malformed documents, so that every path runs at once. */
  static List<byte[]> documents() {
    String sample = JSON.write(SampleDossiers.dossier());
    List<String> texts = List.of(
        sample,
        sample.replace("\"engagement\":\"kor-jpn-fm-1\"", "\"engagement\":\"nowhere\""),
        sample.replace("\"id\":\"src-2\"", "\"id\":\"kor\""),
        sample.replace("\"id\":\"kor-jpn-2024\"", "\"id\":\"another\"")
            .replace("Shuttle diplomacy resumed", "조태열 met 上川陽子 — ✈️ 🇰🇷🇯🇵"),
        sample.replace("\"2024-03-20\"", "\"2024-02-30\""),
        sample.substring(0, sample.length() / 2),
        "{\"entente\":\"1.1\",\"id\":\"d\"}");
    List<byte[]> documents = new ArrayList<>();
    texts.forEach(t -> documents.add(t.getBytes(StandardCharsets.UTF_8)));
    return documents;
  }

  /** Everything the shared instances say about one document, as comparable text. */
  static String outcome(byte[] document) {
    StringBuilder out = new StringBuilder();
    try {
      ReadResult<Dossier> read = JSON.readDossierWithViolations(document);
      out.append("read ").append(read.violations()).append('\n');
      out.append("written ").append(JSON.write(read.value())).append('\n');
    } catch (EntenteJsonException e) {
      out.append("refused ").append(e.problems()).append('\n');
    }
    try {
      Dossier dossier = MAPPER.readValue(document, Dossier.class);
      out.append("mapped ").append(MAPPER.writeValueAsString(dossier)).append('\n');
    } catch (JacksonException e) {
      // A plain mapper reports bad syntax with Jackson's own exceptions.
      out.append("mapper refused ").append(e.getClass().getSimpleName()).append(' ')
          .append(e.getMessage()).append('\n');
    }
    try {
      Dossier unchecked = UNCHECKED.readDossier(document);
      List<Violation> violations = DossierValidator.validate(unchecked);
      out.append("validated ").append(violations).append('\n');
    } catch (EntenteJsonException e) {
      out.append("unreadable ").append(e.firstProblem().kind()).append('\n');
    }
    return out.toString();
  }

  @Test
  @Timeout(120)
  void eightThreadsAtOnceGiveWhatOneThreadGives() throws Exception {
    List<byte[]> documents = documents();
    List<String> sequential = new ArrayList<>();
    documents.forEach(d -> sequential.add(outcome(d)));
    assertThat(sequential).anySatisfy(o -> assertThat(o).startsWith("read []"))
        .anySatisfy(o -> assertThat(o).contains("dangling-reference"))
        .anySatisfy(o -> assertThat(o).startsWith("refused"));

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CyclicBarrier start = new CyclicBarrier(THREADS);
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        results.add(pool.submit(() -> {
          start.await();
          List<String> mismatches = new ArrayList<>();
          for (int round = 0; round < ROUNDS; round++) {
            // Even threads read the same document in a round, odd threads each a different one.
            int i = thread % 2 == 0 ? round % documents.size()
                : (round + thread) % documents.size();
            String got = outcome(documents.get(i));
            if (!got.equals(sequential.get(i))) {
              mismatches.add("thread " + thread + ", document " + i + ":\n" + got);
            }
          }
          return mismatches;
        }));
      }
      for (Future<List<String>> result : results) {
        assertThat(result.get(100, TimeUnit.SECONDS)).isEmpty();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
