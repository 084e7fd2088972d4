package dev.entente.spark;

import dev.entente.model.Dossier;
import dev.entente.model.Statement;
import dev.entente.serialization.EntenteJson;
import dev.entente.serialization.NdjsonRecord;
import dev.entente.serialization.NdjsonSplit;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CodecPool;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.hadoop.io.compress.Decompressor;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.JobContext;
import org.apache.hadoop.mapreduce.RecordReader;
import org.apache.hadoop.mapreduce.TaskAttemptContext;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

/**
 * The lines of NDJSON files as Spark splits them (Hadoop's file input: local paths, HDFS, object
 * stores, compressed files), each read and validated into its record on the executors by {@code
 * EntenteJson.readNdjsonSplit} — lines split as the library's own readers split them — and
 * mapped there by a function of the caller's.
 */
final class Lines {

  private Lines() {}

  /** The configuration key that tells {@link NdjsonInputFormat} which records a file holds. */
  private static final String TYPE = "dev.entente.spark.ndjson.type";

  /** What to make of one line's record; runs on the executors, so it is serializable. */
  @FunctionalInterface
  interface RecordFunction<R> extends Serializable {
    /**
     * The outputs of one line's record.
     *
     * @param file the file the line is in
     * @param offset the line's byte offset in the file
     * @param line the line's number from 1, or -1 when its split does not start the file
     * @param record the line's record, whose own {@code line} is {@code line}, or {@code offset}
     *     when the number is unknown
     */
    Iterator<R> apply(String file, long offset, long line, NdjsonRecord<?> record);
  }

  /**
   * Every non-blank line of the files, read as {@code type} and mapped by {@code f}.
   *
   * @param paths as Spark's text sources take them: comma-separated paths or globs
   */
  static <R> JavaRDD<R> map(SparkSession spark, String paths, Class<?> type,
      RecordFunction<R> f) {
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration conf = new Configuration(spark.sparkContext().hadoopConfiguration());
    conf.set(TYPE, type == Dossier.class ? "dossier" : "statement");
    @SuppressWarnings("unchecked")
    Class<NdjsonRecord<?>> recordClass = (Class<NdjsonRecord<?>>) (Class<?>) NdjsonRecord.class;
    JavaNewHadoopRDD<Long, NdjsonRecord<?>> records = (JavaNewHadoopRDD<Long, NdjsonRecord<?>>)
        context.newAPIHadoopFile(paths, NdjsonInputFormat.class, Long.class, recordClass, conf);
    return records.mapPartitionsWithInputSplit((split, pairs) ->
        new Mapped<>(((FileSplit) split).getStart() == 0, pairs, f), false);
  }

  /**
   * The validating reader of the executor's JVM, one for every task, made once: {@code
   * EntenteJson.standard()} with the user-assigned country codes of {@link
   * EntenteKryo#USER_ASSIGNED} allowed.
   */
  private static final class Reader {
    static final EntenteJson JSON = EntenteKryo.json(true);
  }

  /** The outputs of a split's records, made as they are asked for. */
  private static final class Mapped<R> implements Iterator<R> {
    private final boolean numbered;
    private final Iterator<Tuple2<Long, NdjsonRecord<?>>> pairs;
    private final RecordFunction<R> f;
    private Iterator<R> ready = Collections.emptyIterator();

    Mapped(boolean numbered, Iterator<Tuple2<Long, NdjsonRecord<?>>> pairs, RecordFunction<R> f) {
      this.numbered = numbered;
      this.pairs = pairs;
      this.f = f;
    }

    @Override
    public boolean hasNext() {
      while (!ready.hasNext() && pairs.hasNext()) {
        Tuple2<Long, NdjsonRecord<?>> pair = pairs.next();
        NdjsonRecord<?> record = pair._2();
        ready = f.apply(record.source(), pair._1(), numbered ? record.line() : -1, record);
      }
      return ready.hasNext();
    }

    @Override
    public R next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return ready.next();
    }
  }

  /**
   * Hadoop's file input giving each line's byte offset and record. A file is split where Hadoop
   * would split a text file, unless it is compressed (then it is read whole, decompressed).
   * Public, with a public constructor, only because Spark makes it by reflection.
   */
  public static final class NdjsonInputFormat extends FileInputFormat<Long, NdjsonRecord<?>> {

    /** Made by Spark. */
    public NdjsonInputFormat() {}

    @Override
    protected boolean isSplitable(JobContext context, Path file) {
      return new CompressionCodecFactory(context.getConfiguration()).getCodec(file) == null;
    }

    @Override
    public RecordReader<Long, NdjsonRecord<?>> createRecordReader(InputSplit split,
        TaskAttemptContext context) {
      return new SplitReader();
    }
  }

  /** The records of one split, read by {@code EntenteJson.readNdjsonSplit}. */
  private static final class SplitReader extends RecordReader<Long, NdjsonRecord<?>> {
    private NdjsonSplit<?> split;
    private Decompressor decompressor;
    private long start;
    private long end;
    private Long offset;
    private NdjsonRecord<?> record;

    @Override
    public void initialize(InputSplit genericSplit, TaskAttemptContext context)
        throws IOException {
      FileSplit file = (FileSplit) genericSplit;
      Configuration conf = context.getConfiguration();
      Path path = file.getPath();
      FSDataInputStream raw = path.getFileSystem(conf).open(path);
      InputStream in = raw;
      CompressionCodec codec = new CompressionCodecFactory(conf).getCodec(path);
      if (codec == null) {
        start = file.getStart();
        end = start + file.getLength();
        raw.seek(start);
      } else {
        // Not splittable (isSplitable): the split is the whole file, read decompressed.
        decompressor = CodecPool.getDecompressor(codec);
        in = codec.createInputStream(raw, decompressor);
        start = 0;
        end = Long.MAX_VALUE;
      }
      Class<?> type = "dossier".equals(conf.get(TYPE)) ? Dossier.class : Statement.class;
      split = Reader.JSON.readNdjsonSplit(in, path.toString(), start, end, type);
    }

    @Override
    public boolean nextKeyValue() {
      if (!split.hasNext()) {
        return false;
      }
      record = split.next();
      offset = split.offset();
      return true;
    }

    @Override
    public Long getCurrentKey() {
      return offset;
    }

    @Override
    public NdjsonRecord<?> getCurrentValue() {
      return record;
    }

    @Override
    public float getProgress() {
      if (offset == null || end == Long.MAX_VALUE || end == start) {
        return 0;
      }
      return Math.min(1f, (offset - start) / (float) (end - start));
    }

    @Override
    public void close() {
      try {
        if (split != null) {
          split.close();
        }
      } finally {
        if (decompressor != null) {
          CodecPool.returnDecompressor(decompressor);
          decompressor = null;
        }
      }
    }
  }
}
