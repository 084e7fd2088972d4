package dev.entente.testing.generators;

import dev.entente.serialization.EntenteSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shape of the wire form as the shipped schema tells it: the members of every object type
 * (its {@code $defs} name), the {@code type} values of every union, the constants of every
 * enumeration, and which type each member holds. Walks a written JSON tree along it, so that a
 * test learns which members, union types and constants a document has without a hand-kept list.
 */
final class SchemaShape {

  /** What a walk reports. */
  interface Visitor {
    /** An object of the type {@code def} (a union's object is reported as its branch). */
    void object(String def, JsonNode node);

    /**
     * A string of the type {@code def} (a date, an enumeration, an id ...); a union's type value
     * comes as of the type {@code Union:type}.
     */
    void string(String def, String value);
  }

  private static final String DEFS = "#/$defs/";
  /** How a walk names a union's {@code type} member to {@link Visitor#string}: Union:type. */
  static final String UNION_TYPE = ":type";

  private final String root;
  /** Object type → member → the type it holds (or null for plain strings and integers). */
  private final Map<String, Map<String, String>> members = new LinkedHashMap<>();
  /** Union → type value → branch. */
  private final Map<String, Map<String, String>> unions = new LinkedHashMap<>();
  /** Enumeration → constants. */
  private final Map<String, List<String>> enums = new LinkedHashMap<>();

  private SchemaShape(JsonNode schema) {
    root = name(schema.get("$ref").stringValue());
    for (Map.Entry<String, JsonNode> def : schema.get("$defs").properties()) {
      JsonNode body = def.getValue();
      if (body.has("properties")) {
        Map<String, String> held = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> member : body.get("properties").properties()) {
          JsonNode m = member.getValue();
          JsonNode ref = m.has("items") ? m.get("items").get("$ref") : m.get("$ref");
          held.put(member.getKey(), ref == null ? null : name(ref.stringValue()));
        }
        members.put(def.getKey(), held);
      } else if (body.has("oneOf")) {
        unions.put(def.getKey(), new LinkedHashMap<>());
      } else if (body.has("enum")) {
        List<String> constants = new ArrayList<>();
        body.get("enum").values().forEach(c -> constants.add(c.stringValue()));
        enums.put(def.getKey(), constants);
      }
    }
    for (Map.Entry<String, Map<String, String>> union : unions.entrySet()) {
      for (JsonNode branch : schema.get("$defs").get(union.getKey()).get("oneOf").values()) {
        String def = name(branch.get("$ref").stringValue());
        String type = schema.get("$defs").get(def).get("properties").get("type").get("const")
            .stringValue();
        union.getValue().put(type, def);
      }
    }
  }

  /** The shape of the schema that {@code entente-serialization} ships. */
  static SchemaShape shipped() {
    return new SchemaShape(JsonMapper.builder().build().readTree(EntenteSchema.text()));
  }

  /**
   * Everything a run should meet at least once: {@code Def.member} for every member of every
   * object type, {@code Union:type} for every type value of every union, {@code Enum=constant}
   * for every constant of every enumeration.
   */
  Set<String> everything() {
    Set<String> all = new LinkedHashSet<>();
    members.forEach((def, held) -> held.keySet().forEach(m -> all.add(member(def, m))));
    unions.forEach((union, branches) -> branches.keySet().forEach(t -> all.add(type(union, t))));
    enums.forEach((e, constants) -> constants.forEach(c -> all.add(constant(e, c))));
    return all;
  }

  /** The members that an object of the type may have. */
  Set<String> membersOf(String def) {
    return members.get(def).keySet();
  }

  /** What of {@link #everything()} the document has. */
  Set<String> occurring(JsonNode document) {
    Set<String> found = new LinkedHashSet<>();
    walk(document, new Visitor() {
      @Override
      public void object(String def, JsonNode node) {
        node.propertyNames().forEach(m -> found.add(member(def, m)));
      }

      @Override
      public void string(String def, String value) {
        if (enums.containsKey(def)) {
          found.add(constant(def, value));
        } else if (def.endsWith(UNION_TYPE)) {
          found.add(type(def.substring(0, def.length() - UNION_TYPE.length()), value));
        }
      }
    });
    return found;
  }

  /** Walks a dossier's tree, depth first, in document order. */
  void walk(JsonNode document, Visitor visitor) {
    walk(root, document, visitor);
  }

  private void walk(String def, JsonNode node, Visitor visitor) {
    if (node.isArray()) {
      for (JsonNode element : node.values()) {
        walk(def, element, visitor);
      }
      return;
    }
    if (unions.containsKey(def)) {
      String type = node.get("type").stringValue();
      String branch = unions.get(def).get(type);
      if (branch == null) {
        throw new AssertionError("no " + def + " has the type " + type);
      }
      visitor.string(def + UNION_TYPE, type);
      walk(branch, node, visitor);
      return;
    }
    Map<String, String> held = members.get(def);
    if (held != null) {
      visitor.object(def, node);
      for (Map.Entry<String, JsonNode> member : node.properties()) {
        String target = held.get(member.getKey());
        if (target != null) {
          walk(target, member.getValue(), visitor);
        }
      }
    } else if (node.isString()) {
      visitor.string(def, node.stringValue());
    }
  }

  static String member(String def, String member) {
    return def + "." + member;
  }

  static String type(String union, String type) {
    return union + ":" + type;
  }

  static String constant(String enumeration, String constant) {
    return enumeration + "=" + constant;
  }

  private static String name(String ref) {
    if (!ref.startsWith(DEFS)) {
      throw new IllegalArgumentException("not a reference to a definition: " + ref);
    }
    return ref.substring(DEFS.length());
  }
}
