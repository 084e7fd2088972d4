package dev.entente.testing;

import static dev.entente.testing.DossierAssertTest.failure;
import static dev.entente.testing.EntenteAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.model.Attribution;
import dev.entente.model.DateClaim;
import dev.entente.model.Dialogue;
import dev.entente.model.Dossier;
import dev.entente.model.Engagement;
import dev.entente.model.HedgeLevel;
import dev.entente.model.IntensityLevel;
import dev.entente.model.JointStatement;
import dev.entente.model.MeetingKind;
import dev.entente.model.Mutuality;
import dev.entente.model.MutualityKind;
import dev.entente.model.ObjectActor;
import dev.entente.model.ObjectRole;
import dev.entente.model.Participant;
import dev.entente.model.Position;
import dev.entente.model.PositionKind;
import dev.entente.model.Ref;
import dev.entente.model.Reiteration;
import dev.entente.model.RelationKind;
import dev.entente.model.Remarks;
import dev.entente.model.Statement;
import dev.entente.model.StatementKind;
import dev.entente.model.StatementRelation;
import dev.entente.model.Topics;
import dev.entente.model.UnilateralStatement;
import dev.entente.model.Venue;
import dev.entente.time.FuzzyDate;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each assertion on engagements, statements, positions and dates passes and fails as it says. */
class RecordAssertsTest {

  private static final Dossier DOSSIER = SampleDossiers.korUsa();
  private static final Dialogue FM1 =
      SampleDossiers.dialogue().withVenue(Venue.builder().city("Seoul").building("Ministry of Foreign Affairs").build());
  private static final Engagement CALL = SampleDossiers.call();
  private static final Statement STATEMENT = SampleDossiers.statement();
  private static final Position CONDEMNATION = STATEMENT.positions().get(0);

  @Nested
  class Engagements {

    @Test
    void hasSides() {
      assertThat(FM1).hasSides(Ref.of("usa"), Ref.of("kor"));
      assertThat(failure(() -> assertThat(FM1).hasSides(Ref.of("kor"), Ref.of("jpn"))))
          .isEqualTo("Expecting dialogue \"fm-1\" to have sides [kor, jpn], but its sides are [kor, usa]");
    }

    @Test
    void isHostedBy() {
      assertThat(FM1).isHostedBy(Ref.of("kor"));
      assertThat(failure(() -> assertThat(CALL).isHostedBy(Ref.of("kor"))))
          .isEqualTo("Expecting meeting \"kor-jpn-call\" to be hosted by kor, but its host is (none)");
    }

    @Test
    void isOnADateGivenAsValueOrAsEdtf() {
      assertThat(FM1).isOn("2024-01-10").isOn(FuzzyDate.of(2024, 1, 10));
      assertThat(failure(() -> assertThat(FM1).isOn("2024-01")))
          .isEqualTo("Expecting dialogue \"fm-1\" to be on 2024-01, but it is on 2024-01-10");
    }

    @Test
    void isWithin() {
      assertThat(FM1).isWithin(FuzzyDate.parse("2024-33"));
      assertThat(failure(() -> assertThat(FM1).isWithin(FuzzyDate.parse("2024-02"))))
          .isEqualTo("Expecting dialogue \"fm-1\" to be within 2024-02 (2024-02-01 to 2024-02-29),"
              + " but it is on 2024-01-10 (2024-01-10 to 2024-01-10)");
    }

    @Test
    void isHeldInAndHasVenue() {
      assertThat(FM1).isHeldIn("Seoul")
          .hasVenue(Venue.builder().city("Seoul").building("Ministry of Foreign Affairs").build());
      assertThat(failure(() -> assertThat(FM1).isHeldIn("London")))
          .isEqualTo("Expecting dialogue \"fm-1\" to be held in \"London\", but its venue is"
              + " Ministry of Foreign Affairs, Seoul");
      assertThat(failure(() -> assertThat(CALL).hasVenue(Venue.builder().city("Tokyo").build())))
          .isEqualTo("Expecting meeting \"kor-jpn-call\" to have venue Tokyo, but its venue is (none)");
    }

    @Test
    void hasParticipantInAnOffice() {
      assertThat(FM1).hasParticipant(Ref.of("cho")).hasParticipant(Ref.of("cho"), Ref.of("kor-fm"));
      assertThat(failure(() -> assertThat(FM1).hasParticipant(Ref.of("cho"), Ref.of("us-secstate"))))
          .isEqualTo("Expecting dialogue \"fm-1\" to have participant cho as us-secstate, but its"
              + " participants are:\n  cho for kor as kor-fm\n  blinken for usa as us-secstate");
      assertThat(failure(() -> assertThat(CALL).hasParticipant(Ref.of("cho"))))
          .isEqualTo("Expecting meeting \"kor-jpn-call\" to have participant cho, but its"
              + " participants are:\n  (no participants)");
    }

    @Test
    void isUndatedWhenTheSourcesGiveNoDate() {
      Dialogue undated = FM1.withDate(java.util.Optional.empty());
      assertThat(undated).isUndated();
      assertThat(failure(() -> assertThat(FM1).isUndated()))
          .isEqualTo("Expecting dialogue \"fm-1\" to be undated, but it is on 2024-01-10");
      assertThat(failure(() -> assertThat(undated).isOn("2024-01-10")))
          .isEqualTo("Expecting dialogue \"fm-1\" to be on 2024-01-10, but it is undated");
      assertThat(failure(() -> assertThat(undated).isWithin(FuzzyDate.parse("2024"))))
          .isEqualTo("Expecting dialogue \"fm-1\" to be within 2024, but it is undated");
    }

    @Test
    void hasParticipantAsSeveralOfficesAtOnce() {
      Participant both = Participant.builder().person(Ref.of("cho")).side(Ref.of("kor"))
          .addOffices(Ref.of("kor-fm"), Ref.of("kor-dpm")).build();
      Dialogue twoOffices = FM1.withParticipants(List.of(both));
      assertThat(twoOffices)
          .hasParticipantAs(Ref.of("cho"), List.of(Ref.of("kor-fm"), Ref.of("kor-dpm")))
          .hasParticipant(Ref.of("cho"), Ref.of("kor-dpm"));
      assertThat(failure(() -> assertThat(twoOffices)
              .hasParticipantAs(Ref.of("cho"), List.of(Ref.of("kor-fm")))))
          .isEqualTo("Expecting dialogue \"fm-1\" to have participant cho as [kor-fm], but its"
              + " participants are:\n  cho for kor as kor-fm and kor-dpm");
    }

    @Test
    void isRound() {
      Dialogue round = FM1.withRound(Year.of(2024));
      assertThat(round).isRound(2024);
      assertThat(failure(() -> assertThat(round).isRound(2025)))
          .isEqualTo("Expecting dialogue \"fm-1\" to be the 2025 round, but its round is 2024");
      assertThat(failure(() -> assertThat(FM1).isRound(2024)))
          .isEqualTo("Expecting dialogue \"fm-1\" to be the 2024 round, but its round is (none)");
    }

    @Test
    void hasTopics() {
      assertThat(FM1).hasTopics(Topics.SECURITY.ref());
      assertThat(failure(() -> assertThat(FM1).hasTopics(Topics.CYBER.ref())))
          .isEqualTo("Expecting dialogue \"fm-1\" to have topics [cyber], but its topics are [security]");
    }

    @Test
    void dialoguesHaveOrdinalsAndSeries() {
      assertThat(FM1).hasOrdinal(1).isSessionOf(Ref.of("kor-usa-fm"));
      assertThat((Engagement) FM1).hasOrdinal(1);
      assertThat(failure(() -> assertThat(FM1).hasOrdinal(9)))
          .isEqualTo("Expecting dialogue \"fm-1\" to have ordinal 9, but its ordinal is 1");
      assertThat(failure(() -> assertThat(FM1).isSessionOf(Ref.of("other"))))
          .isEqualTo("Expecting dialogue \"fm-1\" to be a session of other, but it is a session of kor-usa-fm");
      assertThat(failure(() -> assertThat(CALL).hasOrdinal(1)))
          .isEqualTo("Expecting meeting \"kor-jpn-call\" to be a dialogue with ordinal 1, but it is a Meeting");
    }

    @Test
    void meetingsHaveKinds() {
      assertThat(CALL).isMeetingOfKind(MeetingKind.PHONE_CALL);
      assertThat(failure(() -> assertThat(CALL).isMeetingOfKind(MeetingKind.COURTESY_CALL)))
          .isEqualTo("Expecting meeting \"kor-jpn-call\" to be a meeting of kind COURTESY_CALL,"
              + " but it is of kind PHONE_CALL");
    }
  }

  @Nested
  class Statements {

    @Test
    void isIssuedBy() {
      assertThat(STATEMENT).isIssuedBy(Ref.of("usa"), Ref.of("kor"));
      assertThat(failure(() -> assertThat(STATEMENT).isIssuedBy(Ref.of("kor"))))
          .isEqualTo("Expecting statement \"js-1\" to be issued by [kor], but its issuers are [kor, usa]");
    }

    @Test
    void isDatedAndMadeAt() {
      assertThat(STATEMENT).isDated("2024-01-10").isMadeAt(Ref.of("fm-1"));
      assertThat(failure(() -> assertThat(STATEMENT).isMadeAt(Ref.of("fm-2"))))
          .isEqualTo("Expecting statement \"js-1\" to be made at fm-2, but its engagement is fm-1");
    }

    @Test
    void hasConfirmation() {
      assertThat(failure(() -> assertThat(STATEMENT)
          .hasConfirmation(dev.entente.model.Confirmation.UNCONFIRMED)))
          .isEqualTo("Expecting statement \"js-1\" to have confirmation UNCONFIRMED, but its"
              + " confirmation is (none)");
    }

    @Test
    void hasPositionOfKindAndKindsInOrder() {
      assertThat(STATEMENT).hasPositionOfKind(PositionKind.AGREE)
          .hasPositionKinds(PositionKind.CONDEMN, PositionKind.AGREE);
      assertThat(failure(() -> assertThat(STATEMENT).hasPositionOfKind(PositionKind.HOPE)))
          .isEqualTo("Expecting statement \"js-1\" to have a position of kind HOPE, but its"
              + " positions are [CONDEMN, AGREE]");
      assertThat(failure(() -> assertThat(STATEMENT)
          .hasPositionKinds(PositionKind.AGREE, PositionKind.CONDEMN)))
          .isEqualTo("Expecting statement \"js-1\" to have positions [AGREE, CONDEMN], but its"
              + " positions are [CONDEMN, AGREE]");
    }

    @Test
    void hasKindOfAJointAUnilateralStatementAndRemarks() {
      JointStatement factSheet = SampleDossiers.statement().withKind(StatementKind.FACT_SHEET);
      UnilateralStatement readout = UnilateralStatement.builder().id("readout")
          .kind(StatementKind.READOUT).issuer(Ref.of("kor")).build();
      Remarks remarks = Remarks.builder().id("remarks")
          .speaker(Attribution.builder().person(Ref.of("cho")).build()).side(Ref.of("kor"))
          .build();
      assertThat(STATEMENT).hasKind(StatementKind.JOINT_STATEMENT);
      assertThat(factSheet).hasKind(StatementKind.FACT_SHEET);
      assertThat(readout).hasKind(StatementKind.READOUT);
      assertThat(failure(() -> assertThat(factSheet).hasKind(StatementKind.JOINT_STATEMENT)))
          .isEqualTo("Expecting statement \"js-1\" to be of kind JOINT_STATEMENT, but it is of"
              + " kind FACT_SHEET");
      assertThat(failure(() -> assertThat(readout).hasKind(StatementKind.PRESS_RELEASE)))
          .isEqualTo("Expecting statement \"readout\" to be of kind PRESS_RELEASE, but it is of"
              + " kind READOUT");
      assertThat(failure(() -> assertThat(remarks).hasKind(StatementKind.READOUT)))
          .isEqualTo("Expecting statement \"remarks\" to be of kind READOUT, but it is remarks,"
              + " which have no kind");
    }

    @Test
    void hasTopic() {
      Statement about = SampleDossiers.statement().withTopics(Ref.of("kor-usa-alliance"));
      assertThat(about).hasTopic(Ref.of("kor-usa-alliance"));
      assertThat(failure(() -> assertThat(about).hasTopic(Topics.SECURITY.ref())))
          .isEqualTo("Expecting statement \"js-1\" to have the topic security, but its topics are"
              + " [kor-usa-alliance]");
    }

    @Test
    void relatesToContradictsAndDenies() {
      Statement denial = UnilateralStatement.builder().id("denial")
          .kind(StatementKind.SPOKESPERSON).issuer(Ref.of("prk"))
          .addRelations(StatementRelation.of(RelationKind.DENIES, Ref.of("js-1")),
              StatementRelation.builder().kind(RelationKind.CONTRADICTS)
                  .target(Ref.of("readout")).build())
          .build();
      assertThat(denial).denies(Ref.of("js-1")).contradicts(Ref.of("readout"))
          .relatesTo(RelationKind.DENIES, Ref.of("js-1"));
      assertThat(failure(() -> assertThat(denial).contradicts(Ref.of("js-1"))))
          .isEqualTo("Expecting statement \"denial\" to have the relation CONTRADICTS js-1, but"
              + " its relations are [DENIES js-1, CONTRADICTS readout]");
      assertThat(failure(() -> assertThat(STATEMENT).denies(Ref.of("readout"))))
          .isEqualTo("Expecting statement \"js-1\" to have the relation DENIES readout, but its"
              + " relations are []");
      assertThat(failure(() -> assertThat(STATEMENT)
              .relatesTo(RelationKind.FOLLOWS_UP, Ref.of("readout"))))
          .startsWith("Expecting statement \"js-1\" to have the relation FOLLOWS_UP readout");
    }

    @Test
    void positionLeadsToThePositionAndNamesItInFailures() {
      assertThat(STATEMENT).position(PositionKind.AGREE).hasKind(PositionKind.AGREE);
      assertThat(STATEMENT).position(0).hasKind(PositionKind.CONDEMN);
      assertThat(failure(() -> assertThat(STATEMENT).position(PositionKind.COMMIT)))
          .isEqualTo("Expecting statement \"js-1\" to have 1 position of kind COMMIT, but its"
              + " positions are [CONDEMN, AGREE]");
      assertThat(failure(() -> assertThat(STATEMENT).position(PositionKind.CONDEMN)
          .hasIntensity(IntensityLevel.STRONGEST)))
          .isEqualTo("[CONDEMN of statement \"js-1\"] Expecting condemnation (CONDEMN) to have"
              + " intensity STRONGEST, but its intensity is UNMARKED");
    }
  }

  @Nested
  class Positions {

    @Test
    void hasKind() {
      assertThat(CONDEMNATION).hasKind(PositionKind.CONDEMN);
      assertThat(failure(() -> assertThat(CONDEMNATION).hasKind(PositionKind.AGREE)))
          .isEqualTo("Expecting a position of kind AGREE, but it is a condemnation (CONDEMN)");
    }

    @Test
    void isHeldByItsHoldersOrItsStatementsIssuers() {
      assertThat(CONDEMNATION).isHeldBy(Ref.of("kor"), Ref.of("usa"));
      assertThat(failure(() -> assertThat(CONDEMNATION).isHeldBy(Ref.of("kor"))))
          .isEqualTo("Expecting condemnation (CONDEMN) to be held by [kor], but it is held by [kor, usa]");
      Statement withoutHolders = SampleDossiers.statement().withPositions(
          ((dev.entente.model.Condemnation) CONDEMNATION).withHolders(java.util.List.of()));
      assertThat(withoutHolders).position(0).isHeldBy(Ref.of("usa"), Ref.of("kor"));
      assertThat(failure(() -> assertThat(withoutHolders).position(0).isHeldBy(Ref.of("kor"))))
          .endsWith("but it is held by [kor, usa] (its statement's issuers)");
    }

    @Test
    void targetsAndHasConduct() {
      assertThat(CONDEMNATION).targets(Ref.of("prk")).hasConduct("missile launches");
      assertThat(failure(() -> assertThat(CONDEMNATION).targets(Ref.of("rus"))))
          .isEqualTo("Expecting condemnation (CONDEMN) to target [rus] in one object, but its"
              + " objects are:\n  targets [prk], conduct \"ballistic missile launches\", hedging ASSERTED");
      assertThat(failure(() -> assertThat(CONDEMNATION).hasConduct("troops")))
          .startsWith("Expecting condemnation (CONDEMN) to have an object whose conduct contains"
              + " \"troops\", but its objects are:\n  targets [prk]");
    }

    @Test
    void hasIntensity() {
      assertThat(CONDEMNATION).hasIntensity(IntensityLevel.UNMARKED);
      Position strongest = ((dev.entente.model.Condemnation) CONDEMNATION).withIntensity(
          dev.entente.model.Intensity.of(IntensityLevel.STRONGEST, "in the strongest terms"));
      assertThat(failure(() -> assertThat(strongest).hasIntensity(IntensityLevel.STRONG)))
          .isEqualTo("Expecting condemnation (CONDEMN) to have intensity STRONG, but its intensity"
              + " is STRONGEST (\"in the strongest terms\")");
    }

    @Test
    void hasHedging() {
      assertThat(CONDEMNATION).hasHedging(HedgeLevel.ASSERTED);
      assertThat(failure(() -> assertThat(CONDEMNATION).hasHedging(HedgeLevel.REPORTED)))
          .startsWith("Expecting condemnation (CONDEMN) to have an object hedged as REPORTED, but"
              + " its objects are:\n");
    }

    @Test
    void hasTopic() {
      assertThat(CONDEMNATION).hasTopic(Topics.NON_PROLIFERATION.ref());
      assertThat(failure(() -> assertThat(CONDEMNATION).hasTopic(Topics.CYBER.ref())))
          .isEqualTo("Expecting condemnation (CONDEMN) to have topics [cyber], but its topics are"
              + " [" + Topics.NON_PROLIFERATION.id() + "]");
    }
  }

  @Nested
  class PositionMarksAndRoles {

    private final Position marked = ((dev.entente.model.Condemnation) CONDEMNATION)
        .withObjects(dev.entente.model.PositionObject.builder()
            .addTargets(Ref.of("prk"))
            .addActors(ObjectActor.of(Ref.of("rus"), ObjectRole.MENTIONED))
            .phenomenon(Topics.TERRORISM.ref())
            .build())
        .withReiteration(Reiteration.builder().wording("reaffirmed")
            .since(FuzzyDate.parse("2023")).build())
        .withPeriod(DateClaim.builder().value(FuzzyDate.parse("2024-01-10/2024-12-31"))
            .wording("until the end of the year").build())
        .withMutuality(Mutuality.of(MutualityKind.JOINT, "jointly"));

    @Test
    void namesAs() {
      assertThat(marked).namesAs(ObjectRole.CONDUCT, Ref.of("prk"))
          .namesAs(ObjectRole.MENTIONED, Ref.of("rus"));
      assertThat(failure(() -> assertThat(marked).namesAs(ObjectRole.CONDUCT, Ref.of("rus"))))
          .isEqualTo("Expecting condemnation (CONDEMN) to name [rus] as CONDUCT in one object, but"
              + " its objects name [prk as CONDUCT, rus as MENTIONED]");
    }

    @Test
    void isAboutPhenomenon() {
      assertThat(marked).isAboutPhenomenon(Topics.TERRORISM.ref());
      assertThat(failure(() -> assertThat(CONDEMNATION).isAboutPhenomenon(Topics.TERRORISM.ref())))
          .startsWith("Expecting condemnation (CONDEMN) to be about the event or phenomenon"
              + " [terrorism], but its objects are:\n  targets [prk]");
    }

    @Test
    void isReiteratedSince() {
      assertThat(marked).isReiterated().isReiteratedSince("2023");
      assertThat(failure(() -> assertThat(CONDEMNATION).isReiterated()))
          .isEqualTo("Expecting condemnation (CONDEMN) to be marked as a reiteration, but it is not");
      assertThat(failure(() -> assertThat(marked).isReiteratedSince("2022")))
          .isEqualTo("Expecting condemnation (CONDEMN) to restate a position held since 2022, but"
              + " its reiteration says 2023");
    }

    @Test
    void covers() {
      assertThat(marked).covers("2024-01-10/2024-12-31");
      assertThat(failure(() -> assertThat(marked).covers("2025")))
          .isEqualTo("Expecting condemnation (CONDEMN) to cover 2025, but it covers"
              + " 2024-01-10/2024-12-31 (\"until the end of the year\")");
      assertThat(failure(() -> assertThat(CONDEMNATION).covers("2025")))
          .endsWith("but it covers no stated period");
    }

    @Test
    void isMutual() {
      assertThat(marked).isMutual(MutualityKind.JOINT);
      assertThat(failure(() -> assertThat(marked).isMutual(MutualityKind.RECIPROCAL)))
          .isEqualTo("Expecting condemnation (CONDEMN) to be mutual (RECIPROCAL), but it is mutual"
              + " (JOINT)");
      assertThat(failure(() -> assertThat(CONDEMNATION).isMutual(MutualityKind.JOINT)))
          .endsWith("but it is not marked mutual");
    }
  }

  @Nested
  class FuzzyDates {

    private final FuzzyDate firstHalf = FuzzyDate.parse("2025-40");

    @Test
    void contains() {
      assertThat(firstHalf).contains(LocalDate.of(2025, 6, 30));
      assertThat(failure(() -> assertThat(firstHalf).contains(LocalDate.of(2025, 7, 1))))
          .isEqualTo("Expecting 2025-40 (2025-01-01 to 2025-06-30) to contain 2025-07-01, but it does not");
    }

    @Test
    void isWithin() {
      assertThat(firstHalf).isWithin(FuzzyDate.ofYear(2025)).isWithin("2025");
      assertThat(failure(() -> assertThat(firstHalf).isWithin("2025-21")))
          .isEqualTo("Expecting 2025-40 (2025-01-01 to 2025-06-30) to be within 2025-21"
              + " (2025-03-01 to 2025-05-31), but it is not");
    }

    @Test
    void hasBounds() {
      assertThat(firstHalf).hasBounds(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30));
      assertThat(failure(() -> assertThat(firstHalf)
          .hasBounds(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))))
          .isEqualTo("Expecting 2025-40 to have bounds 2025-01-01 to 2025-12-31, but its bounds"
              + " are 2025-01-01 to 2025-06-30");
    }

    @Test
    void isExactDay() {
      assertThat(FuzzyDate.parse("2024-10-21")).isExactDay();
      assertThat(failure(() -> assertThat(FuzzyDate.parse("2024-10-22/2024-10-31")).isExactDay()))
          .isEqualTo("Expecting 2024-10-22/2024-10-31 (2024-10-22 to 2024-10-31) to be an exact"
              + " day, but it is not");
    }

    @Test
    void isEdtf() {
      assertThat(firstHalf).isEdtf("2025-40");
      assertThat(failure(() -> assertThat(firstHalf).isEdtf("2025")))
          .isEqualTo("Expecting 2025-40 (2025-01-01 to 2025-06-30) to be 2025, but it is 2025-40");
    }
  }

  @Test
  void theSampleDossierIsValid() {
    assertThat(DOSSIER).isValid();
  }
}
