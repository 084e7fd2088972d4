package dev.entente.model;

import static dev.entente.fixtures.Fixture.ARTICLE;
import static dev.entente.fixtures.Fixture.CHINA;
import static dev.entente.fixtures.Fixture.ROK;
import static dev.entente.fixtures.Fixture.UK;
import static dev.entente.fixtures.Fixture.assertRejected;
import static dev.entente.fixtures.Fixture.dialogue;
import static dev.entente.fixtures.Fixture.meeting;
import static dev.entente.fixtures.Fixture.series;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.time.FuzzyDate;
import dev.entente.time.RelativeTime;
import dev.entente.time.ResolvedTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dialogues, meetings, dialogue series, venues and date claims. */
class EngagementsTest {

  // Dialogue

  @Test
  void buildsADialogueBetweenTwoSidesHostedByOne() {
    Dialogue ninth = dialogue().ordinal(9).host(ROK).title("9th Strategic Dialogue").build();
    assertThat(ninth.sides()).containsExactly(ROK, UK);
    assertThat(ninth.host()).contains(ROK);
    assertThat(ninth.ordinal()).hasValue(9);
  }

  @Test
  void keepsAStartInstantWithItsZoneOnTheEngagementsDay() {
    ZonedDateTime threePmInSeoul = ZonedDateTime.of(2024, 10, 21, 15, 0, 0, 0, ZoneId.of("Asia/Seoul"));

    Dialogue ninth = dialogue().date(FuzzyDate.parse("2024-10-21")).startsAt(threePmInSeoul).build();
    Meeting withinTheMonth =
        meeting().date(FuzzyDate.parse("2024-10")).startsAt(threePmInSeoul).build();

    assertThat(ninth.startsAt()).hasValue(threePmInSeoul);
    assertThat(withinTheMonth.startsAt()).hasValue(threePmInSeoul);
  }

  @Test
  void leavesTheDateOfASessionKnownByItsOrdinalUnknown() {
    Dialogue fourth = dialogue().date(java.util.Optional.empty()).ordinal(4).build();
    assertThat(fourth.date()).isEmpty();
    assertThat(fourth.ordinal()).hasValue(4);
  }

  @Test
  void leavesTheDateOfASessionKnownByItsRoundUnknown() {
    Dialogue round = dialogue().date(java.util.Optional.empty()).round(Year.of(2024)).build();
    assertThat(round.date()).isEmpty();
    assertThat(round.round()).contains(Year.of(2024));
  }

  @Test
  void rejectsASessionWithNeitherDateNorOrdinalNorRound() {
    assertRejected(() -> dialogue().date(java.util.Optional.empty()).build(), "Dialogue.date",
        "(none)")
        .hasMessageContaining("known by its ordinal or its round");
  }

  @Test
  void rejectsARoundOutsideTheYearsOfADate() {
    assertRejected(() -> dialogue().round(Year.of(10000)).build(), "Dialogue.round", "10000");
    assertRejected(() -> dialogue().round(Year.of(0)).build(), "Dialogue.round", "0");
  }

  @Test
  void acceptsAMeetingWhoseSourcesGiveNoDate() {
    Meeting undated = meeting().date(java.util.Optional.empty()).build();
    assertThat(undated.date()).isEmpty();
  }

  @Test
  void rejectsAStartInstantWithoutADate() {
    ZonedDateTime start = ZonedDateTime.of(2024, 10, 21, 15, 0, 0, 0, ZoneId.of("Asia/Seoul"));
    assertRejected(() -> meeting().date(java.util.Optional.empty()).startsAt(start).build(),
        "Meeting.startsAt", start)
        .hasMessageContaining("set date too");
  }

  @Test
  void rejectsAStartInstantOnAnotherDayThanTheEngagements() {
    ZonedDateTime nextDay = ZonedDateTime.of(2024, 10, 22, 0, 30, 0, 0, ZoneId.of("Asia/Seoul"));

    assertRejected(() -> dialogue().date(FuzzyDate.parse("2024-10-21")).startsAt(nextDay).build(),
        "Dialogue.startsAt", nextDay)
        .hasMessageContaining("not within the date 2024-10-21");
    assertRejected(() -> meeting().date(FuzzyDate.parse("2024-09")).startsAt(nextDay).build(),
        "Meeting.startsAt", nextDay);
  }

  @Test
  void rejectsDialogueWithOneSide() {
    assertRejected(() -> dialogue().sides(List.of(ROK)).build(), "Dialogue.sides", List.of(ROK));
  }

  @Test
  void rejectsDialogueWithThreeSides() {
    assertRejected(
            () -> dialogue().addSides(CHINA).build(), "Dialogue.sides", List.of(ROK, UK, CHINA))
        .hasMessageContaining("exactly two distinct sides");
  }

  @Test
  void rejectsDialogueWithTheSameSideTwice() {
    assertRejected(
        () -> dialogue().sides(List.of(ROK, ROK)).build(), "Dialogue.sides", List.of(ROK, ROK));
  }

  @Test
  void rejectsDialogueHostedByAThirdParty() {
    assertRejected(() -> dialogue().host(CHINA).build(), "Dialogue.host", CHINA)
        .hasMessageContaining("[rok, uk]");
  }

  @Test
  void rejectsDialogueWithOrdinalZero() {
    assertRejected(() -> dialogue().ordinal(0).build(), "Dialogue.ordinal", 0);
  }

  @Test
  void rejectsDialogueWithABadId() {
    assertRejected(() -> dialogue().id("dialogue 9").build(), "Dialogue.id", "dialogue 9");
  }

  @Test
  void rejectsDialogueWithABlankTitle() {
    assertRejected(() -> dialogue().title(" ").build(), "Dialogue.title", " ");
  }

  @Test
  void rejectsDialogueWithATopicTwice() {
    assertRejected(
        () -> dialogue().addTopics(Topics.AI.ref(), Topics.AI.ref()).build(),
        "Dialogue.topics",
        Topics.AI.ref());
  }

  @Test
  void acceptsDialoguePartOfAnotherEngagement() {
    assertThat(dialogue().partOf(Ref.of("state-visit")).build().partOf())
        .contains(Ref.of("state-visit"));
  }

  @Test
  void rejectsDialoguePartOfItself() {
    assertRejected(
        () -> dialogue().partOf(Ref.of("strategic-dialogue-9")).build(),
        "Dialogue.partOf",
        "strategic-dialogue-9");
  }

  // Meeting: the same engagement rules, named after the meeting

  @Test
  void buildsAMeetingOfAKind() {
    Meeting call = meeting().host(UK).venue(Venue.builder().city("London").build()).build();
    assertThat(call.kind()).isEqualTo(MeetingKind.COURTESY_CALL);
    assertThat(call.venue()).isPresent();
  }

  @Test
  void rejectsMeetingWithOneSide() {
    assertRejected(() -> meeting().sides(List.of(UK)).build(), "Meeting.sides", List.of(UK));
  }

  @Test
  void rejectsMeetingWithThreeSides() {
    assertRejected(
        () -> meeting().addSides(CHINA).build(), "Meeting.sides", List.of(ROK, UK, CHINA));
  }

  @Test
  void rejectsMeetingWithTheSameSideTwice() {
    assertRejected(
        () -> meeting().sides(List.of(UK, UK)).build(), "Meeting.sides", List.of(UK, UK));
  }

  @Test
  void rejectsMeetingHostedByAThirdParty() {
    assertRejected(() -> meeting().host(CHINA).build(), "Meeting.host", CHINA);
  }

  @Test
  void rejectsMeetingWithABadId() {
    assertRejected(() -> meeting().id("_call").build(), "Meeting.id", "_call");
  }

  @Test
  void rejectsMeetingWithABlankTitle() {
    assertRejected(() -> meeting().title("").build(), "Meeting.title", "");
  }

  @Test
  void rejectsMeetingWithATopicTwice() {
    assertRejected(
        () -> meeting().addTopics(Topics.CYBER.ref(), Topics.CYBER.ref()).build(),
        "Meeting.topics",
        Topics.CYBER.ref());
  }

  @Test
  void rejectsMeetingPartOfItself() {
    assertRejected(
        () -> meeting().partOf(Ref.of("courtesy-call")).build(), "Meeting.partOf", "courtesy-call");
  }

  // DialogueSeries

  @Test
  void aSeriesWithoutPrincipalKindsHasOnePrincipalPerSide() {
    assertThat(series().build().principalsPerSide()).isEqualTo(1);
  }

  @Test
  void aTwoPlusTwoHasTwoPrincipalsPerSide() {
    DialogueSeries twoPlusTwo = series()
        .addPrincipalKinds(OfficeKind.FOREIGN_MINISTER, OfficeKind.DEFENCE_MINISTER)
        .build();
    assertThat(twoPlusTwo.principalsPerSide()).isEqualTo(2);
  }

  @Test
  void rejectsSeriesWithOneSide() {
    assertRejected(
        () -> series().sides(List.of(ROK)).build(), "DialogueSeries.sides", List.of(ROK));
  }

  @Test
  void rejectsSeriesWithThreeSides() {
    assertRejected(
        () -> series().addSides(CHINA).build(), "DialogueSeries.sides", List.of(ROK, UK, CHINA));
  }

  @Test
  void rejectsSeriesWithTheSameSideTwice() {
    assertRejected(
        () -> series().sides(List.of(ROK, ROK)).build(),
        "DialogueSeries.sides",
        List.of(ROK, ROK));
  }

  @Test
  void rejectsSeriesWithABadId() {
    assertRejected(() -> series().id("").build(), "DialogueSeries.id", "");
  }

  @Test
  void rejectsSeriesWithABlankName() {
    assertRejected(() -> series().name(" ").build(), "DialogueSeries.name", " ");
  }

  @Test
  void rejectsSeriesWithAPrincipalKindTwice() {
    assertRejected(
        () -> series()
            .addPrincipalKinds(OfficeKind.FOREIGN_MINISTER, OfficeKind.FOREIGN_MINISTER)
            .build(),
        "DialogueSeries.principalKinds",
        OfficeKind.FOREIGN_MINISTER);
  }

  // Venue

  @Test
  void acceptsAVenueNamingOnlyACountry() {
    Venue korea = Venue.builder().country(CountryCode.of("KR")).build();
    assertThat(korea.country()).contains(CountryCode.of("KR"));
  }

  @Test
  void acceptsAVenueNamingOnlyABuilding() {
    assertThat(Venue.builder().building("Lancaster House").build().building())
        .contains("Lancaster House");
  }

  @Test
  void rejectsAVenueWithNoPart() {
    assertRejected(
            () -> Venue.builder().addExternalIds(ExternalId.geonames("1835848")).build(),
            "Venue.city",
            "(none)")
        .hasMessageContaining("at least a country, city, district or building");
  }

  @ParameterizedTest
  @ValueSource(strings = {"city", "district", "building"})
  void rejectsAVenueWithABlankPart(String part) {
    Venue.Builder venue = Venue.builder().country(CountryCode.of("KR"));
    switch (part) {
      case "city":
        venue.city(" ");
        break;
      case "district":
        venue.district(" ");
        break;
      default:
        venue.building(" ");
        break;
    }
    assertRejected(venue::build, "Venue." + part, " ");
  }

  // DateClaim

  @Test
  void claimsAnAbsoluteDateWithItsSources() {
    DateClaim claim = DateClaim.of(FuzzyDate.parse("2025-21"), ARTICLE);
    assertThat(claim.value()).isEqualTo(FuzzyDate.parse("2025-21"));
    assertThat(claim.wording()).isEmpty();
    assertThat(claim.reference()).isEmpty();
    assertThat(claim.evidence()).containsExactly(ARTICLE);
  }

  @Test
  void claimsAResolvedRelativeDateWithItsWordingAndReference() {
    FuzzyDate publication = FuzzyDate.parse("2024-10-22");
    ResolvedTime firstHalf = RelativeTime.resolve("first half of next year", publication);
    DateClaim claim = DateClaim.of(firstHalf, ARTICLE);
    assertThat(claim.value()).isEqualTo(firstHalf.value());
    assertThat(claim.wording()).contains("first half of next year");
    assertThat(claim.reference()).contains(publication);
  }

  @Test
  void rejectsADateClaimWithABlankWording() {
    assertRejected(
        () -> DateClaim.builder().value(FuzzyDate.parse("2025")).wording("").build(),
        "DateClaim.wording",
        "");
  }
}
