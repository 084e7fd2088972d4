package dev.entente.testing;

import dev.entente.model.Confirmation;
import dev.entente.model.JointStatement;
import dev.entente.model.Position;
import dev.entente.model.PositionKind;
import dev.entente.model.Ref;
import dev.entente.model.RelationKind;
import dev.entente.model.Statement;
import dev.entente.model.StatementKind;
import dev.entente.model.UnilateralStatement;
import dev.entente.time.FuzzyDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Assertions on a {@link Statement} of any kind (joint, unilateral, remarks): issuers, date,
 * engagement, and its positions.
 *
 * <pre>{@code
 * assertThat(dossier).statement("joint-statement-russia-dprk")
 *     .isIssuedBy(rok, uk).isDated("2024-10-22")
 *     .hasPositionKinds(CONDEMN, MONITOR, EXPRESS_CONCERN, RECOGNISE, COMMIT, COMMIT)
 *     .position(PositionKind.CONDEMN)
 *     .hasIntensity(IntensityLevel.STRONGEST).targets(dprk).hasHedging(HedgeLevel.REPORTED);
 * }</pre>
 */
public class StatementAssert extends AbstractEntenteAssert<StatementAssert, Statement> {

  /**
   * Creates the assertion; use {@link EntenteAssertions#assertThat(Statement)}.
   *
   * @param actual the statement under test
   */
  public StatementAssert(Statement actual) {
    super(actual, StatementAssert.class);
  }

  private String name() {
    return "statement " + Show.quoted(actual.id());
  }

  /**
   * Verifies that the statement's issuers are exactly the given actors, in any order (the side
   * for remarks).
   *
   * @param issuers the issuers
   * @return this assertion
   */
  public StatementAssert isIssuedBy(Ref<?>... issuers) {
    isNotNull();
    if (!new HashSet<>(actual.issuers()).equals(new HashSet<>(Arrays.asList(issuers)))) {
      fail("Expecting " + name() + " to be issued by " + Show.refs(Arrays.asList(issuers))
          + ", but its issuers are " + Show.refs(actual.issuers()));
    }
    return myself;
  }

  /**
   * Verifies the statement's date, exactly as EDTF.
   *
   * @param date the date
   * @return this assertion
   */
  public StatementAssert isDated(FuzzyDate date) {
    isNotNull();
    if (!actual.date().map(date::equals).orElse(false)) {
      fail("Expecting " + name() + " to be dated " + date + ", but its date is "
          + Show.opt(actual.date()));
    }
    return myself;
  }

  /**
   * Verifies the statement's date, given as EDTF text such as {@code 2024-10-22}.
   *
   * @param edtf the date
   * @return this assertion
   */
  public StatementAssert isDated(String edtf) {
    return isDated(FuzzyDate.parse(edtf));
  }

  /**
   * Verifies that the statement was made at the given engagement.
   *
   * @param engagement the engagement
   * @return this assertion
   */
  public StatementAssert isMadeAt(Ref<?> engagement) {
    isNotNull();
    if (!actual.engagement().map(engagement::equals).orElse(false)) {
      fail("Expecting " + name() + " to be made at " + engagement.id() + ", but its engagement is "
          + Show.opt(actual.engagement()));
    }
    return myself;
  }

  /**
   * Verifies the statement's confirmation by primary sources.
   *
   * @param confirmation the confirmation
   * @return this assertion
   */
  public StatementAssert hasConfirmation(Confirmation confirmation) {
    isNotNull();
    if (!actual.confirmation().map(confirmation::equals).orElse(false)) {
      fail("Expecting " + name() + " to have confirmation " + confirmation
          + ", but its confirmation is " + Show.opt(actual.confirmation()));
    }
    return myself;
  }

  /**
   * Verifies the kind of document the statement is: a unilateral statement's kind, or a joint
   * statement's (a joint statement without a kind reads as {@link StatementKind#JOINT_STATEMENT}).
   * Remarks have no kind, and fail.
   *
   * @param kind the kind
   * @return this assertion
   */
  public StatementAssert hasKind(StatementKind kind) {
    isNotNull();
    Optional<StatementKind> given;
    if (actual instanceof UnilateralStatement) {
      given = Optional.of(((UnilateralStatement) actual).kind());
    } else if (actual instanceof JointStatement) {
      given = Optional.of(((JointStatement) actual).kind().orElse(StatementKind.JOINT_STATEMENT));
    } else {
      fail("Expecting " + name() + " to be of kind " + kind + ", but it is remarks, which have"
          + " no kind");
      return myself;
    }
    if (!given.get().equals(kind)) {
      fail("Expecting " + name() + " to be of kind " + kind + ", but it is of kind "
          + given.get());
    }
    return myself;
  }

  /**
   * Verifies that the statement as a whole is about the given topic (its own topics, not its
   * positions').
   *
   * @param topic the topic
   * @return this assertion
   */
  public StatementAssert hasTopic(Ref<?> topic) {
    isNotNull();
    if (!actual.topics().contains(topic)) {
      fail("Expecting " + name() + " to have the topic " + topic.id() + ", but its topics are "
          + Show.refs(actual.topics()));
    }
    return myself;
  }

  /**
   * Verifies that the statement relates to the target statement in the given way.
   *
   * @param kind the kind of relation
   * @param target the other statement
   * @return this assertion
   */
  public StatementAssert relatesTo(RelationKind kind, Ref<?> target) {
    isNotNull();
    boolean found = actual.relations().stream()
        .anyMatch(r -> r.kind() == kind && r.target().equals(target));
    if (!found) {
      fail("Expecting " + name() + " to have the relation " + kind + " " + target.id()
          + ", but its relations are " + actual.relations().stream()
              .map(r -> r.kind() + " " + r.target().id())
              .collect(Collectors.joining(", ", "[", "]")));
    }
    return myself;
  }

  /**
   * Verifies that the statement contradicts the target statement.
   *
   * @param target the statement contradicted
   * @return this assertion
   */
  public StatementAssert contradicts(Ref<?> target) {
    return relatesTo(RelationKind.CONTRADICTS, target);
  }

  /**
   * Verifies that the statement denies what the target statement says.
   *
   * @param target the statement denied
   * @return this assertion
   */
  public StatementAssert denies(Ref<?> target) {
    return relatesTo(RelationKind.DENIES, target);
  }

  /**
   * Verifies that the statement has at least one position of the given kind.
   *
   * @param kind the kind
   * @return this assertion
   */
  public StatementAssert hasPositionOfKind(PositionKind kind) {
    isNotNull();
    if (actual.positions().stream().noneMatch(p -> p.kind() == kind)) {
      fail("Expecting " + name() + " to have a position of kind " + kind
          + ", but its positions are " + Show.kinds(actual.positions()));
    }
    return myself;
  }

  /**
   * Verifies the kinds of the statement's positions, all of them, in the order stated.
   *
   * @param kinds the kinds, in order
   * @return this assertion
   */
  public StatementAssert hasPositionKinds(PositionKind... kinds) {
    isNotNull();
    List<PositionKind> actualKinds =
        actual.positions().stream().map(Position::kind).collect(Collectors.toList());
    if (!actualKinds.equals(Arrays.asList(kinds))) {
      fail("Expecting " + name() + " to have positions " + Arrays.toString(kinds)
          + ", but its positions are " + actualKinds);
    }
    return myself;
  }

  /**
   * The first position of the given kind, to check further.
   *
   * @param kind the kind
   * @return an assertion on the position
   */
  public PositionAssert position(PositionKind kind) {
    return position(kind, 0);
  }

  /**
   * The position of the given kind at the given place among positions of that kind, to check
   * further: {@code position(COMMIT, 1)} is the second commitment.
   *
   * @param kind the kind
   * @param index the 0-based index among positions of that kind
   * @return an assertion on the position
   */
  public PositionAssert position(PositionKind kind, int index) {
    isNotNull();
    List<Position> ofKind = actual.positions().stream().filter(p -> p.kind() == kind)
        .collect(Collectors.toList());
    Position found = index >= 0 && index < ofKind.size() ? ofKind.get(index) : null;
    return toPosition(found,
        "Expecting " + name() + " to have " + (index + 1) + " position" + (index == 0 ? "" : "s")
            + " of kind " + kind + ", but its positions are " + Show.kinds(actual.positions()),
        kind + (index == 0 ? "" : " #" + (index + 1)));
  }

  /**
   * The position at the given place among all the statement's positions, to check further.
   *
   * @param index the 0-based index
   * @return an assertion on the position
   */
  public PositionAssert position(int index) {
    isNotNull();
    List<Position> positions = actual.positions();
    Position found = index >= 0 && index < positions.size() ? positions.get(index) : null;
    return toPosition(found,
        "Expecting " + name() + " to have a position at index " + index + ", but its positions are "
            + Show.kinds(positions),
        "position " + index);
  }

  private PositionAssert toPosition(Position found, String missing, String what) {
    PositionAssert position = navigate(PositionAssert.class, Position.class, found,
        PositionAssert::new, missing, what + " of " + name());
    position.statementIssuers = actual.issuers();
    return position;
  }
}
