package dev.entente.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import dev.entente.interop.GdeltExport;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The published schemas of the rows {@link NdjsonDataset} gives: explicit, so that Spark never
 * runs a pipeline to infer them, and stable, so that Parquet written by one version reads with
 * the next. Every row of a record read from a file starts with its place: {@code file} (the path
 * as Spark names it), {@code offset} (the byte offset of the line's start in the file, always
 * known) and {@code line} (the line's number from 1, known when the file is read as one split, as
 * any file under Spark's split size is; null otherwise: the offset then locates the line).
 * {@code dossier} is the id of the dossier the row comes from, null for a file of statements.
 * Dates are EDTF text as recorded ({@code date}) with the first and last day they can mean
 * ({@code date_earliest}, {@code date_latest}); a value absent from the record is null and an
 * absent list is empty.
 */
public final class EntenteSchemas {

  private EntenteSchemas() {}

  private static StructField field(String name, DataType type, boolean nullable) {
    return new StructField(name, type, nullable, Metadata.empty());
  }

  private static DataType strings() {
    return DataTypes.createArrayType(StringType, false);
  }

  private static List<StructField> place() {
    return List.of(field("file", StringType, false), field("offset", LongType, false),
        field("line", LongType, true), field("dossier", StringType, true));
  }

  private static StructType struct(List<StructField> head, StructField... rest) {
    List<StructField> all = new ArrayList<>(head);
    all.addAll(List.of(rest));
    return new StructType(all.toArray(StructField[]::new));
  }

  /**
   * One problem of a bad line: its place, the JSON Pointer of the value at fault ({@code ""} for
   * the whole line), the problem's {@code kind} ({@code JsonProblem.Kind}: {@code SYNTAX}, {@code
   * INVALID_VALUE} …), the dossier rule broken ({@code code}, a {@code ViolationCode}, for kind
   * {@code VIOLATION} only), the column within the line (0 when unknown) and the message, which
   * names the bad value.
   */
  public static final StructType PROBLEM = struct(place(),
      field("pointer", StringType, false),
      field("kind", StringType, false),
      field("code", StringType, true),
      field("column", IntegerType, false),
      field("message", StringType, false));

  /**
   * One statement: its id, {@code type} ({@code joint-statement}, {@code unilateral-statement},
   * {@code remarks}), title, date, the engagement it was made at, its issuers' and topics' ids,
   * its confirmation ({@code CONFIRMED} …) and how many positions it has.
   */
  public static final StructType STATEMENT = struct(place(),
      field("id", StringType, false),
      field("type", StringType, false),
      field("title", StringType, true),
      field("date", StringType, true),
      field("date_earliest", DateType, true),
      field("date_latest", DateType, true),
      field("engagement", StringType, true),
      field("issuers", strings(), false),
      field("topics", strings(), false),
      field("confirmation", StringType, true),
      field("positions", IntegerType, false));

  /** An object of a position: its targets' ids, its typed actors, phenomenon and conduct. */
  public static final StructType POSITION_OBJECT = new StructType(new StructField[] {
      field("targets", strings(), false),
      field("actors", DataTypes.createArrayType(new StructType(new StructField[] {
          field("actor", StringType, false), field("role", StringType, false)}), false), false),
      field("phenomenon", StringType, true),
      field("conduct", StringType, true)});

  /**
   * One position of a statement, coded: the statement's id and date, the position's index in it
   * and {@code kind} ({@code CONDEMN} …), its holders', objects' and topics' ids, its intensity
   * level, and the codes {@code EventMapping.position} gives its kind — the CAMEO code, its
   * description, Goldstein score and quad class, and the PLOVER event and mode (null where PLOVER
   * has no category for it: see interop's MAPPING.md).
   */
  public static final StructType POSITION = struct(place(),
      field("statement", StringType, false),
      field("index", IntegerType, false),
      field("kind", StringType, false),
      field("date", StringType, true),
      field("date_earliest", DateType, true),
      field("holders", strings(), false),
      field("objects", DataTypes.createArrayType(POSITION_OBJECT, false), false),
      field("topics", strings(), false),
      field("intensity", StringType, false),
      field("cameo_code", StringType, true),
      field("cameo_description", StringType, true),
      field("goldstein", DoubleType, true),
      field("quad_class", IntegerType, true),
      field("plover_event", StringType, true),
      field("plover_mode", StringType, true));

  /**
   * One engagement of a dossier: id, {@code type} ({@code dialogue}, {@code meeting}), title,
   * sides' and host's ids, date, the venue's country (ISO 3166-1 alpha-2) and city, topics' ids,
   * and the engagement it is part of.
   */
  public static final StructType ENGAGEMENT = struct(place(),
      field("id", StringType, false),
      field("type", StringType, false),
      field("title", StringType, true),
      field("sides", strings(), false),
      field("host", StringType, true),
      field("date", StringType, true),
      field("date_earliest", DateType, true),
      field("date_latest", DateType, true),
      field("venue_country", StringType, true),
      field("venue_city", StringType, true),
      field("topics", strings(), false),
      field("part_of", StringType, true));

  /** An actor of a PLOVER record, as PLOVER writes it (see interop's MAPPING.md). */
  public static final StructType PLOVER_ACTOR = new StructType(new StructField[] {
      field("code", StringType, true),
      field("sector", StringType, true),
      field("entity_text", StringType, true),
      field("identifier_id", StringType, true),
      field("entente_id", StringType, true)});

  /**
   * One PLOVER record of a dossier ({@code PloverExport}): PLOVER's fields {@code id}, {@code
   * has_event}, {@code date}, {@code enddate}, {@code event}, {@code mode}, {@code context},
   * {@code quad_code}, {@code actor}, {@code recipient}, the event location's {@code
   * country_code} and the {@code comment}; and {@code json}, the whole record as PLOVER JSON, with
   * every field the columns leave out.
   */
  public static final StructType PLOVER = struct(place(),
      field("id", StringType, false),
      field("has_event", BooleanType, false),
      field("date", DateType, false),
      field("enddate", DateType, true),
      field("event", strings(), false),
      field("mode", strings(), false),
      field("context", strings(), false),
      field("quad_code", IntegerType, true),
      field("actor", DataTypes.createArrayType(PLOVER_ACTOR, false), false),
      field("recipient", DataTypes.createArrayType(PLOVER_ACTOR, false), false),
      field("country_code", StringType, true),
      field("comment", StringType, true),
      field("json", StringType, false));

  /** GDELT's columns that hold whole numbers: GDELT's own types. */
  static final Set<String> GDELT_INTEGERS = Set.of("SQLDATE", "MonthYear", "Year", "IsRootEvent",
      "QuadClass", "NumMentions", "NumSources", "NumArticles", "Actor1Geo_Type", "Actor2Geo_Type",
      "ActionGeo_Type");

  /** GDELT's columns that hold decimal numbers. */
  static final Set<String> GDELT_DECIMALS = Set.of("FractionDate", "GoldsteinScale", "AvgTone",
      "Actor1Geo_Lat", "Actor1Geo_Long", "Actor2Geo_Lat", "Actor2Geo_Long", "ActionGeo_Lat",
      "ActionGeo_Long");

  /** GDELT's columns that hold 64-bit numbers. */
  static final Set<String> GDELT_LONGS = Set.of("GLOBALEVENTID", "DATEADDED");

  /**
   * The GDELT 2.0 event table's 61 columns, in GDELT's order and with GDELT's names ({@code
   * GdeltExport.COLUMNS}), typed as GDELT documents them (numbers as numbers, codes as text; an
   * empty GDELT value is null), after the place columns. {@code DataFrame.drop("file", "offset",
   * "line", "dossier")} gives exactly GDELT's table, for CSV with a tab separator.
   */
  public static final StructType GDELT;

  static {
    List<StructField> fields = new ArrayList<>(place());
    for (String column : GdeltExport.COLUMNS) {
      DataType type = GDELT_LONGS.contains(column) ? LongType
          : GDELT_INTEGERS.contains(column) ? IntegerType
          : GDELT_DECIMALS.contains(column) ? DoubleType : StringType;
      fields.add(field(column, type, !column.equals("GLOBALEVENTID")));
    }
    GDELT = new StructType(fields.toArray(StructField[]::new));
  }

  /** How many place columns start each row: {@code file}, {@code offset}, {@code line}, {@code dossier}. */
  static final int PLACE_COLUMNS = 4;
}
