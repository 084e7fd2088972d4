package dev.entente.model;

import static dev.entente.fixtures.Fixture.actor;
import static dev.entente.fixtures.Fixture.assertRejected;
import static dev.entente.fixtures.Fixture.day;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Instruments as values: their invariants, status finding and state machine. */
class InstrumentTest {

  private static final Evidence MOFA = Evidence.of(Ref.of("mofa"));
  private static final Evidence HANSARD = Evidence.of(Ref.of("hansard"));

  private static InstrumentStep step(InstrumentStatus status, String date, Evidence evidence) {
    return InstrumentStep.builder().status(status).date(day(date)).addEvidence(evidence).build();
  }

  private static Instrument.Builder raa() {
    return Instrument.builder()
        .id("raa")
        .kind(InstrumentKind.TREATY)
        .title("Reciprocal Access Agreement")
        .addParty(actor("jpn"))
        .addParty(actor("gbr"));
  }

  @Test
  void statusIsTheLatestStepSettledOnItsSources() {
    Instrument raa = raa()
        .addHistory(step(InstrumentStatus.SIGNED, "2023-01-11", MOFA))
        .addHistory(InstrumentStep.builder().status(InstrumentStatus.RATIFIED)
            .party(actor("jpn")).date(day("2023-04-28")).addEvidence(MOFA).build())
        .addHistory(step(InstrumentStatus.IN_FORCE, "2023-10-15", MOFA))
        .build();

    assertThat(raa.status().isSettled()).isTrue();
    assertThat(raa.status().value()).contains(InstrumentStatus.IN_FORCE);
    assertThat(raa.status().alternatives().get(0).evidence()).containsExactly(MOFA);
    assertThat(raa.ratifiedBy()).containsExactly(actor("jpn"));
  }

  @Test
  void aStepWhoseAccountsDifferIsDisputedWhicheverAccountComesFirst() {
    InstrumentStep agreed = step(InstrumentStatus.NEGOTIATED, "2022-05-05", MOFA);
    InstrumentStep signed = step(InstrumentStatus.SIGNED, "2022-05-05", HANSARD);

    Instrument one = raa().addHistory(agreed.withAlternatives(signed)).build();
    Instrument other = raa().addHistory(signed.withAlternatives(agreed)).build();

    assertThat(one.status().isDisputed()).isTrue();
    assertThat(one.status().value()).isEmpty();
    assertThat(one.status()).isEqualTo(other.status());
    assertThat(one.status().alternatives())
        .extracting(Finding.Alternative::value)
        .containsExactly(InstrumentStatus.NEGOTIATED, InstrumentStatus.SIGNED);
    assertThat(one.history().get(0).accounts()).containsExactly(agreed.withAlternatives(signed),
        signed);
  }

  @Test
  void anEmptyHistoryLeavesTheStatusUnknown() {
    assertThat(raa().build().status().isUnknown()).isTrue();
    assertThat(raa().build().ratifiedBy()).isEmpty();
  }

  @Test
  void refusesFewerThanTwoPartiesOrARepeatedOne() {
    assertRejected(() -> Instrument.builder().id("x").kind(InstrumentKind.TREATY)
            .addParty(actor("jpn")).build(), "Instrument.parties", "[jpn]")
        .hasMessageContaining("at least two parties");
    assertRejected(() -> raa().addParty(actor("jpn")).build(), "Instrument.parties", "jpn")
        .hasMessageEndingWith("element 2 repeats element 0; a list must not repeat an element")
        .satisfies(e -> assertThat(((InvalidValueException) e).index()).hasValue(2));
  }

  @Test
  void aRatificationNamesItsPartyAndAJointStepNamesNone() {
    assertRejected(() -> InstrumentStep.builder().status(InstrumentStatus.RATIFIED).build(),
        "InstrumentStep.party", "Optional.empty")
        .hasMessageEndingWith("a RATIFIED step names the party that ratified");
    assertRejected(() -> InstrumentStep.builder().status(InstrumentStatus.SIGNED)
            .party(actor("jpn")).build(), "InstrumentStep.party", "jpn")
        .hasMessageEndingWith("a SIGNED step is taken by the parties together and names no party");
    assertThat(InstrumentStep.builder().status(InstrumentStatus.TERMINATED).party(actor("jpn"))
        .build().party()).contains(actor("jpn"));
  }

  @Test
  void aDisputedStepListsItsOtherAccountsWhichHaveNoneOfTheirOwn() {
    InstrumentStep signed = step(InstrumentStatus.SIGNED, "2023-01-11", MOFA);
    assertRejected(() -> signed.withConfirmation(Confirmation.DISPUTED),
        "InstrumentStep.confirmation", Confirmation.DISPUTED)
        .hasMessageContaining("lists the other accounts of its step as alternatives");
    InstrumentStep nested = signed.withAlternatives(signed);
    assertRejected(() -> signed.withAlternatives(nested), "InstrumentStep.alternatives",
        List.of(signed)).hasMessageContaining("an alternative account has no alternatives of its own");
  }

  @Test
  void anOtherConditionSaysWhatItIs() {
    assertRejected(() -> EntryCondition.builder().kind(ConditionKind.OTHER).build(),
        "EntryCondition.kind", ConditionKind.OTHER)
        .hasMessageEndingWith("a condition of kind OTHER says what it is in its wording");
    assertThat(EntryCondition.builder().kind(ConditionKind.NOTIFICATION).build().wording())
        .isEmpty();
  }

  @Test
  void theStateMachineAllowsRatificationsUntilEntryIntoForceAndNothingAfterTermination() {
    assertThat(InstrumentStatus.RATIFIED.canFollow(InstrumentStatus.SIGNED)).isTrue();
    assertThat(InstrumentStatus.RATIFIED.canFollow(InstrumentStatus.RATIFIED)).isTrue();
    assertThat(InstrumentStatus.IN_FORCE.canFollow(InstrumentStatus.RATIFIED)).isTrue();
    assertThat(InstrumentStatus.RATIFIED.canFollow(InstrumentStatus.IN_FORCE)).isFalse();
    assertThat(InstrumentStatus.SIGNED.canFollow(InstrumentStatus.IN_FORCE)).isFalse();
    assertThat(InstrumentStatus.IN_FORCE.canFollow(InstrumentStatus.SUSPENDED)).isTrue();
    assertThat(InstrumentStatus.TERMINATED.successors()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(InstrumentStatus.class)
  void everyStatusButTheEndCanEndInTermination(InstrumentStatus status) {
    assertThat(InstrumentStatus.TERMINATED.canFollow(status))
        .isEqualTo(status != InstrumentStatus.TERMINATED);
  }

  @Test
  void onlyRatificationSuspensionAndTerminationAreTakenByOneParty() {
    assertThat(List.of(InstrumentStatus.values()))
        .filteredOn(InstrumentStatus::isByParty)
        .containsExactly(InstrumentStatus.RATIFIED, InstrumentStatus.SUSPENDED,
            InstrumentStatus.TERMINATED);
  }

  @Test
  void jointDocumentsAreToldApartByKindAndOneActorsKindsAreRefused() {
    JointStatement factSheet = JointStatement.builder().id("fs")
        .addIssuer(actor("kor")).addIssuer(actor("usa"))
        .kind(StatementKind.FACT_SHEET)
        .addTopic(Ref.of("extended-deterrence"))
        .build();
    assertThat(factSheet.kind()).contains(StatementKind.FACT_SHEET);
    assertThat(factSheet.topics()).containsExactly(Ref.of("extended-deterrence"));

    assertRejected(() -> factSheet.withKind(StatementKind.SPOKESPERSON), "JointStatement.kind",
        StatementKind.SPOKESPERSON)
        .hasMessageEndingWith("a joint statement is not one actor's SPOKESPERSON; use"
            + " UnilateralStatement");
    assertRejected(() -> UnilateralStatement.builder().id("u").issuer(actor("usa"))
            .kind(StatementKind.JOINT_STATEMENT).build(), "UnilateralStatement.kind",
        StatementKind.JOINT_STATEMENT).hasMessageContaining("use JointStatement");
    assertRejected(() -> factSheet.withTopics(Ref.of("a"), Ref.of("a")), "JointStatement.topics",
        "a").hasMessageEndingWith("element 1 repeats element 0; a list must not repeat an element");
  }

  @Test
  void aRelationKeepsTheSourcesThatRelateTheStatements() {
    StatementRelation relation = StatementRelation.builder()
        .kind(RelationKind.CONTRADICTS)
        .target(Ref.of("kim-briefing"))
        .addEvidence(Evidence.of(Ref.of("yonhap")))
        .build();
    assertThat(relation.evidence()).containsExactly(Evidence.of(Ref.of("yonhap")));
    assertThat(StatementRelation.of(RelationKind.DENIES, Ref.of("x")).evidence()).isEmpty();
  }
}
