package dev.entente.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The stages of a read in CPU time and bytes allocated per operation, from the reading thread's
 * own counters ({@code ThreadMXBean}): on a machine shared with other jobs a thread that waits for
 * a core is not charged for the wait, so the split of a read into its stages holds where JMH's
 * wall-clock throughput does not. It is no substitute for JMH (no forks, no blackhole, medians of
 * batches), only a cross-check of the stage breakdown; the same operations as {@link
 * ReadBenchmark} and {@link StageBenchmark} (and the writes of {@link WriteBenchmark}), in rounds
 * that run every stage in turn.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.entente.benchmarks.StageCpuTime [warm-up
 * rounds] [rounds] [milliseconds of CPU a batch]</pre>
 */
public final class StageCpuTime {

  /** Where each result goes, so that no operation is dead code. */
  static volatile Object sink;

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private StageCpuTime() {}

  /** One stage's figures: the median and lowest CPU time and the median bytes per operation. */
  record Figures(String stage, double medianNanos, double lowestNanos, double bytes) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%-28s %12.1f µs/op (lowest %10.1f) %12.0f B/op", stage,
          medianNanos / 1000, lowestNanos / 1000, bytes);
    }
  }

  /**
   * The stages of a read of the document of a size, each an operation, and the two writes of
   * {@link WriteBenchmark}.
   */
  static Map<String, Supplier<Object>> stages(String size) {
    ReadBenchmark read = new ReadBenchmark();
    read.size = size;
    read.setup();
    StageBenchmark stages = new StageBenchmark();
    stages.size = size;
    stages.setup();
    Map<String, Supplier<Object>> all = new LinkedHashMap<>();
    all.put("tokenScan", read::tokenScan);
    all.put("tokensAndText", stages::tokensAndText);
    all.put("readWithoutValidation", stages::readWithoutValidation);
    all.put("validationOnly", stages::validationOnly);
    all.put("entente", read::entente);
    all.put("plainRecords", read::plainRecords);
    WriteBenchmark write = new WriteBenchmark();
    write.size = size;
    write.setup();
    all.put("writeEntente", write::entente);
    all.put("writePlainRecords", write::plainRecords);
    return all;
  }

  /**
   * Runs every stage in turn, round after round, each for a batch of about {@code batchMillis}
   * of CPU, and returns each stage's figures over the rounds after the warm-up.
   */
  static List<Figures> run(String size, int warmupRounds, int rounds, int batchMillis) {
    Map<String, Supplier<Object>> stages = stages(size);
    Map<String, Integer> batch = new LinkedHashMap<>();
    stages.forEach((name, op) -> batch.put(name, 1));
    Map<String, double[]> nanos = new LinkedHashMap<>();
    Map<String, double[]> bytes = new LinkedHashMap<>();
    stages.forEach((name, op) -> {
      nanos.put(name, new double[rounds]);
      bytes.put(name, new double[rounds]);
    });
    long thread = Thread.currentThread().getId();
    for (int round = 0; round < warmupRounds + rounds; round++) {
      for (Map.Entry<String, Supplier<Object>> stage : stages.entrySet()) {
        String name = stage.getKey();
        Supplier<Object> op = stage.getValue();
        int n = batch.get(name);
        long allocated = THREADS.getThreadAllocatedBytes(thread);
        long start = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < n; i++) {
          sink = op.get();
        }
        long cpu = THREADS.getCurrentThreadCpuTime() - start;
        long allocatedNow = THREADS.getThreadAllocatedBytes(thread);
        if (round >= warmupRounds) {
          nanos.get(name)[round - warmupRounds] = (double) cpu / n;
          bytes.get(name)[round - warmupRounds] = (double) (allocatedNow - allocated) / n;
        }
        // The next batch, sized for about batchMillis of CPU.
        double perOp = Math.max(1.0, (double) cpu / n);
        batch.put(name, (int) Math.max(1, Math.min(10_000_000, batchMillis * 1e6 / perOp)));
      }
    }
    List<Figures> figures = new ArrayList<>();
    for (String name : stages.keySet()) {
      double[] n = nanos.get(name).clone();
      double[] b = bytes.get(name).clone();
      Arrays.sort(n);
      Arrays.sort(b);
      figures.add(new Figures(name, n[n.length / 2], n[0], b[b.length / 2]));
    }
    return figures;
  }

  /**
   * Prints each stage's figures for both sizes.
   *
   * @param args warm-up rounds (default 20), rounds (default 20), milliseconds of CPU a batch
   *     (default 100)
   */
  public static void main(String[] args) {
    int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    int millis = args.length > 2 ? Integer.parseInt(args[2]) : 100;
    for (String size : List.of("1KB", "100KB")) {
      System.out.println(size + ": median of " + rounds + " batches of about " + millis
          + " ms of CPU each, after " + warmup + " rounds of warm-up");
      for (Figures f : run(size, warmup, rounds, millis)) {
        System.out.println("  " + f);
      }
    }
  }
}
