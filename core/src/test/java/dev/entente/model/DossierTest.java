package dev.entente.model;

import static dev.entente.fixtures.Fixture.ROK;
import static dev.entente.fixtures.Fixture.UK;
import static dev.entente.fixtures.Fixture.assertRejected;
import static dev.entente.fixtures.Fixture.dialogue;
import static dev.entente.fixtures.Fixture.jointStatement;
import static dev.entente.fixtures.Fixture.plannedMeeting;
import static dev.entente.fixtures.Fixture.series;
import static dev.entente.fixtures.Fixture.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** A dossier: its records, and finding them by reference and kind. */
class DossierTest {

  private static final State KOREA = State.of("rok", CountryCode.of("KR"), "Republic of Korea");
  private static final State UNITED_KINGDOM =
      State.of("uk", CountryCode.of("GB"), "United Kingdom");
  private static final Person CHO = Person.builder().id("cho-tae-yul").name("Cho Tae-yul").build();
  private static final Office FOREIGN_MINISTER = Office.builder()
      .id("rok-foreign-minister")
      .title("Minister of Foreign Affairs")
      .kind(OfficeKind.FOREIGN_MINISTER)
      .jurisdiction(ROK)
      .build();
  private static final Topic PILLAR_TWO = Topic.builder()
      .id("aukus-pillar-2").label("AUKUS Pillar II").kind(TopicKind.INITIATIVE).build();

  private static Dossier.Builder dossier() {
    return Dossier.builder().id("rok-uk-2024").title("The 9th ROK-UK Strategic Dialogue");
  }

  private static Dossier full() {
    return dossier()
        .addActors(KOREA, UNITED_KINGDOM, CHO)
        .addOffices(FOREIGN_MINISTER)
        .addSeries(series().build())
        .addEngagements(dialogue().build())
        .addPlannedMeetings(plannedMeeting().build())
        .addStatements(jointStatement().build())
        .addTopics(PILLAR_TWO)
        .addSources(source().build())
        .build();
  }

  @Test
  void findsARecordByReferenceAndKind() {
    Dossier dossier = full();
    assertThat(dossier.find(Ref.of("cho-tae-yul"), Person.class)).containsSame(CHO);
    assertThat(dossier.find(Ref.of("cho-tae-yul"), Actor.class)).containsSame(CHO);
    assertThat(dossier.find(Ref.of("rok-foreign-minister"), Office.class))
        .containsSame(FOREIGN_MINISTER);
    assertThat(dossier.find(Ref.of("strategic-dialogue-9"), Engagement.class)).isPresent();
  }

  @Test
  void findsNothingOfTheWrongKind() {
    assertThat(full().find(Ref.of("cho-tae-yul"), State.class)).isEmpty();
    assertThat(full().find(Ref.of("rok"), Office.class)).isEmpty();
  }

  @Test
  void findsNothingForAnUnknownId() {
    assertThat(full().find(Ref.of("lammy"), Person.class)).isEmpty();
  }

  @Test
  void resolvesTheBuiltInTopicsWithoutDeclaringThem() {
    Dossier empty = dossier().build();
    assertThat(empty.find(Topics.AI.ref(), Topic.class)).containsSame(Topics.AI);
    assertThat(empty.find(Ref.of("security"), Identified.class)).containsSame(Topics.SECURITY);
    assertThat(empty.find(Ref.of("security"), Actor.class)).isEmpty();
  }

  @Test
  void resolvesTheDossiersOwnTopics() {
    assertThat(full().find(Ref.of("aukus-pillar-2"), Topic.class)).containsSame(PILLAR_TWO);
  }

  @Test
  void getsARecordThatIsThere() {
    assertThat(full().get(Ref.of("rok"), State.class)).isSameAs(KOREA);
  }

  @Test
  void getThrowsNamingTheKindTheIdAndTheDossier() {
    assertThatThrownBy(() -> full().get(Ref.of("lammy"), Person.class))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining("Person")
        .hasMessageContaining("\"lammy\"")
        .hasMessageContaining("rok-uk-2024");
  }

  @Test
  void getThrowsForARecordOfTheWrongKind() {
    assertThatThrownBy(() -> full().get(Ref.of("cho-tae-yul"), Office.class))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining("no Office with id \"cho-tae-yul\"");
  }

  @Test
  void listsItsRecordsInTheOrderOfItsLists() {
    assertThat(full().records().map(Identified::id))
        .containsExactly(
            "rok",
            "uk",
            "cho-tae-yul",
            "rok-foreign-minister",
            "rok-uk-strategic-dialogue",
            "strategic-dialogue-9",
            "first-2plus2",
            "outcome-statement",
            "aukus-pillar-2",
            "herald-economy");
  }

  @Test
  void anEmptyDossierHasNoRecords() {
    assertThat(dossier().build().records()).isEmpty();
  }

  @Test
  void rejectsADossierWithABadId() {
    assertRejected(() -> dossier().id("rok uk").build(), "Dossier.id", "rok uk");
  }

  @Test
  void rejectsADossierWithABlankTitle() {
    assertRejected(() -> dossier().title(" ").build(), "Dossier.title", " ");
  }

  @Test
  void rejectsADossierWithABlankDescription() {
    assertRejected(() -> dossier().description("").build(), "Dossier.description", "");
  }

  @Test
  void findsARecordByARefMadeFromIt() {
    assertThat(full().find(Ref.to(UNITED_KINGDOM), State.class)).containsSame(UNITED_KINGDOM);
    assertThat(UK).isNotEqualTo(Ref.to(KOREA));
  }
}
