package dev.entente.serialization.codec;

import dev.entente.serialization.JsonProblem.Kind;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.node.ObjectNode;

/** A JSON array of values of one codec; {@code null} elements are refused. */
final class ListCodec<V> extends Codec<List<V>> {

  private final Codec<V> element;

  ListCodec(Codec<V> element) {
    this.element = element;
  }

  @Override
  public void write(JsonGenerator g, List<V> values) {
    g.writeStartArray(values, values.size());
    for (V value : values) {
      element.write(g, value);
    }
    g.writeEndArray();
  }

  @Override
  public List<V> read(JsonParser p, ReadContext r) {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw r.fail(p, Kind.WRONG_TYPE,
          "expected an array, found " + ReadContext.describe(p));
    }
    List<V> values = new ArrayList<>();
    JsonToken token;
    while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
      if (token == JsonToken.VALUE_NULL) {
        throw r.fail(p, Kind.WRONG_TYPE, "null is not allowed in an array; leave the element out");
      }
      values.add(element.read(p, r));
    }
    return values;
  }

  /** The codec of each element. */
  Codec<V> element() {
    return element;
  }

  @Override
  String label() {
    return "array of " + element.label();
  }

  @Override
  ObjectNode schema(SchemaContext s) {
    ObjectNode schema = s.node();
    schema.put("type", "array");
    schema.set("items", element.schema(s));
    return schema;
  }
}
