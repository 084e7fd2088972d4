package dev.entente.serialization.internal;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.node.ObjectNode;

/**
 * One member of an object's wire form: its name (the core attribute's name), whether it is
 * required, how to get it from a value, how to give it to a builder, and its codec.
 *
 * <p>Absent optionals and empty lists are left out when writing; when reading, a missing
 * optional member is absent and a missing list member is empty.
 *
 * @param <T> the value type that has the member
 * @param <B> the builder of that value type
 */
abstract class Field<T, B> {

  final String name;
  /** The name with its quoted UTF-8 form computed once, as Jackson's own serializers write names. */
  final SerializedString wireName;
  final boolean required;
  /** The codec of the member's value, or of each element for an array member. */
  final Codec<?> valueCodec;
  /** Whether the member is an array of {@link #valueCodec} values. */
  final boolean list;
  /** For an array member: the fewest elements the model accepts (0: the member is optional). */
  int minItems;
  /** For an array member: the most elements the model accepts, or -1 for no limit. */
  int maxItems = -1;
  /** For an array member: whether the model refuses repeated elements. */
  boolean distinct;

  Field(String name, boolean required, Codec<?> codec, boolean list) {
    this.name = name;
    this.wireName = new SerializedString(name);
    this.required = required;
    this.valueCodec = codec;
    this.list = list;
  }

  /**
   * Whether a document must have the member: a required member, or an array the model needs
   * elements in (the reader then refuses its absence as an invalid value).
   */
  boolean needed() {
    return required || minItems > 0;
  }

  /** What the member's value is, for a person: "EDTF date", "array of Evidence". */
  String label() {
    return list ? "array of " + valueCodec.label() : valueCodec.label();
  }

  /** Writes the member, name and value, unless it is absent or empty. */
  abstract void write(JsonGenerator g, T value);

  /** Reads the member's value (the parser is at its first token) into the builder. */
  abstract void read(JsonParser p, ReadContext r, B builder);

  /** The schema of the member's value. */
  abstract ObjectNode schema(SchemaContext s);

  static <T, B, V> Field<T, B> required(
      String name, Function<T, V> get, BiConsumer<B, V> set, Codec<V> codec) {
    return new Field<>(name, true, codec, false) {
      @Override
      void write(JsonGenerator g, T value) {
        g.writeName(wireName);
        codec.write(g, get.apply(value));
      }

      @Override
      void read(JsonParser p, ReadContext r, B builder) {
        set.accept(builder, codec.read(p, r));
      }

      @Override
      ObjectNode schema(SchemaContext s) {
        return codec.schema(s);
      }
    };
  }

  static <T, B, V> Field<T, B> optional(
      String name, Function<T, Optional<V>> get, BiConsumer<B, V> set, Codec<V> codec) {
    return new Field<>(name, false, codec, false) {
      @Override
      void write(JsonGenerator g, T value) {
        Optional<V> member = get.apply(value);
        if (member.isPresent()) {
          g.writeName(wireName);
          codec.write(g, member.get());
        }
      }

      @Override
      void read(JsonParser p, ReadContext r, B builder) {
        set.accept(builder, codec.read(p, r));
      }

      @Override
      ObjectNode schema(SchemaContext s) {
        return codec.schema(s);
      }
    };
  }

  static <T, B> Field<T, B> optionalInt(
      String name, Function<T, OptionalInt> get, ObjIntConsumer<B> set) {
    return new Field<>(name, false, ScalarCodecs.POSITIVE_INT, false) {
      @Override
      void write(JsonGenerator g, T value) {
        OptionalInt member = get.apply(value);
        if (member.isPresent()) {
          g.writeName(wireName);
          g.writeNumber(member.getAsInt());
        }
      }

      @Override
      void read(JsonParser p, ReadContext r, B builder) {
        set.accept(builder, ScalarCodecs.POSITIVE_INT.read(p, r));
      }

      @Override
      ObjectNode schema(SchemaContext s) {
        return ScalarCodecs.POSITIVE_INT.schema(s);
      }
    };
  }

  /**
   * An array member: {@code add} gives the builder one element, as each is read ({@code
   * Builder::addTopic}, not {@code addAllTopics}).
   */
  static <T, B, V> Field<T, B> list(
      String name, Function<T, List<V>> get, BiConsumer<B, V> add, Codec<V> element) {
    ListCodec<V> codec = new ListCodec<>(element);
    return new Field<>(name, false, element, true) {
      @Override
      void write(JsonGenerator g, T value) {
        List<V> member = get.apply(value);
        // The size asked once, for the test and the array: a call through List per question.
        int size = member.size();
        if (size != 0) {
          g.writeName(wireName);
          codec.write(g, member, size);
        }
      }

      @Override
      void read(JsonParser p, ReadContext r, B builder) {
        codec.readInto(p, r, builder, add);
      }

      @Override
      ObjectNode schema(SchemaContext s) {
        ObjectNode schema = codec.schema(s);
        if (minItems > 0) {
          schema.put("minItems", minItems);
        }
        if (maxItems >= 0) {
          schema.put("maxItems", maxItems);
        }
        if (distinct) {
          schema.put("uniqueItems", true);
        }
        return schema;
      }
    };
  }

  /**
   * The format version member of a document: written as {@code value}; read as any version with
   * the same major number, so that a document of a newer minor version is read (its new members
   * are unknown members).
   */
  /** Whether the text has one digit or more from {@code start} on, and nothing else. */
  private static boolean digits(String text, int start) {
    if (start >= text.length()) {
      return false;
    }
    for (int i = start; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  static <T, B> Field<T, B> version(String name, String value) {
    String major = value.substring(0, value.indexOf('.') + 1);
    return new Field<>(name, true, ScalarCodecs.TEXT, false) {
      @Override
      void write(JsonGenerator g, T ignored) {
        g.writeName(wireName);
        g.writeString(value);
      }

      @Override
      void read(JsonParser p, ReadContext r, B builder) {
        String version = ScalarCodecs.TEXT.read(p, r);
        if (!version.startsWith(major) || !digits(version, major.length())) {
          throw r.fail(p, dev.entente.serialization.JsonProblem.Kind.INVALID_VALUE,
              "format version " + ScalarCodec.quote(version) + " is not supported: this reader"
                  + " reads " + major + "x");
        }
      }

      @Override
      ObjectNode schema(SchemaContext s) {
        ObjectNode schema = s.node();
        schema.put("type", "string");
        schema.put("pattern", "^" + major.replace(".", "\\.") + "[0-9]+$");
        return schema;
      }

      @Override
      String label() {
        return "format version, \"" + value + "\"";
      }
    };
  }
}
