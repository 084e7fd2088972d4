package dev.entente.serialization.internal;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Collects the {@code $defs} of a JSON Schema while codecs describe themselves. */
final class SchemaContext {

  private final JsonNodeFactory nodes = JsonNodeFactory.instance;
  private final Map<String, ObjectNode> defs = new TreeMap<>();

  ObjectNode node() {
    return nodes.objectNode();
  }

  ArrayNode array() {
    return nodes.arrayNode();
  }

  /** A reference to the named definition, describing it on first use. */
  ObjectNode ref(String name, Supplier<ObjectNode> definition) {
    if (!defs.containsKey(name)) {
      defs.put(name, null);
      defs.put(name, definition.get());
    }
    return node().put("$ref", "#/$defs/" + name);
  }

  /** The definitions, by name, in alphabetical order. */
  Map<String, ObjectNode> defs() {
    return defs;
  }
}
