package dev.entente.examples.koreauk2024;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.examples.Main;
import dev.entente.model.Dossier;
import dev.entente.serialization.EntenteJson;
import dev.entente.serialization.EntenteJson.Format;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The article's dossier as JSON: the golden file, and round trips through JSON and YAML. */
class ArticleJsonTest {

  /** The golden file, which the README's command-line examples read too. */
  static final Path GOLDEN = Path.of("data", "korea-uk-2024.json");
  private static final String REGENERATE = "entente.regenerateGolden";

  private final Dossier dossier = KoreaUkDialogue2024.dossier();

  /** The golden JSON; while regenerating, the JSON that replaces it. */
  static String golden() throws IOException {
    if (Boolean.getBoolean(REGENERATE)) {
      return Main.json(KoreaUkDialogue2024.dossier());
    }
    assertThat(GOLDEN).as("the golden file (tests run in the examples directory)").isRegularFile();
    return Files.readString(GOLDEN, StandardCharsets.UTF_8);
  }

  @Test
  void printsTheGoldenJson() throws IOException {
    String json = Main.json(dossier);
    if (Boolean.getBoolean(REGENERATE)) {
      Files.writeString(GOLDEN, json, StandardCharsets.UTF_8);
      return;
    }
    assertThat(json)
        .as("the article's JSON differs from %s; if the change is intended, regenerate it with"
            + " mvn -B -pl examples verify -D%s=true and review the diff", GOLDEN, REGENERATE)
        .isEqualTo(golden());
  }

  @Test
  void roundTripsThroughJson() {
    String json = EntenteJson.builder().pretty(true).build().write(dossier);
    assertThat(EntenteJson.standard().readDossier(json)).isEqualTo(dossier);
    assertThat(EntenteJson.standard().readDossier(EntenteJson.standard().write(dossier)))
        .isEqualTo(dossier);
  }

  @Test
  void roundTripsThroughYaml() {
    EntenteJson yaml = EntenteJson.builder().format(Format.YAML).build();
    String text = yaml.write(dossier);
    assertThat(text).contains("id: rok-uk-strategic-dialogue-2024");
    assertThat(yaml.readDossier(text)).isEqualTo(dossier);
  }

  @Test
  void roundTripsThroughAMapperThatFindsEntentesModule() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    String json = mapper.writeValueAsString(dossier);
    assertThat(mapper.readValue(json, Dossier.class)).isEqualTo(dossier);
    assertThat(EntenteJson.standard().readDossier(json)).isEqualTo(dossier);
  }
}
