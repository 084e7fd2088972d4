package dev.entente.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * A statement's relation to another statement.
 *
 * <pre>{@code
 * StatementRelation.of(RelationKind.SEPARATE_FROM, Ref.of("outcome-statement"))
 * StatementRelation.builder()
 *     .kind(RelationKind.CONTRADICTS)
 *     .target(Ref.of("kim-briefing"))
 *     .addEvidence(Evidence.of(Ref.of("yonhap")))
 *     .build()
 * }</pre>
 */
@Value.Immutable
@EntenteStyle
abstract sealed class AbstractStatementRelation implements Extensible permits StatementRelation {

  /**
   * Implemented by the generated {@code StatementRelation.Builder}: the builder is an
   * {@link ExtensibleBuilder}.
   */
  interface Builder extends ExtensibleBuilder<StatementRelation, StatementRelation.Builder> {}

  /** {@value}: the name of {@link #kind()}, in pointers and written forms. */
  public static final String KIND = "kind";

  /** {@value}: the name of {@link #target()}, in pointers and written forms. */
  public static final String TARGET = "target";

  /** {@value}: the name of {@link #evidence()}, in pointers and written forms. */
  public static final String EVIDENCE = "evidence";

  /** The kind of relation. */
  @Value.Parameter
  public abstract RelationKind kind();

  /** The other statement. */
  @Value.Parameter
  public abstract Ref<Statement> target();

  /**
   * The sources that relate the two statements ("the White House did not see it as ..."), where
   * the relation is not evident from the statements themselves.
   */
  public abstract List<Evidence> evidence();
}
