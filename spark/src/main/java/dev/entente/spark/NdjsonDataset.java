package dev.entente.spark;

import dev.entente.model.Dossier;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * NDJSON files of statements or dossiers, read, validated and coded on Spark's executors, as
 * Datasets of rows with {@link EntenteSchemas}' published schemas. Every line gives either the
 * rows of its record or its problems ({@link #problems()}): a bad line never stops the job and is
 * never lost. The Datasets are lazy, and all come from one pass over the lines; call {@link
 * #cache()} before using more than one of them, or the files are read (and validated) again for
 * each. Without {@link #cache()}, a Dataset's pass builds the rows of its own kind only (counting
 * the statements builds no position rows); a Dataset taken before {@link #cache()} is called keeps
 * its own pass. {@link #plover()} and {@link #gdelt()} read the valid dossiers in passes of their own.
 */
public final class NdjsonDataset {

  private final SparkSession spark;
  private final String paths;
  private final Class<?> type;
  private final JavaRDD<Rows.Tagged> rows;
  private boolean cached;

  NdjsonDataset(SparkSession spark, String paths, Class<?> type) {
    this.spark = spark;
    this.paths = paths;
    this.type = type;
    this.rows = Lines.map(spark, paths, type, (offset, line, record) ->
        Rows.of(record, offset, line).iterator());
  }

  /** Keeps the rows of the one pass in memory (spilling to disk) once they are first computed. */
  public NdjsonDataset cache() {
    rows.persist(StorageLevel.MEMORY_AND_DISK());
    cached = true;
    return this;
  }

  /** The problems of every bad line, as rows of {@link EntenteSchemas#PROBLEM}. */
  public Dataset<Row> problems() {
    return of(Rows.Kind.PROBLEM, EntenteSchemas.PROBLEM);
  }

  /** Every valid statement (of the statements file, or of each valid dossier): {@link EntenteSchemas#STATEMENT}. */
  public Dataset<Row> statements() {
    return of(Rows.Kind.STATEMENT, EntenteSchemas.STATEMENT);
  }

  /** Every position of the valid statements, coded: {@link EntenteSchemas#POSITION}. */
  public Dataset<Row> positions() {
    return of(Rows.Kind.POSITION, EntenteSchemas.POSITION);
  }

  /** Every engagement of the valid dossiers (none in a file of statements): {@link EntenteSchemas#ENGAGEMENT}. */
  public Dataset<Row> engagements() {
    return of(Rows.Kind.ENGAGEMENT, EntenteSchemas.ENGAGEMENT);
  }

  private Dataset<Row> of(Rows.Kind kind, StructType schema) {
    if (cached) {
      return dataFrame(rows.filter(t -> t.kind() == kind).map(Rows.Tagged::row), schema);
    }
    return dataFrame(Lines.map(spark, paths, type, (offset, line, record) ->
        Rows.of(record, offset, line, kind).iterator()), schema);
  }

  /**
   * The rows, already in Spark's internal form, as a DataFrame of the schema: through the classic
   * session's {@code internalCreateDataFrame} (Spark's own path for rows it has encoded, public
   * in the bytecode though not in Scala), so that nothing is encoded a second time.
   */
  private Dataset<Row> dataFrame(JavaRDD<InternalRow> rows, StructType schema) {
    if (!(spark instanceof org.apache.spark.sql.classic.SparkSession classic)) {
      throw new IllegalStateException("entente-spark reads files on the executors, through RDDs:"
          + " it needs a classic SparkSession, not a " + spark.getClass().getName()
          + " (Spark Connect has no RDDs)");
    }
    return classic.internalCreateDataFrame(rows.rdd(), schema, false);
  }

  /**
   * The PLOVER records of the valid dossiers, as interop's {@code PloverExport} writes them:
   * {@link EntenteSchemas#PLOVER}. Bad lines are in {@link #problems()}.
   *
   * @throws IllegalStateException for a file of statements, which PLOVER cannot code alone
   */
  public Dataset<Row> plover() {
    return dataFrame(dossiers(true), EntenteSchemas.PLOVER);
  }

  /**
   * The GDELT 2.0 event rows of the valid dossiers, as interop's {@code GdeltExport} writes them:
   * {@link EntenteSchemas#GDELT}. Bad lines are in {@link #problems()}.
   *
   * @throws IllegalStateException for a file of statements, which GDELT cannot code alone
   */
  public Dataset<Row> gdelt() {
    return dataFrame(dossiers(false), EntenteSchemas.GDELT);
  }

  private JavaRDD<InternalRow> dossiers(boolean plover) {
    if (type != Dossier.class) {
      throw new IllegalStateException("PLOVER and GDELT rows are made from dossiers, and "
          + paths + " is read as statements: read it with EntenteSpark.readDossiers");
    }
    return Lines.map(spark, paths, Dossier.class, (offset, line, record) -> {
      if (!record.isValid()) {
        return List.<InternalRow>of().iterator();
      }
      Dossier dossier = (Dossier) record.value().orElseThrow();
      Rows.Place place = new Rows.Place(record.source(), offset, line > 0 ? line : null,
          dossier.id());
      return (plover ? Exports.plover(place, dossier) : Exports.gdelt(place, dossier)).iterator();
    });
  }
}
