package dev.entente.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Columns are counted in characters, also after non-ASCII text on the same line. */
class ColumnsTest {

  @Test
  void countsColumnsInCharactersAfterHangulAndEmoji() {
    String text = "{\"entente\":\"1.0\",\"id\":\"d\",\"title\":\"조태열 😀\",\"description\":7}";
    int expected = text.indexOf("7") + 1;

    EntenteJsonException e = catchThrowableOfType(EntenteJsonException.class,
        () -> EntenteJson.standard().readDossier(text.getBytes(StandardCharsets.UTF_8)));

    assertThat(e.firstProblem().pointer()).isEqualTo("/description");
    assertThat(e.firstProblem().line()).isEqualTo(1);
    assertThat(e.firstProblem().column()).isEqualTo(text.codePointCount(0, expected - 1) + 1);
  }

  @Test
  void countsColumnsOfLaterLinesFromTheirOwnStart() {
    String text = "{\"entente\":\"1.0\",\"id\":\"d\",\n\"title\":\"ÄÖÜ\", \"x\":1}";

    EntenteJsonException e = catchThrowableOfType(EntenteJsonException.class,
        () -> EntenteJson.standard().readDossier(text.getBytes(StandardCharsets.UTF_8)));

    assertThat(e.firstProblem().line()).isEqualTo(2);
    assertThat(e.firstProblem().column()).isEqualTo("\"title\":\"ÄÖÜ\", \"x\"".indexOf("\"x\"") + 5);
  }
}
