package dev.entente.spark;

import dev.entente.model.Dossier;
import dev.entente.model.Statement;
import java.util.Objects;
import org.apache.spark.sql.SparkSession;

/**
 * Entente on Apache Spark: NDJSON corpora of statements or dossiers, read where Spark reads
 * (local paths, HDFS, object stores; compressed or not), validated and coded on the executors.
 *
 * <pre>{@code
 * NdjsonDataset read = EntenteSpark.readStatements(spark, "hdfs:///corpus/*.ndjson").cache();
 * read.positions().write().parquet("hdfs:///coded/positions");
 * read.problems().write().csv("hdfs:///coded/problems");
 * }</pre>
 *
 * <p>Each line is read by {@code EntenteJson.readNdjsonRecord}, as the library's own NDJSON
 * readers read it: a statement is validated on its own (references to records of a dossier are
 * not resolved), a dossier as a whole. Model values themselves travel in Datasets and shuffles
 * with {@link EntenteKryo}.
 */
public final class EntenteSpark {

  private EntenteSpark() {}

  /**
   * A file (or files) of statements, one a line.
   *
   * @param paths comma-separated paths or globs, as Spark's text sources take them
   */
  public static NdjsonDataset readStatements(SparkSession spark, String paths) {
    return new NdjsonDataset(Objects.requireNonNull(spark, "spark"),
        Objects.requireNonNull(paths, "paths"), Statement.class);
  }

  /**
   * A file (or files) of dossiers, one a line.
   *
   * @param paths comma-separated paths or globs, as Spark's text sources take them
   */
  public static NdjsonDataset readDossiers(SparkSession spark, String paths) {
    return new NdjsonDataset(Objects.requireNonNull(spark, "spark"),
        Objects.requireNonNull(paths, "paths"), Dossier.class);
  }
}
