package dev.entente.model;

import java.util.Map;

/**
 * What the builder of every Entente value has: its {@linkplain Extensible#unknownMembers() unknown
 * members} and {@link #build()}.
 *
 * <p>Each value type's generated builder implements this interface and the interface of its
 * hierarchy ({@link PositionBuilder}, {@link EngagementBuilder}, {@link StatementBuilder},
 * {@link ActorBuilder}), so that code which fills what all kinds share is written once, for any of
 * them:
 *
 * <pre>{@code
 * static <T extends Position, B extends PositionBuilder<T, B>> T heldBy(
 *     B builder, Ref<Actor> holder) {
 *   return builder.addHolder(holder).wording("as agreed").build();
 * }
 *
 * Condemnation c = heldBy(Condemnation.builder().addObject(object), Ref.of("rok"));
 * Hope h = heldBy(Hope.builder(), Ref.of("uk"));
 * }</pre>
 *
 * @param <T> the value type built
 * @param <B> the builder's own type, which every setter returns
 */
public interface ExtensibleBuilder<T extends Extensible, B extends ExtensibleBuilder<T, B>> {

  /** Adds one unknown member: its name and its value as JSON text. */
  B putUnknownMember(String name, String json);

  /** Adds unknown members, by name, with their values as JSON text. */
  B putAllUnknownMembers(Map<String, ? extends String> members);

  /** Replaces the unknown members with these, by name, with their values as JSON text. */
  B unknownMembers(Map<String, ? extends String> members);

  /**
   * Builds the value.
   *
   * @throws InvalidValueException if the value breaks one of its type's rules, or if a required
   *     attribute is not set (then {@link InvalidValueException#isMissing()} is true and the
   *     exception names the first such attribute)
   */
  T build();
}
