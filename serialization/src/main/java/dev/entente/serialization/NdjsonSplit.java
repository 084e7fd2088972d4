package dev.entente.serialization;

import java.io.InputStream;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The records of one split of an NDJSON file — the lines that start in a range of its bytes —
 * read and validated one at a time as {@link EntenteJson#readNdjsonRecord} reads them: for a job
 * that splits a file across tasks or machines (Spark, Hadoop), each split read where it is. Made
 * by {@link EntenteJson#readNdjsonSplit}.
 *
 * <p>A split from byte {@code start} to byte {@code end} gives the lines whose first byte is at an
 * offset {@code p} with {@code start < p <= end}, and also the line at offset 0 when {@code start}
 * is 0: cutting a file at any offsets gives every line to exactly one split, the line that
 * straddles a cut to the split before it (read past that split's end), as Hadoop's text input
 * does. Lines end at {@code \n}, a {@code \r} before it is dropped, blank lines are skipped, and
 * a line longer than {@link ReadLimits#maxLineLength()} is refused with a {@code LIMIT} problem
 * without being held — all as the library's whole-stream readers do. Bad lines never stop the
 * split: each gives a record of its problems.
 *
 * <p>Only a split that starts the file knows its lines' numbers: its records carry them (from 1),
 * and a later split's records carry their line's byte offset in their place ({@link
 * NdjsonRecord#line()}, and their problems' line). {@link #offset()} gives the offset of every
 * record's line. Not thread-safe; close it to close the stream.
 *
 * @param <T> {@code Dossier} or {@code Statement}
 */
public final class NdjsonSplit<T> implements Iterator<NdjsonRecord<T>>, AutoCloseable {

  private final EntenteJson json;
  private final String source;
  private final Class<T> type;
  private final long end;
  private final NdjsonLines lines;
  private NdjsonRecord<T> next;
  /** The offset of {@code next}'s line. */
  private long nextOffset;
  /** The offset of the line of the record last returned; -1 before the first. */
  private long offset = -1;

  NdjsonSplit(EntenteJson json, InputStream in, String source, long start, long end,
      Class<T> type, long maxLine) {
    this.json = json;
    this.source = source;
    this.type = type;
    this.end = end;
    this.lines = new NdjsonLines(in, maxLine, start);
    if (start > 0) {
      // The line in progress at the split's start is the split before's, even when it starts
      // exactly there.
      lines.skipLine();
    }
  }

  /** Whether the records carry line numbers: true exactly when the split starts the file. */
  public boolean isNumbered() {
    return lines.isNumbered();
  }

  @Override
  public boolean hasNext() {
    while (next == null) {
      if (lines.offset() > end) {
        return false;
      }
      NdjsonLines.Line read = lines.next();
      if (read == null) {
        return false;
      }
      if (!read.isBlank()) {
        nextOffset = read.offset();
        next = json.readNdjsonLine(read, source, type, null);
      }
    }
    return true;
  }

  @Override
  public NdjsonRecord<T> next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more NDJSON records in the split of " + source
          + " that ends at byte " + end);
    }
    NdjsonRecord<T> record = next;
    next = null;
    offset = nextOffset;
    return record;
  }

  /**
   * The byte offset in the file of the line of the record {@link #next()} last returned.
   *
   * @throws IllegalStateException before the first record
   */
  public long offset() {
    if (offset < 0) {
      throw new IllegalStateException("no NDJSON record has been read from this split yet");
    }
    return offset;
  }

  @Override
  public void close() {
    lines.close();
  }
}
