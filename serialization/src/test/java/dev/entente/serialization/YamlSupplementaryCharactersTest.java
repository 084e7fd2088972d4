package dev.entente.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.model.Dossier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A YAML reader that ends its 1 KiB window in the middle of a supplementary character (the high
 * surrogate of an emoji as the window's last char) must still read it: snakeyaml-engine before 3.2
 * failed there with an IndexOutOfBoundsException.
 */
class YamlSupplementaryCharactersTest {

  private static final EntenteJson YAML =
      EntenteJson.builder().format(EntenteJson.Format.YAML).build();

  @ParameterizedTest
  @ValueSource(ints = {1000, 1010, 1015, 1018, 1019, 1020, 1021, 1022, 1023, 1024, 1025, 2040})
  void readsAnEmojiWhereverItFallsInTheReadersWindow(int padding) {
    Dossier dossier = Dossier.builder()
        .id("d")
        .title("x".repeat(padding) + "\uD83D\uDE00 \uD834\uDD1E")
        .build();

    assertThat(YAML.readDossier(YAML.write(dossier))).isEqualTo(dossier);
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
