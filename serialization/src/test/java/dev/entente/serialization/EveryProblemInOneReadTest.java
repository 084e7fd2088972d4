package dev.entente.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.entente.serialization.JsonProblem.Kind;
import dev.entente.validation.ViolationCode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * One read of a well-formed document reports every problem it can find: problems with values do
 * not stop it, and the dossier's rules are checked on what could be read.
 */
class EveryProblemInOneReadTest {

  private static final EntenteJson JSON = EntenteJson.builder().pretty(true).build();

  private static final String ACTORS = "  \"actors\": [\n"
      + "    {\"type\": \"state\", \"id\": \"kor\", \"country\": \"KR\", \"name\": \"Korea\"},\n"
      + "    {\"type\": \"state\", \"id\": \"gbr\", \"country\": \"GB\", \"name\": \"UK\"}\n"
      + "  ],\n";

  private static List<JsonProblem> problems(String text) {
    return catchThrowableOfType(EntenteJsonException.class, () -> JSON.readDossier(text))
        .problems();
  }

  @Test
  void aBadDateAndADanglingReferenceAreBothReported() {
    String text = "{\n"
        + "  \"entente\": \"1.0\",\n"
        + "  \"id\": \"d\",\n"
        + ACTORS
        + "  \"engagements\": [\n"
        + "    {\"type\": \"meeting\", \"kind\": \"meeting\", \"id\": \"m1\", \"sides\": [\"kor\", \"gbr\"],\n"
        + "     \"date\": \"2024-02-30\"},\n"
        + "    {\"type\": \"meeting\", \"kind\": \"meeting\", \"id\": \"m2\", \"sides\": [\"kor\", \"fra\"],\n"
        + "     \"date\": \"2024-02-28\"}\n"
        + "  ]\n"
        + "}\n";

    List<JsonProblem> problems = problems(text);

    assertThat(problems).extracting(JsonProblem::toString).containsExactly(
        "10:14: /engagements/0/date: \"2024-02-30\" is not a date: day 30 is not in February 2024",
        "11:73: /engagements/1/sides/1: dangling-reference: reference \"fra\" points at no Actor"
            + " in the dossier");
    assertThat(problems.get(1).violation()).hasValue(ViolationCode.DANGLING_REFERENCE);
  }

  @Test
  void valueProblemsAllOverTheDocumentAreReportedInTheOrderFound() {
    String text = "{\n"
        + "  \"entente\": \"1.0\",\n"
        + "  \"id\": \"d\",\n"
        + "  \"actors\": [\n"
        + "    {\"type\": \"state\", \"id\": \"kor\", \"country\": \"KX\", \"name\": \"Korea\"},\n"
        + "    {\"type\": \"state\", \"id\": \"gbr\", \"country\": \"GB\", \"name\": \"UK\","
        + " \"motto\": \"x\"},\n"
        + "    {\"type\": \"empire\", \"id\": \"rom\"},\n"
        + "    {\"type\": \"state\", \"id\": \"fra\", \"country\": null, \"name\": \"France\"}\n"
        + "  ],\n"
        + "  \"engagements\": [\n"
        + "    {\"type\": \"meeting\", \"kind\": \"meeting\", \"id\": \"m1\", \"sides\": [\"gbr\", \"gbr\"],"
        + " \"date\": \"2024-10-21\"},\n"
        + "    {\"type\": \"meeting\", \"id\": \"m2\", \"sides\": [\"gbr\", \"kor\"]}\n"
        + "  ],\n"
        + "  \"title\": 7\n"
        + "}\n";

    List<JsonProblem> problems = problems(text);

    assertThat(problems).extracting(JsonProblem::kind, JsonProblem::pointer).containsExactly(
        org.assertj.core.groups.Tuple.tuple(Kind.INVALID_VALUE, "/actors/0/country"),
        org.assertj.core.groups.Tuple.tuple(Kind.UNKNOWN_MEMBER, "/actors/1/motto"),
        org.assertj.core.groups.Tuple.tuple(Kind.UNKNOWN_TYPE, "/actors/2/type"),
        org.assertj.core.groups.Tuple.tuple(Kind.WRONG_TYPE, "/actors/3/country"),
        org.assertj.core.groups.Tuple.tuple(Kind.INVALID_VALUE, "/engagements/0/sides"),
        org.assertj.core.groups.Tuple.tuple(Kind.MISSING_MEMBER, "/engagements/1"),
        org.assertj.core.groups.Tuple.tuple(Kind.WRONG_TYPE, "/title"));
    assertThat(problems).allSatisfy(p -> assertThat(p.hasLocation()).isTrue());
    assertThat(problems.get(0).toString()).startsWith("5:47: /actors/0/country: \"KX\"");
    // A reference to a record left out for its own problem is not reported again as dangling.
    assertThat(problems).noneMatch(p -> p.kind() == Kind.VIOLATION);
  }

  @Test
  void aViolationAfterElementsLeftOutIsReportedAtItsPlaceInTheSource() {
    String text = "{\"entente\":\"1.1\",\"id\":\"d\",\n"
        + ACTORS
        + "\"engagements\":[\n"
        + "{\"type\":\"meeting\",\"kind\":\"meeting\",\"id\":\"m0\",\"sides\":[\"kor\",\"gbr\"],\"date\":\"2024-13\"},\n"
        + "{\"type\":\"meeting\",\"kind\":\"meeting\",\"id\":\"m1\",\"sides\":[\"kor\",\"gbr\"],\"date\":\"x\"},\n"
        + "{\"type\":\"meeting\",\"kind\":\"meeting\",\"id\":\"m2\",\"sides\":[\"kor\",\"gbr\"],\"date\":\"2024\"},\n"
        + "{\"type\":\"meeting\",\"kind\":\"meeting\",\"id\":\"m3\",\"sides\":[\"kor\",\"esp\"],\"date\":\"2024\"}\n"
        + "]}";

    List<JsonProblem> problems = problems(text);

    assertThat(problems).extracting(JsonProblem::pointer).containsExactly(
        "/engagements/0/date", "/engagements/1/date", "/engagements/3/sides/1");
    assertThat(problems.get(2).line()).isEqualTo(10);
    assertThat(problems.get(2).message()).contains("\"esp\"");
  }

  @Test
  void aReferenceToARecordLeftOutIsNotDanglingButOneToNoRecordIs() {
    String text = "{\"entente\":\"1.1\",\"id\":\"d\",\"actors\":["
        + "{\"type\":\"state\",\"id\":\"kor\",\"country\":\"KR\",\"name\":\"Korea\"},"
        + "{\"type\":\"state\",\"id\":\"gbr\",\"country\":\"UK\",\"name\":\"UK\"}],"
        + "\"engagements\":[{\"type\":\"meeting\",\"kind\":\"meeting\",\"id\":\"m\",\"sides\":[\"kor\",\"gbr\"],"
        + "\"date\":\"2024\"},{\"type\":\"meeting\",\"kind\":\"meeting\",\"id\":\"n\",\"sides\":[\"kor\",\"usa\"],"
        + "\"date\":\"2024\"}]}";

    List<JsonProblem> problems = problems(text);

    assertThat(problems).extracting(JsonProblem::pointer)
        .containsExactly("/actors/1/country", "/engagements/1/sides/1");
  }

  @Test
  void problemsBeforeASyntaxErrorAreReportedWithIt() {
    String text = "{\"entente\":\"1.1\",\"id\":\"d\",\"title\":7,\"description\":\"x\" \"oops\"}";

    List<JsonProblem> problems = problems(text);

    assertThat(problems).extracting(JsonProblem::kind)
        .containsExactly(Kind.WRONG_TYPE, Kind.SYNTAX);
  }

  @Test
  void noMoreProblemsThanTheLimitAreReportedThenOneCountsTheOthers() {
    StringBuilder actors = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      actors.append(i == 0 ? "" : ",").append("{\"type\":\"state\",\"id\":\"s").append(i)
          .append("\",\"country\":\"Q").append(i).append("\",\"name\":\"S\"}");
    }
    String text = "{\"entente\":\"1.1\",\"id\":\"d\",\"actors\":[" + actors + "],"
        + "\"engagements\":[{\"type\":\"meeting\",\"kind\":\"meeting\",\"id\":\"m\",\"sides\":[\"x\",\"y\"],"
        + "\"date\":\"2024\"}]}";
    EntenteJson capped = JSON.toBuilder().limits(ReadLimits.defaults().withMaxProblems(3)).build();

    List<JsonProblem> problems = catchThrowableOfType(EntenteJsonException.class,
        () -> capped.readDossier(text)).problems();

    assertThat(problems).hasSize(4);
    assertThat(problems.subList(0, 3)).extracting(JsonProblem::pointer)
        .containsExactly("/actors/0/country", "/actors/1/country", "/actors/2/country");
    assertThat(problems.get(3).kind()).isEqualTo(Kind.LIMIT);
    // Five more countries, and the two dangling sides of the meeting.
    assertThat(problems.get(3).message())
        .isEqualTo("7 more problems were not reported: the limit is 3 problems a document");
    assertThat(problems.get(3).violation()).isEqualTo(Optional.empty());
    assertThat(problems).extracting(JsonProblem::notReported).containsExactly(0, 0, 0, 7);
    assertThat(new JsonProblem(Kind.LIMIT, "", 0, 0, "the document is 9 bytes long, more than"
        + " the limit of 8", Optional.empty()).notReported()).isZero();
  }

  @Test
  void yamlIsReadToItsEndToo() {
    EntenteJson yaml = EntenteJson.builder().format(EntenteJson.Format.YAML).build();
    String text = "entente: \"1.0\"\nid: d\nengagements:\n"
        + "  - type: meeting\n    kind: meeting\n    id: m1\n    sides: [a, b]\n    date: 2024-02-30\n"
        + "  - type: meeting\n    kind: meeting\n    id: m2\n    sides: [c, d]\n    date: 2024-02-29\n";

    List<JsonProblem> problems = catchThrowableOfType(EntenteJsonException.class,
        () -> yaml.readDossier(text)).problems();

    assertThat(problems).extracting(JsonProblem::pointer, JsonProblem::line).containsExactly(
        org.assertj.core.groups.Tuple.tuple("/engagements/0/date", 8),
        // The date is optional: the meeting is kept without it, and its sides checked.
        org.assertj.core.groups.Tuple.tuple("/engagements/0/sides/0", 7),
        org.assertj.core.groups.Tuple.tuple("/engagements/0/sides/1", 7),
        org.assertj.core.groups.Tuple.tuple("/engagements/1/sides/0", 12),
        org.assertj.core.groups.Tuple.tuple("/engagements/1/sides/1", 12));
  }
}
