package dev.entente.cli;

import dev.entente.model.Dossier;
import dev.entente.model.Statement;
import dev.entente.serialization.EntenteJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/** What a file holds, by its extension. */
enum FileKind {
  /** {@code .json}: one dossier. */
  JSON,
  /** {@code .yaml} or {@code .yml}: one dossier in YAML. */
  YAML,
  /** {@code .ndjson} or {@code .jsonl}: one record a line. */
  NDJSON;

  private static final EntenteJson JSON_READER = EntenteJson.standard();
  private static final EntenteJson YAML_READER =
      EntenteJson.builder().format(EntenteJson.Format.YAML).build();

  /** The kind of {@code file} by its extension, or {@code otherwise} when Entente knows none. */
  static FileKind of(String file, FileKind otherwise) {
    String name = file.toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      return JSON;
    }
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return YAML;
    }
    if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
      return NDJSON;
    }
    return otherwise;
  }

  /** The strict, validating reader (and writer) of this kind; NDJSON is read as JSON. */
  EntenteJson json() {
    return this == YAML ? YAML_READER : JSON_READER;
  }

  /** The most bytes looked at to tell what an NDJSON file holds: one line's limit. */
  private static long sniffLimit() {
    return Math.min(JSON_READER.limits().maxLineLength(), JSON_READER.limits().maxDocumentLength());
  }

  /**
   * What an NDJSON file's records are, by the first line that says: dossiers when it is an
   * object with an {@code "entente"} member, statements when it is one with a {@code "type"}
   * member. Lines that say neither (blank, broken, or another value) are passed over, so that a
   * broken first line is reported once, as a bad record of the kind the others are, rather than
   * deciding that every line is a statement. Statements when no line says. Lines are scanned
   * through a buffer, as tokens (nothing is kept), and no further than one line's limit in all:
   * an endless file ends the search too.
   */
  static Class<?> ndjsonRecordType(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return ndjsonRecordType(in);
    }
  }

  /** What the NDJSON records of a stream are; see {@link #ndjsonRecordType(Path)}. */
  static Class<?> ndjsonRecordType(InputStream in) throws IOException {
    Lines lines = new Lines(in, sniffLimit());
    while (lines.next()) {
      Class<?> type = recordType(lines);
      if (type != null) {
        return type;
      }
    }
    return Statement.class;
  }

  /** What one line says its record is, or null when it does not say. */
  private static Class<?> recordType(InputStream line) {
    try (JsonParser p = SNIFFER.createParser(ObjectReadContext.empty(), line)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      for (JsonToken token = p.nextToken(); token == JsonToken.PROPERTY_NAME;
          token = p.nextToken()) {
        String name = p.currentName();
        if (name.equals("entente")) {
          return Dossier.class;
        }
        if (name.equals("type")) {
          return Statement.class;
        }
        p.nextToken();
        p.skipChildren();
      }
      return null;
    } catch (JacksonException e) {
      return null;
    }
  }

  private static final JsonFactory SNIFFER = JsonFactory.builder().build();

  /**
   * The lines of a stream, one at a time, each an input stream that ends at its line end, read
   * through one buffer; in all no further than a number of bytes.
   */
  private static final class Lines extends InputStream {
    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private long left;
    private int pos;
    private int limit;
    private boolean lineEnded = true;
    private boolean ended;

    Lines(InputStream in, long bytes) {
      this.in = in;
      this.left = bytes;
    }

    /** Moves to the next line, past what is left of this one; false at the end. */
    boolean next() throws IOException {
      while (!lineEnded) {
        if (!fill()) {
          return false;
        }
        while (pos < limit && !lineEnded) {
          lineEnded = buffer[pos++] == '\n';
        }
      }
      if (!fill()) {
        return false;
      }
      lineEnded = false;
      return true;
    }

    /** Whether there are bytes in the buffer, reading more if it is empty. */
    private boolean fill() throws IOException {
      if (pos < limit) {
        return true;
      }
      if (ended || left <= 0) {
        return false;
      }
      int read;
      do {
        read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
      } while (read == 0);
      if (read < 0) {
        ended = true;
        return false;
      }
      pos = 0;
      limit = read;
      left -= read;
      return true;
    }

    @Override
    public int read() throws IOException {
      if (lineEnded || !fill()) {
        return -1;
      }
      byte c = buffer[pos++];
      if (c == '\n') {
        lineEnded = true;
        return -1;
      }
      return c & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (lineEnded || len == 0) {
        return lineEnded ? -1 : 0;
      }
      if (!fill()) {
        return -1;
      }
      int n = 0;
      while (n < len && pos < limit) {
        byte c = buffer[pos++];
        if (c == '\n') {
          lineEnded = true;
          break;
        }
        b[off + n++] = c;
      }
      return n == 0 && lineEnded ? -1 : n;
    }
  }
}
