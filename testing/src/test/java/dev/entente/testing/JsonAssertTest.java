package dev.entente.testing;

import static dev.entente.testing.DossierAssertTest.failure;
import static dev.entente.testing.EntenteAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.serialization.EntenteJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The JSON assertions pass on good documents and point at the fault in bad ones. */
class JsonAssertTest {

  private static final String GOOD = EntenteJson.builder().pretty(true).build()
      .write(SampleDossiers.korUsa());

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** The joint statement's date, broken. */
  private static final String BAD_DATE = change("/statements/0", "date", "2024-02-30");

  /** Well-formed, but an issuer points at nothing. */
  private static final String DANGLING = change("/statements/0/issuers", 0, "rus");

  private static String change(String pointer, Object member, String value) {
    JsonNode tree = MAPPER.readTree(GOOD);
    JsonNode at = tree.at(pointer);
    if (member instanceof Integer) {
      ((ArrayNode) at).set((Integer) member, MAPPER.<JsonNode>valueToTree(value));
    } else {
      ((ObjectNode) at).set((String) member, MAPPER.<JsonNode>valueToTree(value));
    }
    return MAPPER.writeValueAsString(tree);
  }

  @Test
  void theBrokenDocumentsAreBrokenWhereTheTestsSay() {
    assertThat(BAD_DATE).isNotEqualTo(GOOD);
    assertThat(DANGLING).isNotEqualTo(GOOD);
  }

  @Test
  void isValidDossier(@TempDir Path dir) throws Exception {
    assertThatJson(GOOD).isValidDossier();
    assertThatJson(GOOD.getBytes(StandardCharsets.UTF_8)).isValidDossier();
    Path file = Files.writeString(dir.resolve("story.json"), DANGLING);
    assertThatJson(Path.of(file.toString())).hasProblemAt("/statements/0/issuers/0");
    assertThat(failure(() -> assertThatJson(file).isValidDossier()))
        .startsWith("Expecting " + file + " to be a valid dossier, but it has")
        .contains(": /statements/0/issuers/0: dangling-reference: reference \"rus\" points at no Actor in the dossier");
    assertThat(failure(() -> assertThatJson(BAD_DATE).isValidDossier()))
        .startsWith("Expecting the JSON document to be a valid dossier, but it has 1 problem:\n  ")
        .contains(": /statements/0/date: \"2024-02-30\" is not a date");
  }

  @Test
  void hasProblemAt() {
    assertThatJson(BAD_DATE).hasProblemAt("/statements/0/date");
    assertThat(failure(() -> assertThatJson(GOOD).hasProblemAt("/statements/0/date")))
        .isEqualTo("Expecting the JSON document to have a problem at /statements/0/date, but its"
            + " problems are:\n  (no problems)");
  }

  @Test
  void conformsToSchema() {
    assertThatJson(GOOD).conformsToSchema();
    String unknownMember = change("/statements/0", "colour", "red");
    assertThat(failure(() -> assertThatJson(unknownMember).conformsToSchema()))
        .startsWith("Expecting the JSON document to conform to the Entente schema, but it breaks it")
        .contains("\n  /statements/0: ")
        .contains("colour");
  }

  @Test
  void roundTripsLosslessly() {
    assertThatJson(GOOD).roundTripsLosslessly();
    assertThatJson(DANGLING).roundTripsLosslessly();
    String blankShortTitle = GOOD.replace("\"kor-fm\"", "\"kor-fm\", \"shortTitle\": \"\"");
    assertThat(failure(() -> assertThatJson(blankShortTitle).roundTripsLosslessly()))
        .startsWith("Expecting the JSON document to round-trip losslessly, but it does not read as a"
            + " dossier:\n  ");
    assertThat(failure(() -> assertThatJson(BAD_DATE).roundTripsLosslessly()))
        .contains("/statements/0/date: \"2024-02-30\" is not a date");
  }

  @Test
  void asDossierLeadsToTheDossier() {
    assertThatJson(DANGLING).asDossier().hasViolationAt("/statements/0/issuers/0");
    assertThat(failure(() -> assertThatJson("{}").asDossier()))
        .startsWith("Expecting the JSON document to read as a dossier, but it has problems:\n  ");
  }
}
