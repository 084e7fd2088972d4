package dev.entente.serialization.internal;

import dev.entente.model.Identified;
import dev.entente.model.InvalidValueException;
import dev.entente.model.Ref;
import dev.entente.serialization.JsonProblem.Kind;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.node.ObjectNode;

/**
 * A value written as one JSON string: ids, references, EDTF times, country codes, URIs, enums.
 * Its text form is read by a parsing function; what that function rejects becomes an {@code
 * INVALID_VALUE} problem at the string.
 */
final class ScalarCodec<T> extends Codec<T> {

  /** Parses the text, throwing an exception with a message for a person if it is bad. */
  interface Parser<T> {
    T parse(String text, ReadContext r) throws Exception;
  }

  private final String label;
  private final String what;
  private final Parser<T> parser;
  private final Function<T, String> format;
  private final Function<SchemaContext, ObjectNode> schema;
  private final List<String> values;
  /** For ids and references: the value of a reference, read through {@link SharedRefs}. */
  private final Function<Ref<Identified>, T> shared;
  /** For an enumeration: its values by their names, matched on the parser's characters; or null. */
  private final NameTable<T> names;

  /**
   * The format of a value that is its own text: text, ids, language tags. A codec made with it
   * writes the string with no call through {@code format}, a call site that every scalar of every
   * type shares (so the JIT can only dispatch it, never inline it).
   */
  static <T> Function<T, String> asText() {
    @SuppressWarnings("unchecked")
    Function<T, String> text = (Function<T, String>) AS_TEXT;
    return text;
  }

  /** The format of a reference: its id, written with no call through {@code format}. */
  static <T> Function<T, String> refId() {
    @SuppressWarnings("unchecked")
    Function<T, String> id = (Function<T, String>) REF_ID;
    return id;
  }

  private static final Function<Object, String> AS_TEXT = value -> (String) value;
  private static final Function<Object, String> REF_ID = value -> ((Ref<?>) value).id();

  /** How {@link #write} writes a value: one of the forms below. */
  private final int form;
  private static final int TEXT_FORM = 0;
  private static final int REF_FORM = 1;
  private static final int CONSTANT_FORM = 2;
  private static final int FORMATTED = 3;
  /** For an enumeration: each constant's string, quoted and encoded once, by ordinal. */
  private final SerializedString[] constants;

  ScalarCodec(String label, String what, Parser<T> parser, Function<T, String> format,
      Function<SchemaContext, ObjectNode> schema) {
    this(label, what, parser, format, schema, List.of());
  }

  ScalarCodec(String label, String what, Parser<T> parser, Function<T, String> format,
      Function<SchemaContext, ObjectNode> schema, List<String> values) {
    this(label, what, parser, format, schema, values, null, null, null);
  }

  /**
   * A codec of ids or references, read as {@code Ref.of(text)} and then {@code shared}, through
   * {@link SharedRefs}: {@code parser} must be {@code shared} after {@code Ref.of}.
   */
  static <T> ScalarCodec<T> ofRefs(String label, String what, Function<Ref<Identified>, T> shared,
      Function<T, String> format, Function<SchemaContext, ObjectNode> schema) {
    return new ScalarCodec<>(label, what, (text, r) -> shared.apply(Ref.of(text)), format, schema,
        List.of(), shared, null, null);
  }

  /**
   * A codec of an enumeration, each constant written as {@code name} gives it (and as {@code
   * values} lists them): the strings are encoded once, so a constant is written by copying its
   * bytes, with neither a lookup of its name nor an encoding of it per value. A string that is one
   * of {@code byName}'s keys is read as its value straight from the parser's characters, without
   * making a string of them; any other text is refused as not "one of" {@code values}.
   */
  static <E extends Enum<E>> ScalarCodec<E> ofConstants(String label, String what,
      Class<E> type, Function<E, String> name, Function<SchemaContext, ObjectNode> schema,
      List<String> values, java.util.Map<String, E> byName) {
    E[] all = type.getEnumConstants();
    SerializedString[] encoded = new SerializedString[all.length];
    for (E constant : all) {
      encoded[constant.ordinal()] = new SerializedString(name.apply(constant));
    }
    Parser<E> parser = (text, r) -> {
      E value = byName.get(text);
      if (value == null) {
        throw new IllegalArgumentException("one of " + values);
      }
      return value;
    };
    return new ScalarCodec<>(label, what, parser, name, schema, values, null, encoded,
        new NameTable<>(byName));
  }

  private ScalarCodec(String label, String what, Parser<T> parser, Function<T, String> format,
      Function<SchemaContext, ObjectNode> schema, List<String> values,
      Function<Ref<Identified>, T> shared, SerializedString[] constants, NameTable<T> names) {
    this.shared = shared;
    this.constants = constants;
    this.names = names;
    this.form = constants != null ? CONSTANT_FORM
        : format == AS_TEXT ? TEXT_FORM
        : format == REF_ID ? REF_FORM
        : FORMATTED;
    this.label = label;
    this.what = what;
    this.parser = parser;
    this.format = format;
    this.schema = schema;
    this.values = List.copyOf(values);
  }

  @Override
  String label() {
    return label;
  }

  /** For an enumeration, its values as written; empty for other scalars. */
  List<String> values() {
    return values;
  }

  @Override
  public void write(JsonGenerator g, T value) {
    switch (form) {
      case TEXT_FORM:
        g.writeString((String) value);
        break;
      case REF_FORM:
        g.writeString(((Ref<?>) value).id());
        break;
      case CONSTANT_FORM:
        g.writeString(constants[((Enum<?>) value).ordinal()]);
        break;
      default:
        g.writeString(format.apply(value));
    }
  }

  @Override
  public T read(JsonParser p, ReadContext r) {
    JsonToken token = p.currentToken();
    boolean plainNumber = r.plainScalars()
        && (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT);
    if (token != JsonToken.VALUE_STRING && !plainNumber) {
      throw r.fail(p, Kind.WRONG_TYPE,
          "expected " + what + " as a string, found " + ReadContext.describe(p));
    }
    if (names != null && token == JsonToken.VALUE_STRING) {
      T value = names.find(p.getStringCharacters(), p.getStringOffset(), p.getStringLength());
      if (value != null) {
        return value;
      }
    }
    // The document's table of references, or null where no context is one document's.
    SharedRefs refs = shared != null ? r.sharedRefs() : null;
    int slot = -1;
    if (refs != null && token == JsonToken.VALUE_STRING) {
      slot = refs.slot(p);
      Ref<Identified> ref = refs.at(slot, p);
      if (ref != null) {
        return shared.apply(ref);
      }
    }
    String text = p.getString();
    int lone = loneSurrogate(text);
    if (lone >= 0) {
      throw r.fail(p, Kind.INVALID_VALUE, String.format("the string holds a lone surrogate,"
          + " \\u%04x, at character %d, so it is not %s: an escaped surrogate must be half of a"
          + " pair that makes one character", (int) text.charAt(lone), lone + 1, what));
    }
    try {
      if (shared != null) {
        Ref<Identified> ref = Ref.of(text);
        if (slot >= 0) {
          refs.remember(slot, ref);
        }
        return shared.apply(ref);
      }
      return Objects.requireNonNull(parser.parse(text, r));
    } catch (DateTimeParseException e) {
      throw r.fail(p, Kind.INVALID_VALUE, quote(text) + " is not " + what + ": " + reason(e));
    } catch (InvalidValueException e) {
      throw r.fail(p, Kind.INVALID_VALUE, quote(text) + " is not " + what + ": " + e.rule());
    } catch (Exception e) {
      throw r.fail(p, Kind.INVALID_VALUE, quote(text) + " is not " + what + ": " + e.getMessage());
    }
  }

  /** The part of a java.time parse message after "could not be parsed ...: ", if any. */
  private static String reason(DateTimeParseException e) {
    String message = String.valueOf(e.getMessage());
    int colon = message.indexOf(": ");
    return colon < 0 ? message : message.substring(colon + 2);
  }

  /**
   * The index of the first surrogate that is not half of a pair, or -1: JSON can escape one on
   * its own, but it is no character, and no UTF-8 or YAML document can hold it.
   */
  static int loneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  static String quote(String text) {
    String shown = text.length() > 80 ? text.substring(0, 77) + "..." : text;
    return "\"" + shown + "\"";
  }

  @Override
  ObjectNode schema(SchemaContext s) {
    return schema.apply(s);
  }
}
