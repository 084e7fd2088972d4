package dev.entente.serialization;

import static dev.entente.serialization.NdjsonTest.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.model.Statement;
import dev.entente.serialization.JsonProblem.Kind;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class NdjsonSplitTest {

  private static final EntenteJson SMALL_LINES = EntenteJson.builder()
      .limits(ReadLimits.defaults().withMaxLineLength(4_000)).build();

  /** A line of the file and where it starts. */
  private record Placed(long offset, NdjsonRecord<Statement> record) {}

  /**
   * Good lines, bad ones, blank ones, {@code \r\n} ends, a lone {@code \r} inside a line, a line
   * over the limit and no line end at the end: what a split must cut anywhere.
   */
  private static byte[] file() {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      switch (i % 8) {
        case 3 -> lines.add("not json " + i);
        case 5 -> lines.add("   ");
        case 6 -> lines.add(ParallelNdjsonTest.remarks(i) + "\r");
        case 7 -> lines.add("{\"type\":\"remarks\",\"id\":\"long-" + i + "\",\"title\":\""
            + "x".repeat(i == 15 ? 9_000 : 10) + "\"}");
        default -> lines.add(ParallelNdjsonTest.remarks(i));
      }
    }
    // A lone \r is white space within the line, not a line end.
    lines.add(ParallelNdjsonTest.remarks(98).replace("\"id\":", "\r\"id\":"));
    return (String.join("\n", lines) + "\n" + ParallelNdjsonTest.remarks(99))
        .getBytes(StandardCharsets.UTF_8);
  }

  private static List<Placed> read(byte[] file, long start, long end) {
    List<Placed> out = new ArrayList<>();
    try (NdjsonSplit<Statement> split = SMALL_LINES.readNdjsonSplit(
        new ByteArrayInputStream(file, (int) start, file.length - (int) start), "f.ndjson",
        start, end, Statement.class)) {
      assertThat(split.isNumbered()).isEqualTo(start == 0);
      while (split.hasNext()) {
        NdjsonRecord<Statement> record = split.next();
        out.add(new Placed(split.offset(), record));
      }
    }
    return out;
  }

  /** Where each non-blank line starts, found independently of the reader. */
  private static List<Long> lineStarts(byte[] file) {
    List<Long> starts = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= file.length; i++) {
      if (i == file.length || file[i] == '\n') {
        String text = new String(file, start, i - start, StandardCharsets.UTF_8);
        if (!text.isBlank()) {
          starts.add((long) start);
        }
        start = i + 1;
      }
    }
    return starts;
  }

  @Test
  void theWholeFileAsOneSplitIsWhatTheStreamReaderGives() {
    byte[] file = file();
    List<NdjsonRecord<Statement>> expected;
    try (Stream<NdjsonRecord<Statement>> all = SMALL_LINES.readNdjsonInParallel(
        new ByteArrayInputStream(file), "f.ndjson", Statement.class, 1)) {
      expected = all.collect(Collectors.toList());
    }
    List<Placed> whole = read(file, 0, file.length);

    assertThat(whole).extracting(Placed::record).containsExactlyElementsOf(expected);
    assertThat(whole).extracting(Placed::offset).containsExactlyElementsOf(lineStarts(file));
    assertThat(expected).filteredOn(r -> !r.isValid()).extracting(r -> r.problems().get(0).kind())
        .contains(Kind.SYNTAX, Kind.LIMIT);
    assertThat(expected).filteredOn(NdjsonRecord::isValid)
        .extracting(r -> r.value().orElseThrow().id()).contains("rm-6", "rm-98", "rm-99");
  }

  @Test
  void splitsCutAnywhereGiveEveryLineOnceAtItsOffset() {
    byte[] file = file();
    List<Placed> whole = read(file, 0, file.length);
    SplittableRandom random = new SplittableRandom(20241021);
    for (int round = 0; round < 300; round++) {
      TreeSet<Long> cuts = new TreeSet<>();
      int pieces = 1 + random.nextInt(12);
      for (int i = 0; i < pieces; i++) {
        // Cuts anywhere, some exactly at a line's start or at the byte after a line end.
        cuts.add((long) random.nextInt(file.length + 1));
      }
      cuts.add(0L);
      cuts.add((long) file.length);
      List<Placed> joined = new ArrayList<>();
      Long previous = null;
      for (long cut : cuts) {
        if (previous != null) {
          joined.addAll(read(file, previous, cut));
        }
        previous = cut;
      }

      assertThat(joined).as("cuts %s", cuts).extracting(Placed::offset)
          .containsExactlyElementsOf(whole.stream().map(Placed::offset).toList());
      for (int i = 0; i < whole.size(); i++) {
        NdjsonRecord<Statement> got = joined.get(i).record();
        NdjsonRecord<Statement> want = whole.get(i).record();
        assertThat(got.value()).isEqualTo(want.value());
        assertThat(got.problems()).extracting(JsonProblem::kind, JsonProblem::pointer)
            .containsExactlyElementsOf(want.problems().stream()
                .map(p -> org.assertj.core.groups.Tuple.tuple(p.kind(), p.pointer())).toList());
        // A record of a split that does not start the file is placed by its offset.
        long offset = joined.get(i).offset();
        if (got.line() != want.line()) {
          assertThat(got.line()).isEqualTo(offset);
          assertThat(got.problems()).allSatisfy(p -> assertThat(p.line()).isEqualTo((int) offset));
        }
      }
    }
  }

  @Test
  void aLaterSplitsOverLongLineIsRefusedByItsOffset() {
    byte[] file = file();
    long longLine = lineStarts(file).stream()
        .filter(s -> new String(file, s.intValue(), 40, StandardCharsets.UTF_8).contains("long-15"))
        .findFirst().orElseThrow();
    List<Placed> read = read(file, longLine - 1, longLine + 1);

    assertThat(read).hasSize(1);
    assertThat(read.get(0).record().problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(Kind.LIMIT);
      assertThat(p.message()).isEqualTo("the line at byte " + longLine
          + " is longer than the limit of 4000 bytes a line; it is skipped");
    });
  }

  @Test
  void offsetsOutOfOrderAndReadingPastTheEndAreRefused() {
    byte[] file = file();
    assertThatThrownBy(() -> SMALL_LINES.readNdjsonSplit(new ByteArrayInputStream(file),
        "f.ndjson", 10, 9, Statement.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an NDJSON split runs from a start of at least 0 to an end at or after it,"
            + " not from 10 to 9");
    assertThatThrownBy(() -> SMALL_LINES.readNdjsonSplit(new ByteArrayInputStream(file),
        "f.ndjson", -1, 9, Statement.class)).isInstanceOf(IllegalArgumentException.class);
    try (NdjsonSplit<Statement> empty = SMALL_LINES.readNdjsonSplit(
        new ByteArrayInputStream(file, 5, file.length - 5), "f.ndjson", 5, 6, Statement.class)) {
      assertThat(empty.hasNext()).isFalse();
      assertThatThrownBy(empty::offset).isInstanceOf(IllegalStateException.class)
          .hasMessage("no NDJSON record has been read from this split yet");
      assertThatThrownBy(empty::next).isInstanceOf(NoSuchElementException.class)
          .hasMessage("no more NDJSON records in the split of f.ndjson that ends at byte 6");
    }
  }

  @Test
  void aSplitThatStartsAtALineStartLeavesThatLineToTheSplitBefore() {
    String first = line(SampleDossiers.remarks());
    byte[] file = (first + "\n" + ParallelNdjsonTest.remarks(2) + "\n")
        .getBytes(StandardCharsets.UTF_8);
    long second = first.getBytes(StandardCharsets.UTF_8).length + 1;

    assertThat(read(file, 0, second)).extracting(Placed::offset).containsExactly(0L, second);
    assertThat(read(file, second, file.length)).isEmpty();
    assertThat(read(file, second - 1, file.length)).extracting(Placed::offset)
        .containsExactly(second);
  }
}
