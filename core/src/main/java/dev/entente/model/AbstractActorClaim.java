package dev.entente.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What some sources say about which actor played a part, such as who hosted an engagement, kept
 * beside the claims of sources that say otherwise.
 *
 * <pre>{@code
 * ActorClaim.of(Ref.of("aus"), Evidence.of(Ref.of("abc-news")));
 * }</pre>
 */
@Value.Immutable
@EntenteStyle
abstract sealed class AbstractActorClaim implements Claim<Ref<Actor>> permits ActorClaim {

  /**
   * Implemented by the generated {@code ActorClaim.Builder}: the builder is an
   * {@link ExtensibleBuilder}.
   */
  interface Builder extends ExtensibleBuilder<ActorClaim, ActorClaim.Builder> {}

  /** The actor the sources name. */
  @Override
  public abstract Ref<Actor> value();

  /** The sources' own words for it ("at the invitation of Prime Minister Albanese"). */
  @Override
  public abstract Optional<String> wording();

  /** The sources that say so. */
  @Override
  public abstract List<Evidence> evidence();

  /**
   * A claim of an actor, with its sources.
   *
   * @param value the actor: a reference to any kind of actor, such as a {@code Ref<Person>}
   * @param evidence the sources that say so
   * @return the claim
   */
  public static ActorClaim of(Ref<? extends Actor> value, Evidence... evidence) {
    return ActorClaim.builder().value(Ref.widen(value)).addEvidence(evidence).build();
  }

  @Value.Check
  final void check() {
    Checks.notBlank("ActorClaim", WORDING, wording());
  }
}
