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
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw r.fail(p, Kind.WRONG_TYPE,
          "expected an array, found " + ReadContext.describe(p));
    }
    List<V> values = new ArrayList<>();
    int depth = p.streamReadContext().getNestingDepth();
    boolean lost = false;
    JsonToken token;
    while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
      try {
        if (token == JsonToken.VALUE_NULL) {
          throw r.fail(p, Kind.WRONG_TYPE, "null is not allowed in an array; leave the element out");
        }
        values.add(element.read(p, r));
      } catch (EntenteJsonException | ReadContext.Unreadable e) {
        leaveOut(p, r, e, depth);
        lost = true;
      }
    }
    if (lost) {
      throw ReadContext.unreadable();
    }
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
   * Reads the array and gives its elements to {@code set} for the builder, without a list of its
   * own: the elements go on this thread's stack of elements being read, and {@code set} sees them
   * through a view that is only valid during the call (the builders copy what they are given).
   * Every array of a document was otherwise collected into an ArrayList that the builder then
   * copied.
   */
  <B> void readInto(JsonParser p, ReadContext r, B builder,
      java.util.function.BiConsumer<B, Iterable<V>> set) {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw r.fail(p, Kind.WRONG_TYPE,
          "expected an array, found " + ReadContext.describe(p));
    }
    Elements stack = Elements.STACK.get();
    int mark = stack.size;
    int depth = p.streamReadContext().getNestingDepth();
    boolean lost = false;
    try {
      JsonToken token;
      while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
        try {
          if (token == JsonToken.VALUE_NULL) {
            throw r.fail(p, Kind.WRONG_TYPE,
                "null is not allowed in an array; leave the element out");
          }
          V value = element.read(p, r);
          stack.push(value);
        } catch (EntenteJsonException | ReadContext.Unreadable e) {
          leaveOut(p, r, e, depth);
          lost = true;
        }
      }
      set.accept(builder, stack.view(mark));
    } finally {
      stack.popTo(mark);
    }
    if (lost) {
      // The array is given without the elements left out; its object may not want it so.
      throw ReadContext.unreadable();
    }
  }

  /** A thread's elements being read, innermost array last. */
  static final class Elements {
    static final ThreadLocal<Elements> STACK = ThreadLocal.withInitial(Elements::new);

    private Object[] values = new Object[64];
    private int size;

    void push(Object value) {
      if (size == values.length) {
        values = java.util.Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    /** The elements from {@code mark} to the top, as a list valid until the next change. */
    <V> List<V> view(int mark) {
      return new View<>(values, mark, size);
    }

    /** The most slots a thread keeps between documents; a larger stack is let go. */
    static final int KEPT = 1024;

    /**
     * Drops the elements from {@code mark} up, keeping no reference to them. Back at the bottom,
     * a stack grown past {@link #KEPT} slots by a long array is replaced by a small one: a pool
     * thread would otherwise hold the slots of the longest array it ever read (or refused).
     */
    void popTo(int mark) {
      if (mark == 0 && values.length > KEPT) {
        values = new Object[64];
      } else {
        java.util.Arrays.fill(values, mark, size, null);
      }
      size = mark;
    }

    /** How many slots the stack has now. */
    int capacity() {
      return values.length;
    }
  }

  private static final class View<V> extends java.util.AbstractList<V>
      implements java.util.RandomAccess {
    private final Object[] values;
    private final int from;
    private final int to;

    View(Object[] values, int from, int to) {
      this.values = values;
      this.from = from;
      this.to = to;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(int index) {
      java.util.Objects.checkIndex(index, to - from);
      return (V) values[from + index];
    }

    @Override
    public int size() {
      return to - from;
    }
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
