package dev.entente.spark;

import dev.entente.interop.GdeltExport;
import dev.entente.interop.PloverExport;
import dev.entente.model.Dossier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.catalyst.InternalRow;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A dossier's PLOVER records and GDELT rows, as interop exports them, as rows. */
final class Exports {

  private Exports() {}

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** The dossier's PLOVER records ({@link PloverExport}) as rows of {@link EntenteSchemas#PLOVER}. */
  static List<InternalRow> plover(Rows.Place place, Dossier dossier) {
    List<InternalRow> rows = new ArrayList<>();
    for (String json : PloverExport.toString(dossier).split("\n")) {
      if (json.isEmpty()) {
        continue;
      }
      JsonNode r = MAPPER.readTree(json);
      JsonNode quad = r.path("quad_code");
      rows.add(place.row(r.path("id").asString(), r.path("has_event").asBoolean(),
          LocalDate.parse(r.path("date").asString()), date(r.path("enddate")), strings(r.path("event")),
          strings(r.path("mode")), strings(r.path("context")),
          quad.isNumber() ? quad.asInt() : null, actors(r.path("actor")),
          actors(r.path("recipient")), text(r.path("event_loc").path("country_code")),
          text(r.path("comment")), json));
    }
    return rows;
  }

  /** The dossier's GDELT 2.0 rows ({@link GdeltExport}) as rows of {@link EntenteSchemas#GDELT}. */
  static List<InternalRow> gdelt(Rows.Place place, Dossier dossier) {
    List<InternalRow> rows = new ArrayList<>();
    List<String> columns = GdeltExport.COLUMNS;
    for (String line : GdeltExport.toString(dossier).split("\n")) {
      if (line.isEmpty()) {
        continue;
      }
      String[] values = line.split("\t", -1);
      if (values.length != columns.size()) {
        throw new IllegalStateException("a GDELT row of dossier " + dossier.id() + " has "
            + values.length + " columns, not " + columns.size() + ": " + line);
      }
      Object[] typed = new Object[values.length];
      for (int i = 0; i < values.length; i++) {
        typed[i] = typed(columns.get(i), values[i]);
      }
      rows.add(place.row(typed));
    }
    return rows;
  }

  private static Object typed(String column, String value) {
    if (value.isEmpty()) {
      return null;
    }
    if (EntenteSchemas.GDELT_LONGS.contains(column)) {
      return Long.parseLong(value);
    }
    if (EntenteSchemas.GDELT_INTEGERS.contains(column)) {
      return Integer.parseInt(value);
    }
    if (EntenteSchemas.GDELT_DECIMALS.contains(column)) {
      return Double.parseDouble(value);
    }
    return value;
  }

  /** A DATE column's value, as {@code Rows} gives them: a LocalDate. */
  private static LocalDate date(JsonNode node) {
    return node.isString() ? LocalDate.parse(node.asString()) : null;
  }

  private static String text(JsonNode node) {
    return node.isMissingNode() || node.isNull() ? null : node.asString();
  }

  private static List<String> strings(JsonNode node) {
    List<String> out = new ArrayList<>();
    for (JsonNode n : node) {
      out.add(n.asString());
    }
    return out;
  }

  private static List<InternalRow> actors(JsonNode node) {
    List<InternalRow> out = new ArrayList<>();
    for (JsonNode a : node) {
      out.add(Rows.row(text(a.path("code")), text(a.path("sector")),
          text(a.path("entity_text")), text(a.path("identifier_id")),
          text(a.path("entente_id"))));
    }
    return out;
  }
}
