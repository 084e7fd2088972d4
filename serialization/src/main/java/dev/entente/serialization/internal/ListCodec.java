package dev.entente.serialization.internal;

import dev.entente.serialization.EntenteJsonException;
import dev.entente.serialization.JsonProblem.Kind;
import java.util.AbstractSequentialList;
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
    write(g, values, values.size());
  }

  /** Writes the values, {@code size} of them. */
  void write(JsonGenerator g, List<V> values, int size) {
    g.writeStartArray(values, size);
    // The model's lists are random-access: an index, not an iterator allocated for every list
    // written. A linked list is told by its class, not by the RandomAccess interface: a test
    // against an interface searches the class's interfaces, and for the model's lists, just cast
    // to List, it missed the class's one-entry cache of the last interface found every time.
    if (!(values instanceof AbstractSequentialList)) {
      for (int i = 0; i < size; i++) {
        element.write(g, values.get(i));
      }
    } else {
      for (V value : values) {
        element.write(g, value);
      }
    }
    g.writeEndArray();
  }

  @Override
  public List<V> read(JsonParser p, ReadContext r) {
    List<V> values = new ArrayList<>();
    readInto(p, r, values, List::add);
    return values;
  }

  /**
   * After a problem in an element (collecting): keeps it, skips the rest of the element and
   * records that it is left out. Without collecting, throws it again.
   */
  private static void leaveOut(JsonParser p, ReadContext r, RuntimeException e, int depth) {
    r.recover(p, e, depth);
    r.problems().dropped(ReadContext.pointer(p));
  }

  /**
   * Reads the array and gives each element to {@code add} for the builder as soon as it is read:
   * no list of the array's own, no stack of elements, nothing kept between reads. An element
   * left out (a problem kept by a collecting context) is not given; the array is then unreadable
   * once read to its end, as its object may not want it without that element.
   */
  <B> void readInto(JsonParser p, ReadContext r, B builder,
      java.util.function.BiConsumer<B, V> add) {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw r.fail(p, Kind.WRONG_TYPE,
          "expected an array, found " + ReadContext.describe(p));
    }
    int depth = p.streamReadContext().getNestingDepth();
    boolean lost = false;
    JsonToken token;
    while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
      try {
        if (token == JsonToken.VALUE_NULL) {
          throw r.fail(p, Kind.WRONG_TYPE,
              "null is not allowed in an array; leave the element out");
        }
        add.accept(builder, element.read(p, r));
      } catch (EntenteJsonException | ReadContext.Unreadable e) {
        leaveOut(p, r, e, depth);
        lost = true;
      }
    }
    if (lost) {
      throw ReadContext.unreadable();
    }
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
