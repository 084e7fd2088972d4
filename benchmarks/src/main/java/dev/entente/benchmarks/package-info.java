/**
 * JMH benchmarks of Entente's reading and writing of JSON, against what a user would do without
 * Entente.
 *
 * <p>{@link dev.entente.benchmarks.ReadBenchmark} reads one dossier document three ways: with
 * Entente (read and validated), into the plain records of {@link dev.entente.benchmarks.Plain}
 * with a default Jackson mapper (not validated), and as a bare token scan that builds nothing, the
 * floor of any reader on Jackson. {@link dev.entente.benchmarks.WriteBenchmark} writes the same
 * dossier both ways. {@link dev.entente.benchmarks.StageBenchmark} measures the stages of a read
 * apart (tokens with their text decoded, a read without validation, validation alone), and {@link
 * dev.entente.benchmarks.StageCpuTime} gives each stage's CPU time and bytes per operation from
 * the thread's own counters, which a loaded machine does not skew as it skews throughput. {@link
 * dev.entente.benchmarks.NdjsonValidation} streams a large NDJSON file of
 * statements and reports records per second and the peak heap, which stays that of one record.
 * Every benchmark reads the same seeded, valid documents, from {@link
 * dev.entente.benchmarks.Data}.
 *
 * <p>Run them from the shaded jar: {@code java -jar benchmarks/target/benchmarks.jar}. This module
 * is not published.
 */
package dev.entente.benchmarks;
