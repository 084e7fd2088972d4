package dev.entente.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.model.Dossier;
import dev.entente.serialization.JsonProblem.Kind;
import org.junit.jupiter.api.Test;

/** A "type" member on an object that has no type tag, as a newer version might write one. */
class LenientTypeMemberTest {

  private static final EntenteJson LENIENT = EntenteJson.builder().lenient(true).build();

  @Test
  void isKeptByTheLenientReaderAndWrittenBack() {
    String text = "{\"entente\":\"1.1\",\"id\":\"d\",\"type\":\"briefing\"}";

    Dossier dossier = LENIENT.readDossier(text);

    assertThat(dossier.unknownMembers()).containsEntry("type", "\"briefing\"");
    assertThat(LENIENT.write(dossier)).isEqualTo(text);
    assertThat(LENIENT.readDossier(LENIENT.write(dossier))).isEqualTo(dossier);
  }

  @Test
  void isStillRefusedByTheStrictReader() {
    EntenteJsonException e = org.assertj.core.api.Assertions.catchThrowableOfType(
        EntenteJsonException.class, () -> EntenteJson.standard()
            .readDossier("{\"entente\":\"1.1\",\"id\":\"d\",\"type\":\"briefing\"}"));

    assertThat(e.firstProblem().kind()).isEqualTo(Kind.UNKNOWN_MEMBER);
    assertThat(e.firstProblem().pointer()).isEqualTo("/type");
  }
}
