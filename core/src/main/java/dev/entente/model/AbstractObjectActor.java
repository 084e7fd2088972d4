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
  @Value.Parameter
  public abstract Ref<Actor> actor();

  /** The part it plays in what the position is about. */
  @Value.Parameter
  public abstract ObjectRole role();
}
