package dev.entente.serialization;

import dev.entente.model.Dossier;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
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
 * the order of the lines. Lines are handed out in batches (a task a line would cost more in handing
 * over between threads than most lines take to read). At most {@code linesInFlight} lines are
 * read ahead of the consumer, counting those of the batch it is being given, so
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
  private final int batchLines;
  private final ArrayDeque<CompletableFuture<List<NdjsonRecord<T>>>> window = new ArrayDeque<>();
  private List<NdjsonRecord<T>> current;
  private int index;
  private int inFlight;
  private boolean endOfLines;

  /** The bytes at which a batch of lines is handed out, however few lines it holds. */
  private static final int BATCH_BYTES = 1 << 20;

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
    // Eight batches in flight, or as many as the lines allow, of up to 64 lines each.
    this.batchLines = Math.max(1, Math.min(64, linesInFlight / 8));
  }

  Stream<NdjsonRecord<T>> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(this::close);
  }

  /**
   * Reads lines and hands them out, in batches, until the lines in flight reach the bound or the
   * lines end. A batch is up to {@link #batchLines} lines or {@link #BATCH_BYTES} bytes: one task
   * a line would cost more in handing over between threads than a short line takes to read.
   */
  private void fill() {
    // Only full batches, unless the lines end: a batch a record consumed would undo the batching.
    while (!endOfLines && linesInFlight - inFlight >= batchLines) {
      List<NdjsonLines.Line> batch = new ArrayList<>(Math.min(batchLines, linesInFlight - inFlight));
      long bytes = 0;
      while (batch.size() < batchLines && inFlight + batch.size() < linesInFlight
          && bytes < BATCH_BYTES) {
        NdjsonLines.Line line = lines.next();
        if (line == null) {
          endOfLines = true;
          break;
        }
        if (!line.isBlank()) {
          batch.add(line);
          bytes += line.bytes() == null ? 0 : line.bytes().length;
        }
      }
      if (batch.isEmpty()) {
        continue;
      }
      inFlight += batch.size();
      window.add(CompletableFuture.supplyAsync(() -> read(batch), executor));
    }
  }

  /** Each line's record, in order. */
  private List<NdjsonRecord<T>> read(List<NdjsonLines.Line> batch) {
    List<NdjsonRecord<T>> records = new ArrayList<>(batch.size());
    for (NdjsonLines.Line line : batch) {
      records.add(json.readNdjsonLine(line, source, type, context));
    }
    return records;
  }

  @Override
  public boolean hasNext() {
    fill();
    return (current != null && index < current.size()) || !window.isEmpty();
  }

  @Override
  public NdjsonRecord<T> next() {
    if (!hasNext()) {
      throw new NoSuchElementException(
          "no more NDJSON records after line " + lines.lineNumber() + " of " + source);
    }
    if (current == null || index >= current.size()) {
      CompletableFuture<List<NdjsonRecord<T>>> head = window.poll();
      current = null;
      try {
        current = head.join();
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
      index = 0;
    }
    // The line is no longer in flight once its record is handed out.
    inFlight--;
    return current.get(index++);
  }

  @Override
  public void close() {
    for (CompletableFuture<List<NdjsonRecord<T>>> pending : window) {
      pending.cancel(false);
    }
    window.clear();
    current = null;
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
