package dev.entente.testing;

import dev.entente.model.Actor;
import dev.entente.model.HedgeLevel;
import dev.entente.model.IntensityLevel;
import dev.entente.model.Position;
import dev.entente.model.PositionKind;
import dev.entente.model.Ref;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

/**
 * Assertions on a {@link Position}: its kind, holders, objects (targets, conduct, hedging),
 * intensity and topics.
 *
 * <pre>{@code
 * assertThat(condemnation)
 *     .hasKind(PositionKind.CONDEMN).hasIntensity(IntensityLevel.STRONGEST)
 *     .targets(dprk).hasConduct("deployment of its troops").hasHedging(HedgeLevel.REPORTED);
 * }</pre>
 */
public class PositionAssert extends AbstractEntenteAssert<PositionAssert, Position> {

  /** The issuers of the statement the position was reached from, who hold it when it names no holders. */
  List<Ref<Actor>> statementIssuers = List.of();

  /**
   * Creates the assertion; use {@link EntenteAssertions#assertThat(Position)}.
   *
   * @param actual the position under test
   */
  public PositionAssert(Position actual) {
    super(actual, PositionAssert.class);
  }

  private String name() {
    return actual.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT) + " ("
        + actual.kind() + ")";
  }

  /**
   * Verifies the kind of position.
   *
   * @param kind the kind
   * @return this assertion
   */
  public PositionAssert hasKind(PositionKind kind) {
    isNotNull();
    if (actual.kind() != kind) {
      fail("Expecting a position of kind " + kind + ", but it is a " + name());
    }
    return myself;
  }

  /**
   * Verifies who holds the position, exactly, in any order. A position that names no holders is
   * held by its statement's issuers; that is known when the assertion was reached from the
   * statement ({@link StatementAssert#position(PositionKind)}).
   *
   * @param holders the holders
   * @return this assertion
   */
  public PositionAssert isHeldBy(Ref<?>... holders) {
    isNotNull();
    List<Ref<Actor>> actualHolders = actual.holders().isEmpty() ? statementIssuers : actual.holders();
    if (!new HashSet<>(actualHolders).equals(new HashSet<>(Arrays.asList(holders)))) {
      fail("Expecting " + name() + " to be held by " + Show.refs(Arrays.asList(holders))
          + ", but it is held by " + Show.refs(actualHolders)
          + (actual.holders().isEmpty() ? " (its statement's issuers)" : ""));
    }
    return myself;
  }

  /**
   * Verifies that one of the position's objects targets all the given actors (and maybe others).
   *
   * @param targets the actors
   * @return this assertion
   */
  public PositionAssert targets(Ref<?>... targets) {
    isNotNull();
    List<Ref<?>> expected = Arrays.asList(targets);
    if (actual.objects().stream().noneMatch(o -> o.targets().containsAll(expected))) {
      fail("Expecting " + name() + " to target " + Show.refs(expected)
          + " in one object, but its objects are:\n" + Show.objects(actual.objects()));
    }
    return myself;
  }

  /**
   * Verifies that one of the position's objects names a conduct that contains the given text.
   *
   * @param text a part of the conduct, as the source words it
   * @return this assertion
   */
  public PositionAssert hasConduct(String text) {
    isNotNull();
    if (actual.objects().stream().noneMatch(o -> o.conduct().map(c -> c.contains(text)).orElse(false))) {
      fail("Expecting " + name() + " to have an object whose conduct contains " + Show.quoted(text)
          + ", but its objects are:\n" + Show.objects(actual.objects()));
    }
    return myself;
  }

  /**
   * Verifies the intensity level ({@link IntensityLevel#UNMARKED} when none is recorded).
   *
   * @param level the level
   * @return this assertion
   */
  public PositionAssert hasIntensity(IntensityLevel level) {
    isNotNull();
    if (actual.intensityLevel() != level) {
      fail("Expecting " + name() + " to have intensity " + level + ", but its intensity is "
          + actual.intensityLevel()
          + actual.intensity().flatMap(i -> i.wording()).map(w -> " (" + Show.quoted(w) + ")").orElse(""));
    }
    return myself;
  }

  /**
   * Verifies that one of the position's objects is hedged at the given level
   * ({@link HedgeLevel#ASSERTED} when no hedging is recorded).
   *
   * @param level the level
   * @return this assertion
   */
  public PositionAssert hasHedging(HedgeLevel level) {
    isNotNull();
    if (actual.objects().stream().noneMatch(o -> o.hedgeLevel() == level)) {
      fail("Expecting " + name() + " to have an object hedged as " + level
          + ", but its objects are:\n" + Show.objects(actual.objects()));
    }
    return myself;
  }

  /**
   * Verifies that the position is about all the given topics (and maybe others).
   *
   * @param topics the topics
   * @return this assertion
   */
  public PositionAssert hasTopic(Ref<?>... topics) {
    isNotNull();
    if (!actual.topics().containsAll(Arrays.asList(topics))) {
      fail("Expecting " + name() + " to have topics " + Show.refs(Arrays.asList(topics))
          + ", but its topics are " + Show.refs(actual.topics()));
    }
    return myself;
  }
}
