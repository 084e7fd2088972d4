package dev.entente.model;

import java.util.Optional;

/**
 * The builder of a {@link Position} of any kind: the attributes every position has, so that they
 * are set once for all kinds. {@code Condemnation.Builder}, {@code Hope.Builder} and the other
 * kinds' builders implement it.
 *
 * <pre>{@code
 * static <T extends Position, B extends PositionBuilder<T, B>> T byRok(B builder) {
 *   return builder.addHolder(Ref.of("rok")).addTopic(Ref.of("dprk-russia")).build();
 * }
 * }</pre>
 *
 * @param <T> the kind of position built
 * @param <B> the builder's own type
 */
public interface PositionBuilder<T extends Position, B extends PositionBuilder<T, B>>
    extends ExtensibleBuilder<T, B> {

  /** Adds a holder; see {@link Position#holders()}. */
  B addHolder(Ref<Actor> holder);

  /** Replaces the holders; see {@link Position#holders()}. */
  B holders(Iterable<? extends Ref<Actor>> holders);

  /** Adds holders; see {@link Position#holders()}. */
  B addAllHolders(Iterable<? extends Ref<Actor>> holders);

  /** Adds an object; see {@link Position#objects()}. */
  B addObject(PositionObject object);

  /** Replaces the objects; see {@link Position#objects()}. */
  B objects(Iterable<? extends PositionObject> objects);

  /** Adds objects; see {@link Position#objects()}. */
  B addAllObjects(Iterable<? extends PositionObject> objects);

  /** Sets the intensity; see {@link Position#intensity()}. */
  B intensity(Intensity intensity);

  /** Sets or clears the intensity; see {@link Position#intensity()}. */
  B intensity(Optional<? extends Intensity> intensity);

  /** Adds a ground; see {@link Position#grounds()}. */
  B addGround(String ground);

  /** Replaces the grounds; see {@link Position#grounds()}. */
  B grounds(Iterable<String> grounds);

  /** Adds grounds; see {@link Position#grounds()}. */
  B addAllGrounds(Iterable<String> grounds);

  /** Adds a topic; see {@link Position#topics()}. */
  B addTopic(Ref<Topic> topic);

  /** Replaces the topics; see {@link Position#topics()}. */
  B topics(Iterable<? extends Ref<Topic>> topics);

  /** Adds topics; see {@link Position#topics()}. */
  B addAllTopics(Iterable<? extends Ref<Topic>> topics);

  /** Sets the wording; see {@link Position#wording()}. */
  B wording(String wording);

  /** Sets or clears the wording; see {@link Position#wording()}. */
  B wording(Optional<String> wording);

  /** Sets the reiteration; see {@link Position#reiteration()}. */
  B reiteration(Reiteration reiteration);

  /** Sets or clears the reiteration; see {@link Position#reiteration()}. */
  B reiteration(Optional<? extends Reiteration> reiteration);

  /** Sets the period; see {@link Position#period()}. */
  B period(DateClaim period);

  /** Sets or clears the period; see {@link Position#period()}. */
  B period(Optional<? extends DateClaim> period);

  /** Sets the mutuality; see {@link Position#mutuality()}. */
  B mutuality(Mutuality mutuality);

  /** Sets or clears the mutuality; see {@link Position#mutuality()}. */
  B mutuality(Optional<? extends Mutuality> mutuality);

  /** Adds evidence; see {@link Position#evidence()}. */
  B addEvidence(Evidence evidence);

  /** Replaces the evidence; see {@link Position#evidence()}. */
  B evidence(Iterable<? extends Evidence> evidence);

  /** Adds evidence; see {@link Position#evidence()}. */
  B addAllEvidence(Iterable<? extends Evidence> evidence);
}
