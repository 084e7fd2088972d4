package dev.entente.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What a position is about: the actors it names, each with its part ({@link ObjectActor}), or
 * which event or phenomenon (a topic such as terrorism), the conduct or situation itself, and how
 * firmly it is asserted.
 *
 * <pre>{@code
 * PositionObject.builder()
 *     .addActors(ObjectActor.of(Ref.of("dprk"), ObjectRole.CONDUCT))
 *     .addActors(ObjectActor.of(Ref.of("russia"), ObjectRole.MENTIONED))
 *     .conduct("deployment of its troops to the Russian Federation to support Russia's war")
 *     .hedging(Hedging.of(HedgeLevel.REPORTED, "reported"))
 *     .build();
 * }</pre>
 *
 * <p>Actors listed in {@link #targets()} state no role: they have the one
 * {@link ObjectRole#ofTarget(PositionKind)} gives, and {@link #roledActors(PositionKind)} lists
 * every actor of the object with its role. An actor appears once, in {@code targets} or in
 * {@code actors}.
 */
@Value.Immutable
@EntenteStyle
abstract sealed class AbstractPositionObject implements Extensible permits PositionObject {

  /**
   * Implemented by the generated {@code PositionObject.Builder}: the builder is an
   * {@link ExtensibleBuilder}.
   */
  interface Builder extends ExtensibleBuilder<PositionObject, PositionObject.Builder> {}

  /** {@value}: the name of {@link #targets()}, in pointers and written forms. */
  public static final String TARGETS = "targets";

  /** {@value}: the name of {@link #actors()}, in pointers and written forms. */
  public static final String ACTORS = "actors";

  /** {@value}: the name of {@link #phenomenon()}, in pointers and written forms. */
  public static final String PHENOMENON = "phenomenon";

  /** {@value}: the name of {@link #conduct()}, in pointers and written forms. */
  public static final String CONDUCT = "conduct";

  /** {@value}: the name of {@link #hedging()}, in pointers and written forms. */
  public static final String HEDGING = "hedging";

  /**
   * Actors named without a role, as format 1.0 wrote them: "the actors whose conduct it is, or who
   * are addressed". Each has the role {@link ObjectRole#ofTarget(PositionKind)} gives: the
   * addressee in an {@link Appeal}, the actor whose conduct it is in any other kind. Prefer
   * {@link #actors()}, which states the role.
   */
  public abstract List<Ref<Actor>> targets();

  /** The actors named, each with the part it plays: addressee, conduct, subject or mentioned. */
  public abstract List<ObjectActor> actors();

  /** An event or phenomenon the position is about, as a topic. */
  public abstract Optional<Ref<Topic>> phenomenon();

  /** The conduct or situation, described in the source's terms. */
  public abstract Optional<String> conduct();

  /** How firmly the conduct is asserted; absent means {@link HedgeLevel#ASSERTED}. */
  public abstract Optional<Hedging> hedging();

  /** The hedge level, {@link HedgeLevel#ASSERTED} when no hedging is recorded. */
  public final HedgeLevel hedgeLevel() {
    return hedging().map(Hedging::level).orElse(HedgeLevel.ASSERTED);
  }

  /**
   * Every actor of the object with its role: those of {@link #targets()} first, with the role
   * {@link ObjectRole#ofTarget(PositionKind)} gives for the kind of position the object belongs
   * to, then those of {@link #actors()}.
   *
   * @param kind the kind of the position this object belongs to
   * @return the actors with their roles, each actor once
   */
  public final List<ObjectActor> roledActors(PositionKind kind) {
    List<ObjectActor> all = new ArrayList<>(targets().size() + actors().size());
    ObjectRole role = ObjectRole.ofTarget(kind);
    for (Ref<Actor> target : targets()) {
      all.add(ObjectActor.of(target, role));
    }
    all.addAll(actors());
    return List.copyOf(all);
  }

  /**
   * The actors of the object that have one of the given roles, in order.
   *
   * @param kind the kind of the position this object belongs to
   * @param roles the roles wanted
   * @return the actors with those roles
   */
  public final List<Ref<Actor>> actorsAs(PositionKind kind, ObjectRole... roles) {
    Set<ObjectRole> wanted = Set.of(roles);
    List<Ref<Actor>> found = new ArrayList<>();
    for (ObjectActor actor : roledActors(kind)) {
      if (wanted.contains(actor.role())) {
        found.add(actor.actor());
      }
    }
    return List.copyOf(found);
  }

  @Value.Check
  final void check() {
    Checks.distinct("PositionObject", TARGETS, targets());
    Set<Ref<Actor>> named = new HashSet<>(targets());
    for (ObjectActor actor : actors()) {
      if (!named.add(actor.actor())) {
        throw new InvalidValueException("PositionObject", ACTORS, actor.actor(),
            "an actor is named once in an object, in targets or in actors");
      }
    }
    Checks.notBlank("PositionObject", CONDUCT, conduct());
    if (targets().isEmpty() && actors().isEmpty() && phenomenon().isEmpty() && conduct().isEmpty()) {
      throw new InvalidValueException("PositionObject", TARGETS, targets(),
          "an object names targets, actors, a phenomenon or a conduct");
    }
  }
}
