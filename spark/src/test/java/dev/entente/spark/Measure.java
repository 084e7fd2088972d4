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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The README's measurements: ways of reading one file of statements, timed in one JVM, the plain
 * loop (the baseline) beside the others, session start excluded.
 *
 * <pre>
 * Measure FILE [--master local[2]] [--warmup 2] [--rounds 3] [--modes plain,parallel,spark]
 *     [--split-mib 32]
 * </pre>
 *
 * <p>Each round reads the file once in each mode, in the order given; the first {@code warmup}
 * rounds let the JIT compile what the modes run and are not counted. For every pass it prints the
 * statements read, the wall-clock and CPU seconds of the whole JVM (every thread: Spark's, the
 * JIT's, the GC's), the rates, and the peak heap (the sum of the heap pools' peaks, an upper
 * bound); at the end, each mode's median rates over the counted rounds and, when the plain loop
 * is among the modes, the median of each round's ratio to it.
 */
public final class Measure {

  private Measure() {}

  /** Runs the rounds; see the class comment for the arguments. */
  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    Map<String, String> options = new LinkedHashMap<>(Map.of("--master", "local[2]",
        "--warmup", "2", "--rounds", "3", "--modes", "plain,parallel,spark", "--split-mib",
        "32"));
    for (int i = 1; i < args.length; i += 2) {
      if (!options.containsKey(args[i]) || i + 1 >= args.length) {
        throw new IllegalArgumentException("unknown option or missing value: " + args[i]
            + "; options are " + options.keySet());
      }
      options.put(args[i], args[i + 1]);
    }
    List<String> modes = Arrays.asList(options.get("--modes").split(","));
    int warmup = Integer.parseInt(options.get("--warmup"));
    int rounds = Integer.parseInt(options.get("--rounds"));
    SparkSession spark = null;
    if (modes.contains("spark")) {
      spark = SparkSession.builder().config(EntenteKryo.configure(new SparkConf()
          .setMaster(options.get("--master")).setAppName("entente-measure")
          .set("spark.ui.enabled", "false"))).getOrCreate();
      spark.sparkContext().setLogLevel("WARN");
      // Splits of 32 MiB by default (Hadoop's local file system's block size), so that a file of
      // a few hundred megabytes gives every core tasks; a split is never larger than a block
      // unless the least size says so too.
      long split = Long.parseLong(options.get("--split-mib")) << 20;
      spark.sparkContext().hadoopConfiguration()
          .setLong("mapreduce.input.fileinputformat.split.maxsize", split);
      spark.sparkContext().hadoopConfiguration()
          .setLong("mapreduce.input.fileinputformat.split.minsize", split);
    }
    Map<String, List<double[]>> counted = new LinkedHashMap<>();
    for (int round = 0; round < warmup + rounds; round++) {
      String label = round < warmup ? "warm-up " + (round + 1) : "round " + (round - warmup + 1);
      for (String mode : modes) {
        double[] rates = pass(spark, file, mode, options.get("--master"), label);
        if (round >= warmup) {
          counted.computeIfAbsent(mode, m -> new ArrayList<>()).add(rates);
        }
      }
    }
    System.out.printf("medians of %d counted rounds (after %d warm-up):%n", rounds, warmup);
    for (Map.Entry<String, List<double[]>> e : counted.entrySet()) {
      List<double[]> passes = e.getValue();
      String ratio = "";
      if (counted.containsKey("plain")) {
        List<double[]> plain = counted.get("plain");
        double[] ratios = new double[passes.size()];
        for (int i = 0; i < ratios.length; i++) {
          ratios[i] = passes.get(i)[0] / plain.get(i)[0];
        }
        ratio = String.format(", %.2f× the plain loop's wall-clock rate (rounds: %s)",
            median(ratios), Arrays.toString(Arrays.stream(ratios)
                .map(r -> Math.round(r * 100) / 100.0).toArray()));
      }
      System.out.printf("  %-8s %.0f statements/s, %.0f statements/CPU-s%s%n", e.getKey(),
          median(passes.stream().mapToDouble(r -> r[0]).toArray()),
          median(passes.stream().mapToDouble(r -> r[1]).toArray()), ratio);
    }
    if (spark != null) {
      spark.stop();
    }
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /** One pass over the file in one mode: its statements per second and per CPU-second. */
  private static double[] pass(SparkSession spark, Path file, String mode, String master,
      String label) throws Exception {
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
      case "spark" -> {
        NdjsonDataset read = EntenteSpark.readStatements(spark, file.toString());
        statements = read.statements().count();
        problems = -1;
      }
      default -> throw new IllegalArgumentException(
          "modes are plain, parallel and spark, not " + mode);
    }
    double wall = (System.nanoTime() - t0) / 1e9;
    double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    String name = mode.equals("spark") ? "spark " + master : mode;
    System.out.printf("%s, %s: %d statements (%s bad lines) in %.1f s wall, %.1f CPU-s:"
        + " %.0f statements/s, %.0f statements/CPU-s; peak heap %d MiB of %d MiB max%n", label,
        name, statements, problems < 0 ? "-" : Long.toString(problems), wall, cpu,
        statements / wall, statements / cpu, peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
    return new double[] {statements / wall, statements / cpu};
  }
}
