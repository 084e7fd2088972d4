package dev.entente.examples.koreauk2024;

import static dev.entente.examples.koreauk2024.KoreaUkDialogue2024.*;
import static dev.entente.testing.EntenteAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.model.Actor;
import dev.entente.model.Agreement;
import dev.entente.model.Commitment;
import dev.entente.model.Concern;
import dev.entente.model.Condemnation;
import dev.entente.model.Confirmation;
import dev.entente.model.CountryCode;
import dev.entente.model.DateClaim;
import dev.entente.model.Dialogue;
import dev.entente.model.DialogueSeries;
import dev.entente.model.Dossier;
import dev.entente.model.Engagement;
import dev.entente.model.Evidence;
import dev.entente.model.Grouping;
import dev.entente.model.HedgeLevel;
import dev.entente.model.Hope;
import dev.entente.model.IntensityLevel;
import dev.entente.model.JointStatement;
import dev.entente.model.Meeting;
import dev.entente.model.MeetingChange;
import dev.entente.model.MeetingKind;
import dev.entente.model.Monitoring;
import dev.entente.model.NameOrder;
import dev.entente.model.ObjectRole;
import dev.entente.model.Office;
import dev.entente.model.OfficeKind;
import dev.entente.model.Opposition;
import dev.entente.model.Participant;
import dev.entente.model.ParticipantRole;
import dev.entente.model.Person;
import dev.entente.model.PersonName;
import dev.entente.model.PlannedMeeting;
import dev.entente.model.PlannedStatus;
import dev.entente.model.Position;
import dev.entente.model.PositionKind;
import dev.entente.model.PositionObject;
import dev.entente.model.Recognition;
import dev.entente.model.Ref;
import dev.entente.model.RelationKind;
import dev.entente.model.Remarks;
import dev.entente.model.Source;
import dev.entente.model.SourceKind;
import dev.entente.model.State;
import dev.entente.model.Statement;
import dev.entente.model.StatementKind;
import dev.entente.model.StatementRelation;
import dev.entente.model.Tenure;
import dev.entente.model.Topic;
import dev.entente.model.TopicKind;
import dev.entente.model.Topics;
import dev.entente.model.UnilateralStatement;
import dev.entente.model.Venue;
import dev.entente.model.Welcome;
import dev.entente.model.Wording;
import dev.entente.time.FuzzyDate;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The article's facts, and the primary sources' corrections, read back through the API. */
class KoreaUkDialogue2024Test {

  private static final Dossier DOSSIER = KoreaUkDialogue2024.dossier();

  private static <T extends dev.entente.model.Identified> T get(Ref<?> ref,
      Class<T> kind) {
    return DOSSIER.get(ref, kind);
  }

  private static List<String> sourcesOf(List<Evidence> evidence) {
    return evidence.stream().map(e -> e.source().id()).distinct().collect(Collectors.toList());
  }

  private static FuzzyDate day(String text) {
    return FuzzyDate.parse(text);
  }

  @Nested
  class TheNinthDialogue {

    private final Dialogue dialogue = (Dialogue) get(NINTH_DIALOGUE, Engagement.class);

    @Test
    void isTheNinthSessionOfTheForeignMinisterialStrategicDialogue() {
      assertThat(dialogue).isSessionOf(STRATEGIC_DIALOGUE).hasOrdinal(9);
      DialogueSeries series = get(dialogue.series(), DialogueSeries.class);
      assertThat(series.name()).isEqualTo("ROK-UK Foreign Ministerial Strategic Dialogue");
      assertThat(series.principalKinds()).containsExactly(OfficeKind.FOREIGN_MINISTER);
      assertThat(series.established()).hasValue(day("2014-12"));
    }

    @Test
    void wasHeldOnTheTwentyFirstOfOctober2024InSeoulHostedByKorea() {
      assertThat(dialogue).isOn("2024-10-21").hasSides(ROK, UK).isHostedBy(ROK).isHeldIn("Seoul")
          .hasVenue(Venue.builder().country(CountryCode.of("KR")).city("Seoul")
              .district("Jongno-gu").building("Ministry of Foreign Affairs").build());
    }

    @Test
    void keepsTheArticlesTwentyFirstBesideThePrimarySourcesDate() {
      DateClaim article = dialogue.dateClaims().get(0);
      assertThat(article.wording()).hasValue("the 21st");
      assertThat(article.reference()).hasValue(PUBLICATION);
      assertThat(article.value()).isEqualTo(day("2024-10-21"));
      assertThat(sourcesOf(article.evidence())).containsExactly(ARTICLE.id());

      DateClaim primary = dialogue.dateClaims().get(1);
      assertThat(primary.wording()).isEmpty();
      assertThat(primary.value()).isEqualTo(day("2024-10-21"));
      assertThat(sourcesOf(primary.evidence()))
          .containsExactly(MOFA_PRESS_RELEASE.id(), OPENING_REMARKS.id());
    }

    @Test
    void hasChoAndLammyAsCoChairsInTheirOffices() {
      assertThat(dialogue)
          .hasParticipant(CHO, ROK_FOREIGN_MINISTER)
          .hasParticipant(LAMMY, UK_FOREIGN_SECRETARY);
      assertThat(dialogue.participants()).extracting(Participant::person).containsExactly(CHO, LAMMY);
      Participant cho = dialogue.participants().get(0);
      assertThat(cho.side()).isEqualTo(ROK);
      assertThat(cho.roles()).contains(ParticipantRole.CO_CHAIR, ParticipantRole.PRINCIPAL);
      Participant lammy = dialogue.participants().get(1);
      assertThat(lammy.side()).isEqualTo(UK);
      assertThat(lammy.roles()).contains(ParticipantRole.CO_CHAIR);
    }

    @Test
    void keepsTheArticlesTitlesApartFromTheOffices() {
      Participant lammy = dialogue.participants().get(1);
      assertThat(lammy.titlesAsWritten()).extracting(Wording::text)
          .containsExactly("British Foreign Minister");
      assertThat(sourcesOf(lammy.titlesAsWritten().get(0).evidence())).containsExactly(ARTICLE.id());
      assertThat(get(UK_FOREIGN_SECRETARY, Office.class).title())
          .isEqualTo("Secretary of State for Foreign, Commonwealth and Development Affairs");
    }

    @Test
    void discussedTheRegionsAndIsTheFirstSinceTheDowningStreetAccord() {
      assertThat(dialogue.topics()).extracting(t -> get(t, Topic.class).label())
          .containsExactly("Northeast Asia", "Middle East", "Ukraine", "Downing Street Accord");
      Topic accord = get(DOWNING_STREET_ACCORD, Topic.class);
      assertThat(accord.kind()).isEqualTo(TopicKind.AGREEMENT);
      assertThat(sourcesOf(accord.evidence())).containsExactly(MOFA_PRESS_RELEASE.id());
      assertThat(dialogue.evidence()).anySatisfy(e -> assertThat(e.note())
          .hasValueSatisfying(n -> assertThat(n).contains("Downing Street Accord")));
    }
  }

  @Nested
  class TheSeries {

    @Test
    void namesTheEarlierRoundsThePrimarySourcesGive() {
      List<Dialogue> rounds = DOSSIER.engagements().stream()
          .filter(Dialogue.class::isInstance).map(Dialogue.class::cast)
          .filter(d -> d.series().equals(STRATEGIC_DIALOGUE))
          .collect(Collectors.toList());
      assertThat(rounds).extracting(d -> d.ordinal().getAsInt())
          .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
      assertThat(rounds).extracting(d -> d.date().map(Object::toString).orElse("unknown"))
          .containsExactly("2014-12", "2015-08-10", "2017-02-22", "unknown", "unknown", "unknown",
              "2022-09-28", "2023-09", "2024-10-21");
      assertThat(rounds).extracting(d -> d.venue().flatMap(Venue::city).orElse("unknown"))
          .containsExactly("London", "Seoul", "London", "unknown", "unknown", "unknown", "Seoul",
              "London", "Seoul");
      assertThat(rounds.get(2).venue().orElseThrow().building()).hasValue("Lancaster House");
    }

    @Test
    void leavesTheRoundsTheSourcesDoNotDateUndatedRatherThanGuessed() {
      for (int ordinal = 4; ordinal <= 6; ordinal++) {
        assertThat(DOSSIER).dialogue("strategic-dialogue-" + ordinal)
            .isSessionOf(STRATEGIC_DIALOGUE).hasOrdinal(ordinal).isUndated();
      }
      assertThat(DOSSIER).isValid();
    }
  }

  @Nested
  class ThePeople {

    @Test
    void recordsTheMinisterAsChoTaeYulWithTheArticlesSpellingAsAnAliasOnly() {
      Person cho = get(CHO, Person.class);
      assertThat(cho.name()).isEqualTo("Cho Tae-yul");
      assertThat(cho.names()).extracting(PersonName::text).containsExactly("조태열", "Jo Tae-yeol");
      assertThat(cho.names().get(0).script()).isEqualTo("Hang");
      assertThat(cho.names().get(1).romanization()).hasValue("Revised Romanization of Korean");
      // Written family name first: 조 and Jo are the family name, 태열 and Tae-yeol the given.
      assertThat(cho.names()).extracting(PersonName::family)
          .containsExactly(Optional.of("조"), Optional.of("Jo"));
      assertThat(cho.names()).extracting(PersonName::given)
          .containsExactly(Optional.of("태열"), Optional.of("Tae-yeol"));
      assertThat(cho.names()).extracting(PersonName::order)
          .containsOnly(Optional.of(NameOrder.FAMILY_GIVEN));
      assertThat(cho.aliases()).extracting(Wording::text).containsExactly("Cho Tae-yong");
      assertThat(sourcesOf(cho.aliases().get(0).evidence())).containsExactly(ARTICLE.id());
      assertThat(DOSSIER.actors()).extracting(Actor::name).doesNotContain("Cho Tae-yong");
    }

    @Test
    void givesEachMinisterHisOfficeAndTerm() {
      Tenure cho = get(CHO, Person.class).tenures().get(0);
      assertThat(cho.office()).isEqualTo(ROK_FOREIGN_MINISTER);
      assertThat(cho.ordinal()).hasValue(41);
      assertThat(cho.term().start()).isEqualTo(day("2024-01"));
      assertThat(cho.term().end()).hasValue(day("2025-07-18"));

      Tenure lammy = get(LAMMY, Person.class).tenures().get(0);
      assertThat(lammy.office()).isEqualTo(UK_FOREIGN_SECRETARY);
      assertThat(lammy.term().start()).isEqualTo(day("2024-07-05"));
      assertThat(lammy.term().end()).hasValue(day("2025-09-05"));

      Office foreignMinister = get(ROK_FOREIGN_MINISTER, Office.class);
      assertThat(foreignMinister.jurisdiction()).isEqualTo(ROK);
      assertThat(foreignMinister.kind()).isEqualTo(OfficeKind.FOREIGN_MINISTER);
      assertThat(get(UK_FOREIGN_SECRETARY, Office.class).shortTitle()).hasValue("Foreign Secretary");
    }

    @Test
    void bothMinistersWereInOfficeOnTheDayOfTheDialogue() {
      FuzzyDate dialogueDay = day("2024-10-21");
      assertThat(get(CHO, Person.class).tenures().get(0).term().certainlyExcludes(dialogueDay))
          .isFalse();
      assertThat(get(LAMMY, Person.class).tenures().get(0).term().certainlyExcludes(dialogueDay))
          .isFalse();
    }

    @Test
    void recordsPresidentYoonWithTheArticlesSpellingAsAnAlias() {
      Person yoon = get(YOON, Person.class);
      assertThat(yoon.name()).isEqualTo("Yoon Suk Yeol");
      assertThat(yoon.aliases()).extracting(Wording::text).containsExactly("Yoon Suk-yeol");
      assertThat(yoon.tenures().get(0).office()).isEqualTo(ROK_PRESIDENT);
      assertThat(yoon.tenures().get(0).term().start()).isEqualTo(day("2022-05-10"));
    }
  }

  @Nested
  class TheCourtesyCall {

    private final Meeting call = (Meeting) get(COURTESY_CALL, Engagement.class);

    @Test
    void isLammysCallOnPresidentYoonTheDayBeforeTheStatement() {
      assertThat((Engagement) call).isMeetingOfKind(MeetingKind.COURTESY_CALL).isOn("2024-10-21")
          .hasParticipant(LAMMY).hasParticipant(YOON, ROK_PRESIDENT);
      assertThat(call.participants()).extracting(Participant::person).containsExactly(LAMMY, YOON);
      DateClaim previousDay = call.dateClaims().get(0);
      assertThat(previousDay.wording()).hasValue("the previous day");
      assertThat(previousDay.reference()).hasValue(day("2024-10-22"));
      assertThat(previousDay.value()).isEqualTo(day("2024-10-21"));
    }

    @Test
    void carriesLammysHopeForPillarTwoCooperation() {
      Remarks remarks = (Remarks) get(LAMMY_ON_PILLAR_TWO, Statement.class);
      assertThat(remarks.speaker().person()).isEqualTo(LAMMY);
      assertThat(remarks.speaker().office()).hasValue(UK_FOREIGN_SECRETARY);
      assertThat(DOSSIER).statement(LAMMY_ON_PILLAR_TWO).isMadeAt(COURTESY_CALL)
          .position(PositionKind.HOPE)
          .isHeldBy(LAMMY).targets(ROK, AUKUS).hasConduct("defence technology")
          .hasTopic(PILLAR_TWO, Topics.DEFENCE_TECHNOLOGY.ref());
    }
  }

  @Nested
  class TheOutcomeStatement {

    private final JointStatement outcome =
        (JointStatement) get(OUTCOME_STATEMENT, Statement.class);

    @Test
    void isIssuedByBothSidesOutOfTheDialogue() {
      assertThat(outcome).isIssuedBy(ROK, UK).isMadeAt(NINTH_DIALOGUE).isDated("2024-10-21");
      assertThat(outcome.signatories()).extracting(s -> s.person().id())
          .containsExactly(CHO.id(), LAMMY.id());
    }

    @Test
    void agreesToHoldTheTwoPlusTwoAndYieldsThePlannedMeeting() {
      List<Agreement> agreements = positions(outcome, Agreement.class);
      assertThat(agreements).hasSize(3);
      assertThat(agreements).filteredOn(a -> a.plannedMeeting().isPresent())
          .singleElement()
          .satisfies(a -> assertThat(a.plannedMeeting()).hasValue(FIRST_TWO_PLUS_TWO));
    }

    @Test
    void marksTheAgreementToHoldTheTwoPlusTwoAsRestatingThe2023One() {
      Agreement twoPlusTwo = positions(outcome, Agreement.class).stream()
          .filter(a -> a.plannedMeeting().isPresent()).findFirst().orElseThrow();
      assertThat(twoPlusTwo).isReiteratedSince("2023");
      assertThat(twoPlusTwo.reiteration().orElseThrow().wording()).isEmpty();
      assertThat(sourcesOf(twoPlusTwo.reiteration().orElseThrow().evidence()))
          .containsExactly(OPENING_REMARKS.id());
    }

    @Test
    void keepsTheWarInUkraineAsAnEventPlacedInUkraineWithNoDateTheSourcesDoNotGive() {
      Topic war = get(WAR_IN_UKRAINE, Topic.class);
      assertThat(war.kind()).isEqualTo(TopicKind.EVENT);
      assertThat(war.venue().flatMap(v -> v.country())).hasValue(CountryCode.of("UA"));
      assertThat(war.date()).isEmpty();
    }

    @Test
    void agreesOnTheInterconnectednessOfEuropeanAndIndoPacificSecurity() {
      Agreement first = positions(outcome, Agreement.class).get(0);
      assertThat(first.objects().get(0).conduct().orElseThrow())
          .contains("interconnectedness of European and Indo-Pacific security");
    }

    @Test
    void agreesToContinueDiscussionsOnTheListedTopics() {
      Agreement discussions = positions(outcome, Agreement.class).get(2);
      assertThat(discussions.topics()).containsExactly(
          KOREA_UK_FTA, Topics.ECONOMY.ref(), Topics.AI.ref(), Topics.QUANTUM.ref(),
          Topics.BIO.ref(), Topics.CYBER.ref(), Topics.CLIMATE.ref(), Topics.CLEAN_ENERGY.ref(),
          Topics.DEVELOPMENT.ref());
    }

    @Test
    void recognisesThatAukusContributesToIndoPacificSecurity() {
      assertThat(outcome).position(PositionKind.RECOGNISE).targets(AUKUS);
      Recognition recognition = positions(outcome, Recognition.class).get(0);
      assertThat(recognition.wording().orElseThrow()).startsWith("AUKUS contributes to the security");
    }

    @Test
    void welcomesOngoingConsultationsBetweenKoreaAndAukusOnPillarTwo() {
      assertThat(outcome).position(PositionKind.WELCOME).isHeldBy(ROK, UK).targets(ROK, AUKUS)
          .hasTopic(PILLAR_TWO);
      Welcome welcome = positions(outcome, Welcome.class).get(0);
      assertThat(sourcesOf(welcome.evidence()))
          .containsExactly(KOREA_HERALD_MOBILE.id(), ARTICLE.id());
    }
  }

  @Nested
  class TheSeparateStatement {

    private final JointStatement statement =
        (JointStatement) get(RUSSIA_DPRK_STATEMENT, Statement.class);

    @Test
    void isAJointStatementOfTheTwentySecondSeparateFromTheOutcomeStatement() {
      assertThat(statement).isIssuedBy(ROK, UK).isDated("2024-10-22");
      assertThat(statement.relations())
          .containsExactly(StatementRelation.of(RelationKind.SEPARATE_FROM, OUTCOME_STATEMENT));
      assertThat(statement.dateClaims().get(0).wording()).hasValue("the 22nd");
      assertThat(statement.dateClaims().get(0).value()).isEqualTo(day("2024-10-22"));
      assertThat(sourcesOf(statement.dateClaims().get(1).evidence()))
          .containsExactly(STATEMENT_TEXT.id());
    }

    @Test
    void condemnsInTheStrongestTermsBothConductsWithTheDeploymentHedgedAsReported() {
      assertThat(statement).position(PositionKind.CONDEMN)
          .isHeldBy(ROK, UK).hasIntensity(IntensityLevel.STRONGEST).targets(DPRK)
          .hasConduct("arms transfers").hasHedging(HedgeLevel.ASSERTED)
          .hasConduct("deployment of its troops").hasHedging(HedgeLevel.REPORTED);
      Condemnation condemnation = positions(statement, Condemnation.class).get(0);
      assertThat(condemnation.intensity().orElseThrow().wording()).hasValue("in the strongest terms");
      assertThat(condemnation.objects())
          .extracting(o -> o.actorsAs(PositionKind.CONDEMN, ObjectRole.CONDUCT))
          .containsExactly(List.of(DPRK), List.of(DPRK));
      assertThat(condemnation.objects().get(1).conduct().orElseThrow()).contains("deployment of its troops");
      assertThat(condemnation.objects().get(1).hedgeLevel()).isEqualTo(HedgeLevel.REPORTED);
      assertThat(condemnation.objects().get(1).hedging().orElseThrow().wording()).hasValue("reported");
    }

    @Test
    void namesRussiaInTheCondemnationWithoutCondemningIt() {
      assertThat(statement).position(PositionKind.CONDEMN)
          .namesAs(ObjectRole.CONDUCT, DPRK).namesAs(ObjectRole.MENTIONED, RUSSIA);
      Condemnation condemnation = positions(statement, Condemnation.class).get(0);
      assertThat(condemnation.objects())
          .allSatisfy(o -> assertThat(o.actorsAs(PositionKind.CONDEMN, ObjectRole.CONDUCT))
              .doesNotContain(RUSSIA));
    }

    @Test
    void pledgesToDeterTheDprkAndRussiaAsSubjectsNotAsPartners() {
      assertThat(statement).position(PositionKind.COMMIT, 0)
          .namesAs(ObjectRole.SUBJECT, DPRK, RUSSIA);
    }

    @Test
    void givesTheFourGroundsOfTheCondemnation() {
      Condemnation condemnation = positions(statement, Condemnation.class).get(0);
      assertThat(condemnation.grounds()).containsExactly(
          "violates multiple UN Security Council resolutions",
          "prolongs the suffering of the Ukrainian people",
          "threatens global security, including that of the ROK and the UK",
          "demonstrates the desperation of the DPRK and Russia");
    }

    @Test
    void notesThatTheArticleDropsReported() {
      Condemnation condemnation = positions(statement, Condemnation.class).get(0);
      assertThat(condemnation.evidence()).filteredOn(e -> e.source().equals(ARTICLE))
          .singleElement()
          .satisfies(e -> assertThat(e.note()).hasValueSatisfying(n -> assertThat(n).contains("reported")));
    }

    @Test
    void closelyMonitorsWhatRussiaProvidesInReturn() {
      assertThat(statement).position(PositionKind.MONITOR)
          .hasIntensity(IntensityLevel.STRONG).targets(RUSSIA);
      Monitoring monitoring = positions(statement, Monitoring.class).get(0);
      assertThat(monitoring.intensity().orElseThrow().wording()).hasValue("closely");
    }

    @Test
    void isDeeplyConcernedAboutAPossibleTransferOfNuclearOrMissileTechnology() {
      assertThat(statement).position(PositionKind.EXPRESS_CONCERN)
          .hasIntensity(IntensityLevel.STRONG).hasHedging(HedgeLevel.POSSIBLE)
          .hasConduct("nuclear or ballistic missile-related technology")
          .hasTopic(Topics.NON_PROLIFERATION.ref());
      Concern concern = positions(statement, Concern.class).get(0);
      assertThat(concern.intensity().orElseThrow().wording()).hasValue("deeply");
    }

    @Test
    void takesNoteOfIntertwinedSecurityAndPledgesBothCommitments() {
      assertThat(positions(statement, Recognition.class)).singleElement()
          .satisfies(r -> assertThat(r.objects().get(0).conduct().orElseThrow())
              .contains("Indo-Pacific and Euro-Atlantic"));
      List<Commitment> commitments = positions(statement, Commitment.class);
      assertThat(commitments).hasSize(2);
      assertThat(commitments.get(0).objects().get(0).conduct().orElseThrow())
          .contains("deter further unlawful, reckless and destabilising behaviour");
      assertThat(statement).position(PositionKind.COMMIT, 1).targets(UKRAINE);
      assertThat(sourcesOf(commitments.get(1).evidence())).containsExactly(STATEMENT_TEXT.id());
    }

    @Test
    void listsItsPositionsInTheOrderStated() {
      assertThat(statement).hasPositionKinds(
          PositionKind.CONDEMN, PositionKind.MONITOR, PositionKind.EXPRESS_CONCERN,
          PositionKind.RECOGNISE, PositionKind.COMMIT, PositionKind.COMMIT);
    }
  }

  @Nested
  class ChoOnTheG7 {

    @Test
    void isTheArticlesClaimThatThePrimarySourcesDoNotConfirm() {
      Remarks remarks = (Remarks) get(CHO_ON_G7, Statement.class);
      assertThat(remarks.quote()).hasValue("We will strengthen cooperation with the G7.");
      assertThat(remarks.speaker().person()).isEqualTo(CHO);
      assertThat(remarks.speaker().office()).hasValue(ROK_FOREIGN_MINISTER);
      assertThat(DOSSIER).statement(CHO_ON_G7)
          .isIssuedBy(ROK).isMadeAt(NINTH_DIALOGUE).hasConfirmation(Confirmation.UNCONFIRMED)
          .position(PositionKind.INTEND).namesAs(ObjectRole.SUBJECT, G7);
      assertThat(sourcesOf(remarks.evidence())).containsExactly(ARTICLE.id(), OPENING_REMARKS.id());
    }
  }

  @Nested
  class ThePlannedTwoPlusTwo {

    private final PlannedMeeting meeting = get(FIRST_TWO_PLUS_TWO, PlannedMeeting.class);

    @Test
    void isTheInauguralSessionOfAForeignAndDefenceTwoPlusTwo() {
      DialogueSeries series = get(meeting.series().orElseThrow(), DialogueSeries.class);
      assertThat(series.principalsPerSide()).isEqualTo(2);
      assertThat(series.principalKinds())
          .containsExactly(OfficeKind.FOREIGN_MINISTER, OfficeKind.DEFENCE_MINISTER);
      assertThat(meeting.ordinal()).hasValue(1);
      assertThat(meeting.sides()).containsExactly(ROK, UK);
      assertThat(meeting.principals()).containsExactly(
          ROK_FOREIGN_MINISTER, ROK_DEFENCE_MINISTER, UK_FOREIGN_SECRETARY, UK_DEFENCE_SECRETARY);
    }

    @Test
    void wasFirstAgreedIn2023AndAgreedAgainAtTheDialogue() {
      assertThat(meeting.status().value()).hasValue(PlannedStatus.AGREED);
      assertThat(meeting.status().alternatives().get(0).evidence())
          .containsExactlyInAnyOrderElementsOf(meeting.lifecycle().get(1).evidence());
      assertThat(meeting.lifecycle()).extracting(change -> change.date().orElseThrow())
          .containsExactly(day("2023"), day("2024-10-21"));
      assertThat(sourcesOf(meeting.lifecycle().get(0).evidence()))
          .containsExactly(OPENING_REMARKS.id());
      assertThat(meeting.lifecycle().get(1).announcedIn()).hasValue(OUTCOME_STATEMENT);
    }

    @Test
    void keepsBothWindowsWithTheirSources() {
      List<DateClaim> windows = meeting.currentWindows();
      assertThat(windows).hasSize(2);

      DateClaim article = windows.get(0);
      assertThat(article.wording()).hasValue("first half of next year");
      assertThat(article.reference()).hasValue(PUBLICATION);
      assertThat(article.value()).isEdtf("2025-40");
      assertThat(sourcesOf(article.evidence())).containsExactly(ARTICLE.id());

      DateClaim statement = windows.get(1);
      assertThat(statement.wording()).hasValue("early 2025");
      assertThat(statement.value()).isEdtf("2025-37");
      assertThat(sourcesOf(statement.evidence())).containsExactly(KOREA_HERALD.id());
    }

    @Test
    void bothWindowsFallInThe2025ThatTheArticleCallsNextYear() {
      for (DateClaim window : meeting.currentWindows()) {
        assertThat(window.value()).isWithin("2025-40").contains(LocalDate.of(2025, 1, 1));
      }
    }
  }

  @Nested
  class AukusAndThirdParties {

    @Test
    void modelsAukusAsAGroupingOfThreeStatesWithPillarsAsItsInitiatives() {
      Grouping aukus = get(AUKUS, Grouping.class);
      assertThat(aukus.members()).containsExactly(AUSTRALIA, UK, USA);
      assertThat(DOSSIER.actors()).filteredOn(State.class::isInstance)
          .extracting(Actor::id).doesNotContain(AUKUS.id());
      Topic pillarTwo = get(PILLAR_TWO, Topic.class);
      assertThat(pillarTwo.kind()).isEqualTo(TopicKind.INITIATIVE);
      assertThat(pillarTwo.owner()).hasValue(AUKUS);
      assertThat(get(PILLAR_ONE, Topic.class).owner()).hasValue(AUKUS);
    }

    @Test
    void datesTheAukusDefenceMinistersStatementToLastMonth() {
      UnilateralStatement aukus = (UnilateralStatement) get(AUKUS_DEFENCE_MINISTERS, Statement.class);
      assertThat(aukus.issuer()).isEqualTo(AUKUS);
      assertThat(aukus.date()).hasValue(day("2024-09"));
      assertThat(aukus.dateClaims().get(0).wording()).hasValue("last month");
      assertThat(aukus.dateClaims().get(0).reference()).hasValue(PUBLICATION);
      Recognition mention = (Recognition) aukus.positions().get(0);
      assertThat(mention.objects().get(0).actorsAs(PositionKind.RECOGNISE, ObjectRole.SUBJECT))
          .containsExactly(CANADA, NEW_ZEALAND, ROK);
      assertThat(mention.objects().get(0).hedgeLevel()).isEqualTo(HedgeLevel.POSSIBLE);
    }

    @Test
    void recordsChinasAndNorthKoreasOppositionToAukusExpansion() {
      List<UnilateralStatement> oppositions = DOSSIER.statements().stream()
          .filter(UnilateralStatement.class::isInstance).map(UnilateralStatement.class::cast)
          .filter(s -> s.kind() == StatementKind.REPORTED_POSITION)
          .collect(Collectors.toList());
      assertThat(oppositions).extracting(UnilateralStatement::issuer).containsExactly(CHINA, DPRK);
      assertThat(oppositions).allSatisfy(s -> {
        assertThat(s.date()).isEmpty();
        assertThat(s.positions()).singleElement().isInstanceOf(Opposition.class);
        assertThat(s.positions().get(0).objects().get(0)
            .actorsAs(PositionKind.OPPOSE, ObjectRole.CONDUCT)).containsExactly(AUKUS);
      });
    }
  }

  @Nested
  class TheSources {

    @Test
    void describesTheArticleWithItsUncertainPublicationDay() {
      Source article = get(ARTICLE, Source.class);
      assertThat(article.kind()).isEqualTo(SourceKind.NEWS_ARTICLE);
      assertThat(article.publisher()).hasValue("Herald Economy");
      assertThat(article.authors()).containsExactly("Choi Eun-ji");
      assertThat(article.section()).hasValue("Politics");
      assertThat(article.localTime()).hasValue(LocalTime.of(11, 9));
      assertThat(article.published().orElseThrow()).isEdtf("2024-10-22/2024-10-31")
          .hasBounds(LocalDate.of(2024, 10, 22), LocalDate.of(2024, 10, 31));
      assertThat(article.url()).isEmpty();
    }

    @Test
    void listsThePrimarySourcesWithTheirAddressesAndNoInventedTitles() {
      assertThat(DOSSIER.sources()).extracting(Source::id).containsExactly(
          ARTICLE.id(), MOFA_PRESS_RELEASE.id(), OPENING_REMARKS.id(), STATEMENT_TEXT.id(),
          KOREA_HERALD.id(), KOREA_HERALD_MOBILE.id());
      assertThat(get(MOFA_PRESS_RELEASE, Source.class).url()).isPresent();
      assertThat(get(STATEMENT_TEXT, Source.class).title()).isEmpty();
      assertThat(get(OPENING_REMARKS, Source.class).published()).hasValue(day("2024-10-21"));
    }

    @Test
    void inventsNoIdentifiers() {
      assertThat(DOSSIER.actors()).allSatisfy(a -> assertThat(a.externalIds()).isEmpty());
      assertThat(DOSSIER.offices()).allSatisfy(o -> assertThat(o.externalIds()).isEmpty());
    }
  }

  private static <P extends Position> List<P> positions(Statement statement, Class<P> kind) {
    return statement.positions().stream().filter(kind::isInstance).map(kind::cast)
        .collect(Collectors.toList());
  }
}
