package dev.entente.spark;

import dev.entente.model.Statement;
import dev.entente.serialization.EntenteJson;
import dev.entente.serialization.NdjsonRecord;
import dev.entente.serialization.NdjsonSplit;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Iterator;
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
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

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

  /** Where a record's line is: its byte offset, and its number from 1 (-1 when unknown). */
  record At(long offset, long line) {}

  /** What to make of one line's record; runs on the executors, so it is serializable. */
  @FunctionalInterface
  interface RecordFunction<R> extends Serializable {
    /**
     * The outputs of one line's record.
     *
     * @param offset the line's byte offset in its file
     * @param line the line's number from 1, or -1 when its split does not start the file
     * @param record the line's record (with its file as its source), whose own {@code line} is
     *     {@code line}, or {@code offset} when the number is unknown
     */
    Iterator<R> apply(long offset, long line, NdjsonRecord<?> record);
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
    conf.setClass(TYPE, type, Object.class);
    @SuppressWarnings("unchecked")
    Class<NdjsonRecord<?>> recordClass = (Class<NdjsonRecord<?>>) (Class<?>) NdjsonRecord.class;
    return context.newAPIHadoopFile(paths, NdjsonInputFormat.class, At.class, recordClass, conf)
        .flatMap(read -> f.apply(read._1().offset(), read._1().line(), read._2()));
  }

  /**
   * The validating reader of the executor's JVM, one for every task, made once: {@code
   * EntenteJson.standard()} with the user-assigned country codes of {@link
   * EntenteKryo#USER_ASSIGNED} allowed.
   */
  private static final class Reader {
    static final EntenteJson JSON = EntenteKryo.json(true);
  }

  /**
   * Hadoop's file input giving each line's byte offset and record. A file is split where Hadoop
   * would split a text file, unless it is compressed (then it is read whole, decompressed).
   * Public, with a public constructor, only because Spark makes it by reflection.
   */
  public static final class NdjsonInputFormat extends FileInputFormat<At, NdjsonRecord<?>> {

    /** Made by Spark. */
    public NdjsonInputFormat() {}

    @Override
    protected boolean isSplitable(JobContext context, Path file) {
      return new CompressionCodecFactory(context.getConfiguration()).getCodec(file) == null;
    }

    @Override
    public RecordReader<At, NdjsonRecord<?>> createRecordReader(InputSplit split,
        TaskAttemptContext context) {
      return new SplitReader();
    }
  }

  /** The records of one split, read by {@code EntenteJson.readNdjsonSplit}. */
  private static final class SplitReader extends RecordReader<At, NdjsonRecord<?>> {
    private NdjsonSplit<?> split;
    private Decompressor decompressor;
    private long start;
    private long end;
    private At at;
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
      Class<?> type = conf.getClass(TYPE, Statement.class);
      split = Reader.JSON.readNdjsonSplit(in, path.toString(), start, end, type);
    }

    @Override
    public boolean nextKeyValue() {
      if (!split.hasNext()) {
        return false;
      }
      record = split.next();
      at = new At(split.offset(), split.isNumbered() ? record.line() : -1);
      return true;
    }

    @Override
    public At getCurrentKey() {
      return at;
    }

    @Override
    public NdjsonRecord<?> getCurrentValue() {
      return record;
    }

    @Override
    public float getProgress() {
      if (at == null || end == Long.MAX_VALUE || end == start) {
        return 0;
      }
      return Math.min(1f, (at.offset() - start) / (float) (end - start));
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
