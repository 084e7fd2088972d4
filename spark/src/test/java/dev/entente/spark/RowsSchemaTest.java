package dev.entente.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.model.CountryCode;
import dev.entente.model.Dossier;
import dev.entente.serialization.EntenteJson;
import dev.entente.serialization.NdjsonRecord;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.util.ArrayData;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.DoubleType;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rows {@link Rows} and {@link Exports} build in Spark's internal form hold, column by
 * column, what their schemas say: Spark does not check internal rows as its encoders check
 * external ones, and a wrong one would be written as garbage rather than refused.
 */
class RowsSchemaTest {

  private static final EntenteJson JSON = EntenteJson.builder()
      .allowUserAssigned(CountryCode.ofUserAssigned("XK", "XKX", "Kosovo")).build();

  private static final Map<Rows.Kind, StructType> SCHEMAS = new EnumMap<>(Map.of(
      Rows.Kind.PROBLEM, EntenteSchemas.PROBLEM, Rows.Kind.STATEMENT, EntenteSchemas.STATEMENT,
      Rows.Kind.POSITION, EntenteSchemas.POSITION, Rows.Kind.ENGAGEMENT,
      EntenteSchemas.ENGAGEMENT));

  static List<Dossier> dossiers;

  @BeforeAll
  static void corpus() {
    dossiers = new ArrayList<>(Corpus.dossiers(60));
    dossiers.add(dev.entente.testing.SampleDossiers.korUsa());
    dossiers.add(dev.entente.testing.SampleDossiers.franceJapan());
  }

  private static NdjsonRecord<Dossier> record(Dossier dossier, long line) {
    return JSON.readNdjsonRecord(JSON.writeBytes(dossier), "d.ndjson", line, Dossier.class, null);
  }

  @Test
  void everyKindOfRowHoldsWhatItsSchemaSays() {
    Map<Rows.Kind, Integer> seen = new EnumMap<>(Rows.Kind.class);
    List<NdjsonRecord<?>> records = new ArrayList<>();
    for (int i = 0; i < dossiers.size(); i++) {
      records.add(record(dossiers.get(i), i % 2 == 0 ? i + 1 : i * 1000L));
    }
    for (String bad : Corpus.BAD_LINES) {
      records.add(JSON.readNdjsonRecord(bad.getBytes(StandardCharsets.UTF_8), "d.ndjson", 7,
          Dossier.class, null));
    }
    for (NdjsonRecord<?> r : records) {
      for (Rows.Tagged tagged : Rows.of(r, 123, r.line() < 1000 ? r.line() : -1)) {
        conforms(tagged.row(), SCHEMAS.get(tagged.kind()), tagged.kind().name());
        seen.merge(tagged.kind(), 1, Integer::sum);
      }
    }
    assertThat(seen).as("rows of every kind").containsOnlyKeys(Rows.Kind.values());
  }

  @Test
  void ploverAndGdeltRowsHoldWhatTheirSchemasSay() {
    int plover = 0;
    int gdelt = 0;
    for (Dossier d : dossiers) {
      Rows.Place place = new Rows.Place("d.ndjson", 0, 1L, d.id());
      for (InternalRow row : Exports.plover(place, d)) {
        conforms(row, EntenteSchemas.PLOVER, "PLOVER");
        plover++;
      }
      for (InternalRow row : Exports.gdelt(place, d)) {
        conforms(row, EntenteSchemas.GDELT, "GDELT");
        gdelt++;
      }
    }
    assertThat(plover).isPositive();
    assertThat(gdelt).isPositive();
  }

  @Test
  void theCheckFindsAWrongCell() {
    StructType schema = new StructType(new StructField[] {
        new StructField("n", org.apache.spark.sql.types.DataTypes.IntegerType, false,
            org.apache.spark.sql.types.Metadata.empty())});
    assertThatThrownBy(() -> conforms(Rows.row("7"), schema, "test"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("test.n");
    assertThatThrownBy(() -> conforms(Rows.row((Object) null), schema, "test"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("test.n");
  }

  /** Asserts that the row has the schema's columns, each of its type, null only where allowed. */
  static void conforms(InternalRow row, StructType schema, String where) {
    assertThat(row.numFields()).as(where + " columns").isEqualTo(schema.fields().length);
    for (int i = 0; i < schema.fields().length; i++) {
      StructField field = schema.fields()[i];
      String at = where + "." + field.name();
      Object value = row.isNullAt(i) ? null : row.get(i, field.dataType());
      if (value == null) {
        assertThat(field.nullable()).as(at + " is null").isTrue();
      } else {
        cell(value, field.dataType(), at);
      }
    }
  }

  private static void cell(Object value, DataType type, String at) {
    if (type instanceof StringType) {
      assertThat(value).as(at).isInstanceOf(UTF8String.class);
    } else if (type instanceof LongType) {
      assertThat(value).as(at).isInstanceOf(Long.class);
    } else if (type instanceof IntegerType || type instanceof DateType) {
      assertThat(value).as(at).isInstanceOf(Integer.class);
    } else if (type instanceof DoubleType) {
      assertThat(value).as(at).isInstanceOf(Double.class);
    } else if (type instanceof BooleanType) {
      assertThat(value).as(at).isInstanceOf(Boolean.class);
    } else if (type instanceof ArrayType array) {
      assertThat(value).as(at).isInstanceOf(ArrayData.class);
      ArrayData data = (ArrayData) value;
      for (int j = 0; j < data.numElements(); j++) {
        assertThat(data.isNullAt(j)).as(at + "[" + j + "] is null").isFalse();
        cell(data.get(j, array.elementType()), array.elementType(), at + "[" + j + "]");
      }
    } else if (type instanceof StructType struct) {
      assertThat(value).as(at).isInstanceOf(InternalRow.class);
      conforms((InternalRow) value, struct, at);
    } else {
      throw new AssertionError(at + ": no check for " + type);
    }
  }
}
