package dev.entente.serialization;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Writes Entente values as NDJSON: one compact JSON document a line, each line ended by
 * {@code \n}. Values are written as they come, so memory stays constant however many there are.
 *
 * <pre>{@code
 * try (NdjsonWriter out = EntenteJson.standard().ndjsonWriter(Files.newOutputStream(path))) {
 *   statements.forEach(out::write);
 * }
 * }</pre>
 *
 * <p>The writer never flushes the stream on its own: a record's bytes are handed to the stream
 * as one write, and whatever the stream buffers stays there until {@link #flush()} or {@link
 * #close()}, so that writing to a file system where each flush is costly (HDFS, an object store)
 * costs one write a record and no flush. Call {@link #flush()} where the lines written so far
 * must reach the stream's destination (a pipe read as it is written, a checkpoint). Closing the
 * writer flushes and closes the stream. Not thread-safe.
 */
public final class NdjsonWriter implements AutoCloseable {

  private final EntenteJson json;
  private final OutputStream out;
  private long lines;

  NdjsonWriter(EntenteJson json, OutputStream out) {
    this.json = json;
    this.out = Objects.requireNonNull(out, "out");
  }

  /**
   * Writes one value as one line.
   *
   * @throws UncheckedIOException if the stream cannot be written, whose message names the line
   */
  public NdjsonWriter write(Object value) {
    // The whole line is made first: a value that cannot be written leaves nothing of it behind,
    // and the stream gets its bytes without a flush.
    byte[] line = json.writeLine(value);
    try {
      out.write(line);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write line " + (lines + 1), e);
    }
    lines++;
    return this;
  }

  /** How many lines have been written. */
  public long lines() {
    return lines;
  }

  /**
   * Flushes the stream: the lines written so far reach its destination.
   *
   * @throws UncheckedIOException if the stream cannot be flushed, whose message says how many
   *     lines were written
   */
  public NdjsonWriter flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot flush the NDJSON stream after line " + lines, e);
    }
    return this;
  }

  /** Flushes and closes the stream. */
  @Override
  public void close() {
    try (out) {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the NDJSON stream", e);
    }
  }
}
