package dev.entente.serialization.internal;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.node.ObjectNode;

/**
 * How one type of value is written to and read from a token stream (JSON, or YAML through the
 * same Jackson streaming API), and what the JSON Schema says of it. One codec per type; codecs of
 * composite types are built from their members' codecs in {@link Codecs}.
 *
 * @param <T> the type of value
 */
public abstract class Codec<T> {

  Codec() {}

  /** Writes the value. */
  public abstract void write(JsonGenerator g, T value);

  /**
   * Reads a value whose first token is the parser's current token; on return the current token is
   * the value's last token.
   */
  public abstract T read(JsonParser p, ReadContext r);

  /** The schema of the value: a reference into {@code $defs} or an inline schema. */
  abstract ObjectNode schema(SchemaContext s);

  /** What the value is, for a person reading the format's documentation: "EDTF date", "Source". */
  abstract String label();
}
