package dev.entente.serialization;

import dev.entente.model.Dossier;
import dev.entente.model.Statement;
import java.io.InputStream;
import java.util.Iterator;
import java.util.NoSuchElementException;
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
  private final NdjsonLines lines;
  private final Dossier context;
  private final Consumer<EntenteJsonException> onBadLine;
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
    this.lines = new NdjsonLines(in, maxLine);
    this.context = context;
    this.onBadLine = onBadLine;
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
      NdjsonLines.Line line = lines.next();
      if (line == null) {
        done = true;
        break;
      }
      if (line.isBlank()) {
        continue;
      }
      NdjsonRecord<T> record = json.readNdjsonLine(line, null, type, context);
      if (record.value().isPresent()) {
        next = record.value().get();
      } else {
        EntenteJsonException located = new EntenteJsonException(record.problems());
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
      throw new NoSuchElementException("no more NDJSON records after line " + lines.lineNumber());
    }
    T value = next;
    next = null;
    return value;
  }

  @Override
  public void close() {
    lines.close();
  }
}
