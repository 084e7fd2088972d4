package dev.entente.testing;

import static dev.entente.testing.DossierAssertTest.failure;
import static dev.entente.testing.EntenteAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.model.ActorClaim;
import dev.entente.model.Confirmation;
import dev.entente.model.Dossier;
import dev.entente.model.Evidence;
import dev.entente.model.Meeting;
import dev.entente.model.MeetingChange;
import dev.entente.model.PlannedMeeting;
import dev.entente.model.PlannedStatus;
import dev.entente.model.Ref;
import dev.entente.time.FuzzyDate;
import org.junit.jupiter.api.Test;

/** Assertions on planned meetings and on disputes pass and fail as they say. */
class PlannedMeetingAssertTest {

  private static final Dossier DOSSIER = SampleDossiers.korUsa();
  private static final PlannedMeeting PLAN = DOSSIER.plannedMeetings().get(0);
  private static final Evidence WIRE = Evidence.of(Ref.of("wire"));
  private static final Evidence MINISTRY = Evidence.of(Ref.of("ministry"));

  private static PlannedMeeting disputed() {
    MeetingChange postponed = MeetingChange.builder().status(PlannedStatus.POSTPONED)
        .date(FuzzyDate.parse("2024-02-01")).addEvidence(MINISTRY)
        .addAlternative(MeetingChange.builder().status(PlannedStatus.CANCELLED)
            .date(FuzzyDate.parse("2024-02-01")).addEvidence(WIRE).build())
        .build();
    return PLAN.withLifecycle(PLAN.lifecycle().get(0), postponed)
        .withDeniedBy(WIRE).withConfirmation(Confirmation.DISPUTED);
  }

  @Test
  void hasLifecycle() {
    assertThat(DOSSIER).plannedMeeting("fm-2-plan")
        .hasLifecycle(PlannedStatus.AGREED, PlannedStatus.HELD);
    assertThat(failure(() -> assertThat(PLAN).hasLifecycle(PlannedStatus.AGREED)))
        .isEqualTo("Expecting planned meeting \"fm-2-plan\" to have the lifecycle [AGREED],"
            + " but it has [AGREED, HELD]");
  }

  @Test
  void hasStatus() {
    assertThat(PLAN).hasStatus(PlannedStatus.HELD);
    assertThat(failure(() -> assertThat(disputed()).hasStatus(PlannedStatus.POSTPONED)))
        .isEqualTo("Expecting planned meeting \"fm-2-plan\" to have the settled status POSTPONED,"
            + " but it is disputed: POSTPONED (per ministry) or CANCELLED (per wire)");
  }

  @Test
  void hasStatusDisputedBetween() {
    assertThat(disputed())
        .hasStatusDisputedBetween(PlannedStatus.CANCELLED, PlannedStatus.POSTPONED)
        .hasDisputedStep(1, PlannedStatus.POSTPONED, PlannedStatus.CANCELLED);
    assertThat(failure(() -> assertThat(PLAN)
            .hasStatusDisputedBetween(PlannedStatus.HELD, PlannedStatus.CANCELLED)))
        .isEqualTo("Expecting the status of planned meeting \"fm-2-plan\" to be disputed between"
            + " [HELD, CANCELLED], but it is settled: HELD (per src-1)");
    assertThat(failure(() -> assertThat(PLAN).hasDisputedStep(0, PlannedStatus.AGREED)))
        .isEqualTo("Expecting step 0 of planned meeting \"fm-2-plan\" to be disputed between"
            + " [AGREED], but its accounts give [AGREED]");
  }

  @Test
  void isDeniedBy() {
    assertThat(disputed()).isDeniedBy("wire");
    assertThat(PLAN).isNotDenied();
    assertThat(failure(() -> assertThat(PLAN).isDeniedBy("wire")))
        .isEqualTo("Expecting planned meeting \"fm-2-plan\" to be denied by [wire], but no source"
            + " denies it");
    assertThat(failure(() -> assertThat(disputed()).isNotDenied()))
        .isEqualTo("Expecting planned meeting \"fm-2-plan\" not to be denied, but it is denied by"
            + " wire");
  }

  @Test
  void isHostedBy() {
    PlannedMeeting hosted = PLAN.withHost(Ref.of("usa"));
    assertThat(hosted).isHostedBy(Ref.of("usa"));
    assertThat(failure(() -> assertThat(PLAN).isHostedBy(Ref.of("kor"))))
        .isEqualTo("Expecting planned meeting \"fm-2-plan\" to be hosted by kor, but its host is"
            + " unknown");
  }

  @Test
  void aMissingPlannedMeetingIsReported() {
    assertThat(failure(() -> assertThat(DOSSIER).plannedMeeting("nope")))
        .isEqualTo("Expecting dossier \"kor-usa\" to have a planned meeting \"nope\", but its"
            + " planned meetings are [fm-2-plan]");
  }

  @Test
  void engagementsInitiatorHostDisputeAndReplacement() {
    Meeting call = SampleDossiers.call();
    Meeting disputedHost = call.withInitiator(Ref.of("jpn"))
        .withHostClaims(ActorClaim.of(Ref.of("kor"), WIRE), ActorClaim.of(Ref.of("jpn"), MINISTRY))
        .withReplaces(Ref.of("fm-2-plan"));
    assertThat(disputedHost).wasInitiatedBy(Ref.of("jpn"))
        .hasHostDisputedBetween(Ref.of("jpn"), Ref.of("kor"))
        .replaces("fm-2-plan");
    assertThat(failure(() -> assertThat(call).wasInitiatedBy(Ref.of("kor"))))
        .isEqualTo("Expecting meeting \"kor-jpn-call\" to be initiated by kor, but its initiator"
            + " is (none)");
    assertThat(failure(() -> assertThat(call).hasHostDisputedBetween(Ref.of("jpn"), Ref.of("kor"))))
        .isEqualTo("Expecting the host of meeting \"kor-jpn-call\" to be disputed between jpn and"
            + " kor, but it is unknown");
    assertThat(failure(() -> assertThat(call).replaces("fm-2-plan")))
        .isEqualTo("Expecting meeting \"kor-jpn-call\" to replace planned meeting \"fm-2-plan\","
            + " but it replaces (none)");
  }
}
