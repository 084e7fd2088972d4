package dev.entente.model;

import static dev.entente.fixtures.Fixture.ARTICLE;
import static dev.entente.fixtures.Fixture.CHINA;
import static dev.entente.fixtures.Fixture.ROK;
import static dev.entente.fixtures.Fixture.UK;
import static dev.entente.fixtures.Fixture.assertRejected;
import static dev.entente.fixtures.Fixture.change;
import static dev.entente.fixtures.Fixture.plannedMeeting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.time.FuzzyDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Meetings agreed or proposed, and the changes of their lifecycle. */
class PlannedMeetingTest {

  private static final DateClaim EARLY_2025 = DateClaim.builder()
      .value(FuzzyDate.parse("2025-21"))
      .wording("early 2025")
      .addEvidence(ARTICLE)
      .build();
  private static final DateClaim MARCH_2025 = DateClaim.of(FuzzyDate.parse("2025-03"), ARTICLE);

  private static MeetingChange.Builder changeTo(PlannedStatus status) {
    return MeetingChange.builder().status(status).date(FuzzyDate.parse("2024-12"));
  }

  // Lifecycle

  @Test
  void statusIsTheLastChanges() {
    PlannedMeeting meeting = plannedMeeting()
        .addLifecycle(change(PlannedStatus.SCHEDULED, "2024-12"))
        .addLifecycle(change(PlannedStatus.POSTPONED, "2025-02"))
        .build();
    assertThat(meeting.status().value()).hasValue(PlannedStatus.POSTPONED);
  }

  @Test
  void currentWindowsAreTheLatestChangeWithWindows() {
    PlannedMeeting meeting = plannedMeeting()
        .lifecycle(List.of(
            changeTo(PlannedStatus.AGREED).addWindows(EARLY_2025).build(),
            changeTo(PlannedStatus.SCHEDULED).addWindows(MARCH_2025).build(),
            changeTo(PlannedStatus.RELOCATED).venue(Venue.builder().city("London").build()).build()))
        .build();
    assertThat(meeting.currentWindows()).containsExactly(MARCH_2025);
    assertThat(meeting.status().value()).hasValue(PlannedStatus.RELOCATED);
  }

  @Test
  void hasNoCurrentWindowsWhenNoChangeGivesOne() {
    assertThat(plannedMeeting().build().currentWindows()).isEmpty();
  }

  @Test
  void rejectsAPlannedMeetingWithAnEmptyLifecycle() {
    assertRejected(
            () -> plannedMeeting().lifecycle(List.of()).build(),
            "PlannedMeeting.lifecycle",
            List.of())
        .hasMessageContaining("at least one change");
  }

  // Sides, host, ordinal, kind and series

  @Test
  void rejectsAPlannedMeetingWithOneSide() {
    assertRejected(
        () -> plannedMeeting().sides(List.of(ROK)).build(), "PlannedMeeting.sides", List.of(ROK));
  }

  @Test
  void rejectsAPlannedMeetingWithThreeSides() {
    assertRejected(
        () -> plannedMeeting().addSides(CHINA).build(),
        "PlannedMeeting.sides",
        List.of(ROK, UK, CHINA));
  }

  @Test
  void rejectsAPlannedMeetingWithTheSameSideTwice() {
    assertRejected(
        () -> plannedMeeting().sides(List.of(UK, UK)).build(),
        "PlannedMeeting.sides",
        List.of(UK, UK));
  }

  @Test
  void acceptsAPlannedMeetingHostedByOneSide() {
    assertThat(plannedMeeting().host(UK).build().host()).contains(UK);
  }

  @Test
  void rejectsAPlannedMeetingHostedByAThirdParty() {
    assertRejected(() -> plannedMeeting().host(CHINA).build(), "PlannedMeeting.host", CHINA);
  }

  @Test
  void acceptsASessionOfASeriesWithItsOrdinal() {
    PlannedMeeting tenth =
        plannedMeeting().series(Ref.of("rok-uk-strategic-dialogue")).ordinal(10).build();
    assertThat(tenth.ordinal()).hasValue(10);
    assertThat(tenth.kind()).isEmpty();
  }

  @Test
  void rejectsAPlannedMeetingWithOrdinalZero() {
    assertRejected(() -> plannedMeeting().ordinal(0).build(), "PlannedMeeting.ordinal", 0);
  }

  @Test
  void acceptsAPlannedMeetingOfAKind() {
    assertThat(plannedMeeting().kind(MeetingKind.SUMMIT).build().kind())
        .contains(MeetingKind.SUMMIT);
  }

  @Test
  void rejectsAPlannedMeetingWithBothKindAndSeries() {
    assertRejected(
        () -> plannedMeeting()
            .kind(MeetingKind.MEETING)
            .series(Ref.of("rok-uk-2plus2"))
            .build(),
        "PlannedMeeting.kind",
        MeetingKind.MEETING);
  }

  @Test
  void rejectsAPlannedMeetingWithABadId() {
    assertRejected(() -> plannedMeeting().id("first 2+2").build(), "PlannedMeeting.id", "first 2+2");
  }

  @Test
  void rejectsAPlannedMeetingWithABlankTitle() {
    assertRejected(() -> plannedMeeting().title(" ").build(), "PlannedMeeting.title", " ");
  }

  // MeetingChange

  @Test
  void aHeldChangeNamesTheEngagementHeld() {
    MeetingChange held = changeTo(PlannedStatus.HELD).heldAs(Ref.of("first-2plus2-held")).build();
    assertThat(held.heldAs()).contains(Ref.of("first-2plus2-held"));
  }

  @ParameterizedTest
  @EnumSource(value = PlannedStatus.class, names = "HELD", mode = EnumSource.Mode.EXCLUDE)
  void onlyAHeldChangeNamesTheEngagementHeld(PlannedStatus status) {
    assertRejected(
            () -> changeTo(status).heldAs(Ref.of("first-2plus2-held")).build(),
            "MeetingChange.heldAs",
            "first-2plus2-held")
        .hasMessageEndingWith("not " + status);
  }

  @ParameterizedTest
  @EnumSource(value = PlannedStatus.class, names = {"HELD", "CANCELLED"}, mode = EnumSource.Mode.EXCLUDE)
  void aMeetingStillAheadMayHaveWindows(PlannedStatus status) {
    assertThat(changeTo(status).addWindows(EARLY_2025).build().windows()).containsExactly(EARLY_2025);
  }

  @ParameterizedTest
  @EnumSource(value = PlannedStatus.class, names = {"HELD", "CANCELLED"})
  void aHeldOrCancelledMeetingHasNoWindows(PlannedStatus status) {
    assertRejected(
            () -> changeTo(status).addWindows(EARLY_2025).build(),
            "MeetingChange.windows",
            List.of(EARLY_2025))
        .hasMessageContaining("a " + status + " meeting has no window ahead");
  }

  @Test
  void onlyHeldAndCancelledAreFinal() {
    assertThat(PlannedStatus.values())
        .filteredOn(PlannedStatus::isFinal)
        .containsExactlyInAnyOrder(PlannedStatus.HELD, PlannedStatus.CANCELLED);
  }
}
