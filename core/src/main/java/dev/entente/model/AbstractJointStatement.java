package dev.entente.model;

import dev.entente.time.FuzzyDate;
import java.util.List;
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

  /** {@value}: the name of {@link #signatories()}, in pointers and written forms. */
  public static final String SIGNATORIES = "signatories";

  /** The two sides that issue it. */
  /** The people who sign or deliver it for their sides, in their offices. */
  public abstract List<Attribution> signatories();

  @Value.Check
  final void check() {
    Statements.check("JointStatement", this);
    Checks.twoSides("JointStatement", "issuers", issuers());
  }
}
