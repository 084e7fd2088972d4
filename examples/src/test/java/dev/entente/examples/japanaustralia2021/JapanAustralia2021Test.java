package dev.entente.examples.japanaustralia2021;

import static dev.entente.examples.japanaustralia2021.JapanAustralia2021.AUSTRALIA;
import static dev.entente.examples.japanaustralia2021.JapanAustralia2021.CHINA;
import static dev.entente.examples.japanaustralia2021.JapanAustralia2021.HONG_KONG;
import static dev.entente.examples.japanaustralia2021.JapanAustralia2021.JAPAN;
import static dev.entente.examples.japanaustralia2021.JapanAustralia2021.JOINT_STATEMENT;
import static dev.entente.examples.japanaustralia2021.JapanAustralia2021.NINTH;
import static dev.entente.testing.EntenteAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.model.Dialogue;
import dev.entente.model.Dossier;
import dev.entente.model.IntensityLevel;
import dev.entente.model.JointStatement;
import dev.entente.model.MutualityKind;
import dev.entente.model.ObjectRole;
import dev.entente.model.Position;
import dev.entente.model.PositionKind;
import dev.entente.model.StatementKind;
import dev.entente.model.UnilateralStatement;
import dev.entente.validation.ViolationCode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ninth Japan-Australia 2+2: a concern marked shared, a call that is not. */
class JapanAustralia2021Test {

  private static final Dossier DOSSIER = JapanAustralia2021.dossier();

  @Test
  void theNinthSessionWasHeldByVideoConferenceWithNoVenue() {
    assertThat(DOSSIER).dialogue(NINTH).hasOrdinal(9).isOn("2021-06-09").hasSides(JAPAN, AUSTRALIA);
    assertThat(DOSSIER.find(NINTH, Dialogue.class).orElseThrow().venue())
        .isEmpty();
  }

  @Test
  void theConcernOverHongKongIsSharedAndGrave() {
    assertThat(DOSSIER).statement(JOINT_STATEMENT)
        .isIssuedBy(JAPAN, AUSTRALIA).isMadeAt(NINTH)
        .hasPositionKinds(PositionKind.CALL_ON, PositionKind.EXPRESS_CONCERN)
        .position(PositionKind.EXPRESS_CONCERN)
        .isHeldBy(JAPAN, AUSTRALIA)
        .isMutual(MutualityKind.JOINT)
        .hasIntensity(IntensityLevel.STRONG)
        .hasTopic(HONG_KONG)
        .hasConduct("weaken Hong Kong's democratic institutions");
    Position concern = DOSSIER.statements().get(0).positions().get(1);
    assertThat(concern.mutuality().orElseThrow().wording()).hasValue("share");
  }

  @Test
  void theCallOnTheChineseAuthoritiesIsNotMarkedShared() {
    assertThat(DOSSIER).statement(JOINT_STATEMENT).position(PositionKind.CALL_ON)
        .namesAs(ObjectRole.ADDRESSEE, CHINA);
    assertThat(DOSSIER.statements().get(0).positions().get(0).mutuality()).isEmpty();
  }

  @Test
  void theSameSharedConcernFromOneSideAloneWouldBeReported() {
    JointStatement joint = (JointStatement) DOSSIER.statements().get(0);
    UnilateralStatement japanAlone = UnilateralStatement.builder()
        .id(joint.id())
        .kind(StatementKind.READOUT)
        .issuer(JAPAN)
        .date(joint.date().orElseThrow())
        .engagement(joint.engagement().orElseThrow())
        .addPositions(joint.positions().get(1))
        .build();
    Dossier oneSided = DOSSIER.withStatements(List.of(japanAlone));
    assertThat(oneSided).hasViolation(ViolationCode.MUTUAL_SINGLE_HOLDER)
        .hasViolationCount(1);
  }
}
