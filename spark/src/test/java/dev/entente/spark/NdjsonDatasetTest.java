package dev.entente.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.interop.GdeltExport;
import dev.entente.interop.PloverExport;
import dev.entente.model.CountryCode;
import dev.entente.model.Dossier;
import dev.entente.model.Statement;
import dev.entente.serialization.EntenteJson;
import dev.entente.serialization.JsonProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.entente.time.FuzzyDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spark's rows against a plain single-thread loop over the same file, bad lines included. */
class NdjsonDatasetTest {

  /** The plain loop's reader: the standard one, with the generators' user-assigned XK allowed. */
  private static final EntenteJson JSON = EntenteJson.builder()
      .allowUserAssigned(CountryCode.ofUserAssigned("XK", "XKX", "Kosovo")).build();

  @TempDir
  static Path dir;

  static List<Dossier> dossiers;
  static Path statementsFile;
  static Path dossiersFile;

  @BeforeAll
  static void corpus() {
    // The generators may give few statements and none dated: the testing module's two samples
    // make sure there are dated statements and positions of every kind to compare.
    dossiers = new java.util.ArrayList<>(Corpus.dossiers(40));
    dossiers.add(dev.entente.testing.SampleDossiers.korUsa());
    dossiers.add(dev.entente.testing.SampleDossiers.franceJapan());
    statementsFile = Corpus.write(dir.resolve("statements.ndjson"),
        Corpus.statements(dossiers), 7);
    dossiersFile = Corpus.write(dir.resolve("dossiers.ndjson"), dossiers, 9);
  }

  /** What the plain loop finds: the valid records' ids and every problem, by line. */
  record Plain(List<String> ids, List<String> problems) {}

  static <T> Plain plain(Path file, Class<T> type) throws IOException {
    List<String> problems = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file);
        Stream<T> read = JSON.readNdjson(in, type, e -> e.problems().forEach(
            p -> problems.add(problem(p.line(), p)))) ) {
      read.forEach(v -> ids.add(v instanceof Dossier d ? d.id() : ((Statement) v).id()));
    }
    return new Plain(ids, problems);
  }

  static String problem(long line, JsonProblem p) {
    return line + " " + p.pointer() + " " + p.kind() + " " + p.violation().map(Enum::name)
        .orElse("-") + " " + p.column() + " " + p.message();
  }

  static String problem(Row r, long[] lineStarts) {
    long line = r.isNullAt(2) ? lineOf(lineStarts, r.getLong(1)) : r.getLong(2);
    return line + " " + r.getString(4) + " " + r.getString(5) + " "
        + (r.isNullAt(6) ? "-" : r.getString(6)) + " " + r.getInt(7) + " " + r.getString(8);
  }

  /** The byte offset of each line's start. */
  static long[] lineStarts(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    List<Long> starts = new ArrayList<>(List.of(0L));
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        starts.add(i + 1L);
      }
    }
    return starts.stream().mapToLong(Long::longValue).toArray();
  }

  static long lineOf(long[] starts, long offset) {
    int i = java.util.Arrays.binarySearch(starts, offset);
    assertThat(i).as("offset %d starts a line", offset).isGreaterThanOrEqualTo(0);
    return i + 1;
  }

  static List<String> sortedByOffset(Dataset<Row> rows, String column) {
    return rows.orderBy("offset").select(column).collectAsList().stream()
        .map(r -> r.getString(0)).collect(Collectors.toList());
  }

  static List<String> problems(NdjsonDataset read, Path file) throws IOException {
    long[] starts = lineStarts(file);
    return read.problems().orderBy("offset").collectAsList().stream()
        .map(r -> problem(r, starts)).collect(Collectors.toList());
  }

  @Test
  void statementsAndProblemsAreThoseOfThePlainLoop() throws IOException {
    Plain plain = plain(statementsFile, Statement.class);
    NdjsonDataset read = EntenteSpark.readStatements(LocalSpark.session(),
        statementsFile.toString()).cache();

    assertThat(plain.ids()).as("valid statements").isNotEmpty();
    assertThat(plain.problems()).as("problems").hasSizeGreaterThanOrEqualTo(Corpus.BAD_LINES.size());
    assertSameAsPlainLoop(read, statementsFile);
    assertThat(read.problems().select("file").distinct().collectAsList())
        .extracting(r -> r.getString(0)).singleElement().asString().endsWith("statements.ndjson");
    long positions = Corpus.statements(dossiers).stream().mapToLong(s -> s.positions().size()).sum();
    assertThat(read.positions().count()).isEqualTo(positions);
  }

  @Test
  void withoutCacheEachDatasetGivesTheRowsOfTheCachedPass() {
    SparkSession spark = LocalSpark.session();
    NdjsonDataset cached = EntenteSpark.readDossiers(spark, dossiersFile.toString()).cache();
    NdjsonDataset each = EntenteSpark.readDossiers(spark, dossiersFile.toString());

    assertThat(each.statements().collectAsList())
        .containsExactlyElementsOf(cached.statements().collectAsList()).isNotEmpty();
    assertThat(each.positions().collectAsList())
        .containsExactlyElementsOf(cached.positions().collectAsList()).isNotEmpty();
    assertThat(each.engagements().collectAsList())
        .containsExactlyElementsOf(cached.engagements().collectAsList()).isNotEmpty();
    assertThat(each.problems().collectAsList())
        .containsExactlyElementsOf(cached.problems().collectAsList()).isNotEmpty();
  }

  @Test
  void statementAndPositionColumnsHoldTheirValuesAndTheCodingsOfEventMapping() {
    NdjsonDataset read = EntenteSpark.readDossiers(LocalSpark.session(), dossiersFile.toString())
        .cache();
    List<String> expectedStatements = new ArrayList<>();
    List<String> expectedPositions = new ArrayList<>();
    for (Statement s : Corpus.statements(dossiers)) {
      expectedStatements.add(String.join("|", s.id(), Rows.typeName(s.getClass()),
          s.confirmation().map(Enum::name).orElse("-"), s.issuers().stream().map(r -> r.id())
              .collect(Collectors.joining(",")), Integer.toString(s.positions().size())));
      for (int i = 0; i < s.positions().size(); i++) {
        dev.entente.model.Position p = s.positions().get(i);
        dev.entente.interop.Coding coding = dev.entente.interop.EventMapping.position(p.kind());
        expectedPositions.add(String.join("|", s.id(), Integer.toString(i), p.kind().name(),
            p.intensityLevel().name(),
            coding.cameo().map(c -> c.code() + "/" + c.description() + "/" + c.goldstein() + "/"
                + c.quadClass()).orElse("-"),
            coding.plover().map(e -> e.event() + "/" + e.mode().orElse("-")).orElse("-"),
            p.objects().stream().map(o -> o.actors().stream()
                .map(a -> a.actor().id() + ":" + a.role().name())
                .collect(Collectors.joining(","))).collect(Collectors.joining(";"))));
      }
    }
    List<String> statements = read.statements().collectAsList().stream().map(r -> String.join(
        "|", r.getString(r.fieldIndex("id")), r.getString(r.fieldIndex("type")),
        r.isNullAt(r.fieldIndex("confirmation")) ? "-" : r.getString(r.fieldIndex("confirmation")),
        String.join(",", r.<String>getList(r.fieldIndex("issuers"))),
        Integer.toString(r.getInt(r.fieldIndex("positions"))))).collect(Collectors.toList());
    List<String> positions = read.positions().collectAsList().stream().map(r -> String.join("|",
        r.getString(r.fieldIndex("statement")), Integer.toString(r.getInt(r.fieldIndex("index"))),
        r.getString(r.fieldIndex("kind")), r.getString(r.fieldIndex("intensity")),
        r.isNullAt(r.fieldIndex("cameo_code")) ? "-" : r.getString(r.fieldIndex("cameo_code"))
            + "/" + r.getString(r.fieldIndex("cameo_description")) + "/"
            + r.getDouble(r.fieldIndex("goldstein")) + "/" + r.getInt(r.fieldIndex("quad_class")),
        r.isNullAt(r.fieldIndex("plover_event")) ? "-" : r.getString(r.fieldIndex("plover_event"))
            + "/" + (r.isNullAt(r.fieldIndex("plover_mode")) ? "-"
                : r.getString(r.fieldIndex("plover_mode"))),
        r.<Row>getList(r.fieldIndex("objects")).stream().map(o -> o.<Row>getList(1).stream()
            .map(a -> a.getString(0) + ":" + a.getString(1)).collect(Collectors.joining(",")))
            .collect(Collectors.joining(";")))).collect(Collectors.toList());

    assertThat(statements).containsExactlyInAnyOrderElementsOf(expectedStatements);
    assertThat(positions).containsExactlyInAnyOrderElementsOf(expectedPositions);
    assertThat(positions).anySatisfy(p -> assertThat(p).doesNotContain("|-|-|"));
  }

  @Test
  void dateColumnsHoldTheDaysOfTheStatementsDates() {
    NdjsonDataset read = EntenteSpark.readDossiers(LocalSpark.session(), dossiersFile.toString());
    Map<String, List<Object>> expected = new HashMap<>();
    for (Statement s : Corpus.statements(dossiers)) {
      Optional<FuzzyDate> date = s.date();
      expected.put(s.id(), Arrays.asList(
          date.filter(d -> !d.isUnknownStart() && !d.isOpenStart())
              .map(d -> (Object) java.sql.Date.valueOf(d.earliest())).orElse(null),
          date.filter(d -> !d.isUnknownEnd() && !d.isOpenEnd())
              .map(d -> (Object) java.sql.Date.valueOf(d.latest())).orElse(null)));
    }
    Map<String, List<Object>> actual = new HashMap<>();
    for (Row r : read.statements().select("id", "date_earliest", "date_latest").collectAsList()) {
      actual.put(r.getString(0), Arrays.asList(r.get(1), r.get(2)));
    }

    assertThat(actual).isEqualTo(expected);
    assertThat(actual.values()).anySatisfy(days -> assertThat(days.get(0)).isNotNull());
  }

  @Test
  void aCompressedFileIsReadWholeByOneTaskWithItsLinesNumbered() throws IOException {
    Path gzip = dir.resolve("statements.ndjson.gz");
    try (java.io.OutputStream out = new java.util.zip.GZIPOutputStream(
        Files.newOutputStream(gzip))) {
      Files.copy(statementsFile, out);
    }
    // Splits this small would cut the plain file in many; a gzip file is never cut.
    NdjsonDataset read = readInSplitsOf(gzip, Files.size(gzip) / 5);

    assertThat(read.statements().rdd().getNumPartitions()).isEqualTo(1);
    assertThat(read.statements().where("line is null").count()).isZero();
    assertSameAsPlainLoop(read, statementsFile);
  }

  @Test
  void filesSplitAcrossTasksLoseNoLineAndPlaceEachByItsOffset() throws IOException {
    NdjsonDataset read = readInSplitsOf(statementsFile, Files.size(statementsFile) / 5);

    assertThat(read.statements().rdd().getNumPartitions()).isGreaterThanOrEqualTo(5);
    assertThat(read.statements().where("line is null").count()).as("lines of later splits")
        .isPositive();
    assertSameAsPlainLoop(read, statementsFile);
  }

  /**
   * The statements of the file read with splits of at most {@code bytes}, cached: computed here,
   * while the session's configuration says so.
   */
  private static NdjsonDataset readInSplitsOf(Path file, long bytes) {
    SparkSession spark = LocalSpark.session();
    String key = "mapreduce.input.fileinputformat.split.maxsize";
    spark.sparkContext().hadoopConfiguration().setLong(key, bytes);
    try {
      NdjsonDataset read = EntenteSpark.readStatements(spark, file.toString()).cache();
      read.statements().count();
      read.problems().count();
      return read;
    } finally {
      spark.sparkContext().hadoopConfiguration().unset(key);
    }
  }

  /** The valid statements and every problem are those of the plain loop over {@code plainFile}. */
  private static void assertSameAsPlainLoop(NdjsonDataset read, Path plainFile)
      throws IOException {
    Plain plain = plain(plainFile, Statement.class);
    assertThat(sortedByOffset(read.statements(), "id")).isEqualTo(plain.ids());
    assertThat(problems(read, plainFile)).isEqualTo(plain.problems());
  }

  @Test
  void dossiersGiveTheirRecordsCodedAsInteropExportsThem() throws IOException {
    Plain plain = plain(dossiersFile, Dossier.class);
    NdjsonDataset read = EntenteSpark.readDossiers(LocalSpark.session(), dossiersFile.toString())
        .cache();

    assertThat(problems(read, dossiersFile)).isEqualTo(plain.problems()).isNotEmpty();
    assertThat(read.statements().count()).isEqualTo(Corpus.statements(dossiers).size());
    assertThat(read.engagements().count())
        .isEqualTo(dossiers.stream().mapToLong(d -> d.engagements().size()).sum());
    assertThat(read.plover().orderBy("offset", "id").select("json").collectAsList())
        .extracting(r -> r.getString(0))
        .containsExactlyInAnyOrderElementsOf(dossiers.stream()
            .flatMap(d -> PloverExport.toString(d).lines()).collect(Collectors.toList()));
    List<Row> gdelt = read.gdelt().drop("file", "offset", "line", "dossier").collectAsList();
    assertThat(gdelt).extracting(r -> r.get(0)).containsExactlyInAnyOrderElementsOf(
        dossiers.stream().flatMap(d -> GdeltExport.toString(d).lines())
            .map(l -> (Object) Long.parseLong(l.substring(0, l.indexOf('\t'))))
            .collect(Collectors.toList()));
  }

  @Test
  void ploverAndGdeltNeedDossiers() {
    NdjsonDataset read = EntenteSpark.readStatements(LocalSpark.session(),
        statementsFile.toString());
    assertThatThrownBy(read::plover).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("readDossiers");
  }

  @Test
  void rowsWriteAsParquetAndReadBackWithTheirSchema() {
    NdjsonDataset read = EntenteSpark.readDossiers(LocalSpark.session(), dossiersFile.toString());
    String out = dir.resolve("positions.parquet").toString();
    read.positions().write().parquet(out);
    Dataset<Row> back = LocalSpark.session().read().schema(EntenteSchemas.POSITION).parquet(out);
    assertThat(back.count()).isEqualTo(read.positions().count());
    assertThat(back.schema().fieldNames()).containsExactly(EntenteSchemas.POSITION.fieldNames());
  }
}
