package dev.entente.examples.koreauk2024;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.model.Dossier;
import dev.entente.serialization.EntenteJson;
import dev.entente.serialization.EntenteJson.Format;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The article's dossier through JSON, YAML and a user's mapper (its golden file,
 * {@code examples/data/korea-uk-2024.json}, is checked with every example's).
 */
class ArticleJsonTest {

  private final Dossier dossier = KoreaUkDialogue2024.dossier();

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
