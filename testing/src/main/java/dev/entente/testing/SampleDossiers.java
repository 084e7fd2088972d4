package dev.entente.testing;

import dev.entente.model.Actor;
import dev.entente.model.Agreement;
import dev.entente.model.Attribution;
import dev.entente.model.Concern;
import dev.entente.model.Condemnation;
import dev.entente.model.CountryCode;
import dev.entente.model.DateClaim;
import dev.entente.model.Dialogue;
import dev.entente.model.DialogueSeries;
import dev.entente.model.Dossier;
import dev.entente.model.Evidence;
import dev.entente.model.Grouping;
import dev.entente.model.GroupingKind;
import dev.entente.model.HedgeLevel;
import dev.entente.model.Hedging;
import dev.entente.model.JointStatement;
import dev.entente.model.Level;
import dev.entente.model.Meeting;
import dev.entente.model.MeetingChange;
import dev.entente.model.MeetingKind;
import dev.entente.model.Office;
import dev.entente.model.OfficeKind;
import dev.entente.model.Participant;
import dev.entente.model.ParticipantRole;
import dev.entente.model.Person;
import dev.entente.model.PlannedMeeting;
import dev.entente.model.PlannedStatus;
import dev.entente.model.PositionObject;
import dev.entente.model.Ref;
import dev.entente.model.Remarks;
import dev.entente.model.Source;
import dev.entente.model.SourceKind;
import dev.entente.model.State;
import dev.entente.model.Support;
import dev.entente.model.Tenure;
import dev.entente.model.Term;
import dev.entente.model.Topic;
import dev.entente.model.TopicKind;
import dev.entente.model.Topics;
import dev.entente.model.Venue;
import dev.entente.time.FuzzyDate;
import dev.entente.validation.DossierValidator;
import java.net.URI;

/**
 * Small, valid sample dossiers for tests of code that reads, writes, exports or checks Entente
 * records, so that each test suite need not build its own.
 *
 * <p>{@link #korUsa()} is a complete dossier in a few records: Korea and the United States meet
 * twice in a foreign ministers' series, sign a joint statement at the first meeting and plan the
 * second, which is then held. It passes {@link DossierValidator#validate(Dossier)}, and each
 * call returns an equal value. Its records are also available alone ({@link #dialogue()},
 * {@link #call()}, {@link #statement()}), for tests of one record.
 *
 * <p>Its lists, by index (a test's JSON pointers may rely on them):
 *
 * <pre>
 * actors:          0 kor, 1 usa, 2 jpn, 3 prk, 4 cho (kor-fm since 2023-12-01),
 *                  5 blinken (us-secstate 2021-01-26/2025-01-20)
 * offices:         0 kor-fm, 1 us-secstate
 * series:          0 kor-usa-fm (kor, usa)
 * engagements:     0 fm-1 (ordinal 1, 2024-01-10, participants cho, blinken),
 *                  1 fm-2 (ordinal 2, 2024-06-10), 2 kor-jpn-call (2024-03-01, no participant)
 * plannedMeetings: 0 fm-2-plan (no ordinal; AGREED 2024-01-11 window 2024-06-01,
 *                  HELD 2024-06-10 as fm-2)
 * statements:      0 js-1 (2024-01-10 at fm-1; signatories cho, blinken;
 *                  positions 0 condemnation of prk, 1 agreement on fm-2-plan)
 * topics:          0 kor-usa-alliance (parent: built-in security)
 * sources:         0 src-1
 * </pre>
 *
 * <p>{@link #franceJapan()} is a second, smaller story with one of each kind of record that the
 * exports of {@code entente-interop} write (a meeting, a joint statement, remarks, a planned
 * meeting that is cancelled), with text that needs escaping in each format.
 */
public final class SampleDossiers {

  private SampleDossiers() {}

  private static FuzzyDate day(String text) {
    return FuzzyDate.parse(text);
  }

  private static Ref<Actor> actor(String id) {
    return Ref.of(id);
  }

  private static Evidence evidence() {
    return Evidence.of(Ref.of("src-1"));
  }

  private static Participant participant(String person, String side, String office) {
    return Participant.builder()
        .person(Ref.of(person))
        .side(actor(side))
        .addOffice(Ref.<Office>of(office))
        .addRole(ParticipantRole.PRINCIPAL)
        .build();
  }

  private static Tenure tenure(String office, Term term) {
    return Tenure.builder().office(Ref.of(office)).term(term).addEvidence(evidence()).build();
  }

  private static Person cho() {
    return Person.builder()
        .id("cho")
        .name("Cho Tae-yul")
        .addTenure(tenure("kor-fm", Term.from(day("2023-12-01"))))
        .build();
  }

  private static Person blinken() {
    return Person.builder()
        .id("blinken")
        .name("Antony Blinken")
        .addTenure(tenure("us-secstate", Term.of(day("2021-01-26"), day("2025-01-20"))))
        .build();
  }

  /**
   * Returns engagement 0 of {@link #korUsa()}: the first session of the series, with both
   * ministers as principals.
   *
   * @return the dialogue {@code fm-1}
   */
  public static Dialogue dialogue() {
    return Dialogue.builder()
        .id("fm-1")
        .series(Ref.of("kor-usa-fm"))
        .ordinal(1)
        .addSide(actor("kor"))
        .addSide(actor("usa"))
        .host(actor("kor"))
        .date(day("2024-01-10"))
        .addDateClaim(DateClaim.of(day("2024-01-10"), evidence()))
        .addParticipant(participant("cho", "kor", "kor-fm"))
        .addParticipant(participant("blinken", "usa", "us-secstate"))
        .addTopic(Topics.SECURITY.ref())
        .addEvidence(evidence())
        .build();
  }

  private static Dialogue fm2() {
    return Dialogue.builder()
        .id("fm-2")
        .series(Ref.of("kor-usa-fm"))
        .ordinal(2)
        .addSide(actor("usa"))
        .addSide(actor("kor"))
        .date(day("2024-06-10"))
        .addEvidence(evidence())
        .build();
  }

  /**
   * Returns engagement 2 of {@link #korUsa()}: a phone call between Korea and Japan without
   * participants.
   *
   * @return the meeting {@code kor-jpn-call}
   */
  public static Meeting call() {
    return Meeting.builder()
        .id("kor-jpn-call")
        .kind(MeetingKind.PHONE_CALL)
        .addSide(actor("kor"))
        .addSide(actor("jpn"))
        .date(day("2024-03-01"))
        .build();
  }

  private static MeetingChange agreed() {
    return MeetingChange.builder()
        .status(PlannedStatus.AGREED)
        .date(day("2024-01-11"))
        .addWindow(DateClaim.of(day("2024-06-01"), evidence()))
        .announcedIn(Ref.of("js-1"))
        .addEvidence(evidence())
        .build();
  }

  private static MeetingChange held() {
    return MeetingChange.builder()
        .status(PlannedStatus.HELD)
        .date(day("2024-06-10"))
        .heldAs(Ref.of("fm-2"))
        .addEvidence(evidence())
        .build();
  }

  private static PlannedMeeting plan() {
    return PlannedMeeting.builder()
        .id("fm-2-plan")
        .series(Ref.of("kor-usa-fm"))
        .addSide(actor("kor"))
        .addSide(actor("usa"))
        .addPrincipal(Ref.of("kor-fm"))
        .addPrincipal(Ref.of("us-secstate"))
        .addLifecycle(agreed())
        .addLifecycle(held())
        .build();
  }

  /**
   * Returns statement 0 of {@link #korUsa()}: a joint statement with a condemnation and an
   * agreement to meet again.
   *
   * @return the joint statement {@code js-1}
   */
  public static JointStatement statement() {
    return JointStatement.builder()
        .id("js-1")
        .title("Joint statement of the foreign ministers")
        .date(day("2024-01-10"))
        .engagement(Ref.of("fm-1"))
        .addPosition(Condemnation.builder()
            .addHolder(actor("kor"))
            .addHolder(actor("usa"))
            .addObject(PositionObject.builder()
                .addTarget(actor("prk"))
                .conduct("ballistic missile launches")
                .build())
            .addTopic(Topics.NON_PROLIFERATION.ref())
            .addEvidence(evidence())
            .build())
        .addPosition(Agreement.builder()
            .addHolder(actor("kor"))
            .addHolder(actor("usa"))
            .addObject(PositionObject.builder().conduct("meet again by June").build())
            .plannedMeeting(Ref.of("fm-2-plan"))
            .build())
        .addEvidence(evidence())
        .addIssuer(actor("kor"))
        .addIssuer(actor("usa"))
        .addSignatory(Attribution.of(Ref.of("cho"), Ref.of("kor-fm")))
        .addSignatory(Attribution.of(Ref.of("blinken"), Ref.of("us-secstate")))
        .build();
  }

  private static Topic alliance() {
    return Topic.builder()
        .id("kor-usa-alliance")
        .label("Korea-US alliance")
        .kind(TopicKind.INITIATIVE)
        .addParent(Topics.SECURITY.ref())
        .addEvidence(evidence())
        .build();
  }

  /**
   * Returns the Korea-US sample dossier described above.
   *
   * @return a valid dossier
   */
  public static Dossier korUsa() {
    return Dossier.builder()
        .id("kor-usa")
        .title("Korea-US foreign ministers, 2024")
        .addActor(State.of("kor", CountryCode.of("KOR"), "Republic of Korea"))
        .addActor(State.of("usa", CountryCode.of("USA"), "United States"))
        .addActor(State.of("jpn", CountryCode.of("JPN"), "Japan"))
        .addActor(State.of("prk", CountryCode.of("PRK"), "DPRK"))
        .addActor(cho())
        .addActor(blinken())
        .addOffice(Office.builder()
            .id("kor-fm")
            .title("Minister of Foreign Affairs")
            .kind(OfficeKind.FOREIGN_MINISTER)
            .jurisdiction(actor("kor"))
            .build())
        .addOffice(Office.builder()
            .id("us-secstate")
            .title("Secretary of State")
            .kind(OfficeKind.FOREIGN_MINISTER)
            .jurisdiction(actor("usa"))
            .build())
        .addSeries(DialogueSeries.builder()
            .id("kor-usa-fm")
            .name("Korea-US foreign ministers' meeting")
            .addSide(actor("kor"))
            .addSide(actor("usa"))
            .level(Level.MINISTERIAL)
            .addEvidence(evidence())
            .build())
        .addEngagement(dialogue())
        .addEngagement(fm2())
        .addEngagement(call())
        .addPlannedMeeting(plan())
        .addStatement(statement())
        .addTopic(alliance())
        .addSource(Source.builder()
            .id("src-1")
            .kind(SourceKind.PRESS_RELEASE)
            .title("Joint press release")
            .language("en")
            .build())
        .build();
  }

  /**
   * Returns a small dossier with one of each kind of record that the exports (PLOVER, CAMEO,
   * JSON-LD) write: France and Japan meet in Paris, issue a joint statement and France's minister
   * speaks; a next meeting is agreed and then cancelled. Its source's title has quotes and a tab,
   * and a quote in its evidence has quotes, so that each export's escaping is exercised. It
   * passes {@link DossierValidator#validate(Dossier)}, and each call returns an equal value.
   *
   * <pre>
   * actors:          0 fr, 1 jp, 2 kp (states), 3 g7 (grouping),
 *                  4 minister (a person, fr-fm since 2024-01-11)
   * offices:         0 fr-fm
   * engagements:     0 talks (meeting, 2024-03-01 in Paris, hosted by fr; minister for fr)
   * plannedMeetings: 0 next (AGREED 2024-03-01, CANCELLED 2024-06)
   * statements:      0 joint (joint, 2024-03, at talks; 0 condemnation of kp, 1 concern, hedged
   *                  as reported), 1 quote (remarks by minister as fr-fm; 0 support of g7)
   * sources:         0 news (news article of 2024-03-02)
   * </pre>
   *
   * @return a valid dossier
   */
  public static Dossier franceJapan() {
    return Dossier.builder()
        .id("fra-jpn")
        .addSources(Source.builder().id("news").kind(SourceKind.NEWS_ARTICLE)
            .title("Ministers \"meet\"\tin Paris").publisher("Daily").language("en")
            .published(day("2024-03-02"))
            .url(URI.create("https://example.org/news/1")).build())
        .addActors(
            State.of("fr", CountryCode.of("FR"), "France"),
            State.of("jp", CountryCode.of("JP"), "Japan"),
            State.of("kp", CountryCode.of("KP"), "DPRK"),
            Grouping.builder().id("g7").name("G7").kind(GroupingKind.FORUM).build(),
            Person.builder().id("minister").name("Jeanne Martin")
                .addTenure(Tenure.builder().office(Ref.of("fr-fm"))
                    .term(Term.from(day("2024-01-11"))).build())
                .build())
        .addOffices(Office.builder().id("fr-fm").title("Minister for Europe and Foreign Affairs")
            .kind(OfficeKind.FOREIGN_MINISTER).jurisdiction(actor("fr")).build())
        .addEngagements(Meeting.builder().id("talks").kind(MeetingKind.MEETING)
            .addSides(actor("jp"), actor("fr")).host(actor("fr"))
            .date(day("2024-03-01"))
            .venue(Venue.builder().country(CountryCode.of("FR")).city("Paris").build())
            .addParticipants(Participant.builder().person(Ref.of("minister")).side(actor("fr"))
                .addOffice(Ref.of("fr-fm")).build())
            .addTopics(Topics.CYBER.ref())
            .addEvidence(Evidence.of(Ref.of("news")))
            .build())
        .addStatements(
            JointStatement.builder().id("joint").addIssuers(actor("fr"), actor("jp"))
                .date(day("2024-03"))
                .engagement(Ref.of("talks"))
                .addPositions(
                    Condemnation.builder()
                        .addObjects(PositionObject.builder().addTargets(actor("kp"))
                            .conduct("missile launches").build())
                        .addTopics(Topics.NON_PROLIFERATION.ref())
                        .wording("We condemn the launches")
                        .build(),
                    Concern.builder()
                        .addObjects(PositionObject.builder().addTargets(actor("kp"))
                            .conduct("arms transfers")
                            .hedging(Hedging.of(HedgeLevel.REPORTED, "reported")).build())
                        .build())
                .addEvidence(Evidence.quoting(Ref.of("news"), "They said \"enough\"."))
                .build(),
            Remarks.builder().id("quote")
                .speaker(Attribution.of(Ref.of("minister"), Ref.of("fr-fm")))
                .side(actor("fr"))
                .date(day("2024-03-01"))
                .quote("We stand with the G7.")
                .addPositions(Support.builder()
                    .addObjects(PositionObject.builder().addTargets(actor("g7")).conduct("the G7")
                        .build())
                    .build())
                .build())
        .addPlannedMeetings(PlannedMeeting.builder().id("next").title("Next talks")
            .addSides(actor("fr"), actor("jp"))
            .addLifecycle(
                MeetingChange.builder().status(PlannedStatus.AGREED).date(day("2024-03-01"))
                    .build(),
                MeetingChange.builder().status(PlannedStatus.CANCELLED).date(day("2024-06"))
                    .build())
            .build())
        .build();
  }
}
