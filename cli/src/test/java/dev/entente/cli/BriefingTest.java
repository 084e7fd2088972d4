package dev.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.examples.koreauk2024.KoreaUkDialogue2024;
import dev.entente.examples.lifecycles2023.PostponedVisits2023;
import dev.entente.model.Appeal;
import dev.entente.model.Concern;
import dev.entente.model.ConditionKind;
import dev.entente.model.CountryCode;
import dev.entente.model.DateClaim;
import dev.entente.model.Denial;
import dev.entente.model.Dialogue;
import dev.entente.model.DialogueSeries;
import dev.entente.model.Dossier;
import dev.entente.model.EntryCondition;
import dev.entente.model.Evidence;
import dev.entente.model.Grouping;
import dev.entente.model.GroupingKind;
import dev.entente.model.Instrument;
import dev.entente.model.InstrumentKind;
import dev.entente.model.InstrumentStatus;
import dev.entente.model.InstrumentStep;
import dev.entente.model.JointStatement;
import dev.entente.model.Level;
import dev.entente.model.Meeting;
import dev.entente.model.MeetingChange;
import dev.entente.model.MeetingKind;
import dev.entente.model.NameOrder;
import dev.entente.model.Office;
import dev.entente.model.OfficeKind;
import dev.entente.model.Participant;
import dev.entente.model.Person;
import dev.entente.model.PersonName;
import dev.entente.model.PlannedMeeting;
import dev.entente.model.PlannedStatus;
import dev.entente.model.PositionObject;
import dev.entente.model.Recognition;
import dev.entente.model.Ref;
import dev.entente.model.RelationKind;
import dev.entente.model.Signatory;
import dev.entente.model.Source;
import dev.entente.model.SourceKind;
import dev.entente.model.State;
import dev.entente.model.StatementKind;
import dev.entente.model.StatementRelation;
import dev.entente.model.Support;
import dev.entente.model.UnilateralStatement;
import dev.entente.model.Venue;
import dev.entente.model.VenueClaim;
import dev.entente.time.FuzzyDate;
import java.net.URI;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class BriefingTest {

  private final String briefing = Briefing.of(KoreaUkDialogue2024.dossier());
  private final String postponed = Briefing.of(PostponedVisits2023.dossier());

  @Test
  void showsBothAccountsOfADisputedStepWithTheirSourcesAndTheReason() {
    assertThat(postponed)
        .contains("- President Biden's visit to Australia for the Quad Leaders' Summit: disputed:"
            + " postponed or cancelled\n")
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
        .contains("    its existence is denied (per tribune-ap-2023-02-04, lasicilia-2023-02-04)\n"
            + "        tribune-ap-2023-02-04 quotes: \"In actuality, the US and China have never")
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
        .contains("- Cho Tae-yul (조태열 [Hang, ko, family 조, given 태열, family name first],"
            + " Jo Tae-yeol [Latn, romanized by Revised Romanization of Korean, family Jo, given"
            + " Tae-yeol, family name first])")
        .contains("    41st Minister of Foreign Affairs, Republic of Korea: took office in January"
            + " 2024, left office on 18 July 2025\n")
        .contains("also written \"Cho Tae-yong\" (per herald-economy-article)")
        .contains("        styled \"British Foreign Minister\" (per herald-economy-article)\n");
  }

  @Test
  void showsTheDialogueWithItsVenueHostAndBothDateClaims() {
    assertThat(briefing)
        .contains("- 21 October 2024: 9th ROK-UK Foreign Ministerial Strategic Dialogue,"
            + " Ministry of Foreign Affairs, Jongno-gu, Seoul, KR (per s1-mofa-press-release,"
            + " s2-cho-opening-remarks, herald-economy-article)")
        .contains("sides: Republic of Korea (host) and United Kingdom")
        .contains("    date: 21 October 2024 (\"the 21st\", reckoned from 22 to 31 October 2024)"
            + " (per herald-economy-article)\n");
  }

  @Test
  void spellsOutEachPositionWithItsIntensityAndHedging() {
    assertThat(briefing)
        .contains("* Republic of Korea and United Kingdom condemn (strongest: \"in the strongest"
            + " terms\") (\"We condemn")
        .contains("Democratic People's Republic of Korea: [reported: \"reported\"] deployment of"
            + " its troops")
        .contains("* Republic of Korea and United Kingdom express concern (strong: \"deeply\")"
            + " (per")
        .contains("* David Lammy hopes:");
  }

  @Test
  void namesEachActorsRoleAndTheMarksOfAPosition() {
    assertThat(briefing)
        .contains("Democratic People's Republic of Korea: [reported: \"reported\"] deployment of"
            + " its troops to the Russian Federation to support Russia's unlawful war of aggression"
            + " in Ukraine (mentions Russian Federation)")
        .contains("Democratic People's Republic of Korea (subject), Russian Federation (subject):"
            + " closely monitor the situation")
        .contains("* Cho Tae-yul intends:")
        .contains("restates an earlier position, held since 2023");
  }

  @Test
  void showsBothWindowsOfThePlannedTwoPlusTwo() {
    assertThat(briefing)
        .contains("- Inaugural ROK-UK Foreign and Defence Ministerial 2+2 Meeting: agreed")
        .contains("        to be held in the first half of 2025 (\"first half of next year\","
            + " reckoned from 22 to 31 October 2024) (per herald-economy-article)\n")
        .contains("        to be held between January and April 2025 (\"early 2025\", reckoned"
            + " from 21 October 2024) (per s4-korea-herald)\n")
        .doesNotContain("2025-40", "2025-37");
  }

  @Test
  void marksTheUnconfirmedQuoteAndSaysWhy() {
    assertThat(briefing)
        .contains("remarks of Cho Tae-yul (Minister of Foreign Affairs, Republic of Korea)"
            + " for Republic of Korea [unconfirmed]")
        .contains("\"We will strengthen cooperation with the G7.\"")
        .contains("      s2-cho-opening-remarks note: Not found verbatim in the primary sources");
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
        .contains("Sources", "- [s] press release, published October 2024\n")
        .doesNotContain("People", "Engagements", "Statements", "Planned meetings");
  }

  @Test
  void showsTheSessionsTheSourcesDoNotDateAsOfUnknownDate() {
    assertThat(briefing)
        .contains("- (date unknown): 4th ROK-UK Foreign Ministerial Strategic Dialogue (per"
            + " s1-mofa-press-release)\n")
        .contains("- (date unknown): 6th ROK-UK Foreign Ministerial Strategic Dialogue (per"
            + " s1-mofa-press-release)\n");
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
        .contains("- Yoko Kamikawa (KAMIKAWA Yoko [Latn, family Kamikawa, given Yoko, family name"
            + " first, in capitals])")
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

  @Test
  void makesTheVerbAgreeWithOneHolderOrSeveral() {
    Dossier dossier = Dossier.builder().id("verbs")
        .addActor(State.of("jpn", CountryCode.of("JPN"), "Japan"))
        .addActor(State.of("gbr", CountryCode.of("GBR"), "United Kingdom"))
        .addActor(Grouping.builder().id("aukus").name("AUKUS").kind(GroupingKind.PARTNERSHIP)
            .build())
        .addStatement(UnilateralStatement.builder().id("one").kind(StatementKind.PRESS_RELEASE)
            .issuer(Ref.of("jpn"))
            .addPosition(Denial.builder().addObject(conduct("any such plan")).build())
            .addPosition(Appeal.builder().addObject(PositionObject.builder()
                .addTarget(Ref.of("gbr")).build()).build())
            .addPosition(Concern.builder().addObject(conduct("the launch")).build())
            .addPosition(Recognition.builder().addHolder(Ref.of("aukus"))
                .addObject(conduct("the potential")).build())
            .build())
        .addStatement(JointStatement.builder().id("two")
            .addIssuer(Ref.of("jpn")).addIssuer(Ref.of("gbr"))
            .addPosition(Denial.builder().addObject(conduct("the report")).build())
            .build())
        .build();

    assertThat(Briefing.of(dossier))
        .contains("    * Japan denies:\n")
        .contains("    * Japan calls on:\n        United Kingdom\n")
        .contains("    * Japan expresses concern:\n")
        .contains("    * AUKUS recognises:\n")
        .contains("    * Japan and United Kingdom deny:\n");
  }

  @Test
  void showsLinksExactTimesClaimsAndEvidenceNotesOfAnEngagement() {
    Venue tokyo = Venue.builder().city("Tokyo").country(CountryCode.of("JP")).build();
    Venue osaka = Venue.builder().city("Osaka").country(CountryCode.of("JP")).build();
    Dossier dossier = Dossier.builder().id("links")
        .addActor(State.of("jpn", CountryCode.of("JPN"), "Japan"))
        .addActor(State.of("gbr", CountryCode.of("GBR"), "United Kingdom"))
        .addEngagement(Meeting.builder().id("visit").kind(MeetingKind.VISIT)
            .title("The Foreign Secretary's visit to Japan")
            .addSides(Ref.of("jpn"), Ref.of("gbr"))
            .date(FuzzyDate.parse("2023-11-07/2023-11-09")).build())
        .addEngagement(Meeting.builder().id("call").kind(MeetingKind.PHONE_CALL)
            .addSides(Ref.of("jpn"), Ref.of("gbr"))
            .date(FuzzyDate.parse("2023-11-08"))
            .startsAt(ZonedDateTime.of(2023, 11, 8, 15, 30, 0, 0, ZoneId.of("Asia/Tokyo")))
            .partOf(Ref.of("visit"))
            .addVenueClaim(VenueClaim.builder().value(tokyo).wording("in the capital")
                .addEvidence(Evidence.builder().source(Ref.of("nhk"))
                    .quote("in the capital").note("the evening news").build())
                .build())
            .addVenueClaim(VenueClaim.of(osaka, Evidence.of(Ref.of("kyodo"))))
            .build())
        .build();

    assertThat(Briefing.of(dossier))
        .contains("- 7 to 9 November 2023: The Foreign Secretary's visit to Japan (visit of Japan and"
            + " United Kingdom)\n")
        .contains("- 8 November 2023: phone call of Japan and United Kingdom\n"
            + "    began 8 November 2023 at 15:30 (Asia/Tokyo, UTC+09:00)\n")
        .contains("    part of: The Foreign Secretary's visit to Japan\n")
        .contains("    venue: disputed: Osaka, JP or Tokyo, JP\n"
            + "        Tokyo, JP (\"in the capital\") (per nhk)\n"
            + "            nhk quotes: \"in the capital\"\n"
            + "            nhk note: the evening news\n"
            + "        Osaka, JP (per kyodo)\n");
  }

  @Test
  void namesAPlannedMeetingWithoutATitleByWhatItIsAndNotByItsId() {
    Dossier dossier = Dossier.builder().id("plans")
        .addActor(State.of("jpn", CountryCode.of("JPN"), "Japan"))
        .addActor(State.of("gbr", CountryCode.of("GBR"), "United Kingdom"))
        .addPlannedMeeting(PlannedMeeting.builder().id("plan-x7").kind(MeetingKind.STATE_VISIT)
            .addSides(Ref.of("jpn"), Ref.of("gbr")).host(Ref.of("gbr"))
            .addLifecycle(MeetingChange.builder().status(PlannedStatus.PROPOSED)
                .date(FuzzyDate.parse("2024-21~")).build())
            .build())
        .addEngagement(Meeting.builder().id("held").kind(MeetingKind.STATE_VISIT)
            .addSides(Ref.of("jpn"), Ref.of("gbr")).replaces(Ref.of("plan-x7")).build())
        .build();

    assertThat(Briefing.of(dossier))
        .contains("- planned state visit between Japan and United Kingdom: proposed\n"
            + "    state visit between Japan and United Kingdom; to be hosted by United Kingdom\n"
            + "    about spring 2024: proposed\n")
        .contains("    held in place of: planned state visit between Japan and United Kingdom\n")
        .doesNotContain("plan-x7");
  }

  @Test
  void escapesControlCharactersSoThatANameNeitherBreaksNorHidesALine() {
    Dossier dossier = Dossier.builder().id("escapes").title("Two\nlines")
        .addActor(State.of("jpn", CountryCode.of("JPN"), "Ja\u0007pan\n"))
        .addActor(State.of("gbr", CountryCode.of("GBR"), "\tUnited Kingdom"))
        .addEngagement(Meeting.builder().id("m").kind(MeetingKind.MEETING)
            .addSides(Ref.of("jpn"), Ref.of("gbr")).build())
        .build();

    String text = Briefing.of(dossier);

    assertThat(text).startsWith("Two\\u000alines\n==============\n")
        .contains("- (date unknown): meeting of Ja\\u0007pan\\u000a and \\u0009United Kingdom\n");
    assertThat(text.chars().filter(c -> c != '\n' && Character.isISOControl(c))).isEmpty();
  }

  @Test
  void namesTheTargetsOfAnObjectThatHasNothingElseWithoutAnEmptyLine() {
    Dossier dossier = Dossier.builder().id("targets")
        .addActor(State.of("jpn", CountryCode.of("JPN"), "Japan"))
        .addActor(State.of("prk", CountryCode.of("PRK"), "North Korea"))
        .addStatement(UnilateralStatement.builder().id("s").kind(StatementKind.PRESS_RELEASE)
            .issuer(Ref.of("jpn"))
            .addPosition(Support.builder().addObject(PositionObject.builder()
                .addTarget(Ref.of("prk")).build()).build())
            .build())
        .build();

    String text = Briefing.of(dossier);

    assertThat(text).contains("    * Japan supports:\n        North Korea\n");
    assertThat(text.split("\n")).noneMatch(line -> !line.isEmpty() && line.isBlank())
        .noneMatch(line -> line.endsWith(" "));
  }

  @Test
  void saysAnEngagementsDateIsDisputedWhenItsSourcesCannotAllBeRight() {
    Dossier dossier = Dossier.builder().id("dates")
        .addActor(State.of("jpn", CountryCode.of("JPN"), "Japan"))
        .addActor(State.of("gbr", CountryCode.of("GBR"), "United Kingdom"))
        .addEngagement(Meeting.builder().id("m").kind(MeetingKind.MEETING)
            .addSides(Ref.of("jpn"), Ref.of("gbr"))
            .addDateClaim(DateClaim.of(FuzzyDate.parse("2023-05-16"), Evidence.of(Ref.of("a"))))
            .addDateClaim(DateClaim.of(FuzzyDate.parse("2023-05-18~"), Evidence.of(Ref.of("b"))))
            .build())
        .build();

    assertThat(Briefing.of(dossier))
        .contains("- (date disputed): meeting of Japan and United Kingdom\n")
        .contains("    date: disputed: 16 May 2023 or about 18 May 2023\n"
            + "    date: 16 May 2023 (per a)\n"
            + "    date: about 18 May 2023 (per b)\n");
  }

  private static PositionObject conduct(String conduct) {
    return PositionObject.builder().conduct(conduct).build();
  }
}
