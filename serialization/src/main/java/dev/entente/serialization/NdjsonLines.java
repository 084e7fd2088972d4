package dev.entente.serialization;

import dev.entente.serialization.JsonProblem.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Splits an NDJSON stream into lines, numbered from 1, for the sequential and the parallel readers
 * and the reader of a file's splits alike; each line also knows its byte offset. Lines are found
 * by scanning a buffer of this splitter's for the line end, eight bytes at a time, not byte by
 * byte through the stream. A line that spans buffers is gathered in an array that grows as it
 * fills, never past the line limit: a longer line is refused once the bytes seen pass the limit,
 * before they are held, and the rest of it is skipped without being kept. Not thread-safe: one
 * thread reads the lines.
 */
final class NdjsonLines implements AutoCloseable {

  /**
   * One line: its number (or, when the lines are not numbered, its offset), the offset of its first
   * byte, and either its bytes (without the line end, nor a {@code \r} before it) or, when it is
   * longer than the limit, the {@code LIMIT} problem that refuses it.
   */
  record Line(long number, long offset, byte[] bytes, EntenteJsonException tooLong) {

    /** Whether the line holds nothing but spaces, tabs and carriage returns. */
    boolean isBlank() {
      return bytes != null && NdjsonLines.isBlank(bytes);
    }
  }

  private final InputStream in;
  private final long maxLine;
  private final byte[] buffer = new byte[1 << 16];
  private final boolean numbered;
  private int pos;
  private int limit;
  /** The offset of the buffer's first byte in the file. */
  private long filled;
  private long lineNumber;

  /** The lines of a whole stream, numbered from 1, with offsets from its first byte. */
  NdjsonLines(InputStream in, long maxLine) {
    this(in, maxLine, 0);
  }

  /**
   * The lines of a stream that starts at byte {@code offset} of its file: numbered from 1 when it
   * starts the file (offset 0), and otherwise each numbered by its offset, as the lines before
   * are not counted.
   */
  NdjsonLines(InputStream in, long maxLine, long offset) {
    this.in = in;
    // The longest array Java makes.
    this.maxLine = Math.min(maxLine, Integer.MAX_VALUE - 8);
    this.filled = offset;
    this.numbered = offset == 0;
  }

  /** Whether lines are numbered from 1: exactly when the stream starts its file. */
  boolean isNumbered() {
    return numbered;
  }

  /** The offset in the file of the next line's first byte (or of the end, after the last line). */
  long offset() {
    return filled + pos;
  }

  /**
   * Skips the bytes up to and including the next line end, without holding them: the end of a
   * line that started before the stream did.
   *
   * @throws UncheckedIOException if the stream cannot be read
   */
  void skipLine() {
    try {
      skipRestOfLine();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read NDJSON at byte " + offset(), e);
    }
  }

  /** The number of the last line returned; 0 before the first. */
  long lineNumber() {
    return lineNumber;
  }

  /**
   * The next line, or null at the end of the stream.
   *
   * @throws UncheckedIOException if the stream cannot be read
   */
  Line next() {
    byte[] spill = null;
    int spilled = 0;
    byte[] bytes = null;
    long offset;
    long number;
    try {
      if (pos >= limit && !fill()) {
        return null;
      }
      lineNumber++;
      offset = offset();
      number = numbered ? lineNumber : offset;
      while (true) {
        int start = pos;
        int end = lineEnd(buffer, start, limit);
        int length = end - start;
        if ((long) spilled + length > maxLine) {
          pos = end;
          skipRestOfLine();
          return new Line(number, offset, null, new EntenteJsonException(List.of(new JsonProblem(
              Kind.LIMIT, "", (int) Math.min(number, Integer.MAX_VALUE), 0,
              (numbered ? "line " + number : "the line at byte " + offset)
                  + " is longer than the limit of " + maxLine + " bytes a line; it is skipped",
              Optional.empty()))));
        }
        if (end < limit && spill == null) {
          pos = end + 1;
          bytes = Arrays.copyOfRange(buffer, start, withoutCr(buffer, start, end));
          break;
        }
        if (spill == null || spilled + length > spill.length) {
          // Doubling, for copies in linear time, but never past the limit checked above.
          long wanted = Math.max(spilled + (long) length,
              Math.max(256, 2L * (spill == null ? 0 : spill.length)));
          spill = Arrays.copyOf(spill == null ? new byte[0] : spill,
              (int) Math.min(wanted, maxLine));
        }
        System.arraycopy(buffer, start, spill, spilled, length);
        spilled += length;
        if (end < limit) {
          pos = end + 1;
          break;
        }
        pos = limit;
        if (!fill()) {
          break;
        }
      }
      if (spill != null) {
        // The line spanned buffers: it is the bytes gathered.
        int length = withoutCr(spill, 0, spilled);
        bytes = spill.length == length ? spill : Arrays.copyOf(spill, length);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read NDJSON " + (numbered ? "line " + lineNumber
          : "at byte " + offset()), e);
    }
    return new Line(number, offset, bytes, null);
  }

  /** The end of {@code bytes[from, to)} without a {@code \r} at its end (before the line end). */
  private static int withoutCr(byte[] bytes, int from, int to) {
    return to > from && bytes[to - 1] == '\r' ? to - 1 : to;
  }

  /** Reads the next bytes into the buffer; false at the end of the stream. */
  private boolean fill() throws IOException {
    int read;
    do {
      read = in.read(buffer, 0, buffer.length);
    } while (read == 0);
    filled += limit;
    pos = 0;
    limit = Math.max(read, 0);
    return read > 0;
  }

  private void skipRestOfLine() throws IOException {
    while (true) {
      int end = lineEnd(buffer, pos, limit);
      if (end < limit) {
        pos = end + 1;
        return;
      }
      pos = limit;
      if (!fill()) {
        return;
      }
    }
  }

  /** Eight bytes at a time, in the order of the array. */
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;

  /**
   * The index of the first {@code \n} in {@code bytes[from, to)}, or {@code to}. Eight bytes are
   * looked at a time: a byte of {@code word ^ NEWLINES} is zero exactly where a {@code \n} is, and
   * {@code (x - ONES) & ~x & HIGH_BITS} sets the high bit of the lowest zero byte of {@code x}
   * (and maybe of bytes above it, never below), so its trailing zeros count that byte's place.
   */
  static int lineEnd(byte[] bytes, int from, int to) {
    int i = from;
    for (; i + Long.BYTES <= to; i += Long.BYTES) {
      long x = (long) LONGS.get(bytes, i) ^ NEWLINES;
      long found = (x - ONES) & ~x & HIGH_BITS;
      if (found != 0) {
        return i + (Long.numberOfTrailingZeros(found) >>> 3);
      }
    }
    while (i < to && bytes[i] != '\n') {
      i++;
    }
    return i;
  }

  static boolean isBlank(byte[] line) {
    for (byte b : line) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the NDJSON stream", e);
    }
  }
}
