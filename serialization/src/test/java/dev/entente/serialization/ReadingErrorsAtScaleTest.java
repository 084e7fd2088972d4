package dev.entente.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.entente.model.Dossier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Problems reported where they are and no bigger than they need be, however big the document:
 * a repeated element at its index, a bad member name at its object, the violations beyond the
 * limit counted rather than described; and key-sorted documents read as written.
 */
class ReadingErrorsAtScaleTest {

  private static final EntenteJson JSON = EntenteJson.standard();
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static List<JsonProblem> problems(String document) {
    EntenteJsonException e = catchThrowableOfType(EntenteJsonException.class,
        () -> JSON.readDossier(document));
    assertThat(e).isNotNull();
    return e.problems();
  }

  // ---------------------------------------------------------------- key-sorted documents

  /** A copy of a tree with every object's members sorted by name, as {@code jq -S} writes it. */
  private static JsonNode sorted(JsonNode node) {
    if (node.isObject()) {
      Map<String, JsonNode> members = new TreeMap<>();
      node.properties().forEach(e -> members.put(e.getKey(), sorted(e.getValue())));
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      members.forEach(copy::set);
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode();
      node.forEach(element -> copy.add(sorted(element)));
      return copy;
    }
    return node;
  }

  @Test
  void keySortedDocumentsReadAsTheWrittenOnes() {
    for (Dossier dossier : List.of(SampleDossiers.dossier(), SampleDossiers.everyType())) {
      String keySorted = MAPPER.writeValueAsString(sorted(MAPPER.readTree(JSON.write(dossier))));
      assertThat(keySorted).isNotEqualTo(JSON.write(dossier)).contains("\"type\":\"state\"}");
      assertThat(JSON.readDossier(keySorted)).isEqualTo(dossier);
    }
  }

  @Test
  void problemsInAnObjectWhoseTypeComesLastAreAtTheirPointers() {
    List<JsonProblem> found = problems("{\"entente\":\"1.1\",\"id\":\"d\",\"title\":\"t\","
        + "\"actors\":[{\"country\":\"KR\",\"id\":\"kor\",\"name\":\"K\",\"type\":\"state\"},"
        + "{\"bogus\":1,\"country\":\"XX\",\"id\":\"x\",\"name\":\"X\",\"type\":\"state\"},"
        + "{\"country\":\"JP\",\"id\":\"jpn\",\"type\":\"nation\"},{\"id\":\"y\",\"name\":\"Y\"}]}");
    assertThat(found).extracting(JsonProblem::pointer).containsExactly(
        "/actors/1/bogus", "/actors/1/country", "/actors/2/type", "/actors/3");
    assertThat(found.get(1).line()).isEqualTo(1);
    assertThat(found.get(3).message()).contains("missing required member \"type\"");
  }

  // ---------------------------------------------------------------- bad member names

  @ParameterizedTest
  @ValueSource(strings = {"\"name\":\"K\", 7:1", "\"name\":\"K\", \"na\nme\":1",
      "\"name\":\"K\" \"x\":1", "\"externalIds\":[], nope:1", "\"name\":\"K\",}"})
  void aBadMemberNameIsReportedAtItsObjectNotAtTheMemberBefore(String members) {
    List<JsonProblem> found = problems("{\"entente\":\"1.1\",\"id\":\"d\",\"title\":\"t\","
        + "\"actors\":[{\"type\":\"state\",\"id\":\"kor\",\"country\":\"KR\"," + members + "}]}");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).kind()).isEqualTo(JsonProblem.Kind.SYNTAX);
    assertThat(found.get(0).pointer()).isEqualTo("/actors/0");
  }

  @Test
  void aBadValueIsStillReportedAtItsMember() {
    List<JsonProblem> found = problems("{\"entente\":\"1.1\",\"id\":\"d\",\"title\":\"t\","
        + "\"actors\":[{\"type\":\"state\",\"id\":\"kor\",\"country\":\"KR\",\"name\":tru}]}");
    assertThat(found).extracting(JsonProblem::pointer).containsExactly("/actors/0/name");
  }

  // ---------------------------------------------------------------- repeated elements

  @Test
  void aRepeatedElementIsReportedAtItsIndexWithoutTheList() {
    StringBuilder parents = new StringBuilder();
    for (int i = 0; i < 200_000; i++) {
      parents.append(i == 0 ? "" : ",").append("\"p-").append(i).append('"');
    }
    parents.append(",\"p-3\"");
    List<JsonProblem> found = problems("{\"entente\":\"1.1\",\"id\":\"d\",\"title\":\"t\","
        + "\"topics\":[{\"id\":\"t\",\"label\":\"T\",\"kind\":\"theme\",\"parents\":["
        + parents + "]}]}");
    assertThat(found).hasSize(1);
    JsonProblem repeat = found.get(0);
    assertThat(repeat.pointer()).isEqualTo("/topics/0/parents/200000");
    assertThat(repeat.message()).contains("p-3", "element 200000 repeats element 3")
        .hasSizeLessThan(200);
  }

  @Test
  void threeThousandSidesAreNotAllPrinted() {
    StringBuilder sides = new StringBuilder("\"kor\"");
    for (int i = 0; i < 3_000; i++) {
      sides.append(",\"s-").append(i).append('"');
    }
    List<JsonProblem> found = problems("{\"entente\":\"1.1\",\"id\":\"d\",\"title\":\"t\","
        + "\"engagements\":[{\"type\":\"meeting\",\"id\":\"m\",\"kind\":\"meeting\",\"sides\":["
        + sides + "]}]}");
    assertThat(found).extracting(JsonProblem::pointer).contains("/engagements/0/sides");
    assertThat(found).allSatisfy(p -> assertThat(p.message()).hasSizeLessThan(300));
  }

  // ---------------------------------------------------------------- violations beyond the limit

  @Test
  void violationsBeyondTheLimitAreCountedNotDescribed() {
    StringBuilder topics = new StringBuilder();
    for (int i = 0; i < 5_000; i++) {
      topics.append(i == 0 ? "" : ",").append("\"missing-").append(i).append('"');
    }
    String document = "{\"entente\":\"1.1\",\"id\":\"d\",\"title\":\"t\",\"actors\":["
        + "{\"type\":\"state\",\"id\":\"kor\",\"country\":\"KR\",\"name\":\"K\"},"
        + "{\"type\":\"state\",\"id\":\"jpn\",\"country\":\"JP\",\"name\":\"J\"}],"
        + "\"engagements\":[{\"type\":\"meeting\",\"id\":\"m\",\"kind\":\"meeting\","
        + "\"sides\":[\"kor\",\"jpn\"],\"topics\":[" + topics + "]}]}";
    List<JsonProblem> reported =
        new ArrayList<>(JSON.readDossierWithViolations(document).violations());
    int limit = JSON.limits().maxProblems();
    assertThat(reported).hasSize(limit + 1);
    assertThat(reported.get(0).pointer()).isEqualTo("/engagements/0/topics/0");
    assertThat(reported.get(limit - 1).pointer()).isEqualTo("/engagements/0/topics/" + (limit - 1));
    assertThat(reported.get(limit).notReported()).isEqualTo(5_000 - limit);
    assertThat(problems(document)).hasSize(limit + 1)
        .last().extracting(JsonProblem::notReported).isEqualTo(5_000 - limit);
  }
}
