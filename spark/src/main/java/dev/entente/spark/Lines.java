package dev.entente.spark;

import java.io.Serializable;
import java.util.Collections;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

/**
 * The lines of NDJSON files as Spark splits them (Hadoop's text input: local paths, HDFS, object
 * stores, compressed files), each with its file, byte offset and, when known, line number, mapped
 * on the executors by a function of the caller's.
 */
final class Lines {

  private Lines() {}

  private static final String BUFFER_SIZE = "io.file.buffer.size";
  private static final int MIN_BUFFER = 1 << 16;

  /** What to make of one line; runs on the executors, so it is serializable. */
  @FunctionalInterface
  interface LineFunction<R> extends Serializable {
    /**
     * The outputs of one line.
     *
     * @param line the line's number from 1, or -1 when its split does not start the file
     * @param bytes the line's bytes, without the line end; the array is the function's own
     */
    Iterator<R> apply(String file, long offset, long line, byte[] bytes);
  }

  /**
   * Every non-blank line of the files, mapped by {@code f}.
   *
   * @param paths as Spark's text sources take them: comma-separated paths or globs
   */
  static <R> JavaRDD<R> map(SparkSession spark, String paths, LineFunction<R> f) {
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration conf = new Configuration(spark.sparkContext().hadoopConfiguration());
    // Hadoop's line reader fills a buffer of io.file.buffer.size (4 KiB by default) at a time:
    // with lines of a few kilobytes most lines straddle two fills and are copied twice. 64 KiB
    // holds many lines; a larger size the caller set is kept.
    if (conf.getInt(BUFFER_SIZE, 0) < MIN_BUFFER) {
      conf.setInt(BUFFER_SIZE, MIN_BUFFER);
    }
    @SuppressWarnings("unchecked")
    JavaNewHadoopRDD<LongWritable, Text> lines = (JavaNewHadoopRDD<LongWritable, Text>)
        context.newAPIHadoopFile(paths, TextInputFormat.class, LongWritable.class, Text.class, conf);
    return lines.mapPartitionsWithInputSplit((split, pairs) -> {
      FileSplit file = (FileSplit) split;
      return new Mapped<>(file.getPath().toString(), file.getStart() == 0, pairs, f);
    }, false);
  }

  /** The outputs of a split's lines, made as they are asked for. */
  private static final class Mapped<R> implements Iterator<R> {
    private final String file;
    private final boolean numbered;
    private final Iterator<Tuple2<LongWritable, Text>> pairs;
    private final LineFunction<R> f;
    private Iterator<R> ready = Collections.emptyIterator();
    private long line;

    Mapped(String file, boolean numbered, Iterator<Tuple2<LongWritable, Text>> pairs,
        LineFunction<R> f) {
      this.file = file;
      this.numbered = numbered;
      this.pairs = pairs;
      this.f = f;
    }

    @Override
    public boolean hasNext() {
      while (!ready.hasNext() && pairs.hasNext()) {
        Tuple2<LongWritable, Text> pair = pairs.next();
        line++;
        // The reader reuses its Text: the bytes are copied before the next line is read.
        byte[] bytes = Arrays.copyOf(pair._2().getBytes(), pair._2().getLength());
        if (!isBlank(bytes)) {
          ready = f.apply(file, pair._1().get(), numbered ? line : -1, bytes);
        }
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

  /** Whether a line holds nothing but spaces, tabs and carriage returns (the readers skip it). */
  static boolean isBlank(byte[] line) {
    for (byte b : line) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }
}
