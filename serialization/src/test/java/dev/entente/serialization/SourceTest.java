package dev.entente.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.serialization.EntenteJson.Format;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import tools.jackson.core.json.JsonFactory;

/** The column counter of a source, against counting each column on its own from the start. */
class SourceTest {

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  /** A 1-based column in characters for a 1-based column in bytes, found by scanning alone. */
  private static int scanned(byte[] source, int line, int byteColumn) {
    if (line < 1 || byteColumn < 1) {
      return byteColumn;
    }
    int start = 0;
    for (int l = 1; l < line && start < source.length; start++) {
      if (source[start] == '\n') {
        l++;
      }
    }
    int end = (int) Math.min(source.length, (long) start + byteColumn - 1);
    int chars = 0;
    for (int i = start; i < end; i++) {
      if ((source[i] & 0xC0) != 0x80) {
        chars++;
      }
    }
    return chars + 1;
  }

  record Case(String text, List<int[]> positions) {}

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<String> text = Arbitraries.of("a", " ", "\n", "\r\n", "é", "조", "😀", "\u2028")
        .list().ofMaxSize(40).map(parts -> String.join("", parts));
    Arbitrary<int[]> position = Combinators.combine(
            Arbitraries.integers().between(-1, 8), Arbitraries.integers().between(-1, 70))
        .as((line, column) -> new int[] {line, column});
    return Combinators.combine(text, position.list().ofMaxSize(12)).as(Case::new);
  }

  @Property(tries = 500)
  void everyColumnIsTheOneAScanFromTheStartFinds(@ForAll("cases") Case c) {
    byte[] bytes = c.text().getBytes(StandardCharsets.UTF_8);
    int[] lines = c.positions().stream().mapToInt(p -> p[0]).toArray();
    int[] columns = c.positions().stream().mapToInt(p -> p[1]).toArray();

    int[] found = new Source(bytes, Format.JSON, FACTORY).charColumns(lines, columns);

    for (int i = 0; i < lines.length; i++) {
      assertThat(found[i]).as("line %s, byte column %s of %s", lines[i], columns[i], c.text())
          .isEqualTo(scanned(bytes, lines[i], columns[i]));
    }
  }

  @Test
  void surrogatePairsAndHangulCountAsOneCharacterEach() {
    byte[] bytes = "a😀조\nx😀b".getBytes(StandardCharsets.UTF_8);

    int[] found = new Source(bytes, Format.JSON, FACTORY)
        .charColumns(new int[] {1, 2, 1, 0}, new int[] {9, 6, 1, 5});

    // "a😀조" is 1 + 4 + 3 bytes; "x😀" 1 + 4.
    assertThat(found).containsExactly(4, 3, 1, 5);
  }

  @Test
  void yamlColumnsAreKeptAsTheParserCountsThem() {
    byte[] bytes = "title: 조태열\nid: d".getBytes(StandardCharsets.UTF_8);

    int[] found = new Source(bytes, Format.YAML, FACTORY)
        .charColumns(new int[] {1, 2}, new int[] {12, 3});

    assertThat(found).containsExactly(12, 3);
  }
}
