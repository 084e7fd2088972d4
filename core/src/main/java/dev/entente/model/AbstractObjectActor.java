package dev.entente.model;

import org.immutables.value.Value;

/**
 * An actor that a position's object names, with the part it plays ({@link ObjectRole}).
 *
 * <pre>{@code
 * ObjectActor.of(Ref.of("dprk"), ObjectRole.CONDUCT)     // condemned for its conduct
 * ObjectActor.of(Ref.of("russia"), ObjectRole.MENTIONED) // "to support Russia's war"
 * }</pre>
 */
@Value.Immutable
@EntenteStyle
abstract sealed class AbstractObjectActor implements Extensible permits ObjectActor {

  /**
   * Implemented by the generated {@code ObjectActor.Builder}: the builder is an
   * {@link ExtensibleBuilder}.
   */
  interface Builder extends ExtensibleBuilder<ObjectActor, ObjectActor.Builder> {}

  /** {@value}: the name of {@link #actor()}, in pointers and written forms. */
  public static final String ACTOR = "actor";

  /** {@value}: the name of {@link #role()}, in pointers and written forms. */
  public static final String ROLE = "role";

  /** The actor. */
  public abstract Ref<Actor> actor();

  /** The part it plays in what the position is about. */
  public abstract ObjectRole role();

  /**
   * An actor in a part.
   *
   * <pre>{@code
   * Ref<Person> putin = Ref.of("putin");
   * ObjectActor.of(putin, ObjectRole.MENTIONED);   // no Ref<Actor> needed
   * }</pre>
   *
   * @param actor a reference to any kind of actor: {@code Ref<Actor>}, {@code Ref<Person>},
   *     {@code Ref<State>}, ...
   * @param role the part it plays
   * @return the object actor
   */
  public static ObjectActor of(Ref<? extends Actor> actor, ObjectRole role) {
    return ObjectActor.builder().actor(Ref.widen(actor)).role(role).build();
  }
}
