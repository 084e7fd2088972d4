package dev.entente.serialization;

import static dev.entente.serialization.ErrorMessagesTest.dossierProblem;
import static dev.entente.serialization.ErrorMessagesTest.dossierWith;
import static dev.entente.serialization.ErrorMessagesTest.problemOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.model.Dossier;
import dev.entente.model.Instrument;
import dev.entente.model.InstrumentStatus;
import dev.entente.model.InstrumentStep;
import dev.entente.serialization.JsonProblem.Kind;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The wire form of instruments: what is written, what is read back, and what is refused. */
class InstrumentWireTest {

  private static final EntenteJson JSON = EntenteJson.standard();
  private static final JsonMapper TREES = JsonMapper.builder().build();

  /** Two states, then an instrument between them with these members after its id and kind. */
  private static String instrumentWith(String members) {
    return dossierWith("\"actors\":["
        + "{\"type\":\"state\",\"id\":\"kor\",\"country\":\"KR\",\"name\":\"Korea\"},"
        + "{\"type\":\"state\",\"id\":\"jpn\",\"country\":\"JP\",\"name\":\"Japan\"}],"
        + "\"instruments\":[{\"id\":\"moc\",\"kind\":\"memorandum-of-cooperation\"," + members
        + "}]");
  }

  @Test
  void anInstrumentIsWrittenWithItsMembersInTheModelsOrderAndAlternativesLast() {
    JsonNode tree = TREES.readTree(JSON.write(SampleDossiers.memorandum()));

    assertThat(tree.propertyNames()).containsExactly("id", "kind", "title", "parties", "topics",
        "text", "signing", "signatories", "witnesses", "conditions", "history", "evidence");
    assertThat(tree.get("kind").asString()).isEqualTo("memorandum-of-cooperation");
    assertThat(tree.get("signatories").get(1).toString())
        .isEqualTo("{\"person\":\"kamikawa\",\"party\":\"jpn\"}");
    assertThat(tree.get("conditions").get(0).get("kind").asString()).isEqualTo("notification");
    JsonNode disputed = tree.get("history").get(2);
    assertThat(disputed.propertyNames()).containsExactly("status", "date", "party", "wording",
        "confirmation", "evidence", "alternatives");
    assertThat(disputed.get("alternatives").get(0).get("status").asString()).isEqualTo("in-force");
    assertThat(tree.get("history").get(3).get("status").asString()).isEqualTo("in-force");
  }

  @Test
  void anInstrumentAloneAndInItsDossierReadsBackEqual() {
    Instrument memorandum = SampleDossiers.memorandum();
    Dossier every = SampleDossiers.everyType();

    assertThat(JSON.read(JSON.write(memorandum), Instrument.class)).isEqualTo(memorandum);
    Dossier read = JSON.readDossier(JSON.write(every));
    assertThat(read.instruments()).containsExactly(memorandum);
    assertThat(read.instruments().get(0).status().isDisputed()).isFalse();
    assertThat(read.instruments().get(0).status().value()).hasValue(InstrumentStatus.IN_FORCE);
    assertThat(read.instruments().get(0).history().get(2).accounts())
        .extracting(InstrumentStep::status)
        .containsExactly(InstrumentStatus.RATIFIED, InstrumentStatus.IN_FORCE);
  }

  @Test
  void aMinimalInstrumentNeedsOnlyItsIdKindAndParties() {
    Dossier read = JSON.readDossier(instrumentWith("\"parties\":[\"kor\",\"jpn\"]"));

    assertThat(read.instruments()).singleElement().satisfies(i -> {
      assertThat(i.id()).isEqualTo("moc");
      assertThat(i.history()).isEmpty();
      assertThat(i.status().isUnknown()).isTrue();
    });
  }

  @Test
  void anUnknownStatusIsRefusedAtItsStepWithTheStatusesAllowed() {
    JsonProblem problem = dossierProblem(instrumentWith(
        "\"parties\":[\"kor\",\"jpn\"],\"history\":[{\"status\":\"signed\"},"
            + "{\"status\":\"ratifed\",\"party\":\"kor\"}]"));

    assertThat(problem.kind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(problem.pointer()).isEqualTo("/instruments/0/history/1/status");
    assertThat(problem.message()).contains("\"ratifed\"", "an instrument's status", "ratified",
        "in-force", "terminated");
  }

  @Test
  void aRatifiedStepWithoutAPartyIsRefusedAtItsParty() {
    JsonProblem problem = dossierProblem(instrumentWith(
        "\"parties\":[\"kor\",\"jpn\"],\"history\":[{\"status\":\"signed\"},"
            + "{\"status\":\"ratified\"}]"));

    assertThat(problem.kind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(problem.pointer()).isEqualTo("/instruments/0/history/1/party");
    assertThat(problem.message()).contains("a RATIFIED step names the party that ratified");
  }

  @Test
  void aPartyOnAStepTheyTakeTogetherIsRefusedAtItsParty() {
    JsonProblem problem = dossierProblem(instrumentWith(
        "\"parties\":[\"kor\",\"jpn\"],\"history\":[{\"status\":\"signed\","
            + "\"party\":\"kor\"}]"));

    assertThat(problem.kind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(problem.pointer()).isEqualTo("/instruments/0/history/0/party");
    assertThat(problem.message()).contains("kor", "SIGNED", "names no party");
  }

  @Test
  void fewerThanTwoPartiesAreRefusedAtTheParties() {
    JsonProblem one = dossierProblem(instrumentWith("\"parties\":[\"kor\"]"));
    JsonProblem twice = dossierProblem(instrumentWith("\"parties\":[\"kor\",\"kor\"]"));

    assertThat(one.kind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(one.pointer()).isEqualTo("/instruments/0/parties");
    assertThat(one.message()).contains("[kor]", "at least two parties");
    // A repeat is refused at the element that repeats an earlier one.
    assertThat(twice.pointer()).isEqualTo("/instruments/0/parties/1");
    assertThat(twice.message()).contains("kor", "element 1 repeats element 0");
  }

  @Test
  void anAlternativeWithAlternativesOfItsOwnIsAnUnknownMember() {
    JsonProblem problem = dossierProblem(instrumentWith(
        "\"parties\":[\"kor\",\"jpn\"],\"history\":[{\"status\":\"in-force\","
            + "\"alternatives\":[{\"status\":\"signed\",\"alternatives\":[]}]}]"));

    assertThat(problem.kind()).isEqualTo(Kind.UNKNOWN_MEMBER);
    assertThat(problem.pointer())
        .isEqualTo("/instruments/0/history/0/alternatives/0/alternatives");
    assertThat(problem.message()).contains("an alternative account of a step");
  }

  @Test
  void anInstrumentReadAloneNamesItsMembersFromItsRoot() {
    JsonProblem problem = problemOf(() -> JSON.read("{\"id\":\"moc\",\"kind\":\"treaty\","
        + "\"parties\":[\"kor\",\"jpn\"],\"conditions\":[{\"kind\":\"other\"}]}",
        Instrument.class));

    assertThat(problem.kind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(problem.pointer()).isEqualTo("/conditions/0/kind");
    assertThat(problem.message()).contains("OTHER", "wording");
  }
}
