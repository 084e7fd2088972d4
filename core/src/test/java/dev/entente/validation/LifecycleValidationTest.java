package dev.entente.validation;

import static dev.entente.fixtures.Fixture.actor;
import static dev.entente.fixtures.Fixture.day;
import static dev.entente.fixtures.Fixture.dossier;
import static dev.entente.fixtures.Fixture.evidence;
import static dev.entente.fixtures.Fixture.replace;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.fixtures.Fixture;
import dev.entente.model.ChangeReason;
import dev.entente.model.Dossier;
import dev.entente.model.Meeting;
import dev.entente.model.MeetingChange;
import dev.entente.model.PlannedMeeting;
import dev.entente.model.PlannedStatus;
import dev.entente.model.ReasonKind;
import dev.entente.model.Ref;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The lifecycle of planned meetings as a state machine, and what its changes refer to. */
class LifecycleValidationTest {

  private static final Dossier VALID = dossier();
  private static final PlannedMeeting PLAN = VALID.plannedMeetings().get(0);

  private static MeetingChange change(PlannedStatus status, String date) {
    return MeetingChange.builder().status(status).date(day(date)).addEvidence(evidence()).build();
  }

  private static Dossier withLifecycle(MeetingChange... changes) {
    return VALID.withPlannedMeetings(List.of(PLAN.withLifecycle(changes)));
  }

  private static void assertOnly(Dossier dossier, ViolationCode code, String pointer,
      String... named) {
    List<Violation> violations = DossierValidator.validate(dossier);
    assertThat(violations).hasSize(1);
    assertThat(violations.get(0).code()).isEqualTo(code);
    assertThat(violations.get(0).pointer()).isEqualTo(pointer);
    assertThat(violations.get(0).message()).contains(named);
  }

  private static void assertValid(Dossier dossier) {
    assertThat(DossierValidator.validate(dossier)).isEmpty();
  }

  @Test
  void theFixturesLifecycleIsValid() {
    assertValid(VALID);
  }

  @Test
  void reportsAChangePostponedAfterTheMeetingWasHeld() {
    assertOnly(withLifecycle(Fixture.agreed(), Fixture.held(),
            change(PlannedStatus.POSTPONED, "2024-06-20")),
        ViolationCode.LIFECYCLE_TRANSITION, "/plannedMeetings/0/lifecycle/2/status",
        "POSTPONED cannot follow HELD", "nothing (the meeting is over)");
  }

  @Test
  void reportsALifecycleThatStartsWithARescheduling() {
    assertOnly(withLifecycle(change(PlannedStatus.RESCHEDULED, "2024-01-11"), Fixture.held()),
        ViolationCode.LIFECYCLE_TRANSITION, "/plannedMeetings/0/lifecycle/0/status",
        "cannot start with RESCHEDULED");
  }

  @Test
  void namesTheStatusesAllowedAfterACancellation() {
    assertOnly(withLifecycle(Fixture.agreed(), change(PlannedStatus.CANCELLED, "2024-02-01"),
            Fixture.held()),
        ViolationCode.LIFECYCLE_TRANSITION, "/plannedMeetings/0/lifecycle/2/status",
        "HELD cannot follow CANCELLED", "AGREED, SCHEDULED, RESCHEDULED");
  }

  @Test
  void acceptsACancelledMeetingRevivedAndHeld() {
    assertValid(withLifecycle(Fixture.agreed(), change(PlannedStatus.CANCELLED, "2024-02-01"),
        change(PlannedStatus.SCHEDULED, "2024-03-01"), Fixture.held()));
  }

  @Test
  void acceptsAStepThatFollowsAnyAccountOfADisputedStep() {
    MeetingChange disputed = change(PlannedStatus.CANCELLED, "2024-02-01")
        .withAlternatives(change(PlannedStatus.POSTPONED, "2024-02-01"));
    // HELD may follow POSTPONED, one of the accounts, though not CANCELLED, the other.
    assertValid(withLifecycle(Fixture.agreed(), disputed, Fixture.held()));
  }

  @Test
  void checksEveryAccountOfAStepAndPointsAtTheAlternative() {
    MeetingChange disputed = Fixture.held()
        .withAlternatives(change(PlannedStatus.RESCHEDULED, "2024-06-10"));
    assertOnly(withLifecycle(change(PlannedStatus.PROPOSED, "2024-01-11"), disputed),
        ViolationCode.LIFECYCLE_TRANSITION,
        "/plannedMeetings/0/lifecycle/1/alternatives/0/status", "RESCHEDULED cannot follow PROPOSED");
  }

  @ParameterizedTest
  @EnumSource(PlannedStatus.class)
  void nothingFollowsHeld(PlannedStatus next) {
    assertThat(next.canFollow(PlannedStatus.HELD)).isFalse();
  }

  @Test
  void reportsAHeldChangeDatedAYearAfterTheEngagementItNames() {
    assertOnly(withLifecycle(Fixture.agreed(), Fixture.held().withDate(day("2025-06-10"))),
        ViolationCode.HELD_DATE_MISMATCH, "/plannedMeetings/0/lifecycle/1/date",
        "2025-06-10", "\"fm-2\"", "2024-06-10");
  }

  @Test
  void reportsAHeldChangeDatedBeforeTheEngagement() {
    assertOnly(withLifecycle(Fixture.agreed(), Fixture.held().withDate(day("2024-06-01"))),
        ViolationCode.HELD_DATE_MISMATCH, "/plannedMeetings/0/lifecycle/1/date",
        "2024-06-01", "2024-06-10");
  }

  @Test
  void acceptsAHeldChangeReportedWithinAWeek() {
    assertValid(withLifecycle(Fixture.agreed(), Fixture.held().withDate(day("2024-06-17"))));
  }

  @Test
  void acceptsAHeldChangeWhoseDateIsNotKnown() {
    MeetingChange undated = MeetingChange.builder().status(PlannedStatus.HELD)
        .heldAs(Ref.of("fm-2")).addEvidence(evidence()).build();
    assertThat(undated.date()).isEmpty();
    assertValid(withLifecycle(Fixture.agreed(), undated));
  }

  @Test
  void ordersChangesAgainstTheNearestEarlierChangeWithADate() {
    MeetingChange undated = MeetingChange.builder().status(PlannedStatus.SCHEDULED)
        .addEvidence(evidence()).build();
    assertOnly(withLifecycle(Fixture.agreed(), undated, Fixture.held().withDate(day("2024-01-01"))
            .withHeldAs(java.util.Optional.empty())),
        ViolationCode.LIFECYCLE_OUT_OF_ORDER, "/plannedMeetings/0/lifecycle/2/date",
        "2024-01-01", "2024-01-11");
  }

  @Test
  void reportsAReasonWhoseSideIsNotInTheDossier() {
    MeetingChange postponed = change(PlannedStatus.POSTPONED, "2024-02-01")
        .withReason(ChangeReason.builder().kind(ReasonKind.DOMESTIC_CIRCUMSTANCES)
            .side(actor("fra")).build());
    assertOnly(withLifecycle(Fixture.agreed(), postponed, Fixture.held()),
        ViolationCode.DANGLING_REFERENCE, "/plannedMeetings/0/lifecycle/1/reason/side", "\"fra\"");
  }

  @Test
  void reportsADenialWhoseSourceIsMissing() {
    PlannedMeeting denied = PLAN.withDeniedBy(Fixture.ARTICLE);
    assertOnly(VALID.withPlannedMeetings(List.of(denied)), ViolationCode.DANGLING_REFERENCE,
        "/plannedMeetings/0/deniedBy/0/source", "\"herald-economy\"");
  }

  // ---------------------------------------------------------------- substitutes

  private static Dossier withSubstitute(Meeting substitute, MeetingChange... lifecycle) {
    return VALID.withPlannedMeetings(List.of(PLAN.withLifecycle(lifecycle)))
        .withEngagements(replace(VALID.engagements(), 2, substitute));
  }

  private static Meeting usCall(String date) {
    return Fixture.call().withSides(actor("kor"), actor("usa")).withDate(day(date))
        .withReplaces(Ref.of("fm-2-plan"));
  }

  @Test
  void acceptsAMeetingHeldInPlaceOfACancelledOne() {
    assertValid(withSubstitute(usCall("2024-03-02"), Fixture.agreed(),
        change(PlannedStatus.CANCELLED, "2024-03-01")));
  }

  @Test
  void reportsASubstituteDatedBeforeTheMeetingWasCalledOff() {
    assertOnly(withSubstitute(usCall("2024-02-20"), Fixture.agreed(),
            change(PlannedStatus.CANCELLED, "2024-03-01")),
        ViolationCode.SUBSTITUTE_BEFORE_REPLACED, "/engagements/2/replaces",
        "\"kor-jpn-call\"", "2024-02-20", "CANCELLED", "2024-03-01");
  }

  @Test
  void reportsASubstituteForAMeetingThatWasNeverCalledOff() {
    assertOnly(withSubstitute(usCall("2024-03-02"), Fixture.agreed()),
        ViolationCode.SUBSTITUTE_MISMATCH, "/engagements/2/replaces",
        "never cancelled or postponed", "\"fm-2-plan\"");
  }

  @Test
  void reportsASubstituteWithOtherSides() {
    Meeting otherSides = Fixture.call().withReplaces(Ref.of("fm-2-plan"));
    assertOnly(withSubstitute(otherSides, Fixture.agreed(),
            change(PlannedStatus.CANCELLED, "2024-03-01")),
        ViolationCode.SUBSTITUTE_MISMATCH, "/engagements/2/replaces", "\"kor-jpn-call\"",
        "[kor, jpn]");
  }

  @Test
  void reportsASubstituteThatNamesAnotherKindOfRecord() {
    Meeting wrong = usCall("2024-03-02").withReplaces(Ref.of("fm-1"));
    assertOnly(withSubstitute(wrong, Fixture.agreed(),
            change(PlannedStatus.CANCELLED, "2024-03-01")),
        ViolationCode.WRONG_REFERENCE_KIND, "/engagements/2/replaces", "\"fm-1\"");
  }
}
