package dev.entente.model;

import dev.entente.time.FuzzyDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A statement issued by both sides together, such as the outcome statement of a dialogue.
 *
 * <pre>{@code
 * JointStatement onDprk = JointStatement.builder()
 *     .id("joint-statement-dprk")
 *     .addIssuers(Ref.of("rok"), Ref.of("uk"))
 *     .date(FuzzyDate.parse("2024-10-22"))
 *     .addRelations(StatementRelation.of(RelationKind.SEPARATE_FROM, Ref.of("outcome")))
 *     .addPositions(condemnation, concern)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@EntenteStyle
abstract sealed class AbstractJointStatement implements Statement permits JointStatement {

  /**
   * Implemented by the generated {@code JointStatement.Builder}: the builder is a
   * {@link StatementBuilder}.
   */
  interface Builder extends StatementBuilder<JointStatement, JointStatement.Builder> {}

  /** {@value}: the name of {@link #kind()}, in pointers and written forms. */
  public static final String KIND = "kind";

  /** {@value}: the name of {@link #signatories()}, in pointers and written forms. */
  public static final String SIGNATORIES = "signatories";

  /**
   * What kind of joint document it is (a joint statement, a fact sheet, a joint press release, a
   * communiqué, a declaration, a joint readout); empty when sources do not tell, which reads as a
   * joint statement. Only kinds that {@linkplain StatementKind#canBeJoint() can be joint}.
   */
  public abstract Optional<StatementKind> kind();

  /** The people who sign or deliver it for their sides, in their offices. */
  public abstract List<Attribution> signatories();

  @Value.Check
  final void check() {
    Statements.check("JointStatement", this);
    Checks.twoSides("JointStatement", "issuers", issuers());
    if (kind().isPresent() && !kind().get().canBeJoint()) {
      throw new InvalidValueException("JointStatement", KIND, kind().get(),
          "a joint statement is not one actor's " + kind().get() + "; use UnilateralStatement");
    }
  }
}
