package dev.entente.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.model.Actor;
import dev.entente.model.Confirmation;
import dev.entente.model.CountryCode;
import dev.entente.model.ExternalId;
import dev.entente.model.GroupingKind;
import dev.entente.model.HedgeLevel;
import dev.entente.model.Hedging;
import dev.entente.model.IntensityLevel;
import dev.entente.model.Level;
import dev.entente.model.MeetingKind;
import dev.entente.model.OfficeKind;
import dev.entente.model.ParticipantRole;
import dev.entente.model.PlannedStatus;
import dev.entente.model.PositionKind;
import dev.entente.model.Ref;
import dev.entente.model.RelationKind;
import dev.entente.model.Source;
import dev.entente.model.SourceKind;
import dev.entente.model.StatementKind;
import dev.entente.model.TopicKind;
import dev.entente.serialization.JsonProblem.Kind;
import dev.entente.time.FuzzyDate;
import dev.entente.time.Precision;
import dev.entente.time.Qualifier;
import dev.entente.time.Season;
import dev.entente.validation.ViolationCode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * With Entente's module, every Entente value type is written the same way in the user's own
 * record as inside Entente's records, and read back from that form or, for enums, from the
 * constant's name.
 */
class EntenteModuleValueTypesTest {

  /** A user's own record holding one of each Entente value type that is written as a string. */
  public record Desk(
      Confirmation confirmation, ExternalId.Scheme scheme, GroupingKind groupingKind,
      HedgeLevel hedgeLevel, IntensityLevel intensityLevel, Level level, MeetingKind meetingKind,
      OfficeKind officeKind, ParticipantRole participantRole, PlannedStatus plannedStatus,
      PositionKind positionKind, RelationKind relationKind, SourceKind sourceKind,
      StatementKind statementKind, TopicKind topicKind, Precision precision, Qualifier qualifier,
      Season season, ViolationCode violationCode, FuzzyDate date, CountryCode country,
      Ref<Actor> actor, ExternalId externalId, Hedging hedging, List<SourceKind> sourceKinds) {}

  private static final JsonMapper MAPPER = JsonMapper.builder().findAndAddModules().build();

  /** Every constant's last value of each enum, so that multi-word ones come up. */
  private static final Desk DESK = new Desk(
      Confirmation.values()[Confirmation.values().length - 1], ExternalId.Scheme.OCD,
      GroupingKind.values()[GroupingKind.values().length - 1], HedgeLevel.REPORTED,
      IntensityLevel.STRONGEST, Level.values()[Level.values().length - 1],
      MeetingKind.values()[MeetingKind.values().length - 1],
      OfficeKind.values()[OfficeKind.values().length - 1],
      ParticipantRole.values()[ParticipantRole.values().length - 1],
      PlannedStatus.values()[PlannedStatus.values().length - 1], PositionKind.EXPRESS_CONCERN,
      RelationKind.values()[RelationKind.values().length - 1], SourceKind.PRESS_RELEASE,
      StatementKind.values()[StatementKind.values().length - 1],
      TopicKind.values()[TopicKind.values().length - 1], Precision.QUADRIMESTER,
      Qualifier.UNCERTAIN_AND_APPROXIMATE, Season.AUTUMN, ViolationCode.DANGLING_REFERENCE,
      FuzzyDate.parse("2024-10-22/2024-10-31"), CountryCode.of("GB"), Ref.of("rok"),
      ExternalId.parse("wikidata:Q884"), Hedging.of(HedgeLevel.REPORTED, "reported"),
      List.of(SourceKind.PRESS_RELEASE, SourceKind.NEWS_ARTICLE));

  @Test
  void everyEntenteValueInAUsersRecordIsWrittenAsInsideEntentesRecordsAndReadBack() {
    String text = MAPPER.writeValueAsString(DESK);
    JsonNode tree = MAPPER.readTree(text);

    for (Map.Entry<String, JsonNode> member : tree.properties()) {
      Object value = component(member.getKey());
      if (value instanceof Enum<?> constant) {
        assertThat(member.getValue().asString()).as(member.getKey())
            .isEqualTo(constant.name().toLowerCase(Locale.ROOT).replace('_', '-'));
      }
    }
    assertThat(tree.get("sourceKind").asString()).isEqualTo("press-release");
    assertThat(tree.get("positionKind").asString()).isEqualTo("express-concern");
    assertThat(tree.get("violationCode").asString())
        .isEqualTo(ViolationCode.DANGLING_REFERENCE.code());
    assertThat(tree.get("sourceKinds").toString()).isEqualTo("[\"press-release\",\"news-article\"]");
    // The same forms as the facade writes inside Entente's own values.
    EntenteJson json = EntenteJson.standard();
    assertThat(tree.get("date").toString()).isEqualTo(json.write(DESK.date()));
    assertThat(tree.get("country").toString()).isEqualTo(json.write(DESK.country()));
    assertThat(tree.get("actor").toString()).isEqualTo(json.write(DESK.actor()));
    assertThat(tree.get("externalId").toString()).isEqualTo(json.write(DESK.externalId()));
    assertThat(tree.get("hedging").toString()).isEqualTo(json.write(DESK.hedging()));
    Source source = Source.builder().id("s").kind(SourceKind.PRESS_RELEASE).title("t").build();
    assertThat(MAPPER.readTree(json.write(source)).get("kind"))
        .isEqualTo(tree.get("sourceKind"));

    assertThat(MAPPER.readValue(text, Desk.class)).isEqualTo(DESK);
  }

  @Test
  void anEnumInAUsersRecordIsAlsoReadFromItsConstantsName() {
    JsonMapper plain = JsonMapper.builder().build();
    String byName = plain.writeValueAsString(
        new TreeMap<>(Map.of("sourceKind", "PRESS_RELEASE", "positionKind", "EXPRESS_CONCERN",
            "precision", "QUADRIMESTER", "sourceKinds", List.of("NEWS_ARTICLE", "press-release"))));

    Desk desk = MAPPER.readValue(byName, Desk.class);

    assertThat(desk.sourceKind()).isEqualTo(SourceKind.PRESS_RELEASE);
    assertThat(desk.positionKind()).isEqualTo(PositionKind.EXPRESS_CONCERN);
    assertThat(desk.precision()).isEqualTo(Precision.QUADRIMESTER);
    assertThat(desk.sourceKinds()).containsExactly(SourceKind.NEWS_ARTICLE, SourceKind.PRESS_RELEASE);
  }

  @Test
  void anUnknownEnumValueInAUsersRecordIsAnEntenteProblemNamingTheWrittenForms() {
    assertThatThrownBy(() -> MAPPER.readValue("{\"sourceKind\":\"memo\"}", Desk.class))
        .isInstanceOfSatisfying(EntenteJsonException.class, e -> {
          assertThat(e.firstProblem().kind()).isEqualTo(Kind.INVALID_VALUE);
          assertThat(e.firstProblem().pointer()).isEqualTo("/sourceKind");
          assertThat(e.firstProblem().message()).contains("\"memo\"", "press-release");
        });
  }

  @Test
  void insideEntentesOwnRecordsOnlyTheWrittenFormIsRead() {
    String source = "{\"id\":\"s\",\"kind\":\"PRESS_RELEASE\",\"title\":\"t\"}";

    assertThatThrownBy(() -> MAPPER.readValue(source, Source.class))
        .isInstanceOf(EntenteJsonException.class).hasMessageContaining("PRESS_RELEASE");
  }

  private static Object component(String name) {
    for (var component : Desk.class.getRecordComponents()) {
      if (component.getName().equals(name)) {
        try {
          return component.getAccessor().invoke(DESK);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    throw new IllegalArgumentException(name);
  }
}
