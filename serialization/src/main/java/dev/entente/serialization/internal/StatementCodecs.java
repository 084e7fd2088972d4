package dev.entente.serialization.internal;

import static dev.entente.serialization.internal.PositionCodecs.POSITION;
import static dev.entente.serialization.internal.ProvenanceCodecs.DATE_CLAIM;
import static dev.entente.serialization.internal.ScalarCodecs.CONFIRMATION;
import static dev.entente.serialization.internal.ProvenanceCodecs.EVIDENCE;
import static dev.entente.serialization.internal.ScalarCodecs.FUZZY_DATE;
import static dev.entente.serialization.internal.ScalarCodecs.ID;
import static dev.entente.serialization.internal.ScalarCodecs.TEXT;
import static dev.entente.serialization.internal.ScalarCodecs.enumeration;
import static dev.entente.serialization.internal.ScalarCodecs.ref;

import dev.entente.model.Attribution;
import dev.entente.model.JointStatement;
import dev.entente.model.RelationKind;
import dev.entente.model.Remarks;
import dev.entente.model.Statement;
import dev.entente.model.StatementBuilder;
import dev.entente.model.StatementKind;
import dev.entente.model.StatementRelation;
import dev.entente.model.UnilateralStatement;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/** The wire form of statements: one row per kind, and their relations and attributions. */
final class StatementCodecs {

  private StatementCodecs() {}

  static final ObjectCodec<StatementRelation, StatementRelation.Builder> STATEMENT_RELATION =
      ObjectCodec.of(StatementRelation.class, StatementRelation::builder)
          .describedAs("a statement relation")
          .required(StatementRelation.KIND, StatementRelation::kind,
              StatementRelation.Builder::kind, enumeration(RelationKind.class,
                  "a kind of relation"))
          .required(StatementRelation.TARGET, StatementRelation::target,
              StatementRelation.Builder::target, ref())
          .list(StatementRelation.EVIDENCE, StatementRelation::evidence,
              StatementRelation.Builder::addEvidence, EVIDENCE)
          .build();

  private static final ScalarCodec<StatementKind> STATEMENT_KIND =
      enumeration(StatementKind.class, "a kind of statement");

  static final ObjectCodec<Attribution, Attribution.Builder> ATTRIBUTION =
      ObjectCodec.of(Attribution.class, Attribution::builder)
          .describedAs("an attribution")
          .required(Attribution.PERSON, Attribution::person, Attribution.Builder::person, ref())
          .optional(Attribution.OFFICE, Attribution::office, Attribution.Builder::office, ref())
          .build();

  /**
   * One kind of statement, its row: its class, its {@code type}, how a message calls it, its
   * builder, and its own members, which come after the id and before the members that every
   * statement has, bound here once through {@link StatementBuilder}.
   */
  private static <K extends Statement, B extends StatementBuilder<K, B>> UnionCodec.Member<K>
      statement(Class<K> kind, String type, String description, Supplier<B> builder,
          UnaryOperator<ObjectCodec.Builder<K, B>> own) {
    ObjectCodec.Builder<K, B> codec = ObjectCodec.of(kind, builder)
        .type(type).describedAs(description)
        .required(Statement.ID, Statement::id, StatementBuilder::id, ID);
    return UnionCodec.kind(kind, own.apply(codec)
        .optional(Statement.TITLE, Statement::title, StatementBuilder::title, TEXT)
        .optional(Statement.DATE, Statement::date, StatementBuilder::date, FUZZY_DATE)
        .list(Statement.DATE_CLAIMS, Statement::dateClaims, StatementBuilder::addDateClaim,
            DATE_CLAIM)
        .optional(Statement.ENGAGEMENT, Statement::engagement, StatementBuilder::engagement, ref())
        .list(Statement.RELATIONS, Statement::relations, StatementBuilder::addRelation,
            STATEMENT_RELATION)
        .list(Statement.TOPICS, Statement::topics, StatementBuilder::addTopic, ref())
        .list(Statement.POSITIONS, Statement::positions, StatementBuilder::addPosition,
            POSITION)
        .optional(Statement.CONFIRMATION, Statement::confirmation, StatementBuilder::confirmation,
            CONFIRMATION)
        .list(Statement.EVIDENCE, Statement::evidence, StatementBuilder::addEvidence, EVIDENCE)
        .build());
  }

  static final UnionCodec<Statement> STATEMENT = new UnionCodec<>("Statement", "a statement",
      List.of(
          statement(JointStatement.class, "joint-statement", "a joint statement",
              JointStatement::builder, own -> own
                  .list(Statement.ISSUERS, JointStatement::issuers,
                      JointStatement.Builder::addIssuer, ref())
                  .items(2, 2, true)
                  .optional(JointStatement.KIND, JointStatement::kind,
                      JointStatement.Builder::kind,
                      STATEMENT_KIND)
                  .list(JointStatement.SIGNATORIES, JointStatement::signatories,
                      JointStatement.Builder::addSignatory, ATTRIBUTION)),
          statement(UnilateralStatement.class, "unilateral-statement", "a unilateral statement",
              UnilateralStatement::builder, own -> own
                  .required(UnilateralStatement.KIND, UnilateralStatement::kind,
                      UnilateralStatement.Builder::kind,
                      STATEMENT_KIND)
                  .required(UnilateralStatement.ISSUER, UnilateralStatement::issuer,
                      UnilateralStatement.Builder::issuer, ref())
                  .optional(UnilateralStatement.BY, UnilateralStatement::by,
                      UnilateralStatement.Builder::by, ATTRIBUTION)),
          statement(Remarks.class, "remarks", "remarks", Remarks::builder, own -> own
              .required(Remarks.SPEAKER, Remarks::speaker, Remarks.Builder::speaker, ATTRIBUTION)
              .required(Remarks.SIDE, Remarks::side, Remarks.Builder::side, ref())
              .optional(Remarks.QUOTE, Remarks::quote, Remarks.Builder::quote, TEXT))));
}
