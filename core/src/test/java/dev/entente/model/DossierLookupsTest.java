package dev.entente.model;

import static dev.entente.fixtures.Fixture.DAY;
import static dev.entente.fixtures.Fixture.ROK;
import static dev.entente.fixtures.Fixture.UK;
import static dev.entente.fixtures.Fixture.dialogue;
import static dev.entente.fixtures.Fixture.jointStatement;
import static dev.entente.fixtures.Fixture.meeting;
import static dev.entente.fixtures.Fixture.plannedMeeting;
import static dev.entente.fixtures.Fixture.series;
import static dev.entente.fixtures.Fixture.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.time.FuzzyDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Looking records of a dossier up by kind, code, name and series, and replacing one by id. */
class DossierLookupsTest {

  private static final State KOREA = State.of("rok", CountryCode.of("KR"), "Republic of Korea");
  private static final State UNITED_KINGDOM = State.of("uk", CountryCode.of("GB"));
  private static final Person CHO = Person.builder()
      .id("cho-tae-yul")
      .name("Cho Tae-yul")
      .addNames(PersonName.of("조태열", "Hang"))
      .addAliases(Wording.of("Cho Tae-yong", Evidence.of(Ref.of("herald-economy"))))
      .build();
  private static final Person LAMMY =
      Person.builder().id("david-lammy").name("David Lammy").build();
  /** Another person whom one source misspelled with Cho's name. */
  private static final Person NAMESAKE = Person.builder()
      .id("cho-namesake")
      .name("Cho Tae-young")
      .addAliases(Wording.of("CHO TAE-YUL", Evidence.of(Ref.of("herald-economy"))))
      .build();
  private static final Office FOREIGN_MINISTER = Office.builder()
      .id("rok-foreign-minister")
      .title("Minister of Foreign Affairs")
      .kind(OfficeKind.FOREIGN_MINISTER)
      .jurisdiction(ROK)
      .build();
  private static final Topic PILLAR_TWO = Topic.builder()
      .id("aukus-pillar-2").label("AUKUS Pillar II").kind(TopicKind.INITIATIVE).build();
  private static final Instrument MOU = Instrument.builder()
      .id("mou-2023")
      .kind(InstrumentKind.MEMORANDUM_OF_UNDERSTANDING)
      .title("Memorandum on cooperation")
      .addParties(ROK, UK)
      .build();

  private static final Ref<DialogueSeries> SERIES = Ref.of("rok-uk-strategic-dialogue");

  private static Dossier dossier() {
    return Dossier.builder()
        .id("rok-uk-2024")
        .addActors(KOREA, UNITED_KINGDOM, CHO, LAMMY, NAMESAKE)
        .addOffices(FOREIGN_MINISTER)
        .addSeries(series().build())
        .addEngagements(dialogue().build(), meeting().build())
        .addPlannedMeetings(plannedMeeting().build())
        .addStatements(jointStatement().build())
        .addInstruments(MOU)
        .addTopics(PILLAR_TWO)
        .addSources(source().build())
        .build();
  }

  @Test
  void looksUpEachKindByItsOwnReferenceWithoutNamingTheClass() {
    Dossier dossier = dossier();
    Ref<Person> cho = Ref.of("cho-tae-yul");
    assertThat(dossier.person(cho)).containsSame(CHO);
    assertThat(dossier.actor(cho)).containsSame(CHO);
    assertThat(dossier.actor(ROK)).containsSame(KOREA);
    assertThat(dossier.state(Ref.of("uk"))).containsSame(UNITED_KINGDOM);
    assertThat(dossier.office(Ref.of("rok-foreign-minister"))).containsSame(FOREIGN_MINISTER);
    assertThat(dossier.series(SERIES)).contains(series().build());
    assertThat(dossier.engagement(Ref.of("strategic-dialogue-9"))).contains(dialogue().build());
    assertThat(dossier.engagement(Ref.of("courtesy-call"))).contains(meeting().build());
    assertThat(dossier.plannedMeeting(Ref.of("first-2plus2"))).contains(plannedMeeting().build());
    assertThat(dossier.statement(Ref.of("outcome-statement"))).contains(jointStatement().build());
    assertThat(dossier.instrument(Ref.of("mou-2023"))).containsSame(MOU);
    assertThat(dossier.topic(Ref.of("aukus-pillar-2"))).containsSame(PILLAR_TWO);
    assertThat(dossier.source(Ref.of("herald-economy"))).contains(source().build());
  }

  @Test
  void aTopicLookupKnowsEntentesVocabulary() {
    assertThat(dossier().topic(Topics.SECURITY.ref())).containsSame(Topics.SECURITY);
  }

  @Test
  void aLookupFindsNothingOfAnotherKindOrForAnUnknownId() {
    Dossier dossier = dossier();
    // A reference read from a document may name a record of another kind: no cast, no exception.
    assertThat(dossier.person(Ref.of("rok"))).isEmpty();
    assertThat(dossier.state(Ref.of("cho-tae-yul"))).isEmpty();
    assertThat(dossier.office(Ref.of("uk"))).isEmpty();
    assertThat(dossier.engagement(Ref.of("first-2plus2"))).isEmpty();
    assertThat(dossier.topic(Ref.of("mou-2023"))).isEmpty();
    assertThat(dossier.source(Ref.of("nowhere"))).isEmpty();
    assertThat(dossier.actor(Ref.of("security"))).isEmpty();
  }

  @Test
  void findsAStateByItsCountryCode() {
    Dossier dossier = dossier();
    assertThat(dossier.state(CountryCode.of("KR"))).containsSame(KOREA);
    assertThat(dossier.state(CountryCode.of("GBR"))).containsSame(UNITED_KINGDOM);
    assertThat(dossier.state(CountryCode.of("JP"))).isEmpty();
  }

  @Test
  void namesAStateAsIsoDoesWhenNoNameIsGiven() {
    assertThat(UNITED_KINGDOM.name())
        .isEqualTo("United Kingdom of Great Britain and Northern Ireland");
    assertThat(State.of("rok", CountryCode.of("KR")))
        .isEqualTo(State.of("rok", CountryCode.of("KR"), "Korea, Republic of"));
  }

  @Test
  void aStateWithoutACodeIsRefusedNamingTheCode() {
    assertThatThrownBy(() -> State.of("rok", null))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.type()).isEqualTo("State");
          assertThat(e.attribute()).isEqualTo("country");
          assertThat(e.isMissing()).isTrue();
        });
  }

  @Test
  void findsAPersonByAnyNameRegardlessOfCaseAndSpacing() {
    Dossier dossier = dossier();
    assertThat(dossier.personsNamed("David Lammy")).containsExactly(LAMMY);
    assertThat(dossier.personsNamed("  david \t LAMMY ")).containsExactly(LAMMY);
    assertThat(dossier.personsNamed("조태열")).containsExactly(CHO);
    assertThat(dossier.personsNamed("cho tae-yong")).containsExactly(CHO);
    assertThat(dossier.personsNamed("Cho\u00a0Tae-yul")).containsExactly(CHO, NAMESAKE);
  }

  @Test
  void findsEveryPersonANameFitsInTheOrderOfTheActors() {
    assertThat(dossier().personsNamed("cho tae-yul")).containsExactly(CHO, NAMESAKE);
  }

  @Test
  void findsNoOneForANameNobodyHasOrAStatesName() {
    Dossier dossier = dossier();
    assertThat(dossier.personsNamed("Cho Taeyul")).isEmpty();
    assertThat(dossier.personsNamed("Republic of Korea")).isEmpty();
    assertThat(dossier.personsNamed("")).isEmpty();
  }

  @Test
  void comparesNamesInComposedForm() {
    String decomposed = java.text.Normalizer.normalize("조태열", java.text.Normalizer.Form.NFD);
    assertThat(decomposed).isNotEqualTo("조태열");
    assertThat(dossier().personsNamed(decomposed)).containsExactly(CHO);
  }

  private static Dialogue session(String id, Integer ordinal, String date, Integer round) {
    Dialogue.Builder b = Dialogue.builder().id(id).series(SERIES).addSides(ROK, UK);
    if (ordinal != null) {
      b.ordinal(ordinal);
    }
    if (date != null) {
      b.date(FuzzyDate.parse(date));
    }
    if (round != null) {
      b.round(Year.of(round));
    }
    return b.build();
  }

  @Test
  void listsASeriesSessionsByOrdinalThenDateWithTheUnknownLast() {
    Dialogue fourth = session("fourth", 4, null, null);
    Dialogue ninth = session("ninth", 9, "2024-10-21", null);
    Dialogue eighth = session("eighth", 8, "2023-04", null);
    Dialogue unnumberedEarly = session("unnumbered-early", null, "2010", null);
    Dialogue unnumberedLate = session("unnumbered-late", null, "2020-06-01", null);
    Dialogue roundOnly = session("round-only", null, null, 2019);
    Dialogue other = Dialogue.builder().id("other").series(Ref.of("another-series"))
        .addSides(ROK, UK).ordinal(1).date(DAY).build();
    Dossier dossier = Dossier.builder().id("d")
        .addEngagements(roundOnly, unnumberedLate, ninth, other, meeting().build(),
            unnumberedEarly, fourth, eighth)
        .build();
    assertThat(dossier.sessions(SERIES)).containsExactly(
        fourth, eighth, ninth, unnumberedEarly, unnumberedLate, roundOnly);
    assertThat(dossier.sessions(Ref.of("another-series"))).containsExactly(other);
    assertThat(dossier.sessions(Ref.of("no-such-series"))).isEmpty();
  }

  @Test
  void sessionsEqualInOrdinalAreOrderedByDateThenKeepTheirPlace() {
    // A cancelled plan's number reused by the session held later, as sources may number them.
    Dialogue later = session("later", 3, "2021-05", null);
    Dialogue earlier = session("earlier", 3, "2019", null);
    Dialogue undatedA = session("undated-a", 3, null, 2020);
    Dialogue undatedB = session("undated-b", 3, null, 2020);
    Dossier dossier = Dossier.builder().id("d")
        .addEngagements(undatedA, later, undatedB, earlier).build();
    assertThat(dossier.sessions(SERIES)).containsExactly(earlier, later, undatedA, undatedB);
  }

  @Test
  void theListOfSessionsCannotBeChanged() {
    List<Dialogue> sessions = dossier().sessions(SERIES);
    assertThatThrownBy(() -> sessions.add(dialogue().build()))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void replacesARecordByIdInItsListAndPlace() {
    Dossier dossier = dossier();
    Person lammy = LAMMY.withAliases(
        Wording.of("Lammy", Evidence.of(Ref.of("herald-economy"))));
    Dossier replaced = dossier.withRecord(lammy);
    assertThat(replaced.actors()).containsExactly(KOREA, UNITED_KINGDOM, CHO, lammy, NAMESAKE);
    assertThat(replaced.person(Ref.of("david-lammy"))).containsSame(lammy);
    assertThat(dossier.person(Ref.of("david-lammy"))).containsSame(LAMMY);
    assertThat(replaced.withRecord(LAMMY)).isEqualTo(dossier);
  }

  @Test
  void replacesARecordOfEachKind() {
    Dossier dossier = dossier();
    Dialogue tenth = dialogue().ordinal(10).build();
    assertThat(dossier.withRecord(tenth).engagements()).containsExactly(tenth, meeting().build());
    JointStatement titled = jointStatement().title("Outcome").build();
    assertThat(dossier.withRecord(titled).statements()).containsExactly(titled);
    Office renamed = FOREIGN_MINISTER.withShortTitle("Foreign Minister");
    assertThat(dossier.withRecord(renamed).offices()).containsExactly(renamed);
    Topic relabelled = PILLAR_TWO.withLabel("Pillar Two");
    assertThat(dossier.withRecord(relabelled).topics()).containsExactly(relabelled);
    Instrument mou = MOU.withTitle("MOU");
    assertThat(dossier.withRecord(mou).instruments()).containsExactly(mou);
    Source dated = source().publisher("Herald Economy").build();
    assertThat(dossier.withRecord(dated).sources()).containsExactly(dated);
    DialogueSeries established = series().established(FuzzyDate.parse("2012")).build();
    assertThat(dossier.withRecord(established).series()).containsExactly(established);
    PlannedMeeting plan = plannedMeeting().title("The first 2+2").build();
    assertThat(dossier.withRecord(plan).plannedMeetings()).containsExactly(plan);
  }

  @Test
  void replacesAnActorByAnActorOfAnotherKind() {
    Grouping uk = Grouping.builder().id("uk").name("The UK").kind(GroupingKind.ALLIANCE)
        .addMembers(Ref.of("cho-tae-yul"), Ref.of("david-lammy")).build();
    assertThat(dossier().withRecord(uk).actors()).element(1).isSameAs(uk);
  }

  @Test
  void refusesARecordOfAnotherKindNamingTheIdAndBothKinds() {
    Office notAPerson = FOREIGN_MINISTER.withId("david-lammy");
    assertThatThrownBy(() -> dossier().withRecord(notAPerson))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.type()).isEqualTo("Dossier");
          assertThat(e.attribute()).isEqualTo("actors");
          assertThat(e.value()).isEqualTo("david-lammy");
        })
        .hasMessage("Dossier.actors: \"david-lammy\": the record with this id is a Person (in"
            + " actors), and a Office (in offices) cannot replace it");
  }

  @Test
  void refusesARecordWhoseIdIsUnknown() {
    Person someone = LAMMY.withId("someone");
    assertThatThrownBy(() -> dossier().withRecord(someone))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Dossier.actors: \"someone\": no record of the dossier has this id, so there"
            + " is nothing to replace");
  }

  @Test
  void refusesARecordOfNoKindADossierHolds() {
    Identified stranger = () -> "rok";
    assertThatThrownBy(() -> dossier().withRecord(stranger))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("no kind of record that a dossier holds");
  }

  @Test
  void refusesNoRecord() {
    assertThatThrownBy(() -> dossier().withRecord(null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Dossier.record: null: may not be null");
  }
}
