package dev.entente.testing;

import dev.entente.model.Actor;
import dev.entente.model.HedgeLevel;
import dev.entente.model.IntensityLevel;
import dev.entente.model.MutualityKind;
import dev.entente.model.ObjectRole;
import dev.entente.model.Position;
import dev.entente.model.PositionKind;
import dev.entente.model.Ref;
import dev.entente.time.FuzzyDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Assertions on a {@link Position}: its kind, holders, objects (targets, actors in their roles,
 * phenomenon, conduct, hedging), intensity, topics and marks (reiteration, period, mutuality).
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
   * Verifies that one of the position's objects targets all the given actors (and maybe others):
   * names them in {@code targets}, or in {@code actors} as addressee, conduct or subject, never
   * merely mentioned.
   *
   * @param targets the actors
   * @return this assertion
   */
  public PositionAssert targets(Ref<?>... targets) {
    isNotNull();
    List<Ref<?>> expected = Arrays.asList(targets);
    if (actual.objects().stream().noneMatch(o -> o.actorsAs(actual.kind(), ObjectRole.ADDRESSEE,
        ObjectRole.CONDUCT, ObjectRole.SUBJECT).containsAll(expected))) {
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

  /**
   * Verifies that one of the position's objects names all the given actors in the given role
   * (and maybe others); actors of {@code targets} have the role their position's kind gives
   * ({@link ObjectRole#ofTarget(PositionKind)}).
   *
   * @param role the role
   * @param actors the actors
   * @return this assertion
   */
  public PositionAssert namesAs(ObjectRole role, Ref<?>... actors) {
    isNotNull();
    List<Ref<?>> expected = Arrays.asList(actors);
    if (actual.objects().stream()
        .noneMatch(o -> o.actorsAs(actual.kind(), role).containsAll(expected))) {
      fail("Expecting " + name() + " to name " + Show.refs(expected) + " as " + role
          + " in one object, but its objects name " + actual.objects().stream()
              .map(o -> o.roledActors(actual.kind()).stream()
                  .map(a -> a.actor().id() + " as " + a.role())
                  .collect(Collectors.joining(", ", "[", "]")))
              .collect(Collectors.joining("; ")));
    }
    return myself;
  }

  /**
   * Verifies that one of the position's objects is about the given event or phenomenon.
   *
   * @param phenomenon the topic of the event or phenomenon
   * @return this assertion
   */
  public PositionAssert isAboutPhenomenon(Ref<?> phenomenon) {
    isNotNull();
    if (actual.objects().stream().noneMatch(o -> o.phenomenon().map(phenomenon::equals).orElse(false))) {
      fail("Expecting " + name() + " to be about the event or phenomenon "
          + Show.refs(List.of(phenomenon)) + ", but its objects are:\n" + Show.objects(actual.objects()));
    }
    return myself;
  }

  /**
   * Verifies that the position is marked as restating an earlier one.
   *
   * @return this assertion
   */
  public PositionAssert isReiterated() {
    isNotNull();
    if (actual.reiteration().isEmpty()) {
      fail("Expecting " + name() + " to be marked as a reiteration, but it is not");
    }
    return myself;
  }

  /**
   * Verifies that the position is marked as restating an earlier one since the given time.
   *
   * @param edtf the time it was first taken, in EDTF ("2023")
   * @return this assertion
   */
  public PositionAssert isReiteratedSince(String edtf) {
    isReiterated();
    FuzzyDate expected = FuzzyDate.parse(edtf);
    if (!actual.reiteration().get().since().map(expected::equals).orElse(false)) {
      fail("Expecting " + name() + " to restate a position held since " + expected
          + ", but its reiteration says " + actual.reiteration().get().since()
              .map(FuzzyDate::toString).orElse("no time"));
    }
    return myself;
  }

  /**
   * Verifies the time the position covers.
   *
   * @param edtf the period, in EDTF ("2024-10-21/2025")
   * @return this assertion
   */
  public PositionAssert covers(String edtf) {
    isNotNull();
    FuzzyDate expected = FuzzyDate.parse(edtf);
    if (!actual.period().map(p -> p.value().equals(expected)).orElse(false)) {
      fail("Expecting " + name() + " to cover " + expected + ", but it covers "
          + actual.period().map(p -> p.value().toString()
              + p.wording().map(w -> " (" + Show.quoted(w) + ")").orElse(""))
              .orElse("no stated period"));
    }
    return myself;
  }

  /**
   * Verifies that the position is marked mutual, of the given kind.
   *
   * @param kind how it is shared
   * @return this assertion
   */
  public PositionAssert isMutual(MutualityKind kind) {
    isNotNull();
    if (actual.mutuality().map(m -> m.kind() != kind).orElse(true)) {
      fail("Expecting " + name() + " to be mutual (" + kind + "), but it is "
          + actual.mutuality().map(m -> "mutual (" + m.kind() + ")").orElse("not marked mutual"));
    }
    return myself;
  }
}
