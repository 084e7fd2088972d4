package dev.entente.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.model.Dossier;
import org.junit.jupiter.api.Test;

/**
 * A YAML reader that ends its 1 KiB window in the middle of a supplementary character (the high
 * surrogate of an emoji as the window's last char) must still read it: snakeyaml-engine before 3.2
 * failed there with an IndexOutOfBoundsException.
 */
class YamlSupplementaryCharactersTest {

  private static final EntenteJson YAML =
      EntenteJson.builder().format(EntenteJson.Format.YAML).build();

  @Test
  void readsAnEmojiWhereverItFallsInTheReadersWindow() {
    for (int padding = 900; padding <= 1100; padding++) {
      Dossier dossier = Dossier.builder()
          .id("d")
          .title("x".repeat(padding) + "\uD83D\uDE00 \uD834\uDD1E")
          .build();

      assertThat(YAML.readDossier(YAML.write(dossier))).as("padding %d", padding)
          .isEqualTo(dossier);
    }
  }

  @Test
  void refusesYamlBytesThatAreNotUtf8() {
    byte[] bad = {'i', 'd', ':', ' ', (byte) 0xC3, (byte) 0x28};

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> YAML.readDossier(bad))
        .isInstanceOf(EntenteJsonException.class)
        .satisfies(e -> assertThat(((EntenteJsonException) e).firstProblem().kind())
            .isEqualTo(JsonProblem.Kind.ENCODING));
  }
}
