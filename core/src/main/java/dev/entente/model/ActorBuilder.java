package dev.entente.model;

/**
 * The builder of an {@link Actor} of any kind: the attributes every actor has, so that they are
 * set once for all kinds. {@code State.Builder}, {@code Grouping.Builder},
 * {@code GovernmentBody.Builder} and {@code Person.Builder} implement it.
 *
 * <pre>{@code
 * static <T extends Actor, B extends ActorBuilder<T, B>> T named(
 *     B builder, String id, String name) {
 *   return builder.id(id).name(name).build();
 * }
 * }</pre>
 *
 * @param <T> the kind of actor built
 * @param <B> the builder's own type
 */
public interface ActorBuilder<T extends Actor, B extends ActorBuilder<T, B>>
    extends ExtensibleBuilder<T, B> {

  /** Sets the id; see {@link Actor#id()}. */
  B id(String id);

  /** Sets the name; see {@link Actor#name()}. */
  B name(String name);

  /** Adds an external id; see {@link Actor#externalIds()}. */
  B addExternalId(ExternalId externalId);

  /** Replaces the external ids; see {@link Actor#externalIds()}. */
  B externalIds(Iterable<? extends ExternalId> externalIds);

  /** Adds external ids; see {@link Actor#externalIds()}. */
  B addAllExternalIds(Iterable<? extends ExternalId> externalIds);
}
