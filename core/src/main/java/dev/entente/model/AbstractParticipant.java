package dev.entente.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person taking part in an engagement, on one of its two sides, as the office held at the time.
 *
 * <p>Titles as a source printed them ("British Foreign Minister") are kept in
 * {@link #titlesAsWritten()}, apart from the office itself.
 *
 * <pre>{@code
 * Participant.builder()
 *     .person(Ref.of("david-lammy"))
 *     .side(Ref.of("uk"))
 *     .office(Ref.of("uk-foreign-secretary"))
 *     .addRoles(ParticipantRole.CO_CHAIR)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@EntenteStyle
abstract sealed class AbstractParticipant implements Extensible permits Participant {

  /**
   * Implemented by the generated {@code Participant.Builder}: the builder is an
   * {@link ExtensibleBuilder}.
   */
  interface Builder extends ExtensibleBuilder<Participant, Participant.Builder> {}

  /** {@value}: the name of {@link #person()}, in pointers and written forms. */
  public static final String PERSON = "person";

  /** {@value}: the name of {@link #side()}, in pointers and written forms. */
  public static final String SIDE = "side";

  /** {@value}: the name of {@link #office()}, in pointers and written forms. */
  public static final String OFFICE = "office";

  /** {@value}: the name of {@link #roles()}, in pointers and written forms. */
  public static final String ROLES = "roles";

  /** {@value}: the name of {@link #titlesAsWritten()}, in pointers and written forms. */
  public static final String TITLES_AS_WRITTEN = "titlesAsWritten";

  /** Who. */
  public abstract Ref<Person> person();

  /** For which side; one of the engagement's two sides. */
  public abstract Ref<Actor> side();

  /** The office the person acts as. */
  public abstract Optional<Ref<Office>> office();

  /** The parts the person plays. */
  public abstract List<ParticipantRole> roles();

  /** How sources styled the person here, verbatim. */
  public abstract List<Wording> titlesAsWritten();

  @Value.Check
  final void check() {
    Checks.distinct("Participant", "roles", roles());
  }
}
