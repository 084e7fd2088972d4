package dev.entente.model;

import dev.entente.time.FuzzyDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A subject of diplomacy: a theme from Entente's vocabulary ({@link Topics}), or one a dossier
 * defines: a region, a named initiative (AUKUS Pillar II), an agreement (the Downing Street
 * Accord), an event, a phenomenon.
 *
 * <pre>{@code
 * Topic pillarTwo = Topic.builder()
 *     .id("aukus-pillar-2")
 *     .label("AUKUS Pillar II")
 *     .kind(TopicKind.INITIATIVE)
 *     .owner(Ref.of("aukus"))
 *     .addParents(Topics.DEFENCE_TECHNOLOGY.ref())
 *     .build();
 * }</pre>
 *
 * <p>An {@link TopicKind#EVENT event} may have its own date and place: "the attack on ... in
 * ... on 3 May" is an event topic dated 3 May with its venue. Other kinds have neither.
 */
@Value.Immutable
@EntenteStyle
abstract sealed class AbstractTopic implements Identified, Extensible permits Topic {

  /**
   * Implemented by the generated {@code Topic.Builder}: the builder is an
   * {@link ExtensibleBuilder}.
   */
  interface Builder extends ExtensibleBuilder<Topic, Topic.Builder> {}

  /** {@value}: the name of {@link #label()}, in pointers and written forms. */
  public static final String LABEL = "label";

  /** {@value}: the name of {@link #kind()}, in pointers and written forms. */
  public static final String KIND = "kind";

  /** {@value}: the name of {@link #parents()}, in pointers and written forms. */
  public static final String PARENTS = "parents";

  /** {@value}: the name of {@link #owner()}, in pointers and written forms. */
  public static final String OWNER = "owner";

  /** {@value}: the name of {@link #description()}, in pointers and written forms. */
  public static final String DESCRIPTION = "description";

  /** {@value}: the name of {@link #date()}, in pointers and written forms. */
  public static final String DATE = "date";

  /** {@value}: the name of {@link #venue()}, in pointers and written forms. */
  public static final String VENUE = "venue";

  /** {@value}: the name of {@link #externalIds()}, in pointers and written forms. */
  public static final String EXTERNAL_IDS = "externalIds";

  /** {@value}: the name of {@link #evidence()}, in pointers and written forms. */
  public static final String EVIDENCE = "evidence";

  @Override
  public abstract String id();

  /** The label, in English. */
  public abstract String label();

  /** The kind of topic. */
  public abstract TopicKind kind();

  /** Broader topics: AI under science and technology, Pillar II under defence technology. */
  public abstract List<Ref<Topic>> parents();

  /** The actor whose initiative or agreement it is. */
  public abstract Optional<Ref<Actor>> owner();

  /** A description, for a topic a dossier defines. */
  public abstract Optional<String> description();

  /** For an event: when it happened, as precisely as known. */
  public abstract Optional<FuzzyDate> date();

  /** For an event: where it happened, as precisely as known. */
  public abstract Optional<Venue> venue();

  /** Identifiers in external registers. */
  public abstract List<ExternalId> externalIds();

  /** The sources for the topic. */
  public abstract List<Evidence> evidence();

  /** A reference to this topic. */
  public final Ref<Topic> ref() {
    return Ref.of(id());
  }

  @Value.Check
  final void check() {
    Checks.id("Topic", this);
    Checks.notBlank("Topic", "label", label());
    Checks.notBlank("Topic", "description", description());
    Checks.distinct("Topic", "parents", parents());
    if (kind() != TopicKind.EVENT) {
      if (date().isPresent()) {
        throw new InvalidValueException("Topic", DATE, date().get(),
            "only an event topic has a date, and this topic's kind is " + kind());
      }
      if (venue().isPresent()) {
        throw new InvalidValueException("Topic", VENUE, venue().get(),
            "only an event topic has a venue, and this topic's kind is " + kind());
      }
    }
  }
}
