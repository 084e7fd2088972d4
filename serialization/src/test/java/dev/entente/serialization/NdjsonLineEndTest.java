package dev.entente.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The line-end search, eight bytes at a time, against a byte-by-byte one. */
class NdjsonLineEndTest {

  private static int byteByByte(byte[] bytes, int from, int to) {
    int i = from;
    while (i < to && bytes[i] != '\n') {
      i++;
    }
    return i;
  }

  @Test
  void findsTheFirstNewlineOfAnyRangeAsAByteByByteSearchDoes() {
    // Bytes next to \n (0x09, 0x0B), with its bit pattern shifted or high bit set (0x8A, 0x0A ^
    // 0x80), zero, 0x01 and 0xFF: the words where a borrow could mislead the search.
    byte[] alphabet = {'\n', 0x09, 0x0B, (byte) 0x8A, 0x00, 0x01, (byte) 0xFF, 'a', '"', 0x7F};
    SplittableRandom random = new SplittableRandom(20241021);
    for (int round = 0; round < 20_000; round++) {
      byte[] bytes = new byte[random.nextInt(1, 70)];
      int newlines = random.nextInt(4);
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = alphabet[1 + random.nextInt(alphabet.length - 1)];
      }
      for (int i = 0; i < newlines; i++) {
        bytes[random.nextInt(bytes.length)] = '\n';
      }
      int from = random.nextInt(bytes.length + 1);
      int to = from + random.nextInt(bytes.length - from + 1);

      assertThat(NdjsonLines.lineEnd(bytes, from, to)).as("range %d-%d of %s", from, to,
          java.util.Arrays.toString(bytes)).isEqualTo(byteByByte(bytes, from, to));
    }
  }

  @Test
  void aNewlineAtEachPlaceOfAWordIsFound() {
    for (int place = 0; place < 24; place++) {
      byte[] bytes = new byte[24];
      java.util.Arrays.fill(bytes, (byte) 0x0B);
      bytes[place] = '\n';
      assertThat(NdjsonLines.lineEnd(bytes, 0, 24)).isEqualTo(place);
      assertThat(NdjsonLines.lineEnd(bytes, Math.min(place + 1, 24), 24)).isEqualTo(24);
    }
  }
}
