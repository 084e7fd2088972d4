package dev.entente.serialization;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import tools.jackson.core.exc.JacksonIOException;

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
 * <p>Closing the writer flushes and closes the stream. Not thread-safe.
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
    try {
      json.writeCompact(value, out);
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write line " + (lines + 1), e);
    } catch (JacksonIOException e) {
      // The generator's wrapper of the stream's IOException: one exception for every failure.
      throw new UncheckedIOException("cannot write line " + (lines + 1), e.getCause());
    }
    lines++;
    return this;
  }

  /** How many lines have been written. */
  public long lines() {
    return lines;
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the NDJSON stream", e);
    }
  }
}
