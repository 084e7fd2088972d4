package dev.entente.model;

import static dev.entente.fixtures.Fixture.ARTICLE;
import static dev.entente.fixtures.Fixture.ROK;
import static dev.entente.fixtures.Fixture.UK;
import static dev.entente.fixtures.Fixture.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.time.FuzzyDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** States, groupings, government bodies, persons, their names, offices and terms. */
class ActorsTest {

  // State

  @Test
  void buildsAStateFromItsIdCountryAndName() {
    State korea = State.of("rok", CountryCode.of("KR"), "Republic of Korea");
    assertThat(korea.id()).isEqualTo("rok");
    assertThat(korea.country()).isEqualTo(CountryCode.of("KOR"));
    assertThat(korea.name()).isEqualTo("Republic of Korea");
    assertThat(korea.externalIds()).isEmpty();
  }

  @Test
  void rejectsAStateWithABlankName() {
    assertRejected(() -> State.of("rok", CountryCode.of("KR"), " "), "State.name", " ");
  }

  // Grouping

  private static Grouping.Builder aukus() {
    return Grouping.builder()
        .id("aukus")
        .name("AUKUS")
        .kind(GroupingKind.PARTNERSHIP)
        .addMembers(Ref.of("au"), UK, Ref.of("us"));
  }

  @Test
  void buildsAGroupingWithItsMembers() {
    Grouping aukus = aukus().fullName("Australia, United Kingdom, United States").build();
    assertThat(aukus.members()).containsExactly(Ref.of("au"), UK, Ref.of("us"));
    assertThat(aukus.fullName()).contains("Australia, United Kingdom, United States");
  }

  @Test
  void rejectsAGroupingWithABadId() {
    assertRejected(() -> aukus().id("AUKUS partnership").build(), "Grouping.id", "AUKUS partnership");
  }

  @Test
  void rejectsAGroupingWithABlankName() {
    assertRejected(() -> aukus().name("").build(), "Grouping.name", "");
  }

  @Test
  void rejectsAGroupingWithABlankFullName() {
    assertRejected(() -> aukus().fullName("\t").build(), "Grouping.fullName", "\t");
  }

  @Test
  void rejectsAGroupingThatListsAMemberTwice() {
    assertRejected(
        () -> aukus().addMembers(UK).build(), "Grouping.members", UK)
        .hasMessageContaining("element 3 repeats element 1");
  }

  // GovernmentBody

  @Test
  void buildsAGovernmentBodyOfAGovernment() {
    GovernmentBody mofa = GovernmentBody.builder()
        .id("rok-mofa").name("Ministry of Foreign Affairs").government(ROK).build();
    assertThat(mofa.government()).isEqualTo(ROK);
    assertThat(mofa.partOf()).isEmpty();
  }

  @Test
  void rejectsAGovernmentBodyWithABadId() {
    assertRejected(
        () -> GovernmentBody.builder().id("-mofa").name("Ministry").government(ROK).build(),
        "GovernmentBody.id",
        "-mofa");
  }

  @Test
  void rejectsAGovernmentBodyWithABlankName() {
    assertRejected(
        () -> GovernmentBody.builder().id("rok-mofa").name("  ").government(ROK).build(),
        "GovernmentBody.name",
        "  ");
  }

  // Person, PersonName, Wording

  private static Person.Builder cho() {
    return Person.builder().id("cho-tae-yul").name("Cho Tae-yul");
  }

  @Test
  void keepsAliasWithItsSource() {
    Wording alias = Wording.of("Cho Tae-yong", ARTICLE);
    Person cho = cho().addAliases(alias).build();
    assertThat(cho.aliases()).singleElement().satisfies(a -> {
      assertThat(a.text()).isEqualTo("Cho Tae-yong");
      assertThat(a.evidence()).containsExactly(ARTICLE);
    });
  }

  @Test
  void rejectsAPersonWithABadId() {
    assertRejected(() -> cho().id("Cho Tae-yul").build(), "Person.id", "Cho Tae-yul");
  }

  @Test
  void rejectsAPersonWithABlankName() {
    assertRejected(() -> cho().name(" ").build(), "Person.name", " ");
  }

  @Test
  void keepsAPersonsNamesInTheirScripts() {
    PersonName hangul = PersonName.builder()
        .text("조태열").script("Hang").language("ko").romanization("Cho Tae-yul").build();
    Person cho = cho().addNames(hangul, PersonName.of("Cho Tae-yul", "Latn")).build();
    assertThat(cho.names()).extracting(PersonName::script).containsExactly("Hang", "Latn");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Latn", "Hang", "Kore", "Zyyy"})
  void acceptsIso15924ScriptCodes(String script) {
    assertThat(PersonName.of("Cho", script).script()).isEqualTo(script);
  }

  @ParameterizedTest
  @ValueSource(strings = {"latn", "LATN", "Lat", "Latin", "", "La1n"})
  void rejectsScriptsThatAreNotIso15924Codes(String script) {
    assertRejected(() -> PersonName.of("Cho", script), "PersonName.script", script);
  }

  @Test
  void rejectsAPersonNameWithBlankText() {
    assertRejected(() -> PersonName.of(" ", "Latn"), "PersonName.text", " ");
  }

  @Test
  void rejectsAPersonNameWithAnIllFormedLanguage() {
    assertRejected(
        () -> PersonName.builder().text("조태열").script("Hang").language("ko_KR").build(),
        "PersonName.language",
        "ko_KR");
  }

  @Test
  void rejectsAPersonNameWithABlankRomanization() {
    assertRejected(
        () -> PersonName.builder().text("조태열").script("Hang").romanization("").build(),
        "PersonName.romanization",
        "");
  }

  @Test
  void keepsTheFamilyAndGivenNamesAndTheOrderASourceWritesThem() {
    PersonName upper = PersonName.builder().text("KAMIKAWA Yoko").script("Latn")
        .family("Kamikawa").given("Yoko").order(NameOrder.FAMILY_UPPER_GIVEN).build();
    assertThat(upper.family()).contains("Kamikawa");
    assertThat(upper.given()).contains("Yoko");
    assertThat(upper.order()).contains(NameOrder.FAMILY_UPPER_GIVEN);
    assertThat(upper.order().get().familyFirst()).isTrue();
    assertThat(upper.order().get().familyUpperCase()).isTrue();
    PersonName hangul = PersonName.builder().text("조태열").script("Hang")
        .family("조").given("태열").order(NameOrder.FAMILY_GIVEN).build();
    assertThat(hangul.family()).contains("조");
    PersonName western = PersonName.builder().text("Yoko KAMIKAWA").script("Latn")
        .family("Kamikawa").given("Yoko").order(NameOrder.GIVEN_FAMILY_UPPER).build();
    assertThat(western.order().get().familyFirst()).isFalse();
    PersonName middle = PersonName.builder().text("David Lindon Lammy").script("Latn")
        .family("Lammy").given("David").order(NameOrder.GIVEN_FAMILY).build();
    assertThat(middle.given()).contains("David");
    PersonName unordered = PersonName.builder().text("CHO Tae-yul").script("Latn")
        .family("Cho").build();
    assertThat(unordered.order()).isEmpty();
  }

  @Test
  void rejectsNamePartsThatTheTextDoesNotWriteInTheOrderGiven() {
    assertRejected(
            () -> PersonName.builder().text("Yoko Kamikawa").script("Latn").family("Kamikawa")
                .order(NameOrder.FAMILY_GIVEN).build(),
            "PersonName.family", "Kamikawa")
        .hasMessageContaining("does not start with \"Kamikawa\"")
        .hasMessageContaining("FAMILY_GIVEN");
    assertRejected(
            () -> PersonName.builder().text("Kamikawa Yoko").script("Latn").family("Kamikawa")
                .order(NameOrder.FAMILY_UPPER_GIVEN).build(),
            "PersonName.family", "Kamikawa")
        .hasMessageContaining("\"KAMIKAWA\"");
    assertRejected(
        () -> PersonName.builder().text("Kamikawa Yoko").script("Latn").given("Yoko")
            .order(NameOrder.GIVEN_FAMILY).build(),
        "PersonName.given", "Yoko");
    assertRejected(
        () -> PersonName.builder().text("Cho Tae-yul").script("Latn").family("Jo").build(),
        "PersonName.family", "Jo");
    assertRejected(
        () -> PersonName.builder().text("Cho Tae-yul").script("Latn").given(" ").build(),
        "PersonName.given", " ");
    assertRejected(
        () -> PersonName.builder().text("A").script("Latn").family("A").given("A")
            .order(NameOrder.FAMILY_GIVEN).build(),
        "PersonName.given", "A");
  }

  @Test
  void placesAParticipantInTwoOfficesAtOnce() {
    Participant marles = Participant.builder()
        .person(Ref.of("richard-marles"))
        .side(Ref.of("australia"))
        .addOffices(Ref.of("au-deputy-prime-minister"), Ref.of("au-defence-minister"))
        .build();
    assertThat(marles.offices())
        .containsExactly(Ref.of("au-deputy-prime-minister"), Ref.of("au-defence-minister"));
    Office deputy = Office.builder().id("au-deputy-prime-minister")
        .title("Deputy Prime Minister of Australia").kind(OfficeKind.DEPUTY_HEAD_OF_GOVERNMENT)
        .jurisdiction(Ref.of("australia")).build();
    assertThat(deputy.kind()).isEqualTo(OfficeKind.DEPUTY_HEAD_OF_GOVERNMENT);
  }

  @Test
  @SuppressWarnings("deprecation")
  void keepsTheOneOfficeSetterAndGetterOfOneZero() {
    Participant cho = Participant.builder().person(Ref.of("cho-tae-yul")).side(ROK)
        .office(Ref.of("rok-foreign-minister")).build();
    assertThat(cho.offices()).containsExactly(Ref.of("rok-foreign-minister"));
    assertThat(cho.office()).contains(Ref.of("rok-foreign-minister"));
  }

  @Test
  void rejectsAParticipantNamingAnOfficeTwice() {
    assertRejected(
        () -> Participant.builder().person(Ref.of("cho-tae-yul")).side(ROK)
            .addOffices(Ref.of("rok-foreign-minister"), Ref.of("rok-foreign-minister")).build(),
        "Participant.offices", "rok-foreign-minister");
  }

  @Test
  void rejectsAWordingWithoutEvidence() {
    assertRejected(() -> Wording.of("Cho Tae-yong"), "Wording.evidence", List.of());
  }

  @Test
  void rejectsAWordingWithBlankText() {
    assertRejected(() -> Wording.of(" ", ARTICLE), "Wording.text", " ");
  }

  // Office, Tenure, Term

  private static Office.Builder foreignMinister() {
    return Office.builder()
        .id("rok-foreign-minister")
        .title("Minister of Foreign Affairs")
        .kind(OfficeKind.FOREIGN_MINISTER)
        .jurisdiction(ROK);
  }

  @Test
  void buildsAnOfficeOfAJurisdiction() {
    Office office = foreignMinister().shortTitle("Foreign Minister").build();
    assertThat(office.kind()).isEqualTo(OfficeKind.FOREIGN_MINISTER);
    assertThat(office.shortTitle()).contains("Foreign Minister");
  }

  @Test
  void rejectsAnOfficeWithABadId() {
    assertRejected(() -> foreignMinister().id("").build(), "Office.id", "");
  }

  @Test
  void rejectsAnOfficeWithABlankTitle() {
    assertRejected(() -> foreignMinister().title(" ").build(), "Office.title", " ");
  }

  @Test
  void rejectsAnOfficeWithABlankShortTitle() {
    assertRejected(() -> foreignMinister().shortTitle(" ").build(), "Office.shortTitle", " ");
  }

  private static Tenure.Builder tenure() {
    return Tenure.builder()
        .office(Ref.of("rok-foreign-minister"))
        .term(Term.of(FuzzyDate.parse("2024-01"), FuzzyDate.parse("2025-07-18")));
  }

  @Test
  void acceptsATenureWithOrdinalOne() {
    assertThat(tenure().ordinal(1).build().ordinal()).isEqualTo(OptionalInt.of(1));
    assertThat(tenure().build().ordinal()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -41})
  void rejectsATenureWithAnOrdinalBelowOne(int ordinal) {
    assertRejected(() -> tenure().ordinal(ordinal).build(), "Tenure.ordinal", ordinal);
  }

  @Test
  void acceptsATermThatEndsOnTheDayItStarts() {
    Term oneDay = Term.of(FuzzyDate.parse("2024-07-05"), FuzzyDate.parse("2024-07-05"));
    assertThat(oneDay.end()).contains(FuzzyDate.parse("2024-07-05"));
  }

  @Test
  void acceptsATermWhoseFuzzyEndMayOverlapItsStart() {
    Term term = Term.of(FuzzyDate.parse("2024-07-05"), FuzzyDate.parse("2024"));
    assertThat(term.start()).isEqualTo(FuzzyDate.parse("2024-07-05"));
  }

  @Test
  void acceptsAnOpenTerm() {
    assertThat(Term.from(FuzzyDate.parse("2024-01")).end()).isEmpty();
  }

  @Test
  void rejectsATermWhoseEndIsBeforeItsStart() {
    assertRejected(
            () -> Term.of(FuzzyDate.parse("2025-09-05"), FuzzyDate.parse("2024-07-05")),
            "Term.end",
            FuzzyDate.parse("2024-07-05"))
        .hasMessageContaining("2025-09-05");
  }

  @ParameterizedTest
  @CsvSource({
    "2023-12-31, true",
    "2023, true",
    "2024-01-01, false",
    "2024-01-15, false",
    "2024, false",
    "2025-07-18, false",
    "2025-07, false",
    "2025-07-19, true",
    "2025-08, true",
    "2026, true",
  })
  void excludesOnlyTimesCertainlyOutsideTheTerm(String time, boolean excluded) {
    Term term = Term.of(FuzzyDate.parse("2024-01"), FuzzyDate.parse("2025-07-18"));
    assertThat(term.certainlyExcludes(FuzzyDate.parse(time))).isEqualTo(excluded);
  }

  @Test
  void anOpenTermExcludesOnlyTimesBeforeItsStart() {
    Term open = Term.from(FuzzyDate.parse("2024-01"));
    assertThat(open.certainlyExcludes(FuzzyDate.parse("2099"))).isFalse();
    assertThat(open.certainlyExcludes(FuzzyDate.parse("2023-12"))).isTrue();
  }

  // Participant, Attribution

  @Test
  void placesAParticipantOnASideInAnOffice() {
    Participant cho = Participant.builder()
        .person(Ref.of("cho-tae-yul"))
        .side(ROK)
        .addOffice(Ref.of("rok-foreign-minister"))
        .addRoles(ParticipantRole.PRINCIPAL, ParticipantRole.CO_CHAIR)
        .addTitlesAsWritten(Wording.of("Korean Foreign Minister", ARTICLE))
        .build();
    assertThat(cho.roles()).containsExactly(ParticipantRole.PRINCIPAL, ParticipantRole.CO_CHAIR);
  }

  @Test
  void rejectsAParticipantWithARoleTwice() {
    assertRejected(
        () -> Participant.builder()
            .person(Ref.of("cho-tae-yul"))
            .side(ROK)
            .addRoles(ParticipantRole.PRINCIPAL, ParticipantRole.PRINCIPAL)
            .build(),
        "Participant.roles",
        ParticipantRole.PRINCIPAL);
  }

  @Test
  void attributesToAPersonInAnOffice() {
    Attribution by = Attribution.of(Ref.of("cho-tae-yul"), Ref.of("rok-foreign-minister"));
    assertThat(by.person()).isEqualTo(Ref.of("cho-tae-yul"));
    assertThat(by.office()).contains(Ref.of("rok-foreign-minister"));
  }
}
