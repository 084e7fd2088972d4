package dev.entente.serialization;

import dev.entente.model.Accusation;
import dev.entente.model.Actor;
import dev.entente.model.ActorClaim;
import dev.entente.model.Agreement;
import dev.entente.model.Appeal;
import dev.entente.model.Appreciation;
import dev.entente.model.Attribution;
import dev.entente.model.Commitment;
import dev.entente.model.Concern;
import dev.entente.model.Condemnation;
import dev.entente.model.ConditionKind;
import dev.entente.model.Confirmation;
import dev.entente.model.CountryCode;
import dev.entente.model.DateClaim;
import dev.entente.model.Dialogue;
import dev.entente.model.DialogueSeries;
import dev.entente.model.Denial;
import dev.entente.model.Dossier;
import dev.entente.model.EntryCondition;
import dev.entente.model.Evidence;
import dev.entente.model.ExternalId;
import dev.entente.model.GovernmentBody;
import dev.entente.model.Grouping;
import dev.entente.model.GroupingKind;
import dev.entente.model.HedgeLevel;
import dev.entente.model.Hedging;
import dev.entente.model.Hope;
import dev.entente.model.Instrument;
import dev.entente.model.InstrumentKind;
import dev.entente.model.InstrumentStatus;
import dev.entente.model.InstrumentStep;
import dev.entente.model.Intensity;
import dev.entente.model.IntensityLevel;
import dev.entente.model.Intention;
import dev.entente.model.Interest;
import dev.entente.model.JointStatement;
import dev.entente.model.Level;
import dev.entente.model.Meeting;
import dev.entente.model.ChangeReason;
import dev.entente.model.MeetingChange;
import dev.entente.model.MeetingKind;
import dev.entente.model.Monitoring;
import dev.entente.model.Mutuality;
import dev.entente.model.MutualityKind;
import dev.entente.model.ObjectActor;
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
import dev.entente.model.PositionObject;
import dev.entente.model.Recognition;
import dev.entente.model.ReasonKind;
import dev.entente.model.Ref;
import dev.entente.model.Reiteration;
import dev.entente.model.RelationKind;
import dev.entente.model.Remarks;
import dev.entente.model.Signatory;
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
import dev.entente.model.VenueClaim;
import dev.entente.model.Welcome;
import dev.entente.model.Wording;
import dev.entente.time.FuzzyDate;
import java.net.URI;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The sample data of serialization's tests, in one place (entente-testing, which depends on this
 * module, cannot be used here).
 *
 * <p>{@link #dossier()} is a small but rich, valid dossier: the Korean and Japanese foreign
 * ministers meet in Seoul, condemn North Korea's launches in a joint statement and agree to meet
 * again. Its records are available alone, for tests of one record. {@link #everyType()} is the
 * same story with records of each kind it lacks, so that every type of the format appears once
 * at least; {@link #minimal()} is the smallest dossier there is.
 *
 * <pre>
 * actors:          0 kor, 1 jpn, 2 prk (states), 3 kor-jpn-usa (grouping),
 *                  4 cho (names, alias, tenure of kor-fm), 5 kamikawa (tenure of jp-fm)
 * offices:         0 kor-fm, 1 jp-fm
 * series:          0 kor-jpn-fm
 * engagements:     0 kor-jpn-fm-1 (dialogue, 2024-03-20, participants cho and kamikawa)
 * plannedMeetings: 0 kor-jpn-fm-2-plan (agreed 2024-03-20, window 2024-09)
 * statements:      0 js-1 (joint; 0 condemnation with hedging and intensity, 1 agreement),
 *                  1 rm-1 (remarks by cho, a concern)
 * topics:          0 shuttle-diplomacy
 * sources:         0 src-1 (press release), 1 src-2 (news article)
 * </pre>
 */
public final class SampleDossiers {

  private SampleDossiers() {}

  static FuzzyDate day(String text) {
    return FuzzyDate.parse(text);
  }

  static Evidence evidence() {
    return Evidence.of(Ref.of("src-1"));
  }

  static State korea() {
    return State.builder()
        .id("kor")
        .country(CountryCode.of("KR"))
        .name("Republic of Korea")
        .addExternalId(ExternalId.parse("wikidata:Q884"))
        .build();
  }

  static Grouping trilateral() {
    return Grouping.builder()
        .id("kor-jpn-usa")
        .name("Camp David trilateral")
        .fullName("Korea-Japan-United States trilateral partnership")
        .kind(GroupingKind.PARTNERSHIP)
        .addMember(Ref.of("kor"))
        .addMember(Ref.of("jpn"))
        .build();
  }

  static Tenure choTenure() {
    return Tenure.builder()
        .office(Ref.of("kor-fm"))
        .term(Term.from(day("2023-12-01")))
        .ordinal(41)
        .addEvidence(Evidence.quoting(Ref.of("src-2"), "sworn in as foreign minister"))
        .build();
  }

  static Person cho() {
    return Person.builder()
        .id("cho")
        .name("Cho Tae-yul")
        .addName(PersonName.builder()
            .text("조태열")
            .script("Kore")
            .language("ko")
            .romanization("Jo Tae-yeol")
            .build())
        .addAlias(Wording.of("FM Cho", evidence()))
        .addTenure(choTenure())
        .build();
  }

  static Person kamikawa() {
    return Person.builder()
        .id("kamikawa")
        .name("Kamikawa Yoko")
        .addTenure(Tenure.builder()
            .office(Ref.of("jp-fm"))
            .term(Term.of(day("2023-09-13"), day("2024-10-01")))
            .build())
        .build();
  }

  static Office koreanForeignMinister() {
    return Office.builder()
        .id("kor-fm")
        .title("Minister of Foreign Affairs")
        .shortTitle("Foreign Minister")
        .kind(OfficeKind.FOREIGN_MINISTER)
        .jurisdiction(Ref.of("kor"))
        .build();
  }

  static DialogueSeries series() {
    return DialogueSeries.builder()
        .id("kor-jpn-fm")
        .name("Korea-Japan foreign ministers' meeting")
        .addSide(Ref.of("kor"))
        .addSide(Ref.of("jpn"))
        .level(Level.MINISTERIAL)
        .addPrincipalKind(OfficeKind.FOREIGN_MINISTER)
        .established(day("2015"))
        .addEvidence(evidence())
        .build();
  }

  static Venue venue() {
    return Venue.builder()
        .country(CountryCode.of("KOR"))
        .city("Seoul")
        .building("Ministry of Foreign Affairs")
        .build();
  }

  static Participant participant() {
    return Participant.builder()
        .person(Ref.of("cho"))
        .side(Ref.of("kor"))
        .addOffice(Ref.of("kor-fm"))
        .addRole(ParticipantRole.PRINCIPAL)
        .addRole(ParticipantRole.CO_CHAIR)
        .addTitlesAsWritten(Wording.of("Foreign Minister Cho", evidence()))
        .build();
  }

  static DateClaim dateClaim() {
    return DateClaim.builder()
        .value(day("2024-03-20"))
        .wording("on Wednesday")
        .reference(day("2024-03-21"))
        .addEvidence(evidence())
        .build();
  }

  static Dialogue dialogue() {
    return Dialogue.builder()
        .id("kor-jpn-fm-1")
        .series(Ref.of("kor-jpn-fm"))
        .ordinal(1)
        .title("First Korea-Japan foreign ministers' meeting of 2024")
        .addSide(Ref.of("kor"))
        .addSide(Ref.of("jpn"))
        .host(Ref.of("kor"))
        .date(day("2024-03-20"))
        .addDateClaim(dateClaim())
        .venue(venue())
        .addParticipant(participant())
        .addParticipant(Participant.builder()
            .person(Ref.of("kamikawa"))
            .side(Ref.of("jpn"))
            .addOffice(Ref.of("jp-fm"))
            .addRole(ParticipantRole.PRINCIPAL)
            .build())
        .addTopic(Topics.SECURITY.ref())
        .addTopic(Ref.of("shuttle-diplomacy"))
        .addEvidence(evidence())
        .build();
  }

  static MeetingChange agreed() {
    return MeetingChange.builder()
        .status(PlannedStatus.AGREED)
        .date(day("2024-03-20"))
        .addWindow(DateClaim.of(day("2024-09"), evidence()))
        .announcedIn(Ref.of("js-1"))
        .addEvidence(evidence())
        .build();
  }

  static PlannedMeeting plannedMeeting() {
    return PlannedMeeting.builder()
        .id("kor-jpn-fm-2-plan")
        .title("Next foreign ministers' meeting, in Tokyo")
        .series(Ref.of("kor-jpn-fm"))
        .ordinal(2)
        .addSide(Ref.of("kor"))
        .addSide(Ref.of("jpn"))
        .host(Ref.of("jpn"))
        .addPrincipal(Ref.of("kor-fm"))
        .addPrincipal(Ref.of("jp-fm"))
        .addTopic(Ref.of("shuttle-diplomacy"))
        .addLifecycle(agreed())
        .build();
  }

  /**
   * A summit proposed by Japan, then postponed according to one source and cancelled according
   * to another; a source denies it was ever planned. Only {@link #everyType()} has it.
   */
  static PlannedMeeting disputedSummit() {
    Evidence news = Evidence.of(Ref.of("src-2"));
    return PlannedMeeting.builder()
        .id("kor-jpn-summit-plan")
        .kind(MeetingKind.SUMMIT)
        .addSide(Ref.of("kor"))
        .addSide(Ref.of("jpn"))
        .host(Ref.of("jpn"))
        .addLifecycle(MeetingChange.builder()
            .status(PlannedStatus.PROPOSED)
            .date(day("2024-01"))
            .initiator(Ref.of("jpn"))
            .addEvidence(evidence())
            .build())
        .addLifecycle(MeetingChange.builder()
            .status(PlannedStatus.POSTPONED)
            .date(day("2024-03-01"))
            .initiator(Ref.of("jpn"))
            .host(Ref.of("kor"))
            .venue(Venue.builder().city("Seoul").build())
            .reason(ChangeReason.builder()
                .kind(ReasonKind.DOMESTIC_CIRCUMSTANCES)
                .side(Ref.of("jpn"))
                .wording("due to circumstances on the Japanese side")
                .addEvidence(evidence())
                .build())
            .confirmation(Confirmation.DISPUTED)
            .addEvidence(evidence())
            .addAlternatives(MeetingChange.builder()
                .status(PlannedStatus.CANCELLED)
                .date(day("2024-03-01"))
                .confirmation(Confirmation.REPORTED)
                .addEvidence(news)
                .build())
            .build())
        .confirmation(Confirmation.DISPUTED)
        .addEvidence(evidence())
        .addDeniedBy(Evidence.quoting(Ref.of("src-2"), "no summit was ever arranged"))
        .build();
  }

  static Hedging hedging() {
    return Hedging.of(HedgeLevel.REPORTED, "reportedly");
  }

  static Intensity intensity() {
    return Intensity.of(IntensityLevel.STRONG, "strongly");
  }

  static PositionObject positionObject() {
    return PositionObject.builder()
        .addTarget(Ref.of("prk"))
        .conduct("ballistic missile launches")
        .hedging(hedging())
        .build();
  }

  static Condemnation condemnation() {
    return Condemnation.builder()
        .addHolder(Ref.of("kor"))
        .addHolder(Ref.of("jpn"))
        .addObject(positionObject())
        .intensity(intensity())
        .addGround("UN Security Council resolutions")
        .addTopic(Topics.NON_PROLIFERATION.ref())
        .wording("strongly condemned the reported launches")
        .addEvidence(evidence())
        .build();
  }

  static Attribution choAsMinister() {
    return Attribution.of(Ref.of("cho"), Ref.of("kor-fm"));
  }

  static JointStatement jointStatement() {
    return JointStatement.builder()
        .id("js-1")
        .addIssuer(Ref.<Actor>of("kor"))
        .addIssuer(Ref.<Actor>of("jpn"))
        .addSignatory(choAsMinister())
        .addSignatory(Attribution.of(Ref.of("kamikawa"), Ref.of("jp-fm")))
        .title("Joint press statement")
        .date(day("2024-03-20"))
        .engagement(Ref.of("kor-jpn-fm-1"))
        .addPosition(condemnation())
        .addPosition(Agreement.builder()
            .addHolder(Ref.of("kor"))
            .addHolder(Ref.of("jpn"))
            .addObject(PositionObject.builder().conduct("meet again in Tokyo").build())
            .plannedMeeting(Ref.of("kor-jpn-fm-2-plan"))
            .build())
        .confirmation(Confirmation.CONFIRMED)
        .addEvidence(evidence())
        .build();
  }

  static StatementRelation relation() {
    return StatementRelation.builder().kind(RelationKind.FOLLOWS_UP).target(Ref.of("js-1")).build();
  }

  static Remarks remarks() {
    return Remarks.builder()
        .id("rm-1")
        .speaker(choAsMinister())
        .side(Ref.of("kor"))
        .quote("We will keep the momentum of shuttle diplomacy.")
        .date(day("2024-03-20"))
        .engagement(Ref.of("kor-jpn-fm-1"))
        .addRelation(relation())
        .addPosition(Concern.builder()
            .addHolder(Ref.of("kor"))
            .addObject(PositionObject.builder()
                .phenomenon(Topics.NON_PROLIFERATION.ref())
                .build())
            .build())
        .addEvidence(Evidence.builder().source(Ref.of("src-2")).note("paraphrased").build())
        .build();
  }

  static Topic topic() {
    return Topic.builder()
        .id("shuttle-diplomacy")
        .label("Shuttle diplomacy")
        .kind(TopicKind.INITIATIVE)
        .addParent(Topics.SECURITY.ref())
        .owner(Ref.of("kor"))
        .description("Regular reciprocal visits of the leaders and ministers")
        .addEvidence(evidence())
        .build();
  }

  static Source pressRelease() {
    return Source.builder()
        .id("src-1")
        .kind(SourceKind.PRESS_RELEASE)
        .title("Outcome of the Korea-Japan foreign ministers' meeting")
        .publisher("Ministry of Foreign Affairs")
        .published(day("2024-03-20"))
        .publishedAt(ZonedDateTime.parse("2024-03-20T18:30+09:00[Asia/Seoul]"))
        .url(URI.create("https://www.mofa.go.kr/eng/brd/m_5676/view.do?seq=321234"))
        .language("en")
        .originalLanguage("ko")
        .note("English translation of the Korean release")
        .build();
  }

  static Source newsArticle() {
    return Source.builder()
        .id("src-2")
        .kind(SourceKind.NEWS_ARTICLE)
        .title("Cho, Kamikawa agree to keep up \"shuttle diplomacy\"")
        .publisher("Yonhap")
        .addAuthor("Kim Han-na")
        .addAuthor("Lee Jeong-min")
        .section("Politics")
        .published(day("2024-03"))
        .localTime(LocalTime.parse("19:05"))
        .language("en")
        .build();
  }

  static Signatory choSigning() {
    return Signatory.of(Ref.of("cho"), Ref.of("kor-fm"), Ref.of("kor"));
  }

  static EntryCondition notification() {
    return EntryCondition.builder()
        .kind(ConditionKind.NOTIFICATION)
        .wording("on the date of the later note confirming internal procedures")
        .addEvidence(evidence())
        .build();
  }

  /**
   * Japan's ratification, which one source reports as the memorandum's entry into force: a step
   * with an alternative account.
   */
  static InstrumentStep disputedRatification() {
    return InstrumentStep.builder()
        .status(InstrumentStatus.RATIFIED)
        .date(day("2024-05"))
        .party(Ref.of("jpn"))
        .wording("approved by the Cabinet")
        .confirmation(Confirmation.DISPUTED)
        .addEvidence(evidence())
        .addAlternative(InstrumentStep.builder()
            .status(InstrumentStatus.IN_FORCE)
            .date(day("2024-05"))
            .wording("took effect")
            .confirmation(Confirmation.REPORTED)
            .addEvidence(Evidence.of(Ref.of("src-2")))
            .build())
        .build();
  }

  /**
   * A memorandum of cooperation signed at the dialogue, ratified by both and in force, with one
   * ratification disputed. Only {@link #everyType()} has it.
   */
  static Instrument memorandum() {
    return Instrument.builder()
        .id("kor-jpn-shuttle-moc")
        .kind(InstrumentKind.MEMORANDUM_OF_COOPERATION)
        .title("Memorandum of Cooperation on Shuttle Diplomacy")
        .addParties(Ref.of("kor"), Ref.of("jpn"))
        .addTopics(Ref.of("shuttle-diplomacy"))
        .text(Ref.of("src-1"))
        .signing(Ref.of("kor-jpn-fm-1"))
        .addSignatories(choSigning(), Signatory.builder().person(Ref.of("kamikawa"))
            .party(Ref.of("jpn")).build())
        .addWitnesses(Attribution.builder().person(Ref.of("yoon")).build())
        .addConditions(notification())
        .addHistory(InstrumentStep.builder()
            .status(InstrumentStatus.SIGNED)
            .date(day("2024-03-20"))
            .addEvidence(evidence())
            .build())
        .addHistory(InstrumentStep.builder()
            .status(InstrumentStatus.RATIFIED)
            .date(day("2024-04"))
            .party(Ref.of("kor"))
            .build())
        .addHistory(disputedRatification())
        .addHistory(InstrumentStep.builder()
            .status(InstrumentStatus.IN_FORCE)
            .date(day("2024-06-01"))
            .confirmation(Confirmation.CONFIRMED)
            .build())
        .addEvidence(Evidence.of(Ref.of("src-2")))
        .build();
  }

  /**
   * A fact sheet of the dialogue: a joint statement of a kind, with topics of its own and a
   * relation that a source states.
   */
  static JointStatement factSheet() {
    return JointStatement.builder()
        .id("fact-sheet")
        .kind(StatementKind.FACT_SHEET)
        .addIssuer(Ref.<Actor>of("kor"))
        .addIssuer(Ref.<Actor>of("jpn"))
        .date(day("2024-03-20"))
        .engagement(Ref.of("kor-jpn-fm-1"))
        .addTopic(Ref.of("shuttle-diplomacy"))
        .addTopic(Topics.SECURITY.ref())
        .addRelation(StatementRelation.builder()
            .kind(RelationKind.REFERS_TO)
            .target(Ref.of("js-1"))
            .addEvidence(Evidence.quoting(Ref.of("src-2"), "as the joint statement said"))
            .build())
        .build();
  }

  /** The Korea-Japan story: a valid dossier using every part above. */
  public static Dossier dossier() {
    return Dossier.builder()
        .id("kor-jpn-2024")
        .title("Korea-Japan foreign ministers, 2024")
        .description("Shuttle diplomacy resumed")
        .addActor(korea())
        .addActor(State.of("jpn", CountryCode.of("JPN"), "Japan"))
        .addActor(State.of("prk", CountryCode.of("PRK"), "Democratic People's Republic of Korea"))
        .addActor(trilateral())
        .addActor(cho())
        .addActor(kamikawa())
        .addOffice(koreanForeignMinister())
        .addOffice(Office.builder()
            .id("jp-fm")
            .title("Minister for Foreign Affairs")
            .kind(OfficeKind.FOREIGN_MINISTER)
            .jurisdiction(Ref.of("jpn"))
            .build())
        .addSeries(series())
        .addEngagement(dialogue())
        .addPlannedMeeting(plannedMeeting())
        .addStatement(jointStatement())
        .addStatement(remarks())
        .addTopic(topic())
        .addSource(pressRelease())
        .addSource(newsArticle())
        .build();
  }

  /**
   * The Korea-Japan story with a record of each kind it lacks, appended after its own records
   * (their indexes are those of {@link #dossier()}): two government bodies, the UN and its
   * Security Council, an office in a body, a courtesy call during the dialogue, a readout with
   * every other kind of position, a fact sheet with topics and a sourced relation, a memorandum
   * signed at the dialogue with a disputed ratification, and a topic with an external id. Every object type of the
   * format, and every kind of scalar, appears in it.
   */
  public static Dossier everyType() {
    Dossier base = dossier();
    return base
        .withActors(concat(base.actors(),
            GovernmentBody.builder().id("kor-government").name("Government of Korea")
                .government(Ref.of("kor")).build(),
            GovernmentBody.builder().id("kor-mofa").name("Ministry of Foreign Affairs")
                .government(Ref.of("kor")).partOf(Ref.of("kor-government"))
                .addExternalIds(ExternalId.parse("wikidata:Q625869")).build(),
            Grouping.builder().id("un").name("UN").fullName("United Nations")
                .kind(GroupingKind.INTERNATIONAL_ORGANIZATION).build(),
            Grouping.builder().id("unsc").name("UNSC").fullName("UN Security Council")
                .kind(GroupingKind.ORGAN).partOf(Ref.of("un"))
                .addMembers(Ref.of("kor"), Ref.of("jpn")).build(),
            Person.builder().id("yoon").name("Yoon Suk Yeol").build()))
        .withOffices(concat(base.offices(), Office.builder().id("kor-mofa-spokesperson").title("Spokesperson")
            .kind(OfficeKind.MINISTER).jurisdiction(Ref.of("kor")).body(Ref.of("kor-mofa"))
            .addExternalIds(ExternalId.parse("wikidata:Q17000")).build()))
        .withEngagements(concat(base.engagements(), Meeting.builder()
            .id("call")
            .kind(MeetingKind.COURTESY_CALL)
            .addSides(Ref.of("jpn"), Ref.of("kor"))
            .host(Ref.of("kor"))
            .date(day("2024-03-20"))
            .startsAt(ZonedDateTime.parse("2024-03-20T16:00+09:00[Asia/Seoul]"))
            .venue(Venue.builder().city("Seoul")
                .addExternalIds(ExternalId.parse("geonames:1835848")).build())
            .partOf(Ref.of("kor-jpn-fm-1"))
            .initiator(Ref.of("jpn"))
            .addHostClaim(ActorClaim.builder().value(Ref.of("kor")).wording("in Seoul")
                .addEvidence(evidence()).build())
            .addVenueClaim(VenueClaim.of(Venue.builder().city("Seoul").build(), evidence()))
            .replaces(Ref.of("kor-jpn-summit-plan"))
            .addTopics(Topics.DEFENCE.ref())
            .addEvidence(evidence())
            .build()))
        .withPlannedMeetings(concat(base.plannedMeetings(), disputedSummit()))
        .withStatements(concat(base.statements(), UnilateralStatement.builder()
            .id("readout")
            .kind(StatementKind.READOUT)
            .issuer(Ref.of("kor"))
            .by(choAsMinister())
            .date(day("2024-03-21"))
            .addRelations(StatementRelation.of(RelationKind.FOLLOWS_UP, Ref.of("js-1")))
            .addPositions(
                Opposition.builder().addObjects(PositionObject.builder()
                    .conduct("unilateral changes of the status quo").build()).build(),
                Welcome.builder().addObjects(PositionObject.builder()
                    .phenomenon(Ref.of("korean-peninsula")).build()).build(),
                Support.builder().addObjects(PositionObject.builder()
                    .addTargets(Ref.of("unsc")).build()).build(),
                Recognition.builder().build(),
                Commitment.builder().build(),
                Monitoring.builder().build(),
                Appeal.builder().addObjects(PositionObject.builder()
                    .addTargets(Ref.of("prk")).conduct("stop").build()).build(),
                Hope.builder().addHolders(Ref.of("cho")).addObjects(PositionObject.builder()
                    .addTargets(Ref.of("jpn")).conduct("cooperation").build()).build(),
                Interest.builder().addObjects(PositionObject.builder()
                    .addActors(ObjectActor.of(Ref.of("unsc"), ObjectRole.SUBJECT))
                    .conduct("a seat on the council").build()).build(),
                Appreciation.builder().addHolders(Ref.of("kor"), Ref.of("jpn"))
                    .addObjects(PositionObject.builder()
                        .addActors(ObjectActor.of(Ref.of("jpn"), ObjectRole.CONDUCT),
                            ObjectActor.of(Ref.of("kor"), ObjectRole.CONDUCT))
                        .conduct("each other's hospitality").build())
                    .mutuality(Mutuality.of(MutualityKind.RECIPROCAL, "each other's"))
                    .build(),
                Intention.builder().addObjects(PositionObject.builder()
                    .conduct("visit Tokyo").build())
                    .period(DateClaim.builder().value(FuzzyDate.parse("2024-03-21/2024-12-31"))
                        .wording("until the end of the year").addEvidence(evidence()).build())
                    .build(),
                Accusation.builder().addObjects(PositionObject.builder()
                    .addActors(ObjectActor.of(Ref.of("prk"), ObjectRole.CONDUCT),
                        ObjectActor.of(Ref.of("un"), ObjectRole.MENTIONED))
                    .phenomenon(Ref.of("launch-2024-03")).build())
                    .reiteration(Reiteration.builder().wording("again").previous(Ref.of("js-1"))
                        .since(FuzzyDate.parse("2024-03")).addEvidence(evidence()).build())
                    .build(),
                Denial.builder().addObjects(PositionObject.builder()
                    .addActors(ObjectActor.of(Ref.of("jpn"), ObjectRole.ADDRESSEE))
                    .conduct("any plan to leave the talks").build()).build())
            .confirmation(Confirmation.REPORTED)
            .build(), factSheet()))
        .withInstruments(memorandum())
        .withTopics(concat(base.topics(), Topic.builder()
            .id("korean-peninsula")
            .label("Korean Peninsula")
            .kind(TopicKind.REGION)
            .addParents(Topics.SECURITY.ref())
            .owner(Ref.of("unsc"))
            .addExternalIds(ExternalId.parse("wikidata:Q483134"))
            .build(), Topic.builder()
            .id("launch-2024-03")
            .label("Missile launch of March 2024")
            .kind(TopicKind.EVENT)
            .date(FuzzyDate.parse("2024-03-18~"))
            .venue(Venue.builder().country(CountryCode.of("KP")).build())
            .build()));
  }

  /** {@code list} with {@code more} appended. */
  @SafeVarargs
  private static <T> List<T> concat(List<? extends T> list, T... more) {
    List<T> all = new ArrayList<>(list);
    for (T element : more) {
      all.add(element);
    }
    return all;
  }

  /** The smallest dossier there is: its id. */
  public static Dossier minimal() {
    return Dossier.builder().id("empty").build();
  }
}
