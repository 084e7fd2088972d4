package dev.entente.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EntenteSchemaTest {

  @Test
  void theSchemaIsInTheModuleAndReadable() throws Exception {
    JsonNode schema;
    try (InputStream in = EntenteSchema.open()) {
      schema = JsonMapper.builder().build().readTree(in);
    }
    assertThat(schema.get("$id").asString()).isEqualTo(EntenteSchema.ID);
    assertThat(schema.get("$schema").asString())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.get("$defs").has("Dossier")).isTrue();
    assertThat(EntenteSchema.text()).startsWith("{\n");
  }

  @Test
  void theModuleReadsItsOwnResource() {
    // On the module path the resource's package is not open, so only the module's own classes
    // can read it: the accessor must, whoever calls it.
    assertThat(EntenteSchema.class.getModule().getName())
        .isIn("dev.entente.serialization", null);
    assertThat(EntenteSchema.text()).contains("\"$defs\"");
  }
}
