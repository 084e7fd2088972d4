package dev.entente.interop;

import dev.entente.model.Attribution;
import dev.entente.model.Concern;
import dev.entente.model.Condemnation;
import dev.entente.model.CountryCode;
import dev.entente.model.Dossier;
import dev.entente.model.Evidence;
import dev.entente.model.Grouping;
import dev.entente.model.GroupingKind;
import dev.entente.model.Hedging;
import dev.entente.model.HedgeLevel;
import dev.entente.model.JointStatement;
import dev.entente.model.Meeting;
import dev.entente.model.MeetingChange;
import dev.entente.model.MeetingKind;
import dev.entente.model.Office;
import dev.entente.model.OfficeKind;
import dev.entente.model.Participant;
import dev.entente.model.Person;
import dev.entente.model.PlannedMeeting;
import dev.entente.model.PlannedStatus;
import dev.entente.model.PositionObject;
import dev.entente.model.Ref;
import dev.entente.model.Remarks;
import dev.entente.model.Source;
import dev.entente.model.SourceKind;
import dev.entente.model.State;
import dev.entente.model.Topics;
import dev.entente.model.Venue;
import dev.entente.time.FuzzyDate;
import java.net.URI;

/** A small dossier with one of each kind of record the exports write. */
final class Fixture {

  private Fixture() {}

  static Dossier dossier() {
    return Dossier.builder()
        .id("fixture")
        .addSources(Source.builder().id("news").kind(SourceKind.NEWS_ARTICLE)
            .title("Ministers \"meet\"\tin Paris").publisher("Daily").language("en")
            .published(FuzzyDate.parse("2024-03-02"))
            .url(URI.create("https://example.org/news/1")).build())
        .addActors(
            State.of("fr", CountryCode.of("FR"), "France"),
            State.of("jp", CountryCode.of("JP"), "Japan"),
            State.of("kp", CountryCode.of("KP"), "DPRK"),
            Grouping.builder().id("g7").name("G7").kind(GroupingKind.FORUM).build(),
            Person.builder().id("minister").name("Jeanne Martin").build())
        .addOffices(Office.builder().id("fr-fm").title("Minister for Europe and Foreign Affairs")
            .kind(OfficeKind.FOREIGN_MINISTER).jurisdiction(Ref.of("fr")).build())
        .addEngagements(Meeting.builder().id("talks").kind(MeetingKind.MEETING)
            .addSides(Ref.of("jp"), Ref.of("fr")).host(Ref.of("fr"))
            .date(FuzzyDate.parse("2024-03-01"))
            .venue(Venue.builder().country(CountryCode.of("FR")).city("Paris").build())
            .addParticipants(Participant.builder().person(Ref.of("minister")).side(Ref.of("fr"))
                .office(Ref.of("fr-fm")).build())
            .addTopics(Topics.CYBER.ref())
            .addEvidence(Evidence.of(Ref.of("news")))
            .build())
        .addStatements(
            JointStatement.builder().id("joint").addIssuers(Ref.of("fr"), Ref.of("jp"))
                .date(FuzzyDate.parse("2024-03"))
                .engagement(Ref.of("talks"))
                .addPositions(
                    Condemnation.builder()
                        .addObjects(PositionObject.builder().addTargets(Ref.of("kp"))
                            .conduct("missile launches").build())
                        .addTopics(Topics.NON_PROLIFERATION.ref())
                        .wording("We condemn the launches")
                        .build(),
                    Concern.builder()
                        .addObjects(PositionObject.builder().addTargets(Ref.of("kp"))
                            .conduct("arms transfers")
                            .hedging(Hedging.of(HedgeLevel.REPORTED, "reported")).build())
                        .build())
                .addEvidence(Evidence.quoting(Ref.of("news"), "They said \"enough\"."))
                .build(),
            Remarks.builder().id("quote")
                .speaker(Attribution.of(Ref.of("minister"), Ref.of("fr-fm")))
                .side(Ref.of("fr"))
                .date(FuzzyDate.parse("2024-03-01"))
                .quote("We stand with the G7.")
                .addPositions(dev.entente.model.Support.builder()
                    .addObjects(PositionObject.builder().addTargets(Ref.of("g7")).conduct("the G7").build())
                    .build())
                .build())
        .addPlannedMeetings(PlannedMeeting.builder().id("next").title("Next talks")
            .addSides(Ref.of("fr"), Ref.of("jp"))
            .addLifecycle(
                MeetingChange.builder().status(PlannedStatus.AGREED).date(FuzzyDate.parse("2024-03-01"))
                    .build(),
                MeetingChange.builder().status(PlannedStatus.CANCELLED).date(FuzzyDate.parse("2024-06"))
                    .build())
            .build())
        .build();
  }
}
