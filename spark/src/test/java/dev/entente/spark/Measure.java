package dev.entente.spark;

import com.sun.management.OperatingSystemMXBean;
import dev.entente.model.Statement;
import dev.entente.serialization.EntenteJson;
import dev.entente.serialization.NdjsonRecord;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The README's measurements: one way of reading a file of statements, timed, session start
 * excluded. {@code Measure FILE plain|parallel|spark1|spark2 [once]}, two passes (a cold
 * and a warm one) unless {@code once}; prints the statements read, the
 * wall-clock and CPU seconds of the whole JVM (every thread), the rates, and the peak heap (the
 * sum of the heap pools' peaks, an upper bound).
 */
public final class Measure {

  private Measure() {}

  /** Runs one measurement. */
  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    String mode = args[1];
    SparkSession spark = null;
    if (mode.startsWith("spark")) {
      spark = SparkSession.builder().config(EntenteKryo.configure(new SparkConf()
          .setMaster("local[" + mode.substring(5) + "]").setAppName("entente-measure")
          .set("spark.ui.enabled", "false"))).getOrCreate();
      spark.sparkContext().setLogLevel("WARN");
      // Splits of 32 MiB, so that a file of a few hundred megabytes gives every core tasks.
      spark.sparkContext().hadoopConfiguration()
          .setLong("mapreduce.input.fileinputformat.split.maxsize", 32L << 20);
    }
    // Two passes: the first in a cold JVM (classes loading, the JIT compiling), then a warm one.
    boolean once = args.length > 2 && args[2].equals("once");
    for (String pass : once ? new String[] {"cold"} : new String[] {"cold", "warm"}) {
      pass(spark, file, mode + " " + pass);
    }
    if (spark != null) {
      spark.stop();
    }
  }

  private static void pass(SparkSession spark, Path file, String label) throws Exception {
    String mode = label.substring(0, label.indexOf(' '));
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    long cpu0 = os.getProcessCpuTime();
    long t0 = System.nanoTime();
    long statements;
    long problems;
    EntenteJson json = EntenteJson.standard();
    switch (mode) {
      case "plain" -> {
        AtomicLong bad = new AtomicLong();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
            Stream<Statement> read = json.readNdjson(in, Statement.class,
                e -> bad.incrementAndGet())) {
          statements = read.count();
        }
        problems = bad.get();
      }
      case "parallel" -> {
        AtomicLong bad = new AtomicLong();
        try (InputStream in = Files.newInputStream(file);
            Stream<NdjsonRecord<Statement>> read = json.readNdjsonInParallel(in,
                file.toString(), Statement.class, 2)) {
          statements = read.filter(r -> r.isValid() || bad.incrementAndGet() < 0).count();
        }
        problems = bad.get();
      }
      default -> {
        NdjsonDataset read = EntenteSpark.readStatements(spark, file.toString());
        statements = read.statements().count();
        problems = -1;
      }
    }
    double wall = (System.nanoTime() - t0) / 1e9;
    double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf("%s: %d statements (%d bad lines) in %.1f s wall, %.1f CPU-s:"
        + " %.0f statements/s, %.0f statements/CPU-s; peak heap %d MiB of %d MiB max%n", label,
        statements, problems, wall, cpu, statements / wall, statements / cpu, peak >> 20,
        Runtime.getRuntime().maxMemory() >> 20);
  }
}
