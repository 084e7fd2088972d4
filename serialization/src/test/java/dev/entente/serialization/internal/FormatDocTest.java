package dev.entente.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FormatDocTest {

  private static final Path FORMAT = Path.of("FORMAT.md");

  @Test
  void formatMdTablesAreWhatTheCodecsSay() throws Exception {
    String document = Files.readString(FORMAT, StandardCharsets.UTF_8);
    Golden.check(FORMAT, FormatTables.insertInto(document));
  }

  @Test
  void formatMdLinksTheSchema() throws Exception {
    assertThat(Files.readString(FORMAT, StandardCharsets.UTF_8))
        .contains("src/main/resources/dev/entente/serialization/entente.schema.json");
  }
}
