package dev.entente.spark;

import dev.entente.model.Dossier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The example job of the module's README: codes an NDJSON file of dossiers into Parquet and CSV.
 * With no input file it first writes one from the testing module's generators (valid dossiers,
 * with bad lines among them).
 *
 * <pre>
 * ExampleJob [--master local[*]] [--dossiers 200] [--input FILE] [--output DIR]
 * </pre>
 *
 * <p>Under {@code spark-submit} leave out {@code --master}: the submit command sets it.
 */
public final class ExampleJob {

  private ExampleJob() {}

  /** Runs the job; prints what it wrote. */
  public static void main(String[] args) throws Exception {
    String master = null;
    int count = 200;
    String input = null;
    Path output = Path.of("target", "entente-spark-example");
    for (int i = 0; i < args.length; i += 2) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      if (value == null) {
        throw new IllegalArgumentException(args[i] + " needs a value");
      }
      switch (args[i]) {
        case "--master" -> master = value;
        case "--dossiers" -> count = Integer.parseInt(value);
        case "--input" -> input = value;
        case "--output" -> output = Path.of(value);
        default -> throw new IllegalArgumentException("unknown option " + args[i]
            + " (options: --master, --dossiers, --input, --output)");
      }
    }
    if (input == null) {
      input = generate(output, count);
    }
    SparkConf conf = EntenteKryo.configure(new SparkConf().setAppName("entente-example")
        // The generators now and then use Kosovo's user-assigned code.
        .set(EntenteKryo.USER_ASSIGNED, "XK:XKX:Kosovo"));
    if (master != null) {
      conf.setMaster(master);
    }
    try (SparkSession spark = SparkSession.builder().config(conf).getOrCreate()) {
      run(spark, input, output.toString());
    }
  }

  /** Writes generated dossiers, a bad line after every tenth, to {@code dossiers.ndjson}. */
  static String generate(Path output, int count) throws java.io.IOException {
    Files.createDirectories(output);
    List<Dossier> dossiers = Corpus.dossiers(count);
    String input = Corpus.write(output.resolve("dossiers.ndjson"), dossiers, 10).toString();
    System.out.println("wrote " + dossiers.size() + " generated dossiers to " + input);
    return input;
  }

  /** Reads the dossiers and writes their rows: the job itself. */
  public static void run(SparkSession spark, String input, String output) {
    NdjsonDataset read = EntenteSpark.readDossiers(spark, input).cache();
    read.statements().write().mode(SaveMode.Overwrite).parquet(output + "/statements");
    read.positions().write().mode(SaveMode.Overwrite).parquet(output + "/positions");
    read.engagements().write().mode(SaveMode.Overwrite).parquet(output + "/engagements");
    read.plover().write().mode(SaveMode.Overwrite).parquet(output + "/plover");
    // GDELT's own table: tab-separated, no header, without the place columns.
    read.gdelt().drop("file", "offset", "line", "dossier").write().mode(SaveMode.Overwrite)
        .option("sep", "\t").csv(output + "/gdelt");
    read.problems().write().mode(SaveMode.Overwrite).option("header", "true")
        .csv(output + "/problems");
    System.out.printf("statements %d, positions %d, engagements %d, PLOVER records %d,"
        + " GDELT rows %d, problems %d (in %s)%n", read.statements().count(),
        read.positions().count(), read.engagements().count(), read.plover().count(),
        read.gdelt().count(), read.problems().count(), output);
  }
}
