package dev.entente.testing.generators;

import static dev.entente.testing.generators.FuzzyDateArbitraries.fuzzyDates;
import static dev.entente.testing.generators.PositionArbitraries.positions;
import static dev.entente.testing.generators.ProvenanceArbitraries.dateClaims;
import static dev.entente.testing.generators.ProvenanceArbitraries.evidenceLists;
import static dev.entente.testing.generators.ScalarArbitraries.ids;
import static dev.entente.testing.generators.ScalarArbitraries.list;
import static dev.entente.testing.generators.ScalarArbitraries.opt;
import static dev.entente.testing.generators.ScalarArbitraries.refs;
import static dev.entente.testing.generators.ScalarArbitraries.texts;
import static dev.entente.testing.generators.ScalarArbitraries.twoSides;

import dev.entente.model.Actor;
import dev.entente.model.Attribution;
import dev.entente.model.Confirmation;
import dev.entente.model.DateClaim;
import dev.entente.model.Engagement;
import dev.entente.model.Evidence;
import dev.entente.model.JointStatement;
import dev.entente.model.Office;
import dev.entente.model.Person;
import dev.entente.model.Position;
import dev.entente.model.Ref;
import dev.entente.model.RelationKind;
import dev.entente.model.Remarks;
import dev.entente.model.Statement;
import dev.entente.model.StatementKind;
import dev.entente.model.StatementRelation;
import dev.entente.model.Topic;
import dev.entente.model.UnilateralStatement;
import dev.entente.time.FuzzyDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Statements of every kind, their relations and attributions. */
final class StatementArbitraries {

  private StatementArbitraries() {}

  // ============================================================================ statements

  /** Statement relations of every kind, with or without the sources that state them. */
  public static Arbitrary<StatementRelation> statementRelations() {
    return Combinators.combine(
            Arbitraries.of(RelationKind.class), ScalarArbitraries.<Statement>refs(),
            evidenceLists())
        .as((kind, target, evidence) -> StatementRelation.builder().kind(kind).target(target)
            .evidence(evidence).build());
  }

  /** The kinds a joint statement may have ({@link StatementKind#canBeJoint()}). */
  static final List<StatementKind> JOINT_KINDS = Arrays.stream(StatementKind.values())
      .filter(StatementKind::canBeJoint).collect(Collectors.toList());

  /** The kinds a unilateral statement may have ({@link StatementKind#canBeUnilateral()}). */
  static final List<StatementKind> UNILATERAL_KINDS = Arrays.stream(StatementKind.values())
      .filter(StatementKind::canBeUnilateral).collect(Collectors.toList());

  /** Attributions, with or without an office. */
  public static Arbitrary<Attribution> attributions() {
    return Combinators.combine(
            ScalarArbitraries.<Person>refs(), opt(ScalarArbitraries.<Office>refs()))
        .as((person, office) -> Attribution.builder().person(person).office(office).build());
  }

  /** The members every kind of statement has. */
  record StatementParts(
      String id, Optional<String> title, Optional<FuzzyDate> date, List<DateClaim> dateClaims,
      Optional<Ref<Engagement>> engagement, List<StatementRelation> relations,
      List<Ref<Topic>> topics, List<Position> positions, Optional<Confirmation> confirmation,
      List<Evidence> evidence) {}

  static Arbitrary<StatementParts> statementParts() {
    return Combinators.combine(
            ids(), opt(texts()), opt(fuzzyDates()), list(dateClaims()),
            opt(ScalarArbitraries.<Engagement>refs()), list(statementRelations()),
            list(positions()),
            Combinators.combine(opt(Arbitraries.of(Confirmation.class)), evidenceLists(),
                    ScalarArbitraries.<Topic>distinctRefs())
                .as(Tuple::of))
        .as((id, title, date, claims, engagement, relations, positions, rest) ->
            new StatementParts(id, title, date, claims, engagement,
                relations.stream().filter(r -> !r.target().id().equals(id))
                    .collect(Collectors.toList()),
                rest.get3(), positions, rest.get1(), rest.get2()));
  }

  /**
   * Joint statements of two distinct issuers, of every kind a joint statement may have or of no
   * kind.
   */
  public static Arbitrary<JointStatement> jointStatements() {
    return Combinators.combine(statementParts(), twoSides(), list(attributions()),
            opt(Arbitraries.of(JOINT_KINDS)))
        .as((p, issuers, signatories, kind) -> JointStatement.builder()
            .id(p.id()).title(p.title()).date(p.date()).dateClaims(p.dateClaims())
            .engagement(p.engagement()).relations(p.relations()).topics(p.topics())
            .positions(p.positions())
            .confirmation(p.confirmation()).evidence(p.evidence())
            .kind(kind).issuers(issuers).signatories(signatories)
            .build());
  }

  /** Unilateral statements of every kind a unilateral statement may have. */
  public static Arbitrary<UnilateralStatement> unilateralStatements() {
    return Combinators.combine(
            statementParts(), Arbitraries.of(UNILATERAL_KINDS), ScalarArbitraries.<Actor>refs(),
            opt(attributions()))
        .as((p, kind, issuer, by) -> UnilateralStatement.builder()
            .id(p.id()).title(p.title()).date(p.date()).dateClaims(p.dateClaims())
            .engagement(p.engagement()).relations(p.relations()).topics(p.topics())
            .positions(p.positions())
            .confirmation(p.confirmation()).evidence(p.evidence())
            .kind(kind).issuer(issuer).by(by)
            .build());
  }

  /** Remarks, with or without a quote. */
  public static Arbitrary<Remarks> remarks() {
    return Combinators.combine(
            statementParts(), attributions(), ScalarArbitraries.<Actor>refs(), opt(texts()))
        .as((p, speaker, side, quote) -> Remarks.builder()
            .id(p.id()).title(p.title()).date(p.date()).dateClaims(p.dateClaims())
            .engagement(p.engagement()).relations(p.relations()).topics(p.topics())
            .positions(p.positions())
            .confirmation(p.confirmation()).evidence(p.evidence())
            .speaker(speaker).side(side).quote(quote)
            .build());
  }

  /** Statements of all three kinds. */
  public static Arbitrary<Statement> statements() {
    return Arbitraries.oneOf(jointStatements(), unilateralStatements(), remarks());
  }
}
