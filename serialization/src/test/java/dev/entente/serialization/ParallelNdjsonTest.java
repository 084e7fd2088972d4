package dev.entente.serialization;

import static dev.entente.serialization.NdjsonTest.line;
import static dev.entente.serialization.NdjsonTest.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.model.Dossier;
import dev.entente.model.Statement;
import dev.entente.serialization.JsonProblem.Kind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ParallelNdjsonTest {

  private static final EntenteJson JSON = EntenteJson.standard();

  private final ExecutorService pool = Executors.newFixedThreadPool(3);

  @AfterEach
  void stopThePool() throws InterruptedException {
    pool.shutdownNow();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
  }

  /** A remarks statement with its own id, so that every line differs. */
  static String remarks(int n) {
    return line(SampleDossiers.remarks()).replace("\"id\":\"" + SampleDossiers.remarks().id()
        + "\"", "\"id\":\"rm-" + n + "\"");
  }

  @Test
  void recordsComeBackInTheOrderOfTheLines() {
    int n = 2_000;
    String text = java.util.stream.IntStream.range(0, n).mapToObj(ParallelNdjsonTest::remarks)
        .collect(Collectors.joining("\n"));
    try (Stream<NdjsonRecord<Statement>> read = JSON.readNdjsonInParallel(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "many.ndjson",
        Statement.class, null, pool, 16)) {
      List<NdjsonRecord<Statement>> records = read.collect(Collectors.toList());
      assertThat(records).hasSize(n).allSatisfy(r -> {
        assertThat(r.isValid()).isTrue();
        assertThat(r.source()).isEqualTo("many.ndjson");
        assertThat(r.value().orElseThrow().id()).isEqualTo("rm-" + (r.line() - 1));
      });
      assertThat(records).extracting(NdjsonRecord::line)
          .isSorted().doesNotHaveDuplicates().startsWith(1L).endsWith((long) n);
    }
  }

  @Test
  void theStreamsOwnThreadsEndOnceIdleEvenIfTheStreamIsNeverClosed() throws InterruptedException {
    String text = java.util.stream.IntStream.range(0, 50).mapToObj(ParallelNdjsonTest::remarks)
        .collect(Collectors.joining("\n"));
    // consumed to its end and, as a careless caller would, never closed
    Stream<NdjsonRecord<Statement>> read = JSON.readNdjsonInParallel(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "idle.ndjson",
        Statement.class, 2);
    assertThat(read.filter(NdjsonRecord::isValid).count()).isEqualTo(50);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (readerThreads() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertThat(readerThreads()).as("the stream's threads still alive").isZero();
  }

  private static long readerThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && t.getName().startsWith("entente-ndjson-")).count();
  }

  @Test
  void badLinesAreRecordsWithTheirProblemsAtTheirLinesAndTheStreamGoesOn() {
    Statement js = SampleDossiers.jointStatement();
    InputStream in = lines(line(js), "not json", "", "{\"type\":\"tweet\"}", line(js),
        "{\"type\":\"remarks\"");

    try (Stream<NdjsonRecord<Statement>> read =
        JSON.readNdjsonInParallel(in, "mixed.ndjson", Statement.class, 2)) {
      List<NdjsonRecord<Statement>> records = read.collect(Collectors.toList());
      assertThat(records).extracting(NdjsonRecord::line).containsExactly(1L, 2L, 4L, 5L, 6L);
      assertThat(records).extracting(NdjsonRecord::isValid)
          .containsExactly(true, false, false, true, false);
      assertThat(records.get(0).value()).hasValue(js);
      assertThat(records.get(1).problems()).first().satisfies(p -> {
        assertThat(p.kind()).isEqualTo(Kind.SYNTAX);
        assertThat(p.line()).isEqualTo(2);
      });
      assertThat(records.get(2).problems()).first().satisfies(p -> {
        assertThat(p.kind()).isEqualTo(Kind.UNKNOWN_TYPE);
        assertThat(p.line()).isEqualTo(4);
      });
      assertThat(records.get(4).problems()).allSatisfy(p -> assertThat(p.line()).isEqualTo(6));
    }
  }

  @Test
  void aLineOverTheLimitIsALimitProblemAtItsLineAndTheLinesAfterItAreRead() {
    EntenteJson small = EntenteJson.builder()
        .limits(ReadLimits.defaults().withMaxLineLength(2_000)).build();
    String huge = "{\"type\":\"remarks\",\"id\":\"r\",\"title\":\"" + "x".repeat(200_000) + "\"}";
    String good = line(SampleDossiers.jointStatement());

    try (Stream<NdjsonRecord<Statement>> read = small.readNdjsonInParallel(
        lines(good, huge, good), "long.ndjson", Statement.class, null, pool, 2)) {
      List<NdjsonRecord<Statement>> records = read.collect(Collectors.toList());
      assertThat(records).extracting(NdjsonRecord::isValid).containsExactly(true, false, true);
      assertThat(records.get(1).problems()).singleElement().satisfies(p -> {
        assertThat(p.kind()).isEqualTo(Kind.LIMIT);
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.message()).contains("2000");
      });
      assertThat(records.get(2).line()).isEqualTo(3);
    }
  }

  @Test
  void manyLinesAreReadWithABoundedNumberInFlight() {
    int n = 50_000;
    int inFlight = 80;
    byte[][] wire = new byte[10][];
    for (int i = 0; i < wire.length; i++) {
      wire[i] = (remarks(i) + "\n").getBytes(StandardCharsets.UTF_8);
    }
    int longest = java.util.Arrays.stream(wire).mapToInt(w -> w.length).max().orElseThrow();
    LinesOnDemand in = new LinesOnDemand(wire, n);
    AtomicInteger submitted = new AtomicInteger();
    long consumedBytes = 0;
    long mostAhead = 0;
    int read = 0;

    try (Stream<NdjsonRecord<Statement>> stream = JSON.readNdjsonInParallel(in, "gen.ndjson",
        Statement.class, null, task -> {
          submitted.incrementAndGet();
          pool.execute(task);
        }, inFlight)) {
      Iterator<NdjsonRecord<Statement>> it = stream.iterator();
      while (it.hasNext()) {
        NdjsonRecord<Statement> r = it.next();
        assertThat(r.value().orElseThrow().id()).isEqualTo("rm-" + (r.line() - 1) % wire.length);
        consumedBytes += wire[(int) ((r.line() - 1) % wire.length)].length;
        mostAhead = Math.max(mostAhead, in.served - consumedBytes);
        read++;
      }
    }
    assertThat(read).isEqualTo(n);
    // The stream was never read further ahead than the lines in flight and one buffer.
    assertThat(mostAhead).isLessThanOrEqualTo((long) (inFlight + 1) * longest + (1 << 16));
    // The lines went out in batches, never more of them than the lines in flight.
    assertThat(submitted.get()).isBetween(n / inFlight, n / 2);
  }

  @Test
  void generatedInputGivesWhatTheSequentialReaderGives() {
    SplittableRandom random = new SplittableRandom(18);
    List<String> pool = List.of(line(SampleDossiers.jointStatement()),
        line(SampleDossiers.remarks()), NdjsonTest.ELSEWHERE, "not json", "", "   ",
        "{\"type\":\"tweet\"}", "{\"type\":\"remarks\"", "{\"type\":\"remarks\",\"id\":\"r\"}",
        "[1,2]", "\"x\"", "{\"type\":\"remarks\",\"id\":\"r\",\"oops\":1}");
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 3_000; i++) {
      String chosen = random.nextInt(3) == 0 ? pool.get(random.nextInt(pool.size()))
          : remarks(i);
      text.append(chosen).append(random.nextInt(5) == 0 ? "\r\n" : "\n");
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);

    List<Object> sequential = new ArrayList<>();
    try (Stream<Statement> read = JSON.readNdjson(new ByteArrayInputStream(bytes),
        Statement.class, e -> sequential.add(e.problems()))) {
      read.forEach(sequential::add);
    }
    List<Object> parallel = new ArrayList<>();
    try (Stream<NdjsonRecord<Statement>> read = JSON.readNdjsonInParallel(
        new ByteArrayInputStream(bytes), "gen.ndjson", Statement.class, 3)) {
      read.forEach(r -> parallel.add(r.value().<Object>map(v -> v).orElse(r.problems())));
    }

    assertThat(parallel).hasSizeGreaterThan(2_000).isEqualTo(sequential);
  }

  @Test
  void theBuildingBlockNumbersTheProblemsAtTheGivenLineAndKeepsTheirColumns() {
    byte[] bad = "{\"type\":\"remarks\",\"id\":\"r\",\"oops\":1}".getBytes(StandardCharsets.UTF_8);
    NdjsonRecord<Statement> r =
        JSON.readNdjsonRecord(bad, "part-00007", 1_234_567L, Statement.class, null);

    assertThat(r.source()).isEqualTo("part-00007");
    assertThat(r.line()).isEqualTo(1_234_567L);
    assertThat(r.value()).isEmpty();
    assertThat(r.problems()).isNotEmpty().allSatisfy(p -> {
      assertThat(p.line()).isEqualTo(1_234_567);
      assertThat(p.hasLocation()).isTrue();
    });
    List<JsonProblem> direct = org.assertj.core.api.Assertions.catchThrowableOfType(
        EntenteJsonException.class, () -> JSON.readStatement(bad, null)).problems();
    assertThat(r.problems()).extracting(JsonProblem::column)
        .isEqualTo(direct.stream().map(JsonProblem::column).collect(Collectors.toList()))
        .anySatisfy(column -> assertThat(column).isGreaterThan(1));

    NdjsonRecord<Dossier> good = JSON.readNdjsonRecord(line(SampleDossiers.dossier())
        .getBytes(StandardCharsets.UTF_8), "d", 3, Dossier.class, null);
    assertThat(good.value()).hasValue(SampleDossiers.dossier());
    assertThat(good.problems()).isEmpty();
  }

  @Test
  void aRecordHasAValueOrProblemsAndTheTypeIsADossierOrAStatement() {
    assertThatThrownBy(() -> new NdjsonRecord<>("f", 1, Optional.empty(), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("neither");
    assertThatThrownBy(() -> JSON.readNdjsonInParallel(lines("{}"), "f", String.class, 2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("String");
    assertThatThrownBy(() -> JSON.readNdjsonInParallel(lines("{}"), "f", Statement.class, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
  }

  @Test
  void anUnreadableStreamIsAnUncheckedIoException() {
    InputStream broken = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk gone");
      }
    };
    try (Stream<NdjsonRecord<Statement>> read =
        JSON.readNdjsonInParallel(broken, "broken.ndjson", Statement.class, 2)) {
      assertThatThrownBy(() -> read.collect(Collectors.toList()))
          .isInstanceOf(UncheckedIOException.class).hasRootCauseMessage("disk gone");
    }
  }

  /** {@code count} lines, cycling through {@code wire}, made as they are read; counts bytes. */
  static final class LinesOnDemand extends InputStream {
    private final byte[][] wire;
    private final int count;
    private int line;
    private int pos;
    volatile long served;

    LinesOnDemand(byte[][] wire, int count) {
      this.wire = wire;
      this.count = count;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (line >= count) {
        return -1;
      }
      int done = 0;
      while (done < len && line < count) {
        byte[] current = wire[line % wire.length];
        int n = Math.min(len - done, current.length - pos);
        System.arraycopy(current, pos, b, off + done, n);
        done += n;
        pos += n;
        if (pos == current.length) {
          pos = 0;
          line++;
        }
      }
      served += done;
      return done;
    }
  }
}
