package dev.entente.examples.usrok2023;

import static dev.entente.examples.usrok2023.UsRok2023.BIDEN;
import static dev.entente.examples.usrok2023.UsRok2023.BOSTON_REMARK;
import static dev.entente.examples.usrok2023.UsRok2023.EXTENDED_DETERRENCE;
import static dev.entente.examples.usrok2023.UsRok2023.FACT_SHEET;
import static dev.entente.examples.usrok2023.UsRok2023.JOINT_STATEMENT;
import static dev.entente.examples.usrok2023.UsRok2023.KAGAN;
import static dev.entente.examples.usrok2023.UsRok2023.KAGAN_BRIEFING;
import static dev.entente.examples.usrok2023.UsRok2023.KBS_WORLD;
import static dev.entente.examples.usrok2023.UsRok2023.KIM_BRIEFING;
import static dev.entente.examples.usrok2023.UsRok2023.KIM_TAE_HYO;
import static dev.entente.examples.usrok2023.UsRok2023.KR_NSO_DEPUTY;
import static dev.entente.examples.usrok2023.UsRok2023.NCG;
import static dev.entente.examples.usrok2023.UsRok2023.ROK;
import static dev.entente.examples.usrok2023.UsRok2023.STATE_VISIT;
import static dev.entente.examples.usrok2023.UsRok2023.SUMMIT;
import static dev.entente.examples.usrok2023.UsRok2023.USA;
import static dev.entente.examples.usrok2023.UsRok2023.WASHINGTON_DECLARATION;
import static dev.entente.examples.usrok2023.UsRok2023.YOON;
import static dev.entente.testing.EntenteAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.entente.model.Confirmation;
import dev.entente.model.CountryCode;
import dev.entente.model.Dossier;
import dev.entente.model.Evidence;
import dev.entente.model.Holding;
import dev.entente.model.InvalidValueException;
import dev.entente.model.JointStatement;
import dev.entente.model.MeetingKind;
import dev.entente.model.ObjectRole;
import dev.entente.model.Person;
import dev.entente.model.PositionKind;
import dev.entente.model.Ref;
import dev.entente.model.RelationKind;
import dev.entente.model.Remarks;
import dev.entente.model.Statement;
import dev.entente.model.State;
import dev.entente.model.StatementKind;
import dev.entente.model.StatementRelation;
import dev.entente.model.Topics;
import dev.entente.model.UnilateralStatement;
import dev.entente.time.FuzzyDate;
import dev.entente.validation.DossierValidator;
import dev.entente.validation.Violation;
import dev.entente.validation.ViolationCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The US-ROK summit of 2023: documents of three kinds, and a contradiction with its sources. */
class UsRok2023Test {

  private static final Dossier DOSSIER = UsRok2023.dossier();

  private static <T extends Statement> T statement(Ref<Statement> ref, Class<T> type) {
    return DOSSIER.find(ref, type).orElseThrow();
  }

  @Test
  void theSummitAtTheWhiteHouseWasPartOfTheStateVisit() {
    assertThat(DOSSIER).engagement(SUMMIT)
        .isMeetingOfKind(MeetingKind.SUMMIT)
        .isOn("2023-04-26")
        .isHeldIn("Washington")
        .isHostedBy(USA)
        .hasParticipant(BIDEN)
        .hasParticipant(YOON)
        .hasTopics(EXTENDED_DETERRENCE);
    assertThat(DOSSIER).engagement(STATE_VISIT)
        .isMeetingOfKind(MeetingKind.STATE_VISIT)
        .isUndated();
    assertThat(DOSSIER.engagement(SUMMIT).orElseThrow().partOf())
        .contains(STATE_VISIT);
  }

  @Test
  void theJointDocumentsAreToldApartByTheirKinds() {
    JointStatement declaration = statement(WASHINGTON_DECLARATION, JointStatement.class);
    JointStatement joint = statement(JOINT_STATEMENT, JointStatement.class);
    assertThat(declaration.kind()).hasValue(StatementKind.DECLARATION);
    assertThat(joint.kind()).hasValue(StatementKind.JOINT_STATEMENT);
    assertThat(declaration.issuers()).containsExactly(USA, ROK);
    assertThat(declaration.topics()).containsExactly(EXTENDED_DETERRENCE, NCG);
    assertThat(joint.relations()).extracting(StatementRelation::kind, StatementRelation::target)
        .containsExactly(tuple(RelationKind.REFERS_TO, WASHINGTON_DECLARATION));
    assertThat(DOSSIER.statements())
        .filteredOn(s -> s.engagement().equals(Optional.of(SUMMIT)))
        .extracting(Statement::id)
        .containsExactly(WASHINGTON_DECLARATION.id(), JOINT_STATEMENT.id());
  }

  @Test
  void theFactSheetIsTheWhiteHousesAlone() {
    UnilateralStatement factSheet = statement(FACT_SHEET, UnilateralStatement.class);
    assertThat(factSheet.kind()).isEqualTo(StatementKind.FACT_SHEET);
    assertThat(factSheet.issuer()).isEqualTo(USA);
    assertThat(factSheet.topics()).containsExactly(NCG);
    assertThat(DOSSIER).statement(FACT_SHEET).position(PositionKind.COMMIT)
        .isHeldBy(USA, ROK)
        .isReiterated();
  }

  @Test
  void theDeclarationEstablishesTheNcgAndCommitsTheUnitedStatesToConsult() {
    assertThat(DOSSIER).statement(WASHINGTON_DECLARATION)
        .isIssuedBy(USA, ROK)
        .isDated("2023-04-26")
        .isMadeAt(SUMMIT)
        .hasConfirmation(Confirmation.CONFIRMED)
        .hasPositionKinds(PositionKind.AGREE, PositionKind.COMMIT, PositionKind.RECOGNISE,
            PositionKind.COMMIT);
    assertThat(DOSSIER).statement(WASHINGTON_DECLARATION).position(PositionKind.COMMIT, 0)
        .isHeldBy(USA)
        .namesAs(ObjectRole.ADDRESSEE, ROK);
    assertThat(DOSSIER).statement(WASHINGTON_DECLARATION).position(PositionKind.COMMIT, 1)
        .isHeldBy(ROK)
        .isReiterated();
    JointStatement declaration = statement(WASHINGTON_DECLARATION, JointStatement.class);
    assertThat(declaration.positions().get(0).topics()).containsExactly(NCG);
    assertThat(declaration.positions().get(3).topics())
        .containsExactly(Topics.NON_PROLIFERATION.ref());
  }

  @Test
  void kaganContradictsKimWithTheReportsThatRelateThem() {
    Remarks kim = statement(KIM_BRIEFING, Remarks.class);
    Remarks kagan = statement(KAGAN_BRIEFING, Remarks.class);
    assertThat(kim.speaker().person()).isEqualTo(KIM_TAE_HYO);
    assertThat(kim.side()).isEqualTo(ROK);
    assertThat(kim.quote()).isEmpty();
    assertThat(kagan.speaker().person()).isEqualTo(KAGAN);
    assertThat(kagan.side()).isEqualTo(USA);
    assertThat(kagan.quote())
        .hasValue("I don’t think that we see this as a de facto nuclear sharing");
    assertThat(kagan.relations()).hasSize(1);
    StatementRelation contradicts = kagan.relations().get(0);
    assertThat(contradicts.kind()).isEqualTo(RelationKind.CONTRADICTS);
    assertThat(contradicts.target()).isEqualTo(KIM_BRIEFING);
    assertThat(contradicts.evidence()).extracting(Evidence::source).contains(KBS_WORLD);
    assertThat(contradicts.evidence()).allSatisfy(e -> assertThat(e.quote()).isPresent());
    assertThat(DOSSIER).statement(KAGAN_BRIEFING).isDated("2023-04-27")
        .hasConfirmation(Confirmation.REPORTED)
        .position(PositionKind.DENY).hasConduct("de facto nuclear sharing");
    assertThat(kim.relations()).isEmpty();
  }

  @Test
  void theSpeakersAreFoundByTheirNamesInEitherScriptWithTheirRecordedOffices() {
    Person kim = DOSSIER.personsNamed("김태효").get(0);
    assertThat(DOSSIER.personsNamed("Kim Tae-hyo")).containsExactly(kim);
    assertThat(kim.id()).isEqualTo(KIM_TAE_HYO.id());
    // a speaker's office is not implied by the briefing: it rests on the recorded tenure
    Holding holding = DOSSIER.holding(KIM_TAE_HYO, KR_NSO_DEPUTY, FuzzyDate.parse("2023-04-26"))
        .orElseThrow();
    assertThat(holding.isImplied()).isFalse();
    assertThat(holding.tenure().orElseThrow().evidence()).extracting(Evidence::source)
        .contains(KBS_WORLD);
    assertThat(DOSSIER.state(CountryCode.of("KR")).map(State::id)).hasValue(ROK.id());
  }

  @Test
  void thePresidentialOfficeRespondedInBoston() {
    UnilateralStatement boston = statement(BOSTON_REMARK, UnilateralStatement.class);
    assertThat(boston.kind()).isEqualTo(StatementKind.SPOKESPERSON);
    assertThat(boston.by()).isEmpty();
    assertThat(boston.relations()).extracting(StatementRelation::kind, StatementRelation::target)
        .containsExactly(tuple(RelationKind.RESPONDS_TO, KAGAN_BRIEFING));
    assertThat(DOSSIER).statement(BOSTON_REMARK).isIssuedBy(ROK).isDated("2023-04-28")
        .isMadeAt(STATE_VISIT)
        .hasPositionKinds(PositionKind.DENY);
  }

  @Test
  void aRelationCitingAnUnknownSourceIsADanglingReference() {
    Remarks kagan = statement(KAGAN_BRIEFING, Remarks.class);
    StatementRelation unsourced = kagan.relations().get(0)
        .withEvidence(Evidence.of(Ref.of("yonhap-2023-04-27")));
    int at = DOSSIER.statements().indexOf(kagan);
    List<Violation> violations =
        DossierValidator.validate(DOSSIER.withRecord(kagan.withRelations(unsourced)));
    assertThat(violations).extracting(Violation::code, Violation::pointer).containsExactly(
        tuple(ViolationCode.DANGLING_REFERENCE,
            "/statements/" + at + "/relations/0/evidence/0/source"));
    assertThat(violations.get(0).message()).contains("yonhap-2023-04-27");
  }

  @Test
  void aFactSheetOfOneActorIsNotAJointStatementNorASpokespersonsJoint() {
    assertThatThrownBy(() -> statement(FACT_SHEET, UnilateralStatement.class)
        .withKind(StatementKind.JOINT_STATEMENT))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("kind");
    assertThatThrownBy(() -> statement(JOINT_STATEMENT, JointStatement.class)
        .withKind(StatementKind.SPOKESPERSON))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("SPOKESPERSON");
  }
}
