package dev.entente.serialization;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema (draft 2020-12) of an Entente dossier document in strict form, shipped in this
 * module's jar. It is generated from the same member tables as the reader and writer, so a
 * document {@link EntenteJson} writes always validates against it. The schema checks the form of
 * a document; rules across records (references that resolve, unique ids) are checked by the
 * reader. FORMAT.md describes the format for people.
 *
 * <pre>{@code
 * String schema = EntenteSchema.text();
 * try (InputStream in = EntenteSchema.open()) { ... }
 * }</pre>
 */
public final class EntenteSchema {

  /** The schema's resource name in this module. */
  public static final String RESOURCE = "dev/entente/serialization/entente.schema.json";

  /** The schema's {@code $id}. */
  public static final String ID = "https://entente.dev/schema/1.1/entente.schema.json";

  private EntenteSchema() {}

  /**
   * Opens the schema, UTF-8 JSON; the caller closes the stream. Read through this module's own
   * class, so it works on the module path, where the resource's package is not open to others.
   */
  public static InputStream open() {
    InputStream in = EntenteSchema.class.getResourceAsStream("/" + RESOURCE);
    if (in == null) {
      throw new IllegalStateException(RESOURCE + " is missing from the entente-serialization jar");
    }
    return in;
  }

  /** The schema as text. */
  public static String text() {
    try (InputStream in = open()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
