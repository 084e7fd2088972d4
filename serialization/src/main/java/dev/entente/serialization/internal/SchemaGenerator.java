package dev.entente.serialization.internal;

import java.util.Iterator;
import java.util.Map;
import tools.jackson.core.io.JsonStringEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema (draft 2020-12) of a dossier document, built from the codecs' own descriptions
 * so that it says what the reader reads. The shipped {@code entente.schema.json} is this
 * generator's output, and a test keeps the two equal.
 */
public final class SchemaGenerator {

  /** The schema's {@code $id}. */
  public static final String ID = "https://entente.dev/schema/" + Codecs.FORMAT_VERSION
      + "/entente.schema.json";

  private SchemaGenerator() {}

  /** The schema document as a tree: the dossier at the root, every type in {@code $defs}. */
  public static ObjectNode schema() {
    SchemaContext s = new SchemaContext();
    ObjectNode root = DossierCodecs.DOSSIER.schema(s);
    ObjectNode schema = JsonNodeFactory.instance.objectNode();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("$id", ID);
    schema.put("title", "Entente dossier, format " + Codecs.FORMAT_VERSION);
    schema.put("description", "A dossier of bilateral diplomacy as Entente writes it: actors,"
        + " offices, dialogue series, engagements, planned meetings, statements with their"
        + " positions, topics and sources, cross-referenced by id. The schema checks the form of a"
        + " document written in strict mode; rules across records (references that resolve, ids"
        + " that are unique, a host that is one of the sides, dates in the calendar) are the"
        + " reader's and validator's. See FORMAT.md.");
    schema.setAll(root);
    ObjectNode defs = schema.putObject("$defs");
    for (Map.Entry<String, ObjectNode> def : s.defs().entrySet()) {
      defs.set(def.getKey(), def.getValue());
    }
    return schema;
  }

  /** The schema document as text: two spaces a level, {@code \n} line ends, a final newline. */
  public static String text() {
    StringBuilder out = new StringBuilder();
    print(schema(), 0, out);
    return out.append('\n').toString();
  }

  /** Prints a tree in a fixed, diff-friendly layout; one-line empty objects and arrays. */
  static void print(JsonNode node, int depth, StringBuilder out) {
    if (node.isObject()) {
      if (node.isEmpty()) {
        out.append("{}");
        return;
      }
      out.append("{\n");
      Iterator<Map.Entry<String, JsonNode>> members = node.properties().iterator();
      while (members.hasNext()) {
        Map.Entry<String, JsonNode> member = members.next();
        indent(depth + 1, out);
        quote(member.getKey(), out);
        out.append(": ");
        print(member.getValue(), depth + 1, out);
        out.append(members.hasNext() ? ",\n" : "\n");
      }
      indent(depth, out);
      out.append('}');
    } else if (node.isArray()) {
      if (node.isEmpty()) {
        out.append("[]");
        return;
      }
      boolean scalars = true;
      for (JsonNode element : node) {
        scalars &= element.isValueNode();
      }
      if (scalars) {
        // Enumerations and required lists on one line each: short, and diff well enough.
        out.append('[');
        for (int i = 0; i < node.size(); i++) {
          out.append(i == 0 ? "" : ", ");
          print(node.get(i), depth + 1, out);
        }
        out.append(']');
        return;
      }
      out.append("[\n");
      for (int i = 0; i < node.size(); i++) {
        indent(depth + 1, out);
        print(node.get(i), depth + 1, out);
        out.append(i + 1 < node.size() ? ",\n" : "\n");
      }
      indent(depth, out);
      out.append(']');
    } else if (node.isString()) {
      quote(node.asString(), out);
    } else {
      out.append(node.toString());
    }
  }

  private static void indent(int depth, StringBuilder out) {
    out.append("  ".repeat(depth));
  }

  private static void quote(String text, StringBuilder out) {
    out.append('"');
    JsonStringEncoder.getInstance().quoteAsString(text, out);
    out.append('"');
  }
}
