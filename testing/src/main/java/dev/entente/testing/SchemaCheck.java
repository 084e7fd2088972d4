package dev.entente.testing;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import dev.entente.serialization.EntenteSchema;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shipped schema through networknt's json-schema-validator, an optional dependency: this
 * class is loaded only when {@link JsonAssert#conformsToSchema()} runs and the validator is there.
 */
final class SchemaCheck {

  private static final String VALIDATOR_CLASS = "com.networknt.schema.SchemaRegistry";

  private SchemaCheck() {}

  /** Whether networknt's validator can be used. */
  static boolean available() {
    try {
      Class.forName(VALIDATOR_CLASS, false, SchemaCheck.class.getClassLoader());
      return SchemaCheck.class.getModule().canRead(
          Class.forName(VALIDATOR_CLASS, false, SchemaCheck.class.getClassLoader()).getModule());
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /** The shipped dossier schema, read once. */
  private static final class Holder {
    static final Schema DOSSIER = SchemaRegistry
        .withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(JsonMapper.builder().build().readTree(EntenteSchema.text()));
  }

  /** Every way the document breaks the schema, as {@code pointer: message}. */
  static List<String> errors(JsonNode document) {
    List<String> out = new ArrayList<>();
    for (Error error : Holder.DOSSIER.validate(document)) {
      String pointer = pointer(error.getInstanceLocation());
      out.add((pointer.isEmpty() ? "(document)" : pointer) + ": " + error.getMessage());
    }
    return out;
  }

  private static String pointer(NodePath path) {
    StringBuilder pointer = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      pointer.append('/').append(String.valueOf(path.getElement(i))
          .replace("~", "~0").replace("/", "~1"));
    }
    return pointer.toString();
  }
}
