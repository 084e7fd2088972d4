package dev.entente.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.serialization.EntenteSchema;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SchemaGoldenTest {

  @Test
  void theCommittedSchemaIsWhatTheCodecsSay() throws Exception {
    Golden.check(Path.of("src/main/resources", EntenteSchema.RESOURCE), SchemaGenerator.text());
  }

  @Test
  void theAccessorNamesTheGeneratorsId() {
    assertThat(EntenteSchema.ID).isEqualTo(SchemaGenerator.ID);
  }

  @Test
  void theTextHasAStableLayout() {
    String text = SchemaGenerator.text();
    assertThat(text).doesNotContain("\r").doesNotContain("\t").endsWith("}\n")
        .startsWith("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n");
  }
}
