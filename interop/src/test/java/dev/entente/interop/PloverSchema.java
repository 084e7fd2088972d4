package dev.entente.interop;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON Schema of a PLOVER record written from the manual (a test resource), for the tests. */
final class PloverSchema {

  private static final Schema SCHEMA = load();

  private PloverSchema() {}

  /** Every way the record breaks the schema, as {@code location: message}; empty if none. */
  static List<String> errors(JsonNode record) {
    List<String> out = new ArrayList<>();
    for (Error error : SCHEMA.validate(record)) {
      out.add(error.getInstanceLocation() + ": " + error.getMessage());
    }
    return out;
  }

  private static Schema load() {
    try (InputStream in = PloverSchema.class.getResourceAsStream("plover-record.schema.json")) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(JsonMapper.builder().build().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
