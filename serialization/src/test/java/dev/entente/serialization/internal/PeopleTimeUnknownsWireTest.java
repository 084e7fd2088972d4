package dev.entente.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.entente.model.Dialogue;
import dev.entente.model.Dossier;
import dev.entente.model.NameOrder;
import dev.entente.model.Participant;
import dev.entente.model.Person;
import dev.entente.model.PersonName;
import dev.entente.model.Ref;
import dev.entente.model.Source;
import dev.entente.serialization.EntenteJson;
import dev.entente.serialization.EntenteJsonException;
import dev.entente.serialization.EntenteSchema;
import dev.entente.serialization.JsonProblem;
import dev.entente.serialization.JsonProblem.Kind;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The wire form of the 1.1 additions for people, time and unknowns: several offices of one
 * participant, name parts and order, undated dialogues, rounds, and sources known by publisher
 * and date; each read, written back and checked against the schema.
 */
class PeopleTimeUnknownsWireTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final EntenteJson ENTENTE = EntenteJson.standard();
  private static Schema schema;

  @BeforeAll
  static void loadSchema() {
    schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(JSON.readTree(EntenteSchema.text()));
  }

  private static String dossier(String members) {
    return "{\"entente\":\"1.1\",\"id\":\"d\",\"actors\":["
        + "{\"type\":\"state\",\"id\":\"au\",\"country\":\"AU\",\"name\":\"Australia\"},"
        + "{\"type\":\"state\",\"id\":\"kr\",\"country\":\"KR\",\"name\":\"Republic of Korea\"},"
        + "{\"type\":\"person\",\"id\":\"p\",\"name\":\"Person\",\"tenures\":["
        + "{\"office\":\"dpm\",\"term\":{\"start\":\"2022\"}},"
        + "{\"office\":\"def\",\"term\":{\"start\":\"2022\"}}]},"
        + "{\"type\":\"person\",\"id\":\"q\",\"name\":\"Another Person\"}],"
        + "\"offices\":["
        + "{\"id\":\"dpm\",\"title\":\"Deputy Prime Minister\",\"kind\":\"deputy-head-of-government\","
        + "\"jurisdiction\":\"au\"},"
        + "{\"id\":\"def\",\"title\":\"Minister for Defence\",\"kind\":\"defence-minister\","
        + "\"jurisdiction\":\"au\"}],"
        + "\"series\":[{\"id\":\"s\",\"name\":\"Talks\",\"sides\":[\"au\",\"kr\"],"
        + "\"level\":\"ministerial\"}]"
        + members + "}";
  }

  private static String engagements(String participants) {
    return ",\"engagements\":[{\"type\":\"dialogue\",\"id\":\"s-4\",\"series\":\"s\","
        + "\"ordinal\":4,\"sides\":[\"au\",\"kr\"],\"participants\":[" + participants + "]}]";
  }

  private static void assertValidAgainstTheSchema(String text) {
    assertThat(schema.validate(JSON.readTree(text))).isEmpty();
  }

  @Test
  void writesSeveralOfficesAsOfficesAndOneAsOfficeAsIn10() {
    String text = dossier(engagements(
        "{\"person\":\"p\",\"side\":\"au\",\"offices\":[\"dpm\",\"def\"]},"
            + "{\"person\":\"q\",\"side\":\"au\",\"office\":\"def\"}"));
    Dossier read = ENTENTE.readDossier(text);
    List<Participant> participants = read.engagements().get(0).participants();
    assertThat(participants.get(0).offices()).containsExactly(Ref.of("dpm"), Ref.of("def"));
    assertThat(participants.get(1).offices()).containsExactly(Ref.of("def"));
    String written = ENTENTE.write(read);
    assertThat(written).contains("\"offices\":[\"dpm\",\"def\"]").contains("\"office\":\"def\"");
    assertThat(written).doesNotContain("\"offices\":[\"def\"]");
    assertValidAgainstTheSchema(written);
    assertThat(ENTENTE.readDossier(written)).isEqualTo(read);
  }

  @Test
  void readsOneOfficeInOfficesAndWritesItBackAsOffice() {
    Dossier read = ENTENTE.readDossier(dossier(engagements(
        "{\"person\":\"p\",\"side\":\"au\",\"offices\":[\"def\"]}")));
    assertThat(read.engagements().get(0).participants().get(0).offices())
        .containsExactly(Ref.of("def"));
    assertThat(ENTENTE.write(read)).contains("\"office\":\"def\"")
        .doesNotContain("\"offices\":[\"def\"]");
  }

  @Test
  void refusesAParticipantWithBothOfficeAndOfficesAtOffices() {
    String text = dossier(engagements(
        "{\"person\":\"p\",\"side\":\"au\",\"office\":\"def\",\"offices\":[\"dpm\",\"def\"]}"));
    JsonProblem problem = catchThrowableOfType(EntenteJsonException.class,
        () -> ENTENTE.readDossier(text)).problems().get(0);
    assertThat(problem.kind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(problem.pointer()).isEqualTo("/engagements/0/participants/0/offices");
    assertThat(problem.message()).contains("\"office\"", "\"offices\"", "alternatives");
    assertThat(schema.validate(JSON.readTree(text))).isNotEmpty();
  }

  @Test
  void readsAnUndatedSessionWithARoundAndWritesNoDate() {
    String text = dossier(",\"engagements\":[{\"type\":\"dialogue\",\"id\":\"s-2024\","
        + "\"series\":\"s\",\"round\":\"2024\",\"sides\":[\"au\",\"kr\"]}]");
    Dialogue round = (Dialogue) ENTENTE.readDossier(text).engagements().get(0);
    assertThat(round.date()).isEmpty();
    assertThat(round.round()).contains(Year.of(2024));
    String written = ENTENTE.write(round);
    assertThat(written).contains("\"round\":\"2024\"").doesNotContain("\"date\"");
    assertValidAgainstTheSchema(text);
  }

  @Test
  void refusesARoundThatIsNotAFourDigitYear() {
    String text = dossier(",\"engagements\":[{\"type\":\"dialogue\",\"id\":\"s-2024\","
        + "\"series\":\"s\",\"round\":\"24\",\"sides\":[\"au\",\"kr\"]}]");
    JsonProblem problem = catchThrowableOfType(EntenteJsonException.class,
        () -> ENTENTE.readDossier(text)).problems().get(0);
    assertThat(problem.pointer()).isEqualTo("/engagements/0/round");
    assertThat(problem.message()).contains("24");
    assertThat(schema.validate(JSON.readTree(text))).isNotEmpty();
  }

  @Test
  void readsAndWritesTheNamePartsAndOrder() {
    Person kamikawa = Person.builder().id("kamikawa").name("Yoko Kamikawa")
        .addName(PersonName.builder().text("KAMIKAWA Yoko").script("Latn").family("Kamikawa")
            .given("Yoko").order(NameOrder.FAMILY_UPPER_GIVEN).build())
        .build();
    String written = ENTENTE.write(kamikawa);
    assertThat(written).contains("\"text\":\"KAMIKAWA Yoko\",\"family\":\"Kamikawa\","
        + "\"given\":\"Yoko\",\"order\":\"family-upper-given\",\"script\":\"Latn\"");
    assertThat(ENTENTE.read(written, Person.class)).isEqualTo(kamikawa);
  }

  @Test
  void refusesNamePartsTheTextDoesNotWriteAtTheirPart() {
    String text = dossier(",\"actors\":[]").replace(",\"actors\":[]", "");
    String person = "{\"type\":\"person\",\"id\":\"k\",\"name\":\"Yoko Kamikawa\",\"names\":[{"
        + "\"text\":\"Yoko Kamikawa\",\"family\":\"Kamikawa\",\"order\":\"family-given\","
        + "\"script\":\"Latn\"}]}";
    JsonProblem problem = catchThrowableOfType(EntenteJsonException.class,
        () -> ENTENTE.readDossier(text.replace("\"actors\":[", "\"actors\":[" + person + ",")))
        .problems().get(0);
    assertThat(problem.pointer()).isEqualTo("/actors/0/names/0/family");
    assertThat(problem.message()).contains("Kamikawa", "FAMILY_GIVEN");
  }

  @Test
  void readsASourceKnownOnlyByItsPublisherAndDate() {
    String text = dossier(",\"sources\":[{\"id\":\"wire\",\"kind\":\"news-article\","
        + "\"publisher\":\"Yonhap\",\"published\":\"2024-10-22\"}]");
    Source wire = ENTENTE.readDossier(text).sources().get(0);
    assertThat(wire.publisher()).contains("Yonhap");
    assertValidAgainstTheSchema(text);
    String undated = dossier(",\"sources\":[{\"id\":\"wire\",\"kind\":\"news-article\","
        + "\"publisher\":\"Yonhap\"}]");
    JsonProblem problem = catchThrowableOfType(EntenteJsonException.class,
        () -> ENTENTE.readDossier(undated)).problems().get(0);
    assertThat(problem.pointer()).isEqualTo("/sources/0/title");
    assertThat(schema.validate(JSON.readTree(undated))).isNotEmpty();
  }
}
