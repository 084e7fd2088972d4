package dev.entente.validation;

import static dev.entente.fixtures.Fixture.actor;
import static dev.entente.fixtures.Fixture.append;
import static dev.entente.fixtures.Fixture.change;
import static dev.entente.fixtures.Fixture.day;
import static dev.entente.fixtures.Fixture.dossier;
import static dev.entente.fixtures.Fixture.replace;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.fixtures.Fixture;
import dev.entente.model.Actor;
import dev.entente.model.CountryCode;
import dev.entente.model.Dialogue;
import dev.entente.model.DialogueSeries;
import dev.entente.model.Dossier;
import dev.entente.model.Engagement;
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
import dev.entente.model.Ref;
import dev.entente.model.State;
import dev.entente.model.Term;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The rules that know diplomacy: tenure implied by participation, cancelled plans sharing an
 * ordinal, principals of a "2+2", offices of the other side, side meetings within their visit,
 * sides of one country, and persons listed twice. Each rule both ways: the fixture broken in one
 * place gets exactly that violation, and a near-identical dossier gets none.
 */
class DiplomaticRulesValidationTest {

  private static final Dossier VALID = dossier();

  private static void assertOnly(
      Dossier dossier, ViolationCode code, String pointer, String... named) {
    List<Violation> violations = DossierValidator.validate(dossier);
    assertThat(violations).hasSize(1);
    assertThat(violations.get(0).code()).isEqualTo(code);
    assertThat(violations.get(0).pointer()).isEqualTo(pointer);
    assertThat(violations.get(0).message()).contains(named);
  }

  private static void assertValid(Dossier dossier) {
    assertThat(DossierValidator.validate(dossier)).isEmpty();
  }

  private static Dialogue fm1() {
    return (Dialogue) VALID.engagements().get(0);
  }

  private static Dossier withFm1(Dialogue fm1) {
    return VALID.withEngagements(replace(VALID.engagements(), 0, fm1));
  }

  private static Dossier withCho(Person cho) {
    return VALID.withActors(replace(VALID.actors(), 4, cho));
  }

  private static Participant bare(String person, String side) {
    return Participant.builder().person(Ref.of(person)).side(actor(side)).build();
  }

  // ---------------------------------------------------------------- tenure implied

  @Test
  void aParticipantsOfficeWithNoRecordedTenureIsImpliedByTheParticipation() {
    // Cho has no tenure recorded: taking part in fm-1 as foreign minister shows he was then,
    // and so does it for his signature of the joint statement made there that day.
    assertValid(withCho(Fixture.cho().withTenures(List.of())));
  }

  @Test
  void aSecondOfficeWithNoRecordedTenureIsImpliedBesideARecordedOne() {
    Dossier dossier = VALID.withOffices(append(VALID.offices(), office("kor-dpm", "kor")));
    Participant twoOffices = Participant.builder().person(Ref.of("cho")).side(actor("kor"))
        .addOffices(Ref.of("kor-fm"), Ref.of("kor-dpm")).build();
    Dialogue fm1 = fm1().withParticipants(replace(fm1().participants(), 0, twoOffices));
    assertValid(dossier.withEngagements(replace(dossier.engagements(), 0, fm1)));
  }

  @Test
  void aSignatoryWithNoTenureIsReportedWhenNoParticipationThatDayImpliesOne() {
    // The same dossier as above, but fm-1 was the day before the statement: signing implies
    // nothing, and taking part on another day does not cover the statement's day.
    Dossier dossier = withCho(Fixture.cho().withTenures(List.of()))
        .withEngagements(replace(VALID.engagements(), 0, fm1().withDate(day("2024-01-09"))))
        .withStatements(List.of(Fixture.statement()));
    assertOnly(dossier, ViolationCode.OFFICE_NOT_HELD, "/statements/0/signatories/0/office",
        "\"cho\"", "\"kor-fm\"", "2024-01-10");
  }

  @Test
  void aSignatoryWithNoTenureIsReportedWhenTheyTookPartAsNoOffice() {
    Participant noOffice = bare("cho", "kor");
    Dossier dossier = withCho(Fixture.cho().withTenures(List.of()))
        .withEngagements(replace(VALID.engagements(), 0,
            fm1().withParticipants(replace(fm1().participants(), 0, noOffice))));
    assertOnly(dossier, ViolationCode.OFFICE_NOT_HELD, "/statements/0/signatories/0/office",
        "\"cho\"", "\"kor-fm\"");
  }

  @Test
  void aRecordedTermStillPutsAParticipantOutsideIt() {
    // The recorded tenure wins over the one the participation would imply.
    Person cho = Fixture.cho().withTenures(Fixture.tenure("kor-fm", Term.from(day("2024-03-01"))));
    List<Violation> violations = DossierValidator.validate(withCho(cho));
    assertThat(violations).extracting(Violation::code).containsOnly(
        ViolationCode.OFFICE_OUTSIDE_TERM);
    assertThat(violations).extracting(Violation::pointer).containsExactly(
        "/engagements/0/participants/0/office", "/statements/0/signatories/0/office");
  }

  // ---------------------------------------------------------------- cancelled plan, same ordinal

  private static PlannedMeeting firstSession(MeetingChange... lifecycle) {
    // A plan numbered like fm-1, the session held, but not held as fm-1.
    return Fixture.plan().withId("fm-1-plan").withOrdinal(1).withLifecycle(lifecycle);
  }

  private static Dossier withSecondPlan(PlannedMeeting plan) {
    return VALID.withPlannedMeetings(append(VALID.plannedMeetings(), plan));
  }

  @Test
  void acceptsACancelledPlanSharingItsOrdinalWithTheSessionHeld() {
    assertValid(withSecondPlan(firstSession(
        change(PlannedStatus.PROPOSED, "2023-11-01"), change(PlannedStatus.CANCELLED, "2023-12-01"))));
  }

  @Test
  void acceptsAPlanWhoseCancellationIsOneAccountOfADisputedStep() {
    MeetingChange disputed = change(PlannedStatus.CANCELLED, "2023-12-01")
        .withAlternatives(change(PlannedStatus.POSTPONED, "2023-12-01"));
    assertValid(withSecondPlan(firstSession(change(PlannedStatus.PROPOSED, "2023-11-01"), disputed)));
  }

  @Test
  void reportsAPostponedPlanSharingItsOrdinalWithTheSessionHeld() {
    assertOnly(withSecondPlan(firstSession(
            change(PlannedStatus.PROPOSED, "2023-11-01"), change(PlannedStatus.POSTPONED, "2023-12-01"))),
        ViolationCode.DUPLICATE_ORDINAL, "/plannedMeetings/1/ordinal", "ordinal 1", "\"fm-1\"");
  }

  // ---------------------------------------------------------------- principals of a 2+2

  private static Office office(String id, String jurisdiction) {
    return Office.builder().id(id).title("Office " + id).kind(OfficeKind.DEFENCE_MINISTER)
        .jurisdiction(actor(jurisdiction)).build();
  }

  /** The fixture with its series made a "2+2" and Korea's defence minister at fm-1. */
  private static Dossier twoPlusTwo() {
    DialogueSeries series = VALID.series().get(0)
        .withPrincipalKinds(OfficeKind.FOREIGN_MINISTER, OfficeKind.DEFENCE_MINISTER);
    List<Actor> actors = append(append(VALID.actors(),
        Person.builder().id("shin").name("Shin Won-sik").build()),
        Person.builder().id("austin").name("Lloyd Austin").build());
    Dialogue fm1 = fm1().withParticipants(append(fm1().participants(),
        Fixture.participant("shin", "kor", "kor-dm")));
    return VALID.withSeries(series).withActors(actors)
        .withOffices(append(append(VALID.offices(), office("kor-dm", "kor")),
            office("us-secdef", "usa")))
        .withEngagements(replace(VALID.engagements(), 0, fm1));
  }

  @Test
  void reportsASideOfA2plus2SessionWithOnePrincipal() {
    assertOnly(twoPlusTwo(), ViolationCode.PRINCIPALS_MISSING, "/engagements/0/participants",
        "\"usa\"", "\"fm-1\"", "1 participant(s)", "[blinken]", "\"kor-usa-fm\"",
        "2 principals a side");
  }

  @Test
  void acceptsA2plus2SessionWithTwoPrincipalsASide() {
    Dossier dossier = twoPlusTwo();
    Dialogue fm1 = (Dialogue) dossier.engagements().get(0);
    assertValid(dossier.withEngagements(replace(dossier.engagements(), 0, fm1.withParticipants(
        append(fm1.participants(), Fixture.participant("austin", "usa", "us-secdef"))))));
  }

  @Test
  void acceptsA2plus2SessionThatMarksNoPrincipal() {
    // Roles not recorded: the participants say nothing of who the principals were.
    Dossier dossier = twoPlusTwo();
    Dialogue fm1 = (Dialogue) dossier.engagements().get(0);
    List<Participant> unmarked = fm1.participants().stream()
        .map(p -> p.withRoles(List.of())).collect(java.util.stream.Collectors.toList());
    assertValid(dossier.withEngagements(
        replace(dossier.engagements(), 0, fm1.withParticipants(unmarked))));
  }

  @Test
  void aSessionOfAUsualSeriesNeedsOnePrincipalOnly() {
    assertThat(VALID.series().get(0).principalsPerSide()).isEqualTo(1);
    assertValid(withFm1(fm1().withParticipants(fm1().participants().get(0))));
  }

  // ---------------------------------------------------------------- office of the other side

  @Test
  void acceptsAnOfficeOfAThirdStateOrOfTheParticipantsOwnSide() {
    // Neither is the other side's: a third state's office is not this rule's concern.
    Dossier dossier = VALID.withOffices(append(VALID.offices(), office("jpn-envoy", "jpn")));
    Participant envoy = Participant.builder().person(Ref.of("cho")).side(actor("kor"))
        .addOffices(Ref.of("kor-fm"), Ref.of("jpn-envoy")).build();
    assertValid(dossier.withEngagements(replace(dossier.engagements(), 0,
        fm1().withParticipants(replace(fm1().participants(), 0, envoy)))));
  }

  @Test
  void reportsAnOfficeOfTheOtherSideEvenWithARecordedTenure() {
    Person cho = Fixture.cho().withTenures(Fixture.cho().tenures().get(0),
        Fixture.tenure("us-secstate", Term.from(day("2023-12-01"))));
    Participant participant = Fixture.participant("cho", "kor", "us-secstate");
    Dossier dossier = withCho(cho).withEngagements(replace(VALID.engagements(), 0,
        fm1().withParticipants(replace(fm1().participants(), 0, participant))));
    assertOnly(dossier, ViolationCode.OFFICE_OF_OTHER_SIDE,
        "/engagements/0/participants/0/office", "\"us-secstate\"", "\"usa\"", "\"kor\"");
  }

  // ---------------------------------------------------------------- part of another engagement

  private static Dossier callDuringVisit(String visitDates) {
    Meeting visit = Meeting.builder().id("kor-jpn-visit").kind(MeetingKind.VISIT)
        .addSide(actor("kor")).addSide(actor("jpn")).date(day(visitDates)).build();
    Meeting call = Fixture.call().withPartOf(Ref.<Engagement>of("kor-jpn-visit"));
    return VALID.withEngagements(append(replace(VALID.engagements(), 2, call), visit));
  }

  @Test
  void reportsAnEngagementDatedAfterTheEngagementItIsPartOf() {
    assertOnly(callDuringVisit("2024-02-27/2024-02-29"), ViolationCode.PART_OUTSIDE_PARENT,
        "/engagements/2/partOf", "\"kor-jpn-call\"", "2024-03-01", "after", "\"kor-jpn-visit\"",
        "2024-02-27/2024-02-29");
  }

  @Test
  void reportsAnEngagementDatedBeforeTheEngagementItIsPartOf() {
    assertOnly(callDuringVisit("2024-03-02/2024-03-04"), ViolationCode.PART_OUTSIDE_PARENT,
        "/engagements/2/partOf", "before");
  }

  @Test
  void acceptsAnEngagementWithinTheDaysOfTheOneItIsPartOf() {
    assertValid(callDuringVisit("2024-02-29/2024-03-02"));
    assertValid(callDuringVisit("2024-03"));
  }

  @Test
  void acceptsAnEngagementPartOfAnUndatedOne() {
    Dossier dossier = callDuringVisit("2024-02-27/2024-02-29");
    Meeting visit = (Meeting) dossier.engagements().get(3);
    assertValid(dossier.withEngagements(
        replace(dossier.engagements(), 3, visit.withDate(Optional.empty()))));
  }

  // ---------------------------------------------------------------- sides of one country

  private static Dossier withSecondKorea() {
    return VALID.withActors(append(VALID.actors(),
        State.of("south-korea", CountryCode.of("KR"), "South Korea")));
  }

  @Test
  void reportsEngagementSidesThatAreStatesOfOneCountry() {
    Dossier dossier = withSecondKorea();
    assertOnly(dossier.withEngagements(replace(dossier.engagements(), 2,
            Fixture.call().withSides(actor("kor"), actor("south-korea")))),
        ViolationCode.SAME_COUNTRY_SIDES, "/engagements/2/sides/1", "\"kor\"", "\"south-korea\"",
        "KR", "meeting");
  }

  @Test
  void reportsJointStatementIssuersThatAreStatesOfOneCountry() {
    JointStatement alone = Fixture.statement().withEngagement(Optional.empty())
        .withIssuers(actor("south-korea"), actor("kor"));
    assertOnly(withSecondKorea().withStatements(List.of(alone)),
        ViolationCode.SAME_COUNTRY_SIDES, "/statements/0/issuers/1", "\"south-korea\"",
        "\"kor\"", "joint statement");
  }

  @Test
  void acceptsSidesThatAreStatesOfTwoCountries() {
    Dossier dossier = withSecondKorea();
    assertValid(dossier.withEngagements(replace(dossier.engagements(), 2,
        Fixture.call().withSides(actor("jpn"), actor("south-korea")))));
  }

  // ---------------------------------------------------------------- persons listed twice

  @Test
  void reportsAPersonOnBothSidesOfAnEngagement() {
    assertOnly(withFm1(fm1().withParticipants(append(fm1().participants(), bare("cho", "usa")))),
        ViolationCode.PERSON_ON_BOTH_SIDES, "/engagements/0/participants/2/person", "\"cho\"",
        "\"fm-1\"", "\"usa\"", "\"kor\"");
  }

  @Test
  void reportsTheSecondListingOfAParticipant() {
    assertOnly(withFm1(fm1().withParticipants(append(fm1().participants(), bare("cho", "kor")))),
        ViolationCode.DUPLICATE_PARTICIPANT, "/engagements/0/participants/2/person", "\"cho\"",
        "participant 0", "\"fm-1\"", "\"kor\"");
  }

  @Test
  void acceptsTheSamePersonInTwoEngagements() {
    Dialogue fm2 = ((Dialogue) VALID.engagements().get(1))
        .withParticipants(fm1().participants().get(0));
    assertValid(VALID.withEngagements(replace(VALID.engagements(), 1, fm2)));
  }
}
