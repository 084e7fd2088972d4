package dev.entente.examples.japanuk2023;

import static dev.entente.examples.japanuk2023.JapanUk2023.LEADERS_GB;
import static dev.entente.examples.japanuk2023.JapanUk2023.JAPAN;
import static dev.entente.examples.japanuk2023.JapanUk2023.JP_PM;
import static dev.entente.examples.japanuk2023.JapanUk2023.KISHIDA;
import static dev.entente.examples.japanuk2023.JapanUk2023.MOFA_NOTES;
import static dev.entente.examples.japanuk2023.JapanUk2023.RAA;
import static dev.entente.examples.japanuk2023.JapanUk2023.SUMMIT;
import static dev.entente.examples.japanuk2023.JapanUk2023.SUNAK;
import static dev.entente.examples.japanuk2023.JapanUk2023.UK;
import static dev.entente.examples.japanuk2023.JapanUk2023.UK_PM;
import static dev.entente.testing.EntenteAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.entente.model.Actor;
import dev.entente.model.ConditionKind;
import dev.entente.model.CountryCode;
import dev.entente.model.Dossier;
import dev.entente.model.Evidence;
import dev.entente.model.Finding;
import dev.entente.model.Instrument;
import dev.entente.model.InstrumentKind;
import dev.entente.model.InstrumentStatus;
import dev.entente.model.InstrumentStep;
import dev.entente.model.MeetingKind;
import dev.entente.model.Ref;
import dev.entente.model.Signatory;
import dev.entente.model.State;
import dev.entente.model.Topics;
import dev.entente.time.FuzzyDate;
import dev.entente.validation.DossierValidator;
import dev.entente.validation.Violation;
import dev.entente.validation.ViolationCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Japan-UK RAA: a signed, ratified treaty in force, with a disputed first step. */
class JapanUk2023Test {

  private static final Dossier DOSSIER = JapanUk2023.dossier();
  private static final Instrument RAA_RECORD = DOSSIER.instrument(RAA).orElseThrow();

  @Test
  void isATreatyOfJapanAndTheUkOnDefence() {
    assertThat(RAA_RECORD.kind()).isEqualTo(InstrumentKind.TREATY);
    assertThat(RAA_RECORD.parties()).containsExactly(JAPAN, UK);
    assertThat(RAA_RECORD.topics()).containsExactly(Topics.DEFENCE.ref());
    assertThat(RAA_RECORD.title()).hasValueSatisfying(title ->
        assertThat(title).startsWith("Agreement between Japan and the United Kingdom")
            .contains("Reciprocal Access"));
    assertThat(RAA_RECORD.text()).isEmpty();
    assertThat(RAA_RECORD.witnesses()).isEmpty();
  }

  @Test
  void wasSignedByTheTwoPrimeMinistersAtTheirSummitAtTheTower() {
    assertThat(RAA_RECORD.signing()).contains(SUMMIT);
    assertThat(RAA_RECORD.signatories()).containsExactly(
        Signatory.of(KISHIDA, JP_PM, JAPAN), Signatory.of(SUNAK, UK_PM, UK));
    assertThat(DOSSIER).engagement(SUMMIT)
        .isMeetingOfKind(MeetingKind.SUMMIT)
        .isOn("2023-01-11")
        .isHeldIn("London")
        .isHostedBy(UK)
        .hasParticipant(KISHIDA, JP_PM)
        .hasParticipant(SUNAK, UK_PM);
  }

  @Test
  void isInForceAfterARatificationByEachParty() {
    assertThat(RAA_RECORD.status()).isInstanceOf(Finding.Settled.class);
    assertThat(RAA_RECORD.status().value()).hasValue(InstrumentStatus.IN_FORCE);
    assertThat(RAA_RECORD.ratifiedBy()).containsExactly(JAPAN, UK);
    assertThat(RAA_RECORD.history()).extracting(InstrumentStep::status).containsExactly(
        InstrumentStatus.NEGOTIATED, InstrumentStatus.SIGNED, InstrumentStatus.RATIFIED,
        InstrumentStatus.RATIFIED, InstrumentStatus.IN_FORCE);
    assertThat(RAA_RECORD.history()).extracting(InstrumentStep::date).containsExactly(
        Optional.of(FuzzyDate.parse("2022-05-04")),
        Optional.of(FuzzyDate.parse("2023-01-11")),
        Optional.of(FuzzyDate.parse("2023-04-28")),
        Optional.of(FuzzyDate.parse("../2023-09-15")),
        Optional.of(FuzzyDate.parse("2023-10-15")));
  }

  @Test
  void theMay2022StepIsAnAccordInPrincipleOnTwoDatesOrASigning() {
    InstrumentStep may = RAA_RECORD.history().get(0);
    assertThat(may.accounts()).extracting(InstrumentStep::status).containsExactly(
        InstrumentStatus.NEGOTIATED, InstrumentStatus.NEGOTIATED, InstrumentStatus.SIGNED);
    assertThat(may.accounts()).extracting(step -> step.date().orElseThrow()).containsExactly(
        FuzzyDate.parse("2022-05-04"), FuzzyDate.parse("2022-05-05"), FuzzyDate.parse("2022-05"));
    InstrumentStep signing = may.alternatives().get(1);
    assertThat(signing.evidence()).extracting(Evidence::source).contains(LEADERS_GB);
    // The "signing" of May 2022 does not count as the signing: offices are checked on 11 January.
    assertThat(RAA_RECORD.history().get(1).accounts())
        .extracting(step -> step.date().orElseThrow())
        .containsExactly(FuzzyDate.parse("2023-01-11"), FuzzyDate.parse("2023-01-12"));
  }

  @Test
  void itsStatusIsDisputedWhereTheHistoryEndsInMay2022() {
    Instrument asOfMay2022 = RAA_RECORD.withHistory(RAA_RECORD.history().get(0));
    Finding<InstrumentStatus> status = asOfMay2022.status();
    assertThat(status.isDisputed()).isTrue();
    assertThat(status.alternatives()).extracting(Finding.Alternative::value)
        .containsExactly(InstrumentStatus.NEGOTIATED, InstrumentStatus.SIGNED);
    assertThat(status.alternatives().get(1).evidence()).extracting(Evidence::source)
        .contains(LEADERS_GB);
  }

  @Test
  void entryIntoForceWaitedForAnExchangeOfNotes() {
    assertThat(RAA_RECORD.conditions()).hasSize(1);
    assertThat(RAA_RECORD.conditions().get(0).kind()).isEqualTo(ConditionKind.NOTIFICATION);
    assertThat(RAA_RECORD.conditions().get(0).wording())
        .hasValue("exchanged diplomatic notes for the entry into force");
    assertThat(RAA_RECORD.conditions().get(0).evidence()).extracting(Evidence::source)
        .contains(MOFA_NOTES);
  }

  @Test
  void aSignatoryForAThirdStateIsNotAParty() {
    Ref<Actor> australia = Ref.of("aus");
    List<Signatory> signatories = new ArrayList<>(RAA_RECORD.signatories());
    signatories.add(Signatory.of(KISHIDA, JP_PM, australia));
    Dossier broken = DOSSIER
        .withActors(append(DOSSIER.actors(), State.of("aus", CountryCode.of("AU"), "Australia")))
        .withRecord(RAA_RECORD.withSignatories(signatories));
    List<Violation> violations = DossierValidator.validate(broken);
    assertThat(violations).extracting(Violation::code, Violation::pointer)
        .containsExactly(tuple(
            ViolationCode.SIGNATORY_NOT_PARTY, "/instruments/0/signatories/2/party"));
    assertThat(violations.get(0).message()).contains("\"aus\"");
  }

  @Test
  void aRatificationAfterEntryIntoForceBreaksTheStateMachine() {
    List<InstrumentStep> history = new ArrayList<>(RAA_RECORD.history());
    InstrumentStep uk = history.remove(3);
    history.add(uk);
    Dossier broken = DOSSIER.withRecord(RAA_RECORD.withHistory(history));
    assertThat(DossierValidator.validate(broken))
        .extracting(Violation::code, Violation::pointer)
        .containsExactly(
            tuple(ViolationCode.INSTRUMENT_TRANSITION,
                "/instruments/0/history/4/status"),
            tuple(ViolationCode.INSTRUMENT_OUT_OF_ORDER,
                "/instruments/0/history/4/date"));
    assertThat(broken).hasViolation(ViolationCode.INSTRUMENT_TRANSITION,
        "/instruments/0/history/4/status");
  }

  private static <T> List<T> append(List<T> list, T element) {
    List<T> longer = new ArrayList<>(list);
    longer.add(element);
    return longer;
  }
}
