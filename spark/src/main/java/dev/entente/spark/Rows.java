package dev.entente.spark;

import dev.entente.interop.CameoCode;
import dev.entente.interop.Coding;
import dev.entente.interop.EventMapping;
import dev.entente.interop.PloverEvent;
import dev.entente.model.Dossier;
import dev.entente.model.Engagement;
import dev.entente.model.ObjectActor;
import dev.entente.model.Position;
import dev.entente.model.PositionKind;
import dev.entente.model.PositionObject;
import dev.entente.model.Ref;
import dev.entente.model.Statement;
import dev.entente.model.Venue;
import dev.entente.serialization.JsonProblem;
import dev.entente.serialization.NdjsonRecord;
import dev.entente.time.FuzzyDate;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.util.GenericArrayData;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * Model values as rows of {@link EntenteSchemas}' schemas, in Spark's internal form ({@link
 * InternalRow}, as a DataSource V2 reader gives them): strings as {@link UTF8String}, dates as
 * days since 1970, lists as {@link GenericArrayData}. Spark then has no external {@code Row} to
 * encode, which cost about a tenth of a read's time. Nothing checks these rows against their
 * schema at run time as Spark's encoders do: {@code RowsSchemaTest} checks every kind of row of
 * generated dossiers.
 */
final class Rows {

  private Rows() {}

  /** Which schema a row has. */
  enum Kind { PROBLEM, STATEMENT, POSITION, ENGAGEMENT }

  /** A row and the schema it has: one pass over the lines gives rows of every kind. */
  record Tagged(Kind kind, InternalRow row) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** Where a row comes from: the place columns. */
  record Place(String file, long offset, Long line, String dossier) {
    /** The place columns, then {@code rest}, as a row ({@link #row(Object...)}). */
    InternalRow row(Object... rest) {
      Object[] all = new Object[EntenteSchemas.PLACE_COLUMNS + rest.length];
      all[0] = file;
      all[1] = offset;
      all[2] = line;
      all[3] = dossier;
      System.arraycopy(rest, 0, all, EntenteSchemas.PLACE_COLUMNS, rest.length);
      return Rows.row(all);
    }
  }

  /**
   * A row of the values, each turned into Spark's internal form: a {@code String} into a {@link
   * UTF8String}, an enum constant into its name's (made once), a {@code LocalDate} into its days
   * since 1970 (an {@code Integer}), a {@code List} into a {@link GenericArrayData} of its
   * elements turned likewise; {@code null}, numbers, booleans, rows, {@code UTF8String}s and
   * arrays are kept. The array becomes the row's.
   */
  static InternalRow row(Object... values) {
    return new GenericInternalRow(cells(values));
  }

  /** The values turned into Spark's internal form as {@link #row(Object...)} turns them, in place. */
  private static Object[] cells(Object... values) {
    for (int i = 0; i < values.length; i++) {
      values[i] = cell(values[i]);
    }
    return values;
  }

  private static Object cell(Object value) {
    if (value instanceof String s) {
      return UTF8String.fromString(s);
    }
    if (value instanceof Enum<?> constant) {
      return NAMES.get(constant.getDeclaringClass())[constant.ordinal()];
    }
    if (value instanceof LocalDate date) {
      return Math.toIntExact(date.toEpochDay());
    }
    if (value instanceof List<?> list) {
      Object[] elements = new Object[list.size()];
      for (int i = 0; i < elements.length; i++) {
        elements[i] = cell(list.get(i));
      }
      return new GenericArrayData(elements);
    }
    return value;
  }

  /** Each enum's constants' names, in the order of their ordinals. */
  private static final ClassValue<UTF8String[]> NAMES = new ClassValue<>() {
    @Override
    protected UTF8String[] computeValue(Class<?> type) {
      Object[] constants = type.getEnumConstants();
      UTF8String[] names = new UTF8String[constants.length];
      for (int i = 0; i < names.length; i++) {
        names[i] = UTF8String.fromString(((Enum<?>) constants[i]).name());
      }
      return names;
    }
  };

  /** Each model class's type name ({@link #typeName}), made once. */
  private static final ClassValue<UTF8String> TYPE_NAMES = new ClassValue<>() {
    @Override
    protected UTF8String computeValue(Class<?> type) {
      return UTF8String.fromString(typeName(type));
    }
  };

  /** The rows of one line's record, of every kind: its problems, or the rows of its value. */
  static List<Tagged> of(NdjsonRecord<?> record, long offset, long line) {
    List<Tagged> rows = new ArrayList<>();
    of(record, offset, line, null, (kind, row) -> rows.add(new Tagged(kind, row)));
    return rows;
  }

  /**
   * The rows of one kind of one line's record, in the order {@link #of(NdjsonRecord, long, long)}
   * gives them; rows of other kinds are not built.
   */
  static List<InternalRow> of(NdjsonRecord<?> record, long offset, long line, Kind kind) {
    List<InternalRow> rows = new ArrayList<>();
    of(record, offset, line, kind, (k, row) -> rows.add(row));
    return rows;
  }

  /** Where the rows of a record go, as they are made. */
  @FunctionalInterface
  private interface Sink {
    void add(Kind kind, InternalRow row);
  }

  /** Gives {@code out} the rows of {@code only} (of every kind if null), in order. */
  private static void of(NdjsonRecord<?> record, long offset, long line, Kind only, Sink out) {
    Long number = line > 0 ? line : null;
    if (!record.isValid()) {
      if (only == null || only == Kind.PROBLEM) {
        Place place = new Place(record.source(), offset, number, null);
        for (JsonProblem p : record.problems()) {
          out.add(Kind.PROBLEM, problem(place, p));
        }
      }
      return;
    }
    Object value = record.value().orElseThrow();
    if (value instanceof Statement statement) {
      statement(new Place(record.source(), offset, number, null), statement, only, out);
    } else {
      Dossier dossier = (Dossier) value;
      Place place = new Place(record.source(), offset, number, dossier.id());
      if (only == null || only == Kind.ENGAGEMENT) {
        for (Engagement engagement : dossier.engagements()) {
          out.add(Kind.ENGAGEMENT, engagement(place, engagement));
        }
      }
      if (only == null || only == Kind.STATEMENT || only == Kind.POSITION) {
        for (Statement statement : dossier.statements()) {
          statement(place, statement, only, out);
        }
      }
    }
  }

  static InternalRow problem(Place place, JsonProblem p) {
    return place.row(p.pointer(), p.kind(), p.violation().orElse(null),
        p.column(), p.message());
  }

  private static void statement(Place place, Statement s, Kind only, Sink out) {
    Optional<FuzzyDate> date = s.date();
    if (only == null || only == Kind.STATEMENT) {
      out.add(Kind.STATEMENT, place.row(s.id(),
          TYPE_NAMES.get(s.getClass()), s.title().orElse(null), edtf(date), earliest(date),
          latest(date),
          s.engagement().map(Ref::id).orElse(null), ids(s.issuers()), ids(s.topics()),
          s.confirmation().orElse(null), s.positions().size()));
    }
    if (only != null && only != Kind.POSITION) {
      return;
    }
    List<Position> positions = s.positions();
    for (int i = 0; i < positions.size(); i++) {
      Position p = positions.get(i);
      Object[] coded = CODED.get(p.kind());
      Object[] cells = new Object[9 + coded.length];
      cells[0] = s.id();
      cells[1] = i;
      cells[2] = p.kind();
      cells[3] = edtf(date);
      cells[4] = earliest(date);
      cells[5] = ids(p.holders());
      cells[6] = objects(p.objects());
      cells[7] = ids(p.topics());
      cells[8] = p.intensityLevel();
      System.arraycopy(coded, 0, cells, 9, coded.length);
      out.add(Kind.POSITION, place.row(cells));
    }
  }

  /**
   * Each position kind's coded columns (CAMEO code, description, Goldstein score and quad class,
   * PLOVER event and mode, from {@link EventMapping#position}), in Spark's internal form, made once
   * when the class loads: read by every task thread at every position without a lock.
   */
  private static final Map<PositionKind, Object[]> CODED = coded();

  private static Map<PositionKind, Object[]> coded() {
    Map<PositionKind, Object[]> coded = new EnumMap<>(PositionKind.class);
    for (PositionKind kind : PositionKind.values()) {
      Coding coding = EventMapping.position(kind);
      Optional<CameoCode> cameo = coding.cameo();
      Optional<PloverEvent> plover = coding.plover();
      coded.put(kind, cells(cameo.map(CameoCode::code).orElse(null),
          cameo.map(CameoCode::description).orElse(null),
          cameo.map(CameoCode::goldstein).orElse(null),
          cameo.map(CameoCode::quadClass).orElse(null),
          plover.map(PloverEvent::event).orElse(null),
          plover.flatMap(PloverEvent::mode).orElse(null)));
    }
    return java.util.Collections.unmodifiableMap(coded);
  }

  private static InternalRow engagement(Place place, Engagement e) {
    Optional<FuzzyDate> date = e.date();
    Optional<Venue> venue = e.venue();
    return place.row(e.id(), TYPE_NAMES.get(e.getClass()), e.title().orElse(null),
        ids(e.sides()), e.host().map(Ref::id).orElse(null), edtf(date), earliest(date),
        latest(date), venue.flatMap(Venue::country).map(c -> c.alpha2()).orElse(null),
        venue.flatMap(Venue::city).orElse(null), ids(e.topics()),
        e.partOf().map(Ref::id).orElse(null));
  }

  private static List<InternalRow> objects(List<PositionObject> objects) {
    List<InternalRow> rows = new ArrayList<>(objects.size());
    for (PositionObject o : objects) {
      List<InternalRow> actors = new ArrayList<>(o.actors().size());
      for (ObjectActor a : o.actors()) {
        actors.add(row(a.actor().id(), a.role()));
      }
      rows.add(row(ids(o.targets()), actors, o.phenomenon().map(Ref::id).orElse(null),
          o.conduct().orElse(null)));
    }
    return rows;
  }

  /** The references' ids, as an array column holds them. */
  private static GenericArrayData ids(List<? extends Ref<?>> refs) {
    Object[] ids = new Object[refs.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = UTF8String.fromString(refs.get(i).id());
    }
    return new GenericArrayData(ids);
  }

  private static String edtf(Optional<FuzzyDate> date) {
    return date.map(FuzzyDate::toString).orElse(null);
  }

  /** A DATE column's value, turned into days by {@link #row(Object...)}. */
  private static LocalDate earliest(Optional<FuzzyDate> date) {
    return date.filter(d -> !d.isUnknownStart() && !d.isOpenStart()).map(FuzzyDate::earliest)
        .orElse(null);
  }

  private static LocalDate latest(Optional<FuzzyDate> date) {
    return date.filter(d -> !d.isUnknownEnd() && !d.isOpenEnd()).map(FuzzyDate::latest)
        .orElse(null);
  }

  /** {@code JointStatement} → {@code joint-statement}: the type as the JSON writes it. */
  static String typeName(Class<?> type) {
    String name = type.getSimpleName();
    StringBuilder out = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        out.append('-');
      }
      out.append(Character.toLowerCase(c));
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
