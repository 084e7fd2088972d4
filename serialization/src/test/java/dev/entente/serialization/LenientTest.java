package dev.entente.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.entente.model.Dossier;
import dev.entente.model.Statement;
import dev.entente.serialization.JsonProblem.Kind;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class LenientTest {

  private static final EntenteJson STRICT = EntenteJson.standard();
  private static final EntenteJson LENIENT = EntenteJson.builder().lenient(true).build();
  private static final JsonMapper TREES = JsonMapper.builder().build();

  /**
   * A dossier from a newer writer: unknown members at the top, in a statement, in a position's
   * object and in a source (an array element), of every JSON kind.
   */
  static final String NEWER = "{\"entente\":\"1.1\",\"id\":\"d\","
      + "\"actors\":[{\"type\":\"state\",\"id\":\"kor\",\"country\":\"KR\",\"name\":\"Korea\"},"
      + "{\"type\":\"state\",\"id\":\"prk\",\"country\":\"KP\",\"name\":\"DPRK\"}],"
      + "\"statements\":[{\"type\":\"unilateral-statement\",\"id\":\"st-1\",\"kind\":\"readout\","
      + "\"issuer\":\"kor\",\"positions\":[{\"type\":\"condemnation\",\"holders\":[\"kor\"],"
      + "\"objects\":[{\"targets\":[\"prk\"],\"conduct\":\"launches\",\"severity\":1.50,\"tags\":[\"icbm\",null,true]}]}],"
      + "\"audience\":{\"domestic\":false,\"reach\":1e3,\"nested\":{\"deep\":[[],{}]}},"
      + "\"remark\":null}],"
      + "\"sources\":[{\"id\":\"src-1\",\"kind\":\"news-article\",\"title\":\"T\","
      + "\"paywall\":true,\"excerpt\":\"He said \\\"no\\\"\\n\\t\\u00e9\\ud83d\\ude00\\\\\"}],"
      + "\"generator\":\"entente 1.3\",\"checksum\":-0.0,\"big\":123456789012345678901234567890}";

  @Test
  void strictReadingRefusesTheFirstUnknownMember() {
    EntenteJsonException e = catchThrowableOfType(EntenteJsonException.class,
        () -> STRICT.readDossier(NEWER));

    assertThat(e.firstProblem().kind()).isEqualTo(Kind.UNKNOWN_MEMBER);
    assertThat(e.firstProblem().pointer())
        .isEqualTo("/statements/0/positions/0/objects/0/severity");
  }

  @Test
  void lenientReadingKeepsUnknownMembersWithTheValueTheyBelongTo() {
    Dossier dossier = LENIENT.readDossier(NEWER);
    Statement statement = dossier.statements().get(0);

    assertThat(dossier.unknownMembers()).containsExactly(
        org.assertj.core.api.Assertions.entry("generator", "\"entente 1.3\""),
        org.assertj.core.api.Assertions.entry("checksum", "-0.0"),
        org.assertj.core.api.Assertions.entry("big", "123456789012345678901234567890"));
    assertThat(statement.unknownMembers()).containsOnlyKeys("audience", "remark");
    assertThat(statement.unknownMembers().get("remark")).isEqualTo("null");
    assertThat(statement.unknownMembers().get("audience")).contains("1e3");
    assertThat(statement.positions().get(0).unknownMembers()).isEmpty();
    assertThat(statement.positions().get(0).objects().get(0).unknownMembers())
        .containsEntry("severity", "1.50")
        .containsEntry("tags", "[\"icbm\",null,true]");
    assertThat(dossier.sources().get(0).unknownMembers()).containsOnlyKeys("paywall", "excerpt");
    assertThat(dossier.actors().get(0).unknownMembers()).isEmpty();
  }

  @Test
  void writingBackYieldsTheSameJsonTokensAndNumbersAsRead() {
    String written = LENIENT.write(LENIENT.readDossier(NEWER));

    assertThat(TREES.readTree(written)).isEqualTo(TREES.readTree(NEWER));
    assertThat(written).contains("\"severity\":1.50", "\"reach\":1e3", "\"checksum\":-0.0",
        "\"big\":123456789012345678901234567890", "\"remark\":null",
        "\"deep\":[[],{}]", "He said \\\"no\\\"\\n\\t");
    assertThat(LENIENT.readDossier(written)).isEqualTo(LENIENT.readDossier(NEWER));
  }

  @Test
  void theStandardWriterWritesKeptMembersToo() {
    Dossier dossier = LENIENT.readDossier(NEWER);

    assertThat(TREES.readTree(STRICT.write(dossier))).isEqualTo(TREES.readTree(NEWER));
  }

  @Test
  void anUnknownTypeIsRefusedEvenInLenientMode() {
    String text = "{\"entente\":\"1.1\",\"id\":\"d\",\"statements\":[{\"type\":\"tweet\","
        + "\"id\":\"t\"}]}";

    EntenteJsonException e = catchThrowableOfType(EntenteJsonException.class,
        () -> LENIENT.readDossier(text));

    assertThat(e.firstProblem().kind()).isEqualTo(Kind.UNKNOWN_TYPE);
    assertThat(e.firstProblem().pointer()).isEqualTo("/statements/0/type");
    assertThat(e.firstProblem().message()).contains("\"tweet\"");
  }

  @Test
  void aNewerMinorFormatVersionIsRead() {
    String text = "{\"entente\":\"1.1\",\"id\":\"d\",\"mood\":\"upbeat\"}";

    assertThat(LENIENT.readDossier(text).unknownMembers()).containsEntry("mood", "\"upbeat\"");
    assertThat(STRICT.readDossier("{\"entente\":\"1.1\",\"id\":\"d\"}").id()).isEqualTo("d");
    assertThat(STRICT.readDossier("{\"entente\":\"1.12\",\"id\":\"d\"}").id()).isEqualTo("d");
  }
}
