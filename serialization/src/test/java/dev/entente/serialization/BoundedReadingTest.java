package dev.entente.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.entente.model.Actor;
import dev.entente.model.Dossier;
import dev.entente.model.Person;
import dev.entente.model.Statement;
import dev.entente.serialization.JsonProblem.Kind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading is bounded by the limits before anything is held: an NDJSON line by its own limit, a
 * file by its size, a stream by reading no further than the document limit; YAML is read up to
 * the document limit (not snakeyaml's 3 MiB) and its aliases are refused rather than read as the
 * anchor's name. The huge cases run in the full tier, from streams and sparse files; the
 * serialization tests have a 256 MB heap, so a reader that holds what it should refuse fails
 * them with an OutOfMemoryError.
 */
class BoundedReadingTest {

  private static final EntenteJson JSON = EntenteJson.standard();
  private static final EntenteJson YAML =
      EntenteJson.builder().format(EntenteJson.Format.YAML).build();

  /** {@code count} bytes of {@code fill}, made as they are read, then {@code after}. */
  static InputStream filled(long count, byte fill, byte[] after) {
    InputStream body = new InputStream() {
      private long left = count;

      @Override
      public int read() {
        if (left == 0) {
          return -1;
        }
        left--;
        return fill;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (left == 0) {
          return -1;
        }
        int n = (int) Math.min(len, left);
        Arrays.fill(b, off, off + n, fill);
        left -= n;
        return n;
      }
    };
    return new SequenceInputStream(body, new ByteArrayInputStream(after));
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Nested
  class NdjsonLines {

    @Test
    void aLineOverTheLineLimitIsRefusedAtItsLineAndTheLinesAfterItAreRead() {
      EntenteJson json = EntenteJson.builder()
          .limits(ReadLimits.defaults().withMaxLineLength(1_000)).build();
      String good = JSON.write(SampleDossiers.jointStatement());
      String longer = "{\"type\":\"remarks\",\"id\":\"r\",\"title\":\"" + "x".repeat(5_000) + "\"}";
      List<EntenteJsonException> bad = new ArrayList<>();

      try (Stream<Statement> read = json.readNdjson(
          NdjsonTest.lines(good, longer, good, longer, good), Statement.class, bad::add)) {
        assertThat(read).hasSize(3);
      }

      assertThat(bad).hasSize(2);
      assertThat(bad).extracting(e -> e.firstProblem().line()).containsExactly(2, 4);
      assertThat(bad).allSatisfy(e -> {
        assertThat(e.problems()).singleElement().satisfies(p -> {
          assertThat(p.kind()).isEqualTo(Kind.LIMIT);
          assertThat(p.message()).contains("line " + p.line()).contains("1000 bytes");
        });
      });
    }

    @Test
    void aLineExactlyAtTheLimitIsRead() {
      String good = JSON.write(SampleDossiers.jointStatement());
      EntenteJson json = EntenteJson.builder()
          .limits(ReadLimits.defaults().withMaxLineLength(good.length())).build();

      try (Stream<Statement> read = json.readNdjson(
          NdjsonTest.lines(good, good, good), Statement.class)) {
        assertThat(read).hasSize(3);
      }
      // The \r of a \r\n line end counts: the limit is of the bytes before the \n.
      try (Stream<Statement> read = json.readNdjson(
          NdjsonTest.lines(good + "\r", good), Statement.class, e -> { })) {
        assertThat(read).hasSize(1);
      }
    }

    @Test
    void theSmallerOfTheLineAndDocumentLimitsApplies() {
      EntenteJson json = EntenteJson.builder().limits(ReadLimits.defaults()
          .withMaxLineLength(1_000_000).withMaxDocumentLength(500)).build();
      String longer = "{\"type\":\"remarks\",\"id\":\"r\",\"title\":\"" + "x".repeat(600) + "\"}";

      try (Stream<Statement> read = json.readNdjson(NdjsonTest.lines(longer), Statement.class)) {
        EntenteJsonException e = catchThrowableOfType(EntenteJsonException.class,
            () -> read.collect(Collectors.toList()));
        assertThat(e.firstProblem().kind()).isEqualTo(Kind.LIMIT);
        assertThat(e.firstProblem().message()).contains("500 bytes");
      }
    }

    @Test
    @Tag("slow")
    @Timeout(60)
    void aThreeHundredMegabyteLineIsRefusedInASmallHeapAndTheLinesAfterItAreRead() {
      String good = JSON.write(SampleDossiers.jointStatement());
      byte[] before = utf8(good + "\n{\"type\":\"remarks\",\"id\":\"r\",\"title\":\"");
      InputStream in = new SequenceInputStream(new ByteArrayInputStream(before),
          filled(300_000_000L, (byte) 'x', utf8("\"}\n" + good + "\n" + good + "\n")));
      List<EntenteJsonException> bad = new ArrayList<>();

      try (Stream<Statement> read = JSON.readNdjson(in, Statement.class, bad::add)) {
        assertThat(read).hasSize(3);
      }

      assertThat(bad).singleElement().satisfies(e -> {
        assertThat(e.firstProblem().kind()).isEqualTo(Kind.LIMIT);
        assertThat(e.firstProblem().line()).isEqualTo(2);
        assertThat(e.firstProblem().message())
            .contains(String.valueOf(ReadLimits.DEFAULT_MAX_LINE_LENGTH));
      });
    }
  }

  @Nested
  class WholeDocuments {

    @Test
    @Timeout(20)
    void aStreamIsReadNoFurtherThanTheDocumentLimit() {
      EntenteJson json = EntenteJson.builder()
          .limits(ReadLimits.defaults().withMaxDocumentLength(1 << 20)).build();
      // Far more than the heap: a reader that reads to the end runs out of memory.
      InputStream endless = filled(Long.MAX_VALUE, (byte) ' ', new byte[0]);

      EntenteJsonException e = catchThrowableOfType(EntenteJsonException.class,
          () -> json.readDossier(endless));

      assertThat(e.problems()).singleElement().satisfies(p -> {
        assertThat(p.kind()).isEqualTo(Kind.LIMIT);
        assertThat(p.pointer()).isEmpty();
        assertThat(p.message()).contains(String.valueOf(1 << 20));
      });
    }

    @Test
    @Timeout(20)
    void aStreamOfZeroBytesIsRefusedByItsFirstBytes() {
      InputStream zeros = filled(Long.MAX_VALUE, (byte) 0, new byte[0]);

      EntenteJsonException e = catchThrowableOfType(EntenteJsonException.class,
          () -> JSON.readDossierWithViolations(zeros));

      assertThat(e.firstProblem().kind()).isEqualTo(Kind.ENCODING);
    }

    @Test
    void aStreamWithinTheLimitIsReadWithItsViolations() {
      byte[] text = utf8(JSON.write(SampleDossiers.dossier()));
      EntenteJson json = EntenteJson.builder()
          .limits(ReadLimits.defaults().withMaxDocumentLength(text.length)).build();

      ReadResult<Dossier> read = json.readDossierWithViolations(new ByteArrayInputStream(text));

      assertThat(read.value()).isEqualTo(SampleDossiers.dossier());
      assertThat(read.violations()).isEmpty();
      assertThat(json.readDossier(new ByteArrayInputStream(text)))
          .isEqualTo(SampleDossiers.dossier());
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsRead(@TempDir Path dir) throws IOException {
      Path file = dir.resolve("long.json");
      Files.write(file, utf8(JSON.write(SampleDossiers.dossier())));
      long size = Files.size(file);
      EntenteJson json = EntenteJson.builder()
          .limits(ReadLimits.defaults().withMaxDocumentLength(size - 1)).build();

      EntenteJsonException e = catchThrowableOfType(EntenteJsonException.class,
          () -> json.readDossierWithViolations(file));

      assertThat(e.problems()).singleElement().satisfies(p -> {
        assertThat(p.kind()).isEqualTo(Kind.LIMIT);
        assertThat(p.message()).contains(size + " bytes long").contains(String.valueOf(size - 1));
      });
      assertThat(EntenteJson.builder().limits(ReadLimits.defaults().withMaxDocumentLength(size))
          .build().readDossier(file)).isEqualTo(SampleDossiers.dossier());
    }

    @Test
    @Tag("slow")
    void aSparseFileOfThreeGigabytesIsRefusedByItsSizeInASmallHeap(@TempDir Path dir)
        throws IOException {
      Path file = dir.resolve("huge.json");
      try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
        sparse.setLength(3_000_000_000L);
      }

      EntenteJsonException e = catchThrowableOfType(EntenteJsonException.class,
          () -> JSON.readDossier(file));

      assertThat(e.firstProblem().kind()).isEqualTo(Kind.LIMIT);
      assertThat(e.firstProblem().message()).contains("3000000000 bytes long");
    }
  }

  @Nested
  class Yaml {

    private final String yaml = YAML.write(SampleDossiers.dossier());

    @Test
    void anAliasIsRefusedAtItsPlaceRatherThanReadAsTheAnchorsName() {
      // Read as the anchor's name, the Japanese minister's office would be Korea's.
      String aliased = yaml.replace("  id: jpn\n", "  id: &kor jpn\n")
          .replace("  jurisdiction: jpn\n", "  jurisdiction: *kor\n");
      assertThat(aliased).contains("*kor").contains("&kor");

      EntenteJsonException e = catchThrowableOfType(EntenteJsonException.class,
          () -> YAML.readDossier(aliased));

      assertThat(e.problems()).singleElement().satisfies(p -> {
        assertThat(p.kind()).isEqualTo(Kind.SYNTAX);
        assertThat(p.pointer()).isEqualTo("/offices/1/jurisdiction");
        assertThat(p.line()).isEqualTo(lineOf(aliased, "*kor"));
        assertThat(p.message()).contains("*kor").contains("alias");
      });
    }

    @Test
    void anUndefinedAliasIsRefused() {
      String aliased = yaml.replace("  jurisdiction: jpn\n", "  jurisdiction: *nowhere\n");

      EntenteJsonException e = catchThrowableOfType(EntenteJsonException.class,
          () -> YAML.readDossier(aliased));

      assertThat(e.firstProblem().kind()).isEqualTo(Kind.SYNTAX);
      assertThat(e.firstProblem().pointer()).isEqualTo("/offices/1/jurisdiction");
      assertThat(e.firstProblem().message()).contains("*nowhere");
    }

    @Test
    void anAliasInAValueThatIsSkippedIsRefusedToo() {
      EntenteJson lenient = YAML.toBuilder().lenient(true).build();
      String aliased = yaml.replace("  id: jpn\n", "  id: &j jpn\n  note:\n    - [a, *j]\n");

      EntenteJsonException e = catchThrowableOfType(EntenteJsonException.class,
          () -> lenient.readDossier(aliased));

      assertThat(e.firstProblem().kind()).isEqualTo(Kind.SYNTAX);
      assertThat(e.firstProblem().message()).contains("*j");
    }

    @Test
    void anAnchorWithoutAnAliasChangesNothing() {
      String anchored = yaml.replace("  id: jpn\n", "  id: &j jpn\n");
      assertThat(anchored).contains("&j");

      assertThat(YAML.readDossier(anchored)).isEqualTo(SampleDossiers.dossier());
    }

    @Test
    @Tag("slow")
    void yamlOverSnakeyamlsDefaultThreeMebibytesIsReadUpToTheDocumentLimit() {
      Dossier big = withPeople(60_000);
      byte[] written = YAML.writeBytes(big);
      assertThat(written.length).isGreaterThan(3 * 1024 * 1024 + 1);

      assertThat(YAML.readDossier(written)).isEqualTo(big);

      EntenteJson smaller = YAML.toBuilder()
          .limits(ReadLimits.defaults().withMaxDocumentLength(written.length - 1)).build();
      EntenteJsonException e = catchThrowableOfType(EntenteJsonException.class,
          () -> smaller.readDossier(written));
      assertThat(e.problems()).singleElement().satisfies(p -> {
        assertThat(p.kind()).isEqualTo(Kind.LIMIT);
        assertThat(p.pointer()).isEmpty();
        assertThat(p.message()).contains(String.valueOf(written.length));
      });
    }

    private Dossier withPeople(int count) {
      Dossier sample = SampleDossiers.dossier();
      List<Actor> actors = new ArrayList<>(sample.actors());
      IntStream.range(0, count).forEach(i ->
          actors.add(Person.builder().id("person-" + i).name("Person number " + i).build()));
      return sample.withActors(actors);
    }

    private int lineOf(String text, String fragment) {
      int at = text.indexOf(fragment);
      return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
  }

  @Nested
  class NdjsonWriting {

    @Test
    void aFailedWriteIsAnUncheckedIoExceptionThatNamesTheLine() {
      OutputStream full = new OutputStream() {
        private int left = 300;

        @Override
        public void write(int b) throws IOException {
          if (left-- <= 0) {
            throw new IOException("No space left on device");
          }
        }
      };
      NdjsonWriter writer = JSON.ndjsonWriter(full);
      Statement statement = SampleDossiers.jointStatement();

      UncheckedIOException e = catchThrowableOfType(UncheckedIOException.class, () -> {
        for (int i = 0; i < 100; i++) {
          writer.write(statement);
        }
      });

      assertThat(e).hasMessageContaining("cannot write line ");
      assertThat(e.getCause()).hasMessageContaining("No space left on device");
    }
  }
}
