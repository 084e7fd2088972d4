package dev.entente.cli;

import dev.entente.model.Dossier;
import dev.entente.model.Statement;
import dev.entente.serialization.EntenteJson;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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

  /**
   * What an NDJSON file's records are: dossiers when its first non-blank line is an object with
   * an {@code "entente"} member, statements otherwise (a first line that is not JSON is then
   * reported as a bad statement line).
   */
  static Class<?> ndjsonRecordType(Path file) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      byte[] first = firstNonBlankLine(in);
      if (first == null) {
        return Statement.class;
      }
      try {
        JsonNode node = JsonMapper.shared().readTree(first);
        return node != null && node.isObject() && node.has("entente")
            ? Dossier.class : Statement.class;
      } catch (JacksonException e) {
        return Statement.class;
      }
    }
  }

  private static byte[] firstNonBlankLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    boolean blank = true;
    for (int b = in.read(); b >= 0; b = in.read()) {
      if (b == '\n') {
        if (!blank) {
          return line.toByteArray();
        }
        line.reset();
        continue;
      }
      if (b != ' ' && b != '\t' && b != '\r') {
        blank = false;
      }
      line.write(b);
    }
    return blank ? null : line.toByteArray();
  }
}
