package dev.entente.serialization;

import dev.entente.model.Dossier;
import dev.entente.model.Statement;
import dev.entente.serialization.JsonProblem.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads NDJSON lazily: one record a line, read and validated when it is asked for, so memory
 * stays that of one line however long the stream is. Blank lines are skipped; {@code \r\n} line
 * ends are accepted.
 *
 * <p>A bad line — malformed, invalid, or not UTF-8 — is reported as an {@link
 * EntenteJsonException} whose problems carry the line's number. By default it ends the stream
 * (it is thrown from the stream); with a handler for bad lines it is passed to the handler and
 * skipped, and the good lines keep coming.
 */
final class NdjsonReader<T> implements Iterator<T>, AutoCloseable {

  private final EntenteJson json;
  private final Class<T> type;
  private final InputStream in;
  private final Dossier context;
  private final Consumer<EntenteJsonException> onBadLine;
  private final long maxLine;
  private final byte[] buffer = new byte[1 << 16];
  private int pos;
  private int limit;
  private long lineNumber;
  private T next;
  private boolean done;

  NdjsonReader(EntenteJson json, InputStream in, Class<T> type, Dossier context,
      Consumer<EntenteJsonException> onBadLine, long maxLine) {
    if (type != Dossier.class && type != Statement.class) {
      throw new IllegalArgumentException("NDJSON records are dossiers or statements, not "
          + type.getSimpleName());
    }
    this.json = json;
    this.type = type;
    this.in = in;
    this.context = context;
    this.onBadLine = onBadLine;
    // The longest array Java makes.
    this.maxLine = Math.min(maxLine, Integer.MAX_VALUE - 8);
  }

  Stream<T> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(this::close);
  }

  @Override
  public boolean hasNext() {
    while (next == null && !done) {
      byte[] line = readLine();
      if (line == null) {
        done = true;
        break;
      }
      if (isBlank(line)) {
        continue;
      }
      try {
        next = type.cast(type == Dossier.class ? json.readDossier(line)
            : json.readStatement(line, context));
      } catch (EntenteJsonException e) {
        EntenteJsonException located = atLine(e);
        if (onBadLine == null) {
          done = true;
          throw located;
        }
        onBadLine.accept(located);
      }
    }
    return next != null;
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more NDJSON records after line " + lineNumber);
    }
    T value = next;
    next = null;
    return value;
  }

  /** The problems of one line, with the line's number as their line. */
  private EntenteJsonException atLine(EntenteJsonException e) {
    List<JsonProblem> problems = new ArrayList<>();
    for (JsonProblem p : e.problems()) {
      problems.add(new JsonProblem(p.kind(), p.pointer(), (int) Math.min(lineNumber, Integer.MAX_VALUE),
          p.hasLocation() ? p.column() : 0, p.message(), p.violation()));
    }
    return new EntenteJsonException(problems);
  }

  /**
   * The next line's bytes without its line end, or null at the end of the stream. Lines are found
   * by scanning a buffer of this reader's for the line end, not byte by byte through the stream.
   * A line that spans buffers is gathered in an array that grows as it fills, never past the line
   * limit: a longer line is refused once the bytes seen pass the limit, before they are held, and
   * the rest of it is skipped without being kept.
   */
  private byte[] readLine() {
    byte[] spill = null;
    int spilled = 0;
    byte[] bytes;
    try {
      if (pos >= limit && !fill()) {
        return null;
      }
      lineNumber++;
      while (true) {
        int start = pos;
        int end = start;
        while (end < limit && buffer[end] != '\n') {
          end++;
        }
        int length = end - start;
        if ((long) spilled + length > maxLine) {
          pos = end;
          skipRestOfLine();
          throw new EntenteJsonException(List.of(new JsonProblem(Kind.LIMIT, "",
              (int) Math.min(lineNumber, Integer.MAX_VALUE), 0,
              "line " + lineNumber + " is longer than the limit of " + maxLine
                  + " bytes a line; it is skipped", Optional.empty())));
        }
        if (end < limit && spill == null) {
          pos = end + 1;
          bytes = Arrays.copyOfRange(buffer, start, end);
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
          bytes = spill.length == spilled ? spill : Arrays.copyOf(spill, spilled);
          break;
        }
        pos = limit;
        if (!fill()) {
          bytes = spill.length == spilled ? spill : Arrays.copyOf(spill, spilled);
          break;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read NDJSON line " + lineNumber, e);
    } catch (EntenteJsonException e) {
      if (onBadLine == null) {
        done = true;
        throw e;
      }
      onBadLine.accept(e);
      return new byte[0];
    }
    int length = bytes.length;
    return length > 0 && bytes[length - 1] == '\r' ? Arrays.copyOf(bytes, length - 1) : bytes;
  }

  /** Reads the next bytes into the buffer; false at the end of the stream. */
  private boolean fill() throws IOException {
    int read;
    do {
      read = in.read(buffer, 0, buffer.length);
    } while (read == 0);
    pos = 0;
    limit = Math.max(read, 0);
    return read > 0;
  }

  private void skipRestOfLine() throws IOException {
    while (true) {
      while (pos < limit) {
        if (buffer[pos++] == '\n') {
          return;
        }
      }
      if (!fill()) {
        return;
      }
    }
  }

  private static boolean isBlank(byte[] line) {
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
