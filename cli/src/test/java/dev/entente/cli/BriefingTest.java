package dev.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.examples.koreauk2024.KoreaUkDialogue2024;
import dev.entente.examples.lifecycles2023.PostponedVisits2023;
import dev.entente.model.ConditionKind;
import dev.entente.model.CountryCode;
import dev.entente.model.Dialogue;
import dev.entente.model.DialogueSeries;
import dev.entente.model.Dossier;
import dev.entente.model.EntryCondition;
import dev.entente.model.Evidence;
import dev.entente.model.Instrument;
import dev.entente.model.InstrumentKind;
import dev.entente.model.InstrumentStatus;
import dev.entente.model.InstrumentStep;
import dev.entente.model.JointStatement;
import dev.entente.model.Level;
import dev.entente.model.NameOrder;
import dev.entente.model.Office;
import dev.entente.model.OfficeKind;
import dev.entente.model.Participant;
import dev.entente.model.Person;
import dev.entente.model.PersonName;
import dev.entente.model.Ref;
import dev.entente.model.RelationKind;
import dev.entente.model.Signatory;
import dev.entente.model.Source;
import dev.entente.model.SourceKind;
import dev.entente.model.State;
import dev.entente.model.StatementKind;
import dev.entente.model.StatementRelation;
import dev.entente.time.FuzzyDate;
import java.net.URI;
import java.time.Year;
import org.junit.jupiter.api.Test;

class BriefingTest {

  private final String briefing = Briefing.of(KoreaUkDialogue2024.dossier());
  private final String postponed = Briefing.of(PostponedVisits2023.dossier());

  @Test
  void showsBothAccountsOfADisputedStepWithTheirSourcesAndTheReason() {
    assertThat(postponed)
        .contains("- President Biden's visit to Australia for the Quad Leaders' Summit: disputed:"
            + " postponed (per guardian-2023-05-16, white-house-2023-05-16) or cancelled (per"
            + " cnn-2023-05-16, guardian-2023-05-16)")
        .contains("    either 16 May 2023: postponed by United States [disputed] (per"
            + " white-house-2023-05-16, guardian-2023-05-16)")
        .contains("        or 16 May 2023: cancelled [reported] (per cnn-2023-05-16,"
            + " guardian-2023-05-16)")
        .contains("        because: domestic circumstances (United States), \"in order to be back"
            + " for meetings with Congressional leaders");
  }

  @Test
  void showsADenialAReplacementAnInitiatorAndAnUndatedHostChange() {
    assertThat(postponed)
        .contains("    the plan itself: disputed")
        .contains("    its existence is denied (per lasicilia-2023-02-04, tribune-ap-2023-02-04)")
        .contains("    held in place of: President Biden's visit to Australia for the Quad"
            + " Leaders' Summit")
        .contains("    at the request of United States")
        .contains("        held as: Secretary Blinken's visit to Beijing")
        .contains("        venue from then on: Sydney Opera House, Sydney, AU");
  }

  @Test
  void opensWithTheDossiersTitleUnderlined() {
    String[] lines = briefing.split("\n");
    assertThat(lines[0]).isEqualTo(
        "The 9th ROK-UK Foreign Ministerial Strategic Dialogue, Seoul, 21 October 2024");
    assertThat(lines[1]).matches("=+").hasSameSizeAs(lines[0]);
  }

  @Test
  void namesTheMinistersInTheirOfficesAndTheArticlesSpellings() {
    assertThat(briefing)
        .contains("- Cho Tae-yul (조태열 [family 조, given 태열, family name first], Jo Tae-yeol"
            + " [family Jo, given Tae-yeol, family name first])")
        .contains("41st Minister of Foreign Affairs, Republic of Korea, 2024-01")
        .contains("also written \"Cho Tae-yong\" (per herald-economy-article)")
        .contains("styled \"British Foreign Minister\" (per herald-economy-article)");
  }

  @Test
  void showsTheDialogueWithItsVenueHostAndBothDateClaims() {
    assertThat(briefing)
        .contains("- 21 October 2024: 9th ROK-UK Foreign Ministerial Strategic Dialogue,"
            + " Ministry of Foreign Affairs, Jongno-gu, Seoul, KR")
        .contains("sides: Republic of Korea (host) and United Kingdom")
        .contains("date \"the 21st\" (from 2024-10-22/2024-10-31 (22 October 2024 to 31 October"
            + " 2024)) = 21 October 2024 (per herald-economy-article)");
  }

  @Test
  void spellsOutEachPositionWithItsIntensityAndHedging() {
    assertThat(briefing)
        .contains("* Republic of Korea and United Kingdom condemn (in the strongest terms):")
        .contains("Democratic People's Republic of Korea: [reported: \"reported\"] deployment of"
            + " its troops")
        .contains("* Republic of Korea and United Kingdom express concern (deeply):")
        .contains("* David Lammy hope:");
  }

  @Test
  void namesEachActorsRoleAndTheMarksOfAPosition() {
    assertThat(briefing)
        .contains("Democratic People's Republic of Korea: [reported: \"reported\"] deployment of"
            + " its troops to the Russian Federation to support Russia's unlawful war of aggression"
            + " in Ukraine (mentions Russian Federation)")
        .contains("Democratic People's Republic of Korea (subject), Russian Federation (subject):"
            + " closely monitor the situation")
        .contains("* Cho Tae-yul intend:")
        .contains("restates an earlier position, held since 2023");
  }

  @Test
  void showsBothWindowsOfThePlannedTwoPlusTwo() {
    assertThat(briefing)
        .contains("- Inaugural ROK-UK Foreign and Defence Ministerial 2+2 Meeting: agreed")
        .contains("to be held \"first half of next year\"")
        .contains("= 2025-40 (1 January 2025 to 30 June 2025) (per herald-economy-article)")
        .contains("to be held \"early 2025\" (from 21 October 2024) = 2025-37 (1 January 2025 to"
            + " 30 April 2025) (per s4-korea-herald)");
  }

  @Test
  void marksTheUnconfirmedQuoteAndSaysWhy() {
    assertThat(briefing)
        .contains("remarks of Cho Tae-yul (Minister of Foreign Affairs, Republic of Korea)"
            + " [unconfirmed]")
        .contains("\"We will strengthen cooperation with the G7.\"")
        .contains("Not found verbatim in the primary sources");
  }

  @Test
  void leavesOutSectionsThatADossierDoesNotHave() {
    Dossier onlySources = Dossier.builder()
        .id("only-sources")
        .addSources(Source.builder()
            .id("s")
            .kind(SourceKind.PRESS_RELEASE)
            .url(URI.create("https://example.org/release"))
            .published(FuzzyDate.parse("2024-10"))
            .build())
        .build();

    String text = Briefing.of(onlySources);

    assertThat(text).startsWith("only-sources\n============\n")
        .contains("Sources", "- [s] published 2024-10 (1 October 2024 to 31 October 2024)")
        .doesNotContain("People", "Engagements", "Statements", "Planned meetings");
  }

  @Test
  void showsTheSessionsTheSourcesDoNotDateAsOfUnknownDate() {
    assertThat(briefing)
        .contains("- (date unknown): 4th ROK-UK Foreign Ministerial Strategic Dialogue\n")
        .contains("- (date unknown): 6th ROK-UK Foreign Ministerial Strategic Dialogue\n");
  }

  @Test
  void showsEveryOfficeOfAParticipantAndARoundAndANamesOrder() {
    // No fact of the article has these: a focused dossier shows them.
    Dossier dossier = Dossier.builder().id("focused")
        .addActor(State.of("au", CountryCode.of("AU"), "Australia"))
        .addActor(State.of("jp", CountryCode.of("JP"), "Japan"))
        .addActor(Person.builder().id("marles").name("Richard Marles").build())
        .addActor(Person.builder().id("kamikawa").name("Yoko Kamikawa")
            .addName(PersonName.builder().text("KAMIKAWA Yoko").script("Latn").family("Kamikawa")
                .given("Yoko").order(NameOrder.FAMILY_UPPER_GIVEN).build())
            .build())
        .addOffice(Office.builder().id("dpm").title("Deputy Prime Minister")
            .kind(OfficeKind.DEPUTY_HEAD_OF_GOVERNMENT).jurisdiction(Ref.of("au")).build())
        .addOffice(Office.builder().id("def").title("Minister for Defence")
            .kind(OfficeKind.DEFENCE_MINISTER).jurisdiction(Ref.of("au")).build())
        .addSeries(DialogueSeries.builder().id("talks").name("Australia-Japan talks")
            .addSides(Ref.of("au"), Ref.of("jp")).level(Level.MINISTERIAL).build())
        .addEngagement(Dialogue.builder().id("talks-2024").series(Ref.of("talks"))
            .round(Year.of(2024)).addSides(Ref.of("au"), Ref.of("jp"))
            .addParticipant(Participant.builder().person(Ref.of("marles")).side(Ref.of("au"))
                .addOffices(Ref.of("dpm"), Ref.of("def")).build())
            .build())
        .build();
    assertThat(Briefing.of(dossier))
        .contains("- Yoko Kamikawa (KAMIKAWA Yoko [family Kamikawa, given Yoko, family name first,"
            + " in capitals])")
        .contains("- (date unknown): Australia-Japan talks, 2024 round")
        .contains("Richard Marles, Deputy Prime Minister, Australia and Minister for Defence, Australia"
            + " for Australia");
  }

  @Test
  void showsAnInstrumentWithItsSignatoriesConditionAndDisputedHistoryAndJointDocumentKinds() {
    Dossier dossier = Dossier.builder()
        .id("raa")
        .addActor(State.of("jpn", CountryCode.of("JPN"), "Japan"))
        .addActor(State.of("gbr", CountryCode.of("GBR"), "United Kingdom"))
        .addActor(Person.builder().id("kishida").name("Kishida Fumio").build())
        .addInstrument(Instrument.builder()
            .id("raa")
            .kind(InstrumentKind.TREATY)
            .title("Reciprocal Access Agreement")
            .addParty(Ref.of("jpn"))
            .addParty(Ref.of("gbr"))
            .addSignatory(Signatory.builder().person(Ref.of("kishida")).party(Ref.of("jpn"))
                .build())
            .addCondition(EntryCondition.builder().kind(ConditionKind.NOTIFICATION)
                .wording("on the thirtieth day after the exchange of notes")
                .addEvidence(Evidence.of(Ref.of("mofa"))).build())
            .addHistory(InstrumentStep.builder().status(InstrumentStatus.NEGOTIATED)
                .date(FuzzyDate.parse("2022-05-05")).addEvidence(Evidence.of(Ref.of("mofa")))
                .addAlternative(InstrumentStep.builder().status(InstrumentStatus.SIGNED)
                    .date(FuzzyDate.parse("2022-05-05"))
                    .addEvidence(Evidence.of(Ref.of("hansard"))).build())
                .build())
            .addHistory(InstrumentStep.builder().status(InstrumentStatus.RATIFIED)
                .party(Ref.of("jpn")).date(FuzzyDate.parse("2023-04-28"))
                .wording("approved by the Diet").build())
            .build())
        .addStatement(JointStatement.builder().id("fs").kind(StatementKind.FACT_SHEET)
            .addIssuer(Ref.of("jpn")).addIssuer(Ref.of("gbr"))
            .addTopic(Ref.of("defence-and-security"))
            .addRelation(StatementRelation.builder().kind(RelationKind.CONTRADICTS)
                .target(Ref.of("js")).addEvidence(Evidence.of(Ref.of("nhk"))).build())
            .build())
        .addStatement(JointStatement.builder().id("js")
            .addIssuer(Ref.of("jpn")).addIssuer(Ref.of("gbr")).build())
        .build();

    assertThat(Briefing.of(dossier))
        .contains("- treaty \"Reciprocal Access Agreement\" of Japan and United Kingdom: ratified")
        .contains("    signed for Japan by Kishida Fumio\n")
        .contains("    enters into force on notification: \"on the thirtieth day after the exchange"
            + " of notes\" (per mofa)")
        .contains("    either 5 May 2022: negotiated (per mofa)")
        .contains("        or 5 May 2022: signed (per hansard)")
        .contains("    28 April 2023: ratified by Japan (\"approved by the Diet\")\n")
        .contains("- (undated): joint fact sheet of Japan and United Kingdom")
        .contains("    contradicts: joint statement of Japan and United Kingdom (per nhk)")
        .contains("- (undated): joint statement of Japan and United Kingdom\n");
  }
}
