package dev.entente.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A statement issued by one actor: a side's readout or press release, or a third party's
 * declaration (China's opposition to AUKUS expansion, a grouping's communiqué).
 *
 * <pre>{@code
 * UnilateralStatement.builder()
 *     .id("china-opposes-aukus")
 *     .kind(StatementKind.REPORTED_POSITION)
 *     .issuer(Ref.of("china"))
 *     .addPositions(opposition)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@EntenteStyle
abstract sealed class AbstractUnilateralStatement implements Statement permits UnilateralStatement {

  /**
   * Implemented by the generated {@code UnilateralStatement.Builder}: the builder is a
   * {@link StatementBuilder}.
   */
  interface Builder extends StatementBuilder<UnilateralStatement, UnilateralStatement.Builder> {}

  /** {@value}: the name of {@link #kind()}, in pointers and written forms. */
  public static final String KIND = "kind";

  /** {@value}: the name of {@link #issuer()}, in pointers and written forms. */
  public static final String ISSUER = "issuer";

  /** {@value}: the name of {@link #by()}, in pointers and written forms. */
  public static final String BY = "by";

  /** The kind of statement. */
  public abstract StatementKind kind();

  /** The actor that issues it. */
  public abstract Ref<Actor> issuer();

  /** The person who issued or delivered it, in the office held. */
  public abstract Optional<Attribution> by();

  /** The issuer alone. */
  @Override
  public final List<Ref<Actor>> issuers() {
    return List.of(issuer());
  }

  @Value.Check
  final void check() {
    Statements.check("UnilateralStatement", this);
    if (!kind().canBeUnilateral()) {
      throw new InvalidValueException("UnilateralStatement", KIND, kind(),
          "a statement of one actor is not a joint statement; use JointStatement");
    }
  }
}
