package dev.entente.model;

import static dev.entente.fixtures.Fixture.ARTICLE;
import static dev.entente.fixtures.Fixture.CHINA;
import static dev.entente.fixtures.Fixture.ROK;
import static dev.entente.fixtures.Fixture.UK;
import static dev.entente.fixtures.Fixture.assertRejected;
import static dev.entente.fixtures.Fixture.conduct;
import static dev.entente.fixtures.Fixture.jointStatement;
import static dev.entente.fixtures.Fixture.remarks;
import static dev.entente.fixtures.Fixture.unilateralStatement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Joint and unilateral statements, remarks, and the positions they take. */
class StatementsAndPositionsTest {

  private static final Ref<Actor> DPRK = Ref.of("dprk");
  private static final PositionObject ARMS_TRANSFERS = PositionObject.builder()
      .addTargets(DPRK)
      .conduct("continued unlawful arms transfers to Russia")
      .build();

  // JointStatement

  @Test
  void aJointStatementIsIssuedByBothSides() {
    JointStatement outcome = jointStatement()
        .title("Joint Statement")
        .addSignatories(Attribution.of(Ref.of("cho-tae-yul"), Ref.of("rok-foreign-minister")))
        .build();
    assertThat(outcome.issuers()).containsExactly(ROK, UK);
  }

  @Test
  void rejectsJointStatementWithOneIssuer() {
    assertRejected(
        () -> jointStatement().issuers(List.of(ROK)).build(),
        "JointStatement.issuers",
        List.of(ROK));
  }

  @Test
  void rejectsJointStatementWithThreeIssuers() {
    assertRejected(
        () -> jointStatement().addIssuers(CHINA).build(),
        "JointStatement.issuers",
        List.of(ROK, UK, CHINA));
  }

  @Test
  void rejectsJointStatementWithTheSameIssuerTwice() {
    assertRejected(
        () -> jointStatement().issuers(List.of(UK, UK)).build(),
        "JointStatement.issuers",
        List.of(UK, UK));
  }

  @Test
  void rejectsJointStatementWithABadId() {
    assertRejected(() -> jointStatement().id("joint statement").build(), "JointStatement.id", "joint statement");
  }

  @Test
  void rejectsJointStatementWithABlankTitle() {
    assertRejected(() -> jointStatement().title(" ").build(), "JointStatement.title", " ");
  }

  @Test
  void acceptsAStatementRelatedToAnother() {
    StatementRelation separate =
        StatementRelation.of(RelationKind.SEPARATE_FROM, Ref.of("press-release"));
    JointStatement outcome = jointStatement().addRelations(separate).build();
    assertThat(outcome.relations()).singleElement().satisfies(r -> {
      assertThat(r.kind()).isEqualTo(RelationKind.SEPARATE_FROM);
      assertThat(r.target()).isEqualTo(Ref.of("press-release"));
    });
  }

  @Test
  void rejectsJointStatementRelatedToItself() {
    assertRejected(
        () -> jointStatement()
            .addRelations(StatementRelation.of(RelationKind.FOLLOWS_UP, Ref.of("outcome-statement")))
            .build(),
        "JointStatement.relations",
        "outcome-statement");
  }

  // UnilateralStatement

  @Test
  void aUnilateralStatementIsIssuedByItsIssuerAlone() {
    UnilateralStatement statement = unilateralStatement()
        .by(Attribution.builder().person(Ref.of("lin-jian")).build())
        .build();
    assertThat(statement.issuers()).containsExactly(CHINA);
  }

  @Test
  void rejectsUnilateralStatementWithABadId() {
    assertRejected(() -> unilateralStatement().id(":x").build(), "UnilateralStatement.id", ":x");
  }

  @Test
  void rejectsUnilateralStatementWithABlankTitle() {
    assertRejected(
        () -> unilateralStatement().title("").build(), "UnilateralStatement.title", "");
  }

  @Test
  void rejectsUnilateralStatementRelatedToItself() {
    assertRejected(
        () -> unilateralStatement()
            .addRelations(
                StatementRelation.of(RelationKind.RESPONDS_TO, Ref.of("china-opposes-aukus")))
            .build(),
        "UnilateralStatement.relations",
        "china-opposes-aukus");
  }

  // Remarks

  @Test
  void remarksAreIssuedByTheSpeakersSide() {
    Remarks g7 = remarks()
        .quote("We will strengthen cooperation with the G7.")
        .confirmation(Confirmation.UNCONFIRMED)
        .build();
    assertThat(g7.issuers()).containsExactly(ROK);
    assertThat(g7.confirmation()).contains(Confirmation.UNCONFIRMED);
  }

  @Test
  void rejectsRemarksWithABlankQuote() {
    assertRejected(() -> remarks().quote(" ").build(), "Remarks.quote", " ");
  }

  @Test
  void rejectsRemarksWithABadId() {
    assertRejected(() -> remarks().id("cho on g7").build(), "Remarks.id", "cho on g7");
  }

  @Test
  void rejectsRemarksWithABlankTitle() {
    assertRejected(() -> remarks().title("\n").build(), "Remarks.title", "\n");
  }

  @Test
  void rejectsRemarksRelatedToThemselves() {
    assertRejected(
        () -> remarks()
            .addRelations(StatementRelation.of(RelationKind.REFERS_TO, Ref.of("cho-on-g7")))
            .build(),
        "Remarks.relations",
        "cho-on-g7");
  }

  // Every kind of position

  static Stream<Arguments> everyPositionType() {
    PositionObject o = conduct("hold a Foreign and Defence 2+2 meeting");
    return Stream.of(
        kind("Condemnation", PositionKind.CONDEMN,
            h -> Condemnation.builder().addObjects(o).holders(h).build()),
        kind("Concern", PositionKind.EXPRESS_CONCERN,
            h -> Concern.builder().addObjects(o).holders(h).build()),
        kind("Welcome", PositionKind.WELCOME,
            h -> Welcome.builder().addObjects(o).holders(h).build()),
        kind("Support", PositionKind.SUPPORT,
            h -> Support.builder().addObjects(o).holders(h).build()),
        kind("Recognition", PositionKind.RECOGNISE,
            h -> Recognition.builder().addObjects(o).holders(h).build()),
        kind("Agreement", PositionKind.AGREE,
            h -> Agreement.builder().addObjects(o).holders(h).build()),
        kind("Commitment", PositionKind.COMMIT,
            h -> Commitment.builder().addObjects(o).holders(h).build()),
        kind("Monitoring", PositionKind.MONITOR,
            h -> Monitoring.builder().addObjects(o).holders(h).build()),
        kind("Hope", PositionKind.HOPE,
            h -> Hope.builder().addObjects(o).holders(h).build()),
        kind("Opposition", PositionKind.OPPOSE,
            h -> Opposition.builder().addObjects(o).holders(h).build()),
        kind("Appeal", PositionKind.CALL_ON,
            h -> Appeal.builder().addObjects(o).holders(h).build()),
        kind("Interest", PositionKind.EXPRESS_INTEREST,
            h -> Interest.builder().addObjects(o).holders(h).build()),
        kind("Appreciation", PositionKind.APPRECIATE,
            h -> Appreciation.builder().addObjects(o).holders(h).build()),
        kind("Intention", PositionKind.INTEND,
            h -> Intention.builder().addObjects(o).holders(h).build()),
        kind("Accusation", PositionKind.ACCUSE,
            h -> Accusation.builder().addObjects(o).holders(h).build()),
        kind("Denial", PositionKind.DENY,
            h -> Denial.builder().addObjects(o).holders(h).build()));
  }

  private static Arguments kind(
      String type, PositionKind kind, Function<List<Ref<Actor>>, Position> withHolders) {
    return arguments(type, kind, withHolders);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyPositionType")
  void eachPositionTypeReportsItsKind(
      String type, PositionKind kind, Function<List<Ref<Actor>>, Position> withHolders) {
    Position position = withHolders.apply(List.of(ROK));
    assertThat(position.kind()).isEqualTo(kind);
    assertThat(position.getClass().getSimpleName()).isEqualTo(type);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyPositionType")
  void eachPositionTypeNamesItselfWhenItRejectsAHolderTwice(
      String type, PositionKind kind, Function<List<Ref<Actor>>, Position> withHolders) {
    assertRejected(() -> withHolders.apply(List.of(ROK, ROK)), type + ".holders", ROK);
  }

  @Test
  void theSixteenKindsAreAllTheKindsThereAre() {
    assertThat(everyPositionType().map(a -> a.get()[1]))
        .containsExactlyInAnyOrder((Object[]) PositionKind.values());
  }

  // Rules every position shares

  @Test
  void aPositionWithoutIntensityIsUnmarked() {
    assertThat(Concern.builder().addObjects(ARMS_TRANSFERS).build().intensityLevel())
        .isEqualTo(IntensityLevel.UNMARKED);
  }

  @Test
  void aPositionReportsTheLevelOfItsIntensity() {
    Condemnation strongest = Condemnation.builder()
        .intensity(Intensity.of(IntensityLevel.STRONGEST, "in the strongest terms"))
        .addObjects(ARMS_TRANSFERS)
        .build();
    assertThat(strongest.intensityLevel()).isEqualTo(IntensityLevel.STRONGEST);
  }

  @Test
  void acceptsAPositionWithGroundsTopicsAndWording() {
    Concern concern = Concern.builder()
        .addHolders(ROK, UK)
        .addObjects(ARMS_TRANSFERS)
        .addGrounds("in violation of UN Security Council resolutions")
        .addTopics(Topics.NON_PROLIFERATION.ref(), Topics.SECURITY.ref())
        .wording("We are deeply concerned")
        .addEvidence(ARTICLE)
        .build();
    assertThat(concern.holders()).containsExactly(ROK, UK);
    assertThat(concern.topics()).hasSize(2);
  }

  @Test
  void rejectsAPositionWithATopicTwice() {
    assertRejected(
        () -> Concern.builder()
            .addObjects(ARMS_TRANSFERS)
            .addTopics(Topics.SECURITY.ref(), Topics.SECURITY.ref())
            .build(),
        "Concern.topics",
        Topics.SECURITY.ref());
  }

  @Test
  void rejectsAPositionWithBlankGrounds() {
    assertRejected(
        () -> Concern.builder().addObjects(ARMS_TRANSFERS).addGrounds("valid", " ").build(),
        "Concern.grounds",
        " ");
  }

  @Test
  void rejectsAPositionWithBlankWording() {
    assertRejected(
        () -> Welcome.builder().addObjects(ARMS_TRANSFERS).wording("").build(),
        "Welcome.wording",
        "");
  }

  // Condemnation

  @Test
  void rejectsCondemnationWithoutObjects() {
    assertRejected(() -> Condemnation.builder().build(), "Condemnation.objects", List.of())
        .hasMessageContaining("names at least one conduct, event or phenomenon");
  }

  @Test
  void rejectsCondemnationOfAnObjectWithoutConduct() {
    PositionObject targetOnly = PositionObject.builder().addTargets(DPRK).build();
    assertRejected(
        () -> Condemnation.builder().addObjects(ARMS_TRANSFERS, targetOnly).build(),
        "Condemnation.objects",
        targetOnly);
  }

  @Test
  void otherPositionsMayHaveNoObjects() {
    assertThat(Hope.builder().build().objects()).isEmpty();
  }

  // Agreement

  @Test
  void anAgreementToMeetNamesThePlannedMeeting() {
    Agreement agreement = Agreement.builder()
        .addObjects(conduct("hold a Foreign and Defence 2+2 meeting"))
        .plannedMeeting(Ref.of("first-2plus2"))
        .build();
    assertThat(agreement.plannedMeeting()).contains(Ref.of("first-2plus2"));
    assertThat(Agreement.builder().build().plannedMeeting()).isEmpty();
  }

  // PositionObject, Hedging, Intensity

  @Test
  void acceptsAnObjectWithOnlyTargetsOnlyAPhenomenonOrOnlyAConduct() {
    assertThat(PositionObject.builder().addTargets(DPRK).build().targets()).containsExactly(DPRK);
    assertThat(PositionObject.builder().phenomenon(Ref.of("arms-transfers")).build().phenomenon())
        .contains(Ref.of("arms-transfers"));
    assertThat(conduct("missile launches").conduct()).contains("missile launches");
  }

  @Test
  void rejectsAPositionObjectWithNeitherTargetsPhenomenonNorConduct() {
    assertRejected(() -> PositionObject.builder().build(), "PositionObject.targets", List.of())
        .hasMessageContaining("targets, actors, a phenomenon or a conduct");
  }

  @Test
  void rejectsAPositionObjectWithATargetTwice() {
    assertRejected(
        () -> PositionObject.builder().addTargets(DPRK, DPRK).build(),
        "PositionObject.targets",
        DPRK);
  }

  @Test
  void rejectsAPositionObjectWithBlankConduct() {
    assertRejected(
        () -> PositionObject.builder().addTargets(DPRK).conduct(" ").build(),
        "PositionObject.conduct",
        " ");
  }

  @Test
  void anUnhedgedObjectIsAsserted() {
    assertThat(ARMS_TRANSFERS.hedgeLevel()).isEqualTo(HedgeLevel.ASSERTED);
  }

  @Test
  void aHedgedObjectReportsTheLevelOfItsHedging() {
    PositionObject alleged = PositionObject.builder()
        .conduct("transfer of technology")
        .hedging(Hedging.of(HedgeLevel.POSSIBLE, "the possibility for any"))
        .build();
    assertThat(alleged.hedgeLevel()).isEqualTo(HedgeLevel.POSSIBLE);
    assertThat(alleged.hedging().flatMap(Hedging::wording)).contains("the possibility for any");
  }

  @Test
  void acceptsHedgingAndIntensityWithoutWording() {
    assertThat(Hedging.of(HedgeLevel.ALLEGED, Optional.empty()).wording()).isEmpty();
    assertThat(Intensity.of(IntensityLevel.STRONG, Optional.empty()).wording()).isEmpty();
  }

  @Test
  void rejectsHedgingWithBlankWording() {
    assertRejected(() -> Hedging.of(HedgeLevel.REPORTED, " "), "Hedging.wording", " ");
  }

  @Test
  void rejectsIntensityWithBlankWording() {
    assertRejected(() -> Intensity.of(IntensityLevel.STRONG, ""), "Intensity.wording", "");
  }

  @Test
  void aStatementKeepsItsPositionsInTheOrderStated() {
    Concern concern = Concern.builder().addObjects(ARMS_TRANSFERS).build();
    Condemnation condemnation = Condemnation.builder().addObjects(ARMS_TRANSFERS).build();
    JointStatement outcome = jointStatement().addPositions(condemnation, concern).build();
    assertThat(outcome.positions()).containsExactly(condemnation, concern);
  }
}
