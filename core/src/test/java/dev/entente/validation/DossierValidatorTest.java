package dev.entente.validation;

import static dev.entente.fixtures.Fixture.actor;
import static dev.entente.fixtures.Fixture.append;
import static dev.entente.fixtures.Fixture.day;
import static dev.entente.fixtures.Fixture.dossier;
import static dev.entente.fixtures.Fixture.evidence;
import static dev.entente.fixtures.Fixture.participant;
import static dev.entente.fixtures.Fixture.replace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.entente.fixtures.Fixture;
import dev.entente.model.Attribution;
import dev.entente.model.Condemnation;
import dev.entente.model.DateClaim;
import dev.entente.model.Dialogue;
import dev.entente.model.Dossier;
import dev.entente.model.Engagement;
import dev.entente.model.Evidence;
import dev.entente.model.Grouping;
import dev.entente.model.GroupingKind;
import dev.entente.model.JointStatement;
import dev.entente.model.MeetingChange;
import dev.entente.model.Position;
import dev.entente.model.Mutuality;
import dev.entente.model.MutualityKind;
import dev.entente.model.Reiteration;
import dev.entente.model.ObjectActor;
import dev.entente.model.ObjectRole;
import dev.entente.model.Participant;
import dev.entente.model.Person;
import dev.entente.model.PlannedMeeting;
import dev.entente.model.PlannedStatus;
import dev.entente.model.Ref;
import dev.entente.model.Source;
import dev.entente.model.SourceKind;
import dev.entente.model.Statement;
import dev.entente.model.Term;
import dev.entente.model.Topic;
import dev.entente.model.TopicKind;
import dev.entente.model.Topics;
import dev.entente.time.FuzzyDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DossierValidatorTest {

  private static final Dossier VALID = dossier();

  // ---------------------------------------------------------------- helpers

  private static Dossier withEngagement(int index, Engagement engagement) {
    return VALID.withEngagements(replace(VALID.engagements(), index, engagement));
  }

  private static Dossier withParticipant(int index, Participant participant) {
    Dialogue fm1 = (Dialogue) VALID.engagements().get(0);
    return withEngagement(0, fm1.withParticipants(replace(fm1.participants(), index, participant)));
  }

  private static Dossier withPlan(PlannedMeeting plan) {
    return VALID.withPlannedMeetings(List.of(plan));
  }

  private static Dossier withChange(int index, MeetingChange change) {
    PlannedMeeting plan = VALID.plannedMeetings().get(0);
    return withPlan(plan.withLifecycle(replace(plan.lifecycle(), index, change)));
  }

  private static Dossier withStatement(Statement statement) {
    return VALID.withStatements(List.of(statement));
  }

  private static Violation onlyViolationOf(Dossier dossier) {
    List<Violation> violations = DossierValidator.validate(dossier);
    assertThat(violations).hasSize(1);
    return violations.get(0);
  }

  private static void assertOnly(
      Dossier dossier, ViolationCode code, String pointer, String... named) {
    Violation violation = onlyViolationOf(dossier);
    assertThat(violation.code()).isEqualTo(code);
    assertThat(violation.pointer()).isEqualTo(pointer);
    assertThat(violation.message()).contains(named);
  }

  // ---------------------------------------------------------------- the valid fixture

  @Test
  void acceptsTheValidFixture() {
    assertThat(DossierValidator.validate(VALID)).isEmpty();
  }

  @Test
  void acceptsAnEmptyDossier() {
    assertThat(DossierValidator.validate(Dossier.builder().id("empty").build())).isEmpty();
  }

  @Test
  void returnsAnUnmodifiableList() {
    List<Violation> violations = DossierValidator.validate(VALID);
    Violation any = new Violation("/x", ViolationCode.DUPLICATE_ID, "m");
    assertThatThrownBy(() -> violations.add(any))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  // ---------------------------------------------------------------- duplicate ids

  @Test
  void reportsSecondRecordWithAnIdAlreadyUsed() {
    Source clash = Source.builder()
        .id("kor").kind(SourceKind.OTHER).title("A source named like a state").language("en")
        .build();
    assertOnly(VALID.withSources(append(VALID.sources(), clash)),
        ViolationCode.DUPLICATE_ID, "/sources/1/id", "\"kor\"", "/actors/0");
  }

  @Test
  void reportsTopicThatReusesABuiltInTopicId() {
    Topic security = Topic.builder().id("security").label("Security").kind(TopicKind.THEME).build();
    assertOnly(VALID.withTopics(append(VALID.topics(), security)),
        ViolationCode.DUPLICATE_ID, "/topics/1/id", "\"security\"", "built-in");
  }

  // ---------------------------------------------------------------- references

  @Test
  void reportsReferenceThatPointsAtNothing() {
    Participant participant = Fixture.participant("blinken", "usa", "uk-foreign-sec");
    assertOnly(withParticipant(1, participant), ViolationCode.DANGLING_REFERENCE,
        "/engagements/0/participants/1/office", "\"uk-foreign-sec\"", "Office");
  }

  @Test
  void reportsDanglingReferenceDeepInAPosition() {
    JointStatement statement = Fixture.statement();
    Condemnation condemnation =
        (Condemnation) statement.positions().get(0);
    Condemnation broken = condemnation.withObjects(
        condemnation.objects().get(0).withTargets(actor("north-korea")));
    assertOnly(withStatement(statement.withPositions(replace(statement.positions(), 0, broken))),
        ViolationCode.DANGLING_REFERENCE, "/statements/0/positions/0/objects/0/targets/0",
        "\"north-korea\"");
  }

  @Test
  void reportsEvidenceWhoseSourceIsMissing() {
    Dialogue fm2 = Fixture.fm2().withEvidence(Evidence.of(Ref.of("src-9")));
    assertOnly(withEngagement(1, fm2), ViolationCode.DANGLING_REFERENCE,
        "/engagements/1/evidence/0/source", "\"src-9\"", "Source");
  }

  @Test
  void reportsTopicReferenceThatIsNeitherDeclaredNorBuiltIn() {
    Dialogue fm1 = Fixture.fm1().withTopics(Topics.SECURITY.ref(), Ref.of("quantum-computing"));
    assertOnly(withEngagement(0, fm1), ViolationCode.DANGLING_REFERENCE,
        "/engagements/0/topics/1", "\"quantum-computing\"", "Topic");
  }

  @Test
  void reportsParticipantWhosePersonIsAState() {
    Participant participant = Fixture.participant("kor", "kor", "kor-fm");
    assertOnly(withParticipant(0, participant), ViolationCode.WRONG_REFERENCE_KIND,
        "/engagements/0/participants/0/person", "\"kor\"", "State", "Person");
  }

  @Test
  void reportsOfficeThatPointsAtASource() {
    Participant participant = Fixture.participant("cho", "kor", "src-1");
    assertOnly(withParticipant(0, participant), ViolationCode.WRONG_REFERENCE_KIND,
        "/engagements/0/participants/0/office", "\"src-1\"", "Source", "Office");
  }

  @Test
  void reportsTenureWhoseOfficeIsMissing() {
    Person cho = Fixture.cho();
    Person broken = cho.withTenures(cho.tenures().get(0), Fixture.tenure("kor-pm",
        Term.from(day("2020-01-01"))));
    assertOnly(VALID.withActors(replace(VALID.actors(), 4, broken)),
        ViolationCode.DANGLING_REFERENCE, "/actors/4/tenures/1/office", "\"kor-pm\"");
  }

  // ---------------------------------------------------------------- sides

  @Test
  void reportsSideThatIsNeitherAStateNorAGrouping() {
    Engagement call = Fixture.call().withSides(actor("kor"), actor("cho"));
    assertOnly(withEngagement(2, call), ViolationCode.SIDE_NOT_STATE_OR_GROUPING,
        "/engagements/2/sides/1", "\"cho\"", "Person");
  }

  @Test
  void acceptsAGroupingAsASide() {
    Grouping asean = Grouping.builder()
        .id("asean").name("ASEAN").kind(GroupingKind.INTERNATIONAL_ORGANIZATION).build();
    Dossier dossier = VALID.withActors(append(VALID.actors(), asean));
    assertThat(DossierValidator.validate(
            dossier.withEngagements(replace(dossier.engagements(), 2,
                Fixture.call().withSides(actor("kor"), actor("asean"))))))
        .isEmpty();
  }

  @Test
  void reportsParticipantWhoseSideIsNotASide() {
    Participant participant = Fixture.participant("cho", "jpn", "kor-fm");
    assertOnly(withParticipant(0, participant), ViolationCode.PARTICIPANT_NOT_ON_SIDE,
        "/engagements/0/participants/0/side", "\"jpn\"", "fm-1");
  }

  @Test
  void reportsDialogueWhoseSidesDifferFromItsSeries() {
    Dialogue fm2 = Fixture.fm2().withSides(actor("kor"), actor("jpn"));
    // The plan held as fm-2 would now disagree too; this test breaks the dialogue alone.
    Dossier dossier = withEngagement(1, fm2).withPlannedMeetings(List.of());
    dossier = dossier.withStatements(List.of(stripAgreement(Fixture.statement())));
    assertOnly(dossier, ViolationCode.SERIES_SIDES_MISMATCH, "/engagements/1/sides",
        "kor-usa-fm", "jpn");
  }

  private static JointStatement stripAgreement(JointStatement statement) {
    return statement.withPositions(statement.positions().get(0));
  }

  @Test
  void reportsJointStatementWhoseIssuersAreNotTheEngagementSides() {
    JointStatement statement = Fixture.statement().withIssuers(actor("kor"), actor("jpn"));
    assertOnly(withStatement(statement), ViolationCode.ISSUERS_NOT_SIDES,
        "/statements/0/issuers", "jpn", "fm-1");
  }

  // ---------------------------------------------------------------- ordinals

  @Test
  void reportsTwoDialoguesOfASeriesWithTheSameOrdinal() {
    assertOnly(withEngagement(1, Fixture.fm2().withOrdinal(1)), ViolationCode.DUPLICATE_ORDINAL,
        "/engagements/1/ordinal", "1", "fm-1");
  }

  @Test
  void reportsPlannedMeetingWithTheOrdinalOfAnotherDialogue() {
    assertOnly(withPlan(Fixture.plan().withOrdinal(1)), ViolationCode.DUPLICATE_ORDINAL,
        "/plannedMeetings/0/ordinal", "fm-1");
  }

  @Test
  void acceptsPlannedMeetingWithTheOrdinalOfTheDialogueItWasHeldAs() {
    assertThat(DossierValidator.validate(withPlan(Fixture.plan().withOrdinal(2)))).isEmpty();
  }

  @Test
  void reportsHigherOrdinalDatedBeforeALowerOne() {
    assertOnly(withEngagement(0, Fixture.fm1().withOrdinal(3)),
        ViolationCode.ORDINALS_OUT_OF_ORDER, "/engagements/1/ordinal", "fm-1", "fm-2",
        "2024-01-10");
  }

  @Test
  void reportsTwoSessionsOfASeriesThatAreTheSameRound() {
    Dossier rounds = withEngagement(0, Fixture.fm1().withRound(Year.of(2024)));
    rounds = rounds.withEngagements(
        replace(rounds.engagements(), 1, Fixture.fm2().withRound(Year.of(2024))));
    assertOnly(rounds, ViolationCode.DUPLICATE_ROUND, "/engagements/1/round",
        "round 2024", "\"kor-usa-fm\"", "\"fm-1\"");
  }

  @Test
  void acceptsRoundsOfDifferentYearsAndTheSameYearInAnotherSeries() {
    Dossier rounds = withEngagement(0, Fixture.fm1().withRound(Year.of(2024)));
    rounds = rounds.withEngagements(
        replace(rounds.engagements(), 1, Fixture.fm2().withRound(Year.of(2025))));
    assertThat(DossierValidator.validate(rounds)).isEmpty();
  }

  @Test
  void anUndatedSessionIsOutOfOrderWithNone() {
    // The 3rd session, known only by its ordinal, sits between sessions certainly dated either
    // side of any day: its date is unknown, not wrong.
    Dialogue third = Dialogue.builder().id("fm-3").series(Ref.of("kor-usa-fm")).ordinal(3)
        .addSide(actor("kor")).addSide(actor("usa")).build();
    Dossier dossier = VALID.withEngagements(append(VALID.engagements(), third));
    assertThat(DossierValidator.validate(dossier)).isEmpty();
    Dialogue before = third.withOrdinal(1);
    assertOnly(VALID.withEngagements(append(VALID.engagements(), before)),
        ViolationCode.DUPLICATE_ORDINAL, "/engagements/3/ordinal", "ordinal 1", "\"fm-1\"");
  }

  @Test
  void aParticipantOfAnUndatedEngagementIsNeverOutsideATerm() {
    // Cho's recorded term starts after fm-1's day; undated, fm-1 may have been within it. The
    // joint statement he signed on fm-1's day is still certainly outside it.
    Person cho = Fixture.cho().withTenures(
        Fixture.tenure("kor-fm", Term.from(day("2024-03-01"))));
    Dialogue undated = Fixture.fm1().withDate(java.util.Optional.empty());
    assertOnly(withEngagement(0, undated).withActors(replace(VALID.actors(), 4, cho)),
        ViolationCode.OFFICE_OUTSIDE_TERM, "/statements/0/signatories/0/office", "\"cho\"",
        "\"kor-fm\"", "2024-01-10");
  }

  @Test
  void reportsAnOfficeOfTheOtherSideAtItsPlaceInOffices() {
    Participant twoOffices = Participant.builder().person(Ref.of("cho")).side(actor("kor"))
        .addOffices(Ref.of("kor-fm"), Ref.of("us-secstate")).build();
    assertOnly(withParticipant(0, twoOffices), ViolationCode.OFFICE_OF_OTHER_SIDE,
        "/engagements/0/participants/0/offices/1", "\"cho\"", "\"us-secstate\"", "\"usa\"",
        "\"kor\"", "\"fm-1\"");
  }

  @Test
  void acceptsAStatementAtAnUndatedEngagement() {
    Dossier undated = withEngagement(0, Fixture.fm1().withDate(java.util.Optional.empty()));
    assertThat(DossierValidator.validate(
            undated.withStatements(List.of(Fixture.statement().withDate(day("2024-01-09"))))))
        .isEmpty();
  }

  // ---------------------------------------------------------------- dates

  @Test
  void reportsStatementDatedBeforeItsEngagement() {
    assertOnly(withStatement(Fixture.statement().withDate(day("2024-01-09"))),
        ViolationCode.STATEMENT_BEFORE_ENGAGEMENT, "/statements/0/date", "2024-01-09", "fm-1");
  }

  @Test
  void acceptsStatementThatMightBeOnTheDayOfItsEngagement() {
    // Only a certain violation is reported. With exact days "might" means "the same day"; with
    // fuzzy dates, a statement dated 2024-01 at an engagement on 2024-01-10 is accepted too,
    // and so is one dated 2024-01-10 at an engagement dated 2024-01.
    assertThat(DossierValidator.validate(
            withStatement(Fixture.statement().withDate(day("2024-01-10")))))
        .isEmpty();
  }

  @Test
  void reportsWindowThatEndsBeforeItsAnnouncement() {
    MeetingChange agreed = Fixture.agreed()
        .withWindows(DateClaim.of(day("2023-12-01"), evidence()));
    assertOnly(withChange(0, agreed), ViolationCode.WINDOW_BEFORE_ANNOUNCEMENT,
        "/plannedMeetings/0/lifecycle/0/windows/0/value", "2023-12-01", "2024-01-11");
  }

  @Test
  void reportsLifecycleChangeDatedBeforeThePreviousOne() {
    MeetingChange scheduled = MeetingChange.builder().status(PlannedStatus.SCHEDULED)
        .date(day("2024-01-01")).build();
    assertOnly(withChange(1, scheduled),
        ViolationCode.LIFECYCLE_OUT_OF_ORDER, "/plannedMeetings/0/lifecycle/1/date",
        "2024-01-01", "2024-01-11");
  }

  @Test
  void reportsPlanHeldAsAnEngagementWithOtherSides() {
    assertOnly(withChange(1, Fixture.held().withHeldAs(Ref.of("kor-jpn-call"))),
        ViolationCode.HELD_AS_MISMATCH, "/plannedMeetings/0/lifecycle/1/heldAs",
        "\"kor-jpn-call\"", "fm-2-plan");
  }

  @Test
  void reportsPlanHeldAsAnEngagementDatedBeforeItWasAgreed() {
    // Undated, so that only the engagement's date is compared with the agreement.
    MeetingChange held = Fixture.held().withHeldAs(Ref.of("fm-1")).withDate(Optional.empty());
    assertOnly(withChange(1, held),
        ViolationCode.HELD_AS_MISMATCH, "/plannedMeetings/0/lifecycle/1/heldAs",
        "\"fm-1\"", "2024-01-10", "2024-01-11");
  }

  // ---------------------------------------------------------------- offices

  @Test
  void reportsParticipantSeatedInAnOfficeOfTheOtherSide() {
    assertOnly(withParticipant(0, Fixture.participant("cho", "kor", "us-secstate")),
        ViolationCode.OFFICE_OF_OTHER_SIDE, "/engagements/0/participants/0/office",
        "\"cho\"", "\"us-secstate\"", "\"usa\"", "\"kor\"");
  }

  @Test
  void reportsParticipantNamedWithAnOfficeOutsideTheirTerm() {
    Person cho = Fixture.cho().withTenures(
        Fixture.tenure("kor-fm", Term.from(day("2024-03-01"))));
    // Cho both met and signed on 2024-01-10: each naming is reported where it is.
    List<Violation> violations =
        DossierValidator.validate(VALID.withActors(replace(VALID.actors(), 4, cho)));
    assertThat(violations)
        .extracting(Violation::code, Violation::pointer)
        .containsExactly(
            tuple(
                ViolationCode.OFFICE_OUTSIDE_TERM, "/engagements/0/participants/0/office"),
            tuple(
                ViolationCode.OFFICE_OUTSIDE_TERM, "/statements/0/signatories/0/office"));
    assertThat(violations.get(0).message())
        .contains("\"cho\"", "\"kor-fm\"", "2024-01-10", "2024-03-01/..");
  }

  @Test
  void reportsSignatoryNamedWithAnOfficeTheyNeverHeld() {
    JointStatement statement = Fixture.statement();
    JointStatement broken = statement.withSignatories(statement.signatories().get(0),
        Attribution.of(Ref.of("cho"), Ref.of("us-secstate")));
    assertOnly(withStatement(broken), ViolationCode.OFFICE_NOT_HELD,
        "/statements/0/signatories/1/office", "\"us-secstate\"");
  }

  // ---------------------------------------------------------------- self references

  @Test
  void reportsGroupingThatIsAMemberOfItself() {
    Grouping quad = Grouping.builder()
        .id("quad").name("Quad").kind(GroupingKind.PARTNERSHIP)
        .addMember(actor("usa"))
        .addMember(actor("quad"))
        .build();
    assertOnly(VALID.withActors(append(VALID.actors(), quad)), ViolationCode.SELF_REFERENCE,
        "/actors/6/members/1", "\"quad\"");
  }

  @Test
  void reportsTopicThatIsItsOwnParent() {
    Topic alliance = Fixture.alliance()
        .withParents(Topics.SECURITY.ref(), Ref.of("kor-usa-alliance"));
    assertOnly(VALID.withTopics(alliance), ViolationCode.SELF_REFERENCE,
        "/topics/0/parents/1", "\"kor-usa-alliance\"");
  }

  // ---------------------------------------------------------------- several at once, order

  @Test
  void reportsEveryViolationNotJustTheFirst() {
    Dossier dossier = withParticipant(0, Fixture.participant("cho", "jpn", "kor-fm"))
        .withStatements(List.of(Fixture.statement().withDate(day("2024-01-09"))))
        .withTopics(Fixture.alliance().withOwner(actor("nobody")));

    assertThat(DossierValidator.validate(dossier))
        .extracting(Violation::code, Violation::pointer)
        .containsExactlyInAnyOrder(
            tuple(
                ViolationCode.PARTICIPANT_NOT_ON_SIDE, "/engagements/0/participants/0/side"),
            tuple(
                ViolationCode.STATEMENT_BEFORE_ENGAGEMENT, "/statements/0/date"),
            tuple(
                ViolationCode.DANGLING_REFERENCE, "/topics/0/owner"));
  }

  @Test
  void listsViolationsInDocumentOrder() {
    // Broken in reverse document order, to show the order is the document's, not the edits'.
    Dialogue fm1 = Fixture.fm1()
        .withSeries(Ref.of("no-series"))
        .withParticipants(Fixture.participant("cho", "jpn", "kor-fm"),
            Fixture.participant("blinken", "usa", "us-secstate"))
        .withEvidence(Evidence.of(Ref.of("src-9")));
    Dossier dossier = VALID
        .withTopics(Fixture.alliance().withOwner(actor("nobody")))
        .withEngagements(replace(VALID.engagements(), 0, fm1))
        .withActors(replace(VALID.actors(), 4,
            Fixture.cho().withTenures(Fixture.cho().tenures().get(0),
                Fixture.tenure("kor-pm", Term.from(day("2020-01-01"))))));

    assertThat(DossierValidator.validate(dossier))
        .extracting(Violation::pointer)
        .containsExactly(
            "/actors/4/tenures/1/office",
            "/engagements/0/participants/0/side",
            "/engagements/0/evidence/0/source",
            "/engagements/0/series",
            "/topics/0/owner");
  }

  @Test
  void violationToStringShowsPointerCodeAndMessage() {
    Violation violation = onlyViolationOf(
        withParticipant(1, Fixture.participant("blinken", "usa", "uk-foreign-sec")));
    assertThat(violation).hasToString("/engagements/0/participants/1/office: dangling-reference: "
        + "reference \"uk-foreign-sec\" points at no Office in the dossier");
  }

  @Test
  void messagesNameTheBadValue() {
    List<String> messages = DossierValidator.validate(
            withParticipant(0, Fixture.participant("cho", "jpn", "kor-fm")))
        .stream().map(Violation::message).collect(Collectors.toList());
    assertThat(messages).singleElement().asString().contains("\"jpn\"");
  }

  // ---------------------------------------------------------------- positions' marks and roles

  private static JointStatement withFirstPosition(Position position) {
    JointStatement statement = Fixture.statement();
    return statement.withPositions(replace(statement.positions(), 0, position));
  }

  @Test
  void reportsAMutualPositionWithOneHolder() {
    Condemnation condemnation = (Condemnation) Fixture.statement().positions().get(0);
    Condemnation alone = condemnation.withHolders(actor("kor"))
        .withMutuality(Mutuality.of(MutualityKind.RECIPROCAL, "each other's"));
    assertOnly(withStatement(withFirstPosition(alone)), ViolationCode.MUTUAL_SINGLE_HOLDER,
        "/statements/0/positions/0/mutuality", "RECIPROCAL", "kor");
  }

  @Test
  void acceptsAMutualPositionHeldByTheStatementsTwoIssuers() {
    Condemnation condemnation = (Condemnation) Fixture.statement().positions().get(0);
    Condemnation mutual = condemnation.withHolders(List.of())
        .withMutuality(Mutuality.of(MutualityKind.JOINT, "mutual"));
    assertThat(DossierValidator.validate(withStatement(withFirstPosition(mutual)))).isEmpty();
  }

  @Test
  void reportsAPositionThatRestatesItsOwnStatement() {
    Condemnation condemnation = (Condemnation) Fixture.statement().positions().get(0);
    Condemnation restated = condemnation.withReiteration(
        Reiteration.builder().wording("reaffirmed").previous(Ref.of("js-1")).build());
    assertOnly(withStatement(withFirstPosition(restated)), ViolationCode.SELF_REFERENCE,
        "/statements/0/positions/0/reiteration/previous", "\"js-1\"");
  }

  @Test
  void reportsAReiterationOfAStatementThatIsMissing() {
    Condemnation condemnation = (Condemnation) Fixture.statement().positions().get(0);
    Condemnation restated = condemnation.withReiteration(
        Reiteration.builder().wording("reaffirmed").previous(Ref.of("js-0")).build());
    assertOnly(withStatement(withFirstPosition(restated)), ViolationCode.DANGLING_REFERENCE,
        "/statements/0/positions/0/reiteration/previous", "\"js-0\"");
  }

  @Test
  void reportsARoledActorThatIsMissing() {
    Condemnation condemnation = (Condemnation) Fixture.statement().positions().get(0);
    Condemnation broken = condemnation.withObjects(condemnation.objects().get(0)
        .withActors(ObjectActor.of(actor("russia"), ObjectRole.MENTIONED)));
    assertOnly(withStatement(withFirstPosition(broken)), ViolationCode.DANGLING_REFERENCE,
        "/statements/0/positions/0/objects/0/actors/0/actor", "\"russia\"");
  }

  @Test
  void reportsEvidenceOfAPeriodWhoseSourceIsMissing() {
    Condemnation condemnation = (Condemnation) Fixture.statement().positions().get(0);
    Condemnation held = condemnation.withPeriod(DateClaim.builder()
        .value(FuzzyDate.parse("../2024-12-31")).wording("until the end of the year")
        .addEvidence(Evidence.of(Ref.of("no-such-source"))).build());
    assertOnly(withStatement(withFirstPosition(held)), ViolationCode.DANGLING_REFERENCE,
        "/statements/0/positions/0/period/evidence/0/source", "\"no-such-source\"");
  }
}
