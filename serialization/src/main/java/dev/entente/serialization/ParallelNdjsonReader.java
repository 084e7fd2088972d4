package dev.entente.serialization;

import dev.entente.model.Dossier;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads NDJSON records on several threads, in order. The consumer's thread splits the stream into
 * lines ({@link NdjsonLines}, as the sequential reader does) and hands each line to the executor,
 * which reads and validates it ({@link EntenteJson#readNdjsonRecord}); the results come back in
 * the order of the lines. At most {@code linesInFlight} lines are read ahead of the consumer, so
 * memory is bounded by that many lines and their records, however long the stream. Bad lines
 * become records with problems and never stop the stream; only an unreadable stream does.
 */
final class ParallelNdjsonReader<T> implements Iterator<NdjsonRecord<T>>, AutoCloseable {

  private final EntenteJson json;
  private final NdjsonLines lines;
  private final String source;
  private final Class<T> type;
  private final Dossier context;
  private final Executor executor;
  private final ExecutorService owned;
  private final int linesInFlight;
  private final ArrayDeque<CompletableFuture<NdjsonRecord<T>>> window = new ArrayDeque<>();
  private boolean endOfLines;

  /**
   * @param owned the executor to shut down on close, when this reader made it; else null
   */
  ParallelNdjsonReader(EntenteJson json, InputStream in, String source, Class<T> type,
      Dossier context, Executor executor, ExecutorService owned, int linesInFlight,
      long maxLine) {
    this.json = json;
    this.lines = new NdjsonLines(in, maxLine);
    this.source = source;
    this.type = type;
    this.context = context;
    this.executor = executor;
    this.owned = owned;
    this.linesInFlight = linesInFlight;
  }

  Stream<NdjsonRecord<T>> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(this::close);
  }

  /** Reads lines and hands them out until the window is full or the lines end. */
  private void fill() {
    while (!endOfLines && window.size() < linesInFlight) {
      NdjsonLines.Line line = lines.next();
      if (line == null) {
        endOfLines = true;
      } else if (line.tooLong() != null) {
        window.add(CompletableFuture.completedFuture(
            NdjsonRecord.bad(source, line.number(), line.tooLong().problems())));
      } else if (!line.isBlank()) {
        byte[] bytes = line.bytes();
        long number = line.number();
        window.add(CompletableFuture.supplyAsync(
            () -> json.readNdjsonRecord(bytes, source, number, type, context), executor));
      }
    }
  }

  @Override
  public boolean hasNext() {
    fill();
    return !window.isEmpty();
  }

  @Override
  public NdjsonRecord<T> next() {
    if (!hasNext()) {
      throw new NoSuchElementException(
          "no more NDJSON records after line " + lines.lineNumber() + " of " + source);
    }
    CompletableFuture<NdjsonRecord<T>> head = window.poll();
    // Keep the executor busy while the consumer handles this record.
    fill();
    try {
      return head.join();
    } catch (CompletionException e) {
      // Not a bad line (those are records with problems): a fault of the reader itself.
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw e;
    } catch (CancellationException e) {
      throw new IllegalStateException("the NDJSON reader of " + source + " is closed", e);
    }
  }

  @Override
  public void close() {
    for (CompletableFuture<NdjsonRecord<T>> pending : window) {
      pending.cancel(false);
    }
    window.clear();
    endOfLines = true;
    try {
      lines.close();
    } finally {
      if (owned != null) {
        owned.shutdownNow();
      }
    }
  }
}
