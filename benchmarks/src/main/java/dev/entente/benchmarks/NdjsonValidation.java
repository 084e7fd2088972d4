package dev.entente.benchmarks;

import dev.entente.model.Statement;
import dev.entente.serialization.EntenteJson;
import dev.entente.serialization.NdjsonRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Streams an NDJSON file of statements through {@code EntenteJson.readNdjson}, reading and
 * validating each record, and reports records per second and the peak heap. Run it with a small
 * heap to show that memory stays that of one record:
 *
 * <pre>
 * java -Xmx128m -cp benchmarks/target/benchmarks.jar dev.entente.benchmarks.NdjsonValidation [count [threads]]
 * </pre>
 *
 * <p>With {@code threads} 0 (the default) the statements are read by the sequential {@code
 * readNdjson}; with 1 or more, by {@code readNdjsonInParallel} on that many threads. The file ({@code count} statements, 1,000,000 by default) is generated in the temporary
 * directory on first use.
 */
public final class NdjsonValidation {

  private NdjsonValidation() {}

  /** What one run found. */
  public record Result(long records, long badLines, long bytes, double seconds,
      long peakHeapUsed, long peakHeapPools) {

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%,d records (%,d bad) of %,d bytes in %.2f s: %,.0f"
              + " records/s, %.1f MB/s; peak heap used %.1f MiB (sampled), %.1f MiB (sum of the"
              + " heap pools' peaks); max heap %.0f MiB",
          records, badLines, bytes, seconds, records / seconds, bytes / seconds / 1e6,
          peakHeapUsed / 1048576.0, peakHeapPools / 1048576.0,
          Runtime.getRuntime().maxMemory() / 1048576.0);
    }
  }

  /** Generates the file if needed, then streams and validates it. */
  public static void main(String[] args) {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 0;
    Path file = Data.statementsFile(count);
    System.out.println((threads == 0 ? "sequential" : threads + " threads") + ": "
        + run(file, threads));
  }

  /** Reads and validates every statement of the file sequentially; see {@link #run(Path, int)}. */
  public static Result run(Path file) {
    return run(file, 0);
  }

  /**
   * Reads and validates every statement of the file, sampling the heap as it goes: sequentially
   * for 0 threads, else in parallel on that many.
   */
  public static Result run(Path file, int threads) {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    AtomicLong peak = new AtomicLong();
    Runtime runtime = Runtime.getRuntime();
    Thread sampler = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        peak.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
    long records;
    AtomicLong bad = new AtomicLong();
    long start = System.nanoTime();
    try (InputStream in = Files.newInputStream(file)) {
      if (threads == 0) {
        try (Stream<Statement> statements = EntenteJson.standard()
            .readNdjson(in, Statement.class, e -> bad.incrementAndGet())) {
          records = statements.count();
        }
      } else {
        try (Stream<NdjsonRecord<Statement>> results = EntenteJson.standard()
            .readNdjsonInParallel(in, file.toString(), Statement.class, threads)) {
          records = results.filter(r -> {
            if (!r.isValid()) {
              bad.incrementAndGet();
            }
            return r.isValid();
          }).count();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    sampler.interrupt();
    long pools = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pools += pool.getPeakUsage().getUsed();
      }
    }
    long bytes;
    try {
      bytes = Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Result(records, bad.get(), bytes, seconds, peak.get(), pools);
  }
}
