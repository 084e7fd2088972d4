package dev.entente.model;

import static dev.entente.fixtures.Fixture.ROK;
import static dev.entente.fixtures.Fixture.UK;
import static dev.entente.fixtures.Fixture.meeting;
import static dev.entente.fixtures.Fixture.plannedMeeting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.time.FuzzyDate;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** What claims, alternatives and denials add up to. */
class FindingTest {

  private static final Evidence WIRE = Evidence.of(Ref.of("wire"));
  private static final Evidence MINISTRY = Evidence.of(Ref.of("ministry"));
  private static final Evidence PAPER = Evidence.of(Ref.of("paper"));

  private static MeetingChange account(PlannedStatus status, Evidence... evidence) {
    return MeetingChange.builder().status(status).date(FuzzyDate.parse("2023-02-03"))
        .addEvidence(evidence).build();
  }

  private static void rejected(ThrowingCallable build, String type, String attribute,
      String... named) {
    assertThatThrownBy(build).isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith(type + "." + attribute + ": ")
        .hasMessageContainingAll(named);
  }

  // ---------------------------------------------------------------- status

  @Test
  void aStepWithOneAccountSettlesTheStatusOnItsSources() {
    PlannedMeeting plan = plannedMeeting().lifecycle(List.of(account(PlannedStatus.AGREED, WIRE)))
        .build();
    assertThat(plan.status()).isEqualTo(
        new Finding.Settled<>(new Finding.Alternative<>(PlannedStatus.AGREED, List.of(WIRE))));
    assertThat(plan.status().isSettled()).isTrue();
    assertThat(plan.status().alternatives()).hasSize(1);
  }

  @Test
  void accountsThatDisagreeAreDisputedEachWithItsSources() {
    MeetingChange step = account(PlannedStatus.POSTPONED, MINISTRY)
        .withAlternatives(account(PlannedStatus.CANCELLED, WIRE), account(PlannedStatus.CANCELLED, PAPER));
    PlannedMeeting plan = plannedMeeting()
        .lifecycle(List.of(account(PlannedStatus.AGREED, WIRE), step)).build();

    Finding<PlannedStatus> status = plan.status();

    assertThat(status.isDisputed()).isTrue();
    assertThat(status.value()).isEmpty();
    assertThat(status.alternatives()).containsExactly(
        new Finding.Alternative<>(PlannedStatus.POSTPONED, List.of(MINISTRY)),
        new Finding.Alternative<>(PlannedStatus.CANCELLED, List.of(PAPER, WIRE)));
  }

  @Test
  void accountsThatAgreeOnTheStatusSettleItOnAllTheirSources() {
    MeetingChange step = account(PlannedStatus.POSTPONED, MINISTRY)
        .withAlternatives(account(PlannedStatus.POSTPONED, WIRE).withDate(FuzzyDate.parse("2023-02-04")));
    PlannedMeeting plan = plannedMeeting().lifecycle(List.of(step)).build();
    assertThat(plan.status().value()).hasValue(PlannedStatus.POSTPONED);
    assertThat(plan.status().alternatives().get(0).evidence()).containsExactly(MINISTRY, WIRE);
  }

  @Test
  void whichAccountIsWrittenFirstDoesNotChangeTheFinding() {
    MeetingChange postponedFirst = account(PlannedStatus.POSTPONED, MINISTRY)
        .withAlternatives(account(PlannedStatus.CANCELLED, WIRE));
    MeetingChange cancelledFirst = account(PlannedStatus.CANCELLED, WIRE)
        .withAlternatives(account(PlannedStatus.POSTPONED, MINISTRY));
    assertThat(plannedMeeting().lifecycle(List.of(postponedFirst)).build().status())
        .isEqualTo(plannedMeeting().lifecycle(List.of(cancelledFirst)).build().status());
  }

  @Test
  void anAlternativeHasNoAlternativesOfItsOwn() {
    MeetingChange nested = account(PlannedStatus.CANCELLED, WIRE)
        .withAlternatives(account(PlannedStatus.HELD, PAPER));
    rejected(() -> account(PlannedStatus.POSTPONED, MINISTRY).withAlternatives(nested),
        "MeetingChange", "alternatives", "no alternatives of its own");
  }

  @Test
  void aDisputedChangeListsTheOtherAccounts() {
    rejected(() -> account(PlannedStatus.POSTPONED, MINISTRY)
            .withConfirmation(Confirmation.DISPUTED),
        "MeetingChange", "confirmation", "DISPUTED", "alternatives");
    assertThat(account(PlannedStatus.POSTPONED, MINISTRY)
        .withAlternatives(account(PlannedStatus.CANCELLED, WIRE))
        .withConfirmation(Confirmation.DISPUTED).confirmation()).hasValue(Confirmation.DISPUTED);
  }

  // ---------------------------------------------------------------- existence

  @Test
  void aPlanNobodyDeniesExistsOnEverySourceThatReportsIt() {
    PlannedMeeting plan = plannedMeeting().lifecycle(List.of(account(PlannedStatus.AGREED, WIRE)))
        .addEvidence(PAPER).build();
    assertThat(plan.existence()).isEqualTo(
        new Finding.Settled<>(new Finding.Alternative<>(true, List.of(PAPER, WIRE))));
  }

  @Test
  void aDeniedPlanIsDisputedBetweenItsDenialsAndItsReports() {
    PlannedMeeting plan = plannedMeeting().lifecycle(List.of(account(PlannedStatus.AGREED, WIRE)))
        .addDeniedBy(MINISTRY).confirmation(Confirmation.DISPUTED).build();
    assertThat(plan.existence().alternatives()).containsExactly(
        new Finding.Alternative<>(false, List.of(MINISTRY)),
        new Finding.Alternative<>(true, List.of(WIRE)));
  }

  @Test
  void aDeniedPlanIsNotConfirmedAndADisputedOneNamesItsDeniers() {
    PlannedMeeting.Builder denied = plannedMeeting()
        .lifecycle(List.of(account(PlannedStatus.AGREED, WIRE))).addDeniedBy(MINISTRY);
    rejected(() -> denied.confirmation(Confirmation.CONFIRMED).build(),
        "PlannedMeeting", "confirmation", "CONFIRMED", "deniedBy");
    rejected(() -> plannedMeeting().lifecycle(List.of(account(PlannedStatus.AGREED, WIRE)))
            .confirmation(Confirmation.DISPUTED).build(),
        "PlannedMeeting", "confirmation", "DISPUTED", "deniedBy");
  }

  // ---------------------------------------------------------------- host, venue, window

  @Test
  void theHostIsTheLatestStepsHostOrElseThePlans() {
    PlannedMeeting plan = plannedMeeting().host(ROK)
        .lifecycle(List.of(account(PlannedStatus.AGREED, WIRE))).addEvidence(PAPER).build();
    assertThat(plan.hostFinding().value()).hasValue(ROK);
    PlannedMeeting moved = plan.withLifecycle(account(PlannedStatus.AGREED, WIRE),
        account(PlannedStatus.RELOCATED, MINISTRY).withHost(UK));
    assertThat(moved.hostFinding()).isEqualTo(
        new Finding.Settled<>(new Finding.Alternative<>(UK, List.of(MINISTRY))));
  }

  @Test
  void aStepWhoseAccountsNameDifferentHostsDisputesTheHost() {
    MeetingChange step = account(PlannedStatus.RELOCATED, MINISTRY).withHost(UK)
        .withAlternatives(account(PlannedStatus.RELOCATED, WIRE).withHost(ROK));
    PlannedMeeting plan = plannedMeeting().lifecycle(List.of(step)).build();
    assertThat(plan.hostFinding().alternatives()).extracting(Finding.Alternative::value)
        .containsExactly(ROK, UK);
  }

  @Test
  void aChangesHostIsOneOfTheSides() {
    rejected(() -> plannedMeeting()
            .lifecycle(List.of(account(PlannedStatus.AGREED, WIRE).withHost(Ref.of("fra"))))
            .build(),
        "PlannedMeeting", "lifecycle.host", "fra: must be one of the sides [rok, uk]");
  }

  @Test
  void theVenueIsUnknownUntilAChangeNamesOne() {
    PlannedMeeting plan = plannedMeeting().lifecycle(List.of(account(PlannedStatus.AGREED, WIRE)))
        .build();
    assertThat(plan.venueFinding().isUnknown()).isTrue();
    assertThat(plan.venueFinding().alternatives()).isEmpty();
  }

  @Test
  void windowsThatOverlapSettleOnTheNarrowestTheOthersEnclose() {
    DateClaim early = DateClaim.of(FuzzyDate.parse("2025-37"), WIRE);
    DateClaim firstHalf = DateClaim.of(FuzzyDate.parse("2025-40"), PAPER);
    PlannedMeeting plan = plannedMeeting().lifecycle(List.of(
        account(PlannedStatus.AGREED, WIRE).withWindows(firstHalf, early))).build();
    assertThat(plan.windowFinding()).isEqualTo(new Finding.Settled<>(
        new Finding.Alternative<>(FuzzyDate.parse("2025-37"), List.of(PAPER, WIRE))));
  }

  @Test
  void windowsThatPartlyOverlapSettleOnTheDaysTheyShare() {
    DateClaim spring = DateClaim.of(FuzzyDate.parse("2025-21"), WIRE);
    DateClaim secondQuarter = DateClaim.of(FuzzyDate.parse("2025-34"), PAPER);
    PlannedMeeting plan = plannedMeeting().lifecycle(List.of(
        account(PlannedStatus.AGREED, WIRE).withWindows(spring, secondQuarter))).build();
    assertThat(plan.windowFinding().value())
        .hasValue(FuzzyDate.parse("2025-04-01/2025-05-31"));
  }

  @Test
  void windowsThatCannotOverlapAreDisputed() {
    DateClaim march = DateClaim.of(FuzzyDate.parse("2025-03"), WIRE);
    DateClaim june = DateClaim.of(FuzzyDate.parse("2025-06"), PAPER);
    PlannedMeeting plan = plannedMeeting().lifecycle(List.of(
        account(PlannedStatus.AGREED, WIRE).withWindows(june, march))).build();
    assertThat(plan.windowFinding().alternatives()).containsExactly(
        new Finding.Alternative<>(FuzzyDate.parse("2025-03"), List.of(WIRE)),
        new Finding.Alternative<>(FuzzyDate.parse("2025-06"), List.of(PAPER)));
  }

  // ---------------------------------------------------------------- engagements

  @Test
  void anEngagementsHostIsSettledOnItsOwnEvidenceWithoutClaims() {
    Meeting meeting = meeting().host(ROK).addEvidence(WIRE).build();
    assertThat(meeting.hostFinding()).isEqualTo(
        new Finding.Settled<>(new Finding.Alternative<>(ROK, List.of(WIRE))));
    assertThat(meeting().build().hostFinding().isUnknown()).isTrue();
  }

  @Test
  void hostClaimsThatDisagreeAreDisputedAndTheHostIsLeftOut() {
    Meeting meeting = meeting()
        .addHostClaim(ActorClaim.of(UK, MINISTRY))
        .addHostClaim(ActorClaim.of(ROK, WIRE))
        .build();
    assertThat(meeting.hostFinding().alternatives()).containsExactly(
        new Finding.Alternative<>(ROK, List.of(WIRE)),
        new Finding.Alternative<>(UK, List.of(MINISTRY)));
    rejected(() -> meeting.withHost(UK), "Meeting", "host", "uk:",
        "sources disagree about the host");
  }

  @Test
  void aHostNamedBesideClaimsIsWhatTheyClaim() {
    rejected(() -> meeting().host(UK).addHostClaim(ActorClaim.of(ROK, WIRE)).build(),
        "Meeting", "host", "uk: the host claims name rok");
  }

  @Test
  void venueClaimsThatDisagreeAreDisputed() {
    Venue sydney = Venue.builder().city("Sydney").build();
    Venue hiroshima = Venue.builder().city("Hiroshima").build();
    Meeting meeting = meeting()
        .addVenueClaim(VenueClaim.of(sydney, PAPER))
        .addVenueClaim(VenueClaim.of(hiroshima, WIRE))
        .build();
    assertThat(meeting.venueFinding().alternatives()).extracting(Finding.Alternative::value)
        .containsExactly(hiroshima, sydney);
    rejected(() -> meeting.withVenue(sydney), "Meeting", "venue", "sources disagree");
  }

  @Test
  void dateClaimsThatCannotOverlapDisputeTheDate() {
    Meeting meeting = meeting().date(FuzzyDate.parse("2023-02"))
        .addDateClaim(DateClaim.of(FuzzyDate.parse("2023-02-05"), WIRE))
        .addDateClaim(DateClaim.of(FuzzyDate.parse("2023-02-06"), PAPER))
        .build();
    assertThat(meeting.dateFinding().isDisputed()).isTrue();
    Meeting agreeing = meeting.withDateClaims(DateClaim.of(FuzzyDate.parse("2023-02"), WIRE),
        DateClaim.of(FuzzyDate.parse("2023-02-05"), PAPER));
    assertThat(agreeing.dateFinding().value()).hasValue(FuzzyDate.parse("2023-02"));
  }

  @Test
  void anInitiatorIsOneOfTheSides() {
    assertThat(meeting().initiator(UK).build().initiator()).hasValue(UK);
    rejected(() -> meeting().initiator(Ref.of("fra")).build(),
        "Meeting", "initiator", "fra: must be one of the sides [rok, uk]");
  }

  @Test
  void aDisputeHasTwoAlternativesOrMore() {
    assertThatThrownBy(() -> new Finding.Disputed<>(
            List.of(new Finding.Alternative<>(1, List.of()))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two alternatives or more, not 1");
    assertThat(new Finding.Unknown<String>().value()).isEqualTo(Optional.empty());
  }
}
