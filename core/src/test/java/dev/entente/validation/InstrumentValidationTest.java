package dev.entente.validation;

import static dev.entente.fixtures.Fixture.actor;
import static dev.entente.fixtures.Fixture.day;
import static dev.entente.fixtures.Fixture.dossier;
import static dev.entente.fixtures.Fixture.evidence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.entente.model.Attribution;
import dev.entente.model.ConditionKind;
import dev.entente.model.Dossier;
import dev.entente.model.EntryCondition;
import dev.entente.model.Evidence;
import dev.entente.model.Instrument;
import dev.entente.model.InstrumentKind;
import dev.entente.model.InstrumentStatus;
import dev.entente.model.InstrumentStep;
import dev.entente.model.JointStatement;
import dev.entente.model.Ref;
import dev.entente.model.RelationKind;
import dev.entente.model.Signatory;
import dev.entente.model.StatementRelation;
import dev.entente.model.Topics;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Instruments across records: signatories, ratifying parties, the history's order and dates. */
class InstrumentValidationTest {

  private static final Dossier VALID = dossier();

  private static InstrumentStep step(InstrumentStatus status, String date) {
    return InstrumentStep.builder().status(status).date(day(date)).addEvidence(evidence()).build();
  }

  private static InstrumentStep ratified(String party, String date) {
    return InstrumentStep.builder().status(InstrumentStatus.RATIFIED).party(actor(party))
        .date(day(date)).addEvidence(evidence()).build();
  }

  /** An arrangement signed at the fixture's first dialogue (2024-01-10) by both ministers. */
  private static Instrument arrangement() {
    return Instrument.builder()
        .id("kor-usa-arrangement")
        .kind(InstrumentKind.ARRANGEMENT)
        .title("Arrangement on consultations")
        .addParty(actor("kor"))
        .addParty(actor("usa"))
        .addTopic(Topics.SECURITY.ref())
        .addTopic(Ref.of("kor-usa-alliance"))
        .text(Ref.of("src-1"))
        .signing(Ref.of("fm-1"))
        .addSignatory(Signatory.of(Ref.of("cho"), Ref.of("kor-fm"), actor("kor")))
        .addSignatory(Signatory.of(Ref.of("blinken"), Ref.of("us-secstate"), actor("usa")))
        .addWitness(Attribution.of(Ref.of("blinken"), Ref.of("us-secstate")))
        .addCondition(EntryCondition.builder().kind(ConditionKind.RATIFICATION_BY_EACH_PARTY)
            .wording("after ratification by both legislatures").addEvidence(evidence()).build())
        .addHistory(step(InstrumentStatus.SIGNED, "2024-01-10"))
        .addHistory(ratified("kor", "2024-03-01"))
        .addHistory(ratified("usa", "2024-04-01"))
        .addHistory(step(InstrumentStatus.IN_FORCE, "2024-05-01"))
        .addEvidence(evidence())
        .build();
  }

  private static List<Violation> validate(Instrument instrument) {
    return DossierValidator.validate(VALID.withInstruments(instrument));
  }

  private static void assertOnly(Instrument instrument, ViolationCode code, String pointer,
      String... named) {
    List<Violation> violations = validate(instrument);
    assertThat(violations).hasSize(1);
    assertThat(violations.get(0).code()).isEqualTo(code);
    assertThat(violations.get(0).pointer()).isEqualTo(pointer);
    assertThat(violations.get(0).message()).contains(named);
  }

  @Test
  void aSignedRatifiedInstrumentInForceIsValid() {
    assertThat(validate(arrangement())).isEmpty();
  }

  @Test
  void reportsASignatoryForAStateThatIsNoParty() {
    Instrument instrument = arrangement().withSignatories(
        Signatory.of(Ref.of("cho"), Ref.of("kor-fm"), actor("kor")),
        Signatory.of(Ref.of("blinken"), Ref.of("us-secstate"), actor("jpn")));
    assertOnly(instrument, ViolationCode.SIGNATORY_NOT_PARTY, "/instruments/0/signatories/1/party",
        "signatory \"blinken\" signs for \"jpn\", which is not one of the parties [kor, usa]");
  }

  @Test
  void reportsARatificationByAThirdState() {
    Instrument instrument = arrangement().withHistory(step(InstrumentStatus.SIGNED, "2024-01-10"),
        ratified("jpn", "2024-03-01"));
    assertOnly(instrument, ViolationCode.STEP_BY_NON_PARTY, "/instruments/0/history/1/party",
        "a RATIFIED step is taken for \"jpn\"", "instrument \"kor-usa-arrangement\"");
  }

  @Test
  void reportsAStatusTheStateMachineDoesNotAllowThere() {
    Instrument instrument = arrangement().withHistory(step(InstrumentStatus.IN_FORCE, "2024-01-10"),
        ratified("kor", "2024-03-01"));
    assertOnly(instrument, ViolationCode.INSTRUMENT_TRANSITION, "/instruments/0/history/1/status",
        "RATIFIED cannot follow IN_FORCE; after IN_FORCE a step may be SUSPENDED, TERMINATED");
  }

  @Test
  void reportsAPartyThatRatifiesTwice() {
    Instrument instrument = arrangement().withHistory(step(InstrumentStatus.SIGNED, "2024-01-10"),
        ratified("kor", "2024-03-01"), ratified("kor", "2024-04-01"));
    assertOnly(instrument, ViolationCode.INSTRUMENT_TRANSITION, "/instruments/0/history/2/status",
        "party \"kor\" already ratified");
  }

  @Test
  void reportsAStepDatedBeforeTheOneListedBeforeIt() {
    Instrument instrument = arrangement().withHistory(step(InstrumentStatus.SIGNED, "2024-01-10"),
        ratified("kor", "2023-12-01"));
    assertOnly(instrument, ViolationCode.INSTRUMENT_OUT_OF_ORDER, "/instruments/0/history/1/date",
        "RATIFIED step dated 2023-12-01 is before the step dated 2024-01-10");
  }

  @Test
  void reportsASigningDatedAwayFromItsEngagement() {
    Instrument instrument = arrangement().withHistory(step(InstrumentStatus.SIGNED, "2024-02-10"));
    assertOnly(instrument, ViolationCode.SIGNING_DATE_MISMATCH, "/instruments/0/history/0/date",
        "SIGNED step dated 2024-02-10 is outside engagement \"fm-1\" dated 2024-01-10");
  }

  @Test
  void aDisputedStepMayFollowAnyAccountOfTheStepBefore() {
    InstrumentStep negotiatedOrSigned = step(InstrumentStatus.NEGOTIATED, "2023-05-05")
        .withAlternatives(step(InstrumentStatus.SIGNED, "2023-05-05"));
    // RATIFIED may follow SIGNED (one account) though not NEGOTIATED (the other).
    Instrument instrument = arrangement().withSigning(Optional.empty())
        .withHistory(negotiatedOrSigned, ratified("kor", "2023-06-01"));
    assertThat(validate(instrument)).isEmpty();

    Instrument alternativeByThirdState = arrangement().withHistory(
        step(InstrumentStatus.SIGNED, "2024-01-10").withAlternatives(
            ratified("jpn", "2024-01-10")));
    assertOnly(alternativeByThirdState, ViolationCode.STEP_BY_NON_PARTY,
        "/instruments/0/history/0/alternatives/0/party", "\"jpn\"");
  }

  @Test
  void checksSignatoriesAndWitnessesOfficesAtTheSigning() {
    // Blinken's tenure ends 2025-01-20: signing in 2025-06 falls outside it.
    Instrument instrument = arrangement().withSigning(Optional.empty())
        .withHistory(step(InstrumentStatus.SIGNED, "2025-06-01"));
    List<Violation> violations = validate(instrument);
    assertThat(violations).extracting(Violation::pointer).containsExactly(
        "/instruments/0/signatories/1/office", "/instruments/0/witnesses/0/office");
    assertThat(violations).allSatisfy(violation -> {
      assertThat(violation.code()).isEqualTo(ViolationCode.OFFICE_OUTSIDE_TERM);
      assertThat(violation.message()).contains(
          "did not hold office \"us-secstate\" on 2025-06-01",
          "the signing of instrument \"kor-usa-arrangement\"");
    });
  }

  @Test
  void resolvesEveryReferenceOfAnInstrument() {
    Instrument instrument = arrangement()
        .withParties(actor("kor"), actor("nowhere"))
        .withTopics(Ref.of("no-topic"))
        .withText(Ref.of("no-source"))
        .withSigning(Ref.of("no-engagement"))
        .withSignatories(Signatory.of(Ref.of("kor"), Ref.of("kor-fm"), actor("kor")))
        .withWitnesses(Attribution.of(Ref.of("nobody"), Ref.of("kor-fm")))
        .withConditions(EntryCondition.builder().kind(ConditionKind.SIGNATURE)
            .addEvidence(Evidence.of(Ref.of("no-source-2"))).build())
        .withHistory(step(InstrumentStatus.SIGNED, "2024-01-10")
            .withEvidence(Evidence.of(Ref.of("no-source-3"))))
        .withEvidence(Evidence.of(Ref.of("no-source-4")));

    assertThat(validate(instrument)).extracting(Violation::pointer, Violation::code)
        .containsExactly(
            tuple("/instruments/0/parties/1",
                ViolationCode.DANGLING_REFERENCE),
            tuple("/instruments/0/topics/0",
                ViolationCode.DANGLING_REFERENCE),
            tuple("/instruments/0/text",
                ViolationCode.DANGLING_REFERENCE),
            tuple("/instruments/0/signing",
                ViolationCode.DANGLING_REFERENCE),
            tuple("/instruments/0/signatories/0/person",
                ViolationCode.WRONG_REFERENCE_KIND),
            tuple("/instruments/0/witnesses/0/person",
                ViolationCode.DANGLING_REFERENCE),
            tuple("/instruments/0/conditions/0/evidence/0/source",
                ViolationCode.DANGLING_REFERENCE),
            tuple("/instruments/0/history/0/evidence/0/source",
                ViolationCode.DANGLING_REFERENCE),
            tuple("/instruments/0/evidence/0/source",
                ViolationCode.DANGLING_REFERENCE));
  }

  @Test
  void reportsAnInstrumentIdThatIsAlreadyTaken() {
    assertOnly(arrangement().withId("js-1"), ViolationCode.DUPLICATE_ID, "/instruments/0/id",
        "id \"js-1\" is already the id of the record at /statements/0");
  }

  @Test
  void resolvesAStatementsTopicsAndItsRelationsSources() {
    JointStatement statement = (JointStatement) VALID.statements().get(0);
    JointStatement changed = statement
        .withTopics(Ref.of("kor-usa-alliance"), Ref.of("no-topic"))
        .withRelations(StatementRelation.builder().kind(RelationKind.CONTRADICTS)
            .target(Ref.of("other")).addEvidence(Evidence.of(Ref.of("no-source"))).build());
    JointStatement other = statement.withId("other").withRelations(List.of())
        .withPositions(List.of());

    assertThat(DossierValidator.validate(VALID.withStatements(changed, other)))
        .extracting(Violation::pointer, Violation::code)
        .containsExactly(
            tuple("/statements/0/topics/1",
                ViolationCode.DANGLING_REFERENCE),
            tuple("/statements/0/relations/0/evidence/0/source",
                ViolationCode.DANGLING_REFERENCE));
  }
}
