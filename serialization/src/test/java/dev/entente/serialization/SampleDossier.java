package dev.entente.serialization;

import dev.entente.model.Agreement;
import dev.entente.model.Appeal;
import dev.entente.model.Attribution;
import dev.entente.model.Commitment;
import dev.entente.model.Concern;
import dev.entente.model.Condemnation;
import dev.entente.model.Confirmation;
import dev.entente.model.CountryCode;
import dev.entente.model.DateClaim;
import dev.entente.model.Dialogue;
import dev.entente.model.DialogueSeries;
import dev.entente.model.Dossier;
import dev.entente.model.Evidence;
import dev.entente.model.ExternalId;
import dev.entente.model.GovernmentBody;
import dev.entente.model.Grouping;
import dev.entente.model.GroupingKind;
import dev.entente.model.HedgeLevel;
import dev.entente.model.Hedging;
import dev.entente.model.Hope;
import dev.entente.model.Intensity;
import dev.entente.model.IntensityLevel;
import dev.entente.model.JointStatement;
import dev.entente.model.Level;
import dev.entente.model.Meeting;
import dev.entente.model.MeetingChange;
import dev.entente.model.MeetingKind;
import dev.entente.model.Monitoring;
import dev.entente.model.Office;
import dev.entente.model.OfficeKind;
import dev.entente.model.Opposition;
import dev.entente.model.Participant;
import dev.entente.model.ParticipantRole;
import dev.entente.model.Person;
import dev.entente.model.PersonName;
import dev.entente.model.PlannedMeeting;
import dev.entente.model.PlannedStatus;
import dev.entente.model.PositionObject;
import dev.entente.model.Recognition;
import dev.entente.model.Ref;
import dev.entente.model.RelationKind;
import dev.entente.model.Remarks;
import dev.entente.model.Source;
import dev.entente.model.SourceKind;
import dev.entente.model.State;
import dev.entente.model.StatementKind;
import dev.entente.model.StatementRelation;
import dev.entente.model.Support;
import dev.entente.model.Tenure;
import dev.entente.model.Term;
import dev.entente.model.Topic;
import dev.entente.model.TopicKind;
import dev.entente.model.Topics;
import dev.entente.model.UnilateralStatement;
import dev.entente.model.Venue;
import dev.entente.model.Welcome;
import dev.entente.model.Wording;
import dev.entente.time.FuzzyDate;
import java.net.URI;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * A small but rich dossier for serialization tests: every type, every kind of actor, engagement,
 * statement and most kinds of position, and nearly every optional member, in a valid story.
 */
public final class SampleDossier {

  private SampleDossier() {}

  static final Ref<Source> ARTICLE = Ref.of("article");
  static final Ref<Source> RELEASE = Ref.of("release");
  static final Ref<Source> TEXT = Ref.of("statement-text");

  /** The dossier. */
  public static Dossier dossier() {
    return Dossier.builder()
        .id("sample-dossier")
        .title("A sample of every Entente type")
        .description("Two states hold a dialogue and a call, agree to meet, and say things.")
        .addActors(
            State.builder().id("rok").country(CountryCode.of("KR")).name("Republic of Korea")
                .addExternalIds(ExternalId.parse("wikidata:Q884")).build(),
            State.of("uk", CountryCode.of("GBR"), "United Kingdom"),
            State.of("dprk", CountryCode.of("KP"), "Democratic People's Republic of Korea"),
            State.of("usa", CountryCode.of("US"), "United States"),
            Grouping.builder().id("un").name("UN").fullName("United Nations")
                .kind(GroupingKind.INTERNATIONAL_ORGANIZATION)
                .addExternalIds(ExternalId.parse("wikidata:Q1065")).build(),
            Grouping.builder().id("unsc").name("UNSC").fullName("UN Security Council")
                .kind(GroupingKind.ORGAN).partOf(Ref.of("un"))
                .addMembers(Ref.of("uk"), Ref.of("usa")).build(),
            GovernmentBody.builder().id("rok-government").name("Government of Korea")
                .government(Ref.of("rok")).build(),
            GovernmentBody.builder().id("rok-mofa").name("Ministry of Foreign Affairs")
                .government(Ref.of("rok")).partOf(Ref.of("rok-government"))
                .addExternalIds(ExternalId.parse("wikidata:Q625869")).build(),
            Person.builder()
                .id("cho")
                .name("Cho Tae-yul")
                .addNames(
                    PersonName.builder().text("조태열").script("Hang").language("ko").build(),
                    PersonName.builder().text("Jo Tae-yeol").script("Latn").language("ko-Latn")
                        .romanization("Revised Romanization of Korean").build())
                .addAliases(Wording.of("Cho Tae-yong", Evidence.builder().source(ARTICLE)
                    .note("A misspelling.").build()))
                .addTenures(Tenure.builder()
                    .office(Ref.of("rok-fm"))
                    .term(Term.of(FuzzyDate.parse("2024-01"), FuzzyDate.parse("2025-07-18")))
                    .ordinal(41)
                    .addEvidence(Evidence.of(RELEASE))
                    .build())
                .addExternalIds(ExternalId.parse("wikidata:Q12583373"))
                .build(),
            Person.builder()
                .id("lammy")
                .name("David Lammy")
                .addTenures(Tenure.builder().office(Ref.of("uk-fs"))
                    .term(Term.builder().start(FuzzyDate.parse("2024-07-05")).build()).build())
                .build())
        .addOffices(
            Office.builder().id("rok-fm").title("Minister of Foreign Affairs")
                .shortTitle("Foreign Minister").kind(OfficeKind.FOREIGN_MINISTER)
                .jurisdiction(Ref.of("rok")).body(Ref.of("rok-mofa"))
                .addExternalIds(ExternalId.parse("wikidata:Q17000")).build(),
            Office.builder().id("uk-fs")
                .title("Secretary of State for Foreign, Commonwealth and Development Affairs")
                .kind(OfficeKind.FOREIGN_MINISTER).jurisdiction(Ref.of("uk")).build())
        .addSeries(DialogueSeries.builder()
            .id("strategic-dialogue")
            .name("ROK-UK Foreign Ministerial Strategic Dialogue")
            .addSides(Ref.of("rok"), Ref.of("uk"))
            .level(Level.MINISTERIAL)
            .addPrincipalKinds(OfficeKind.FOREIGN_MINISTER)
            .established(FuzzyDate.parse("2014-12"))
            .addEvidence(Evidence.of(RELEASE))
            .build())
        .addEngagements(
            Dialogue.builder()
                .id("dialogue-9")
                .series(Ref.of("strategic-dialogue"))
                .ordinal(9)
                .title("The 9th Strategic Dialogue")
                .addSides(Ref.of("rok"), Ref.of("uk"))
                .host(Ref.of("rok"))
                .date(FuzzyDate.parse("2024-10-21"))
                .addDateClaims(DateClaim.builder()
                    .value(FuzzyDate.parse("2024-10-21"))
                    .wording("on the 21st")
                    .reference(FuzzyDate.parse("2024-10-22/2024-10-31"))
                    .addEvidence(Evidence.builder().source(ARTICLE).quote("on the 21st").build())
                    .build())
                .venue(Venue.builder().country(CountryCode.of("KR")).city("Seoul")
                    .district("Jongno-gu").building("Ministry of Foreign Affairs")
                    .addExternalIds(ExternalId.parse("geonames:1835848")).build())
                .addParticipants(
                    Participant.builder().person(Ref.of("cho")).side(Ref.of("rok"))
                        .office(Ref.of("rok-fm"))
                        .addRoles(ParticipantRole.PRINCIPAL, ParticipantRole.CO_CHAIR)
                        .addTitlesAsWritten(Wording.of("Foreign Minister", Evidence.of(ARTICLE)))
                        .build(),
                    Participant.builder().person(Ref.of("lammy")).side(Ref.of("uk"))
                        .office(Ref.of("uk-fs")).addRoles(ParticipantRole.PRINCIPAL).build())
                .addTopics(Ref.of("korean-peninsula"), Topics.SECURITY.ref())
                .addEvidence(Evidence.of(RELEASE))
                .build(),
            Meeting.builder()
                .id("call")
                .kind(MeetingKind.COURTESY_CALL)
                .addSides(Ref.of("uk"), Ref.of("rok"))
                .host(Ref.of("rok"))
                .date(FuzzyDate.parse("2024-10-21"))
                .venue(Venue.builder().city("Seoul").build())
                .partOf(Ref.of("dialogue-9"))
                .addTopics(Topics.DEFENCE.ref())
                .addEvidence(Evidence.of(ARTICLE))
                .build())
        .addPlannedMeetings(PlannedMeeting.builder()
            .id("first-2plus2")
            .title("The first 2+2")
            .kind(MeetingKind.MEETING)
            .ordinal(1)
            .addSides(Ref.of("rok"), Ref.of("uk"))
            .host(Ref.of("uk"))
            .addPrincipals(Ref.of("rok-fm"), Ref.of("uk-fs"))
            .addTopics(Topics.DEFENCE.ref())
            .addLifecycle(
                MeetingChange.builder()
                    .status(PlannedStatus.AGREED)
                    .date(FuzzyDate.parse("2024-10-21"))
                    .addWindows(DateClaim.builder().value(FuzzyDate.parse("2025-40"))
                        .wording("the first half of next year")
                        .addEvidence(Evidence.of(ARTICLE)).build())
                    .venue(Venue.builder().country(CountryCode.of("GB")).city("London").build())
                    .announcedIn(Ref.of("outcome"))
                    .addEvidence(Evidence.of(ARTICLE))
                    .build(),
                MeetingChange.builder()
                    .status(PlannedStatus.SCHEDULED)
                    .date(FuzzyDate.parse("2025-01~"))
                    .build())
            .addEvidence(Evidence.of(RELEASE))
            .build())
        .addStatements(
            JointStatement.builder()
                .id("outcome")
                .addIssuers(Ref.of("rok"), Ref.of("uk"))
                .addSignatories(Attribution.of(Ref.of("cho"), Ref.of("rok-fm")),
                    Attribution.builder().person(Ref.of("lammy")).build())
                .title("Joint statement")
                .date(FuzzyDate.parse("2024-10-21"))
                .addDateClaims(DateClaim.of(FuzzyDate.parse("2024-10-21"), Evidence.of(TEXT)))
                .engagement(Ref.of("dialogue-9"))
                .addPositions(
                    Condemnation.builder()
                        .addHolders(Ref.of("rok"), Ref.of("uk"))
                        .addObjects(PositionObject.builder()
                            .addTargets(Ref.of("dprk"))
                            .phenomenon(Topics.SANCTIONS.ref())
                            .conduct("arms transfers")
                            .hedging(Hedging.of(HedgeLevel.REPORTED, "reported"))
                            .build())
                        .intensity(Intensity.of(IntensityLevel.STRONG, "strongly"))
                        .addGrounds("violates resolutions")
                        .addTopics(Topics.SANCTIONS.ref())
                        .wording("We strongly condemn the reported arms transfers")
                        .addEvidence(Evidence.builder().source(TEXT).quote("We condemn").build())
                        .build(),
                    Concern.builder().addObjects(PositionObject.builder()
                        .conduct("missile tests").build()).build(),
                    Agreement.builder().addObjects(PositionObject.builder()
                        .conduct("hold a 2+2").build())
                        .plannedMeeting(Ref.of("first-2plus2")).build(),
                    Welcome.builder().addObjects(PositionObject.builder()
                        .phenomenon(Ref.of("korean-peninsula")).build()).build(),
                    Support.builder().addObjects(PositionObject.builder()
                        .addTargets(Ref.of("unsc")).build()).build(),
                    Recognition.builder().build(),
                    Commitment.builder().build(),
                    Monitoring.builder().build(),
                    Appeal.builder().addObjects(PositionObject.builder()
                        .addTargets(Ref.of("dprk")).conduct("stop").build()).build())
                .confirmation(Confirmation.CONFIRMED)
                .addEvidence(Evidence.of(TEXT))
                .build(),
            UnilateralStatement.builder()
                .id("readout")
                .kind(StatementKind.READOUT)
                .issuer(Ref.of("rok"))
                .by(Attribution.of(Ref.of("cho"), Ref.of("rok-fm")))
                .date(FuzzyDate.parse("2024-10-22"))
                .addRelations(StatementRelation.of(RelationKind.FOLLOWS_UP, Ref.of("outcome")))
                .addPositions(Opposition.builder().addObjects(PositionObject.builder()
                    .conduct("expansion").build()).build())
                .confirmation(Confirmation.REPORTED)
                .build(),
            Remarks.builder()
                .id("lammy-hope")
                .speaker(Attribution.of(Ref.of("lammy"), Ref.of("uk-fs")))
                .side(Ref.of("uk"))
                .quote("We hope for more.")
                .engagement(Ref.of("call"))
                .addPositions(Hope.builder().addHolders(Ref.of("lammy")).addObjects(
                    PositionObject.builder().addTargets(Ref.of("rok")).conduct("cooperation")
                        .build()).build())
                .build())
        .addTopics(Topic.builder()
            .id("korean-peninsula")
            .label("Korean Peninsula")
            .kind(TopicKind.REGION)
            .addParents(Topics.SECURITY.ref())
            .owner(Ref.of("un"))
            .description("The peninsula and its seas.")
            .addExternalIds(ExternalId.parse("wikidata:Q483134"))
            .addEvidence(Evidence.of(RELEASE))
            .build())
        .addSources(
            Source.builder()
                .id(ARTICLE.id())
                .kind(SourceKind.NEWS_ARTICLE)
                .title("Korea and the UK meet")
                .publisher("Herald")
                .addAuthors("Choi Eun-ji", "Kim")
                .section("Politics")
                .published(FuzzyDate.parse("2024-10-22/2024-10-31"))
                .localTime(LocalTime.of(11, 9))
                .url(URI.create("https://example.org/article?id=1"))
                .language("en")
                .originalLanguage("ko")
                .note("A translation.")
                .build(),
            Source.builder()
                .id(RELEASE.id())
                .kind(SourceKind.PRESS_RELEASE)
                .title("The 9th dialogue")
                .published(FuzzyDate.parse("2024-10-21"))
                .publishedAt(ZonedDateTime.parse("2024-10-21T18:30:00+09:00[Asia/Seoul]"))
                .build(),
            Source.builder()
                .id(TEXT.id())
                .kind(SourceKind.STATEMENT_TEXT)
                .url(URI.create("https://example.org/statement"))
                .build())
        .build();
  }

  /** The smallest dossier there is: its id. */
  public static Dossier minimal() {
    return Dossier.builder().id("empty").build();
  }
}
