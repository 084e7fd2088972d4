package dev.entente.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.entente.model.Dossier;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Columns are counted in characters, also after non-ASCII text on the same line. */
class ColumnsTest {

  @Test
  void countsColumnsInCharactersAfterHangulAndEmoji() {
    String text = "{\"entente\":\"1.1\",\"id\":\"d\",\"title\":\"조태열 😀\",\"description\":7}";
    int expected = text.indexOf("7") + 1;

    EntenteJsonException e = catchThrowableOfType(EntenteJsonException.class,
        () -> EntenteJson.standard().readDossier(text.getBytes(StandardCharsets.UTF_8)));

    assertThat(e.firstProblem().pointer()).isEqualTo("/description");
    assertThat(e.firstProblem().line()).isEqualTo(1);
    assertThat(e.firstProblem().column()).isEqualTo(text.codePointCount(0, expected - 1) + 1);
  }

  @Test
  void countsColumnsOfLaterLinesFromTheirOwnStart() {
    String text = "{\"entente\":\"1.1\",\"id\":\"d\",\n\"title\":\"ÄÖÜ\", \"x\":1}";

    EntenteJsonException e = catchThrowableOfType(EntenteJsonException.class,
        () -> EntenteJson.standard().readDossier(text.getBytes(StandardCharsets.UTF_8)));

    assertThat(e.firstProblem().line()).isEqualTo(2);
    assertThat(e.firstProblem().column()).isEqualTo("\"title\":\"ÄÖÜ\", \"x\"".indexOf("\"x\"") + 5);
  }

  @Test
  void countsTheColumnsOfManyProblemsOnOneLineAfterNonAsciiText() {
    Dossier dossier = ReadLimitsTest.MaxProblems.withDanglingTopics(40).withTitle("조태열 😀 Ä");
    String text = EntenteJson.standard().write(dossier);

    List<JsonProblem> problems =
        EntenteJson.standard().readDossierWithViolations(text).violations();

    assertThat(problems).hasSize(40);
    for (int i = 0; i < problems.size(); i++) {
      int at = text.indexOf("\"nowhere-" + i + "\"");
      assertThat(problems.get(i).line()).isEqualTo(1);
      assertThat(problems.get(i).column()).as("column of topic %s", i)
          .isEqualTo(text.codePointCount(0, at) + 1);
    }
  }

  @Test
  void countsTheColumnsOfProblemsOnManyLinesEachFromItsLinesStart() {
    Dossier dossier = ReadLimitsTest.MaxProblems.withDanglingTopics(3).withTitle("ÄÖÜ");
    String text = EntenteJson.standard().write(dossier)
        .replace(",\"nowhere-1\"", ",\n  \"nowhere-1\"")
        .replace(",\"nowhere-2\"", ",\n\"nowhere-2\"");

    List<JsonProblem> problems =
        EntenteJson.standard().readDossierWithViolations(text).violations();

    assertThat(problems).extracting(JsonProblem::line).containsExactly(1, 2, 3);
    assertThat(problems.get(0).column())
        .isEqualTo(text.codePointCount(0, text.indexOf("\"nowhere-0\"")) + 1);
    assertThat(problems.get(1).column()).isEqualTo(3);
    assertThat(problems.get(2).column()).isEqualTo(1);
  }
}
