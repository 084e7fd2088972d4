package dev.entente.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person taking part in an engagement, on one of its two sides, as the offices held at the time.
 *
 * <p>A person may act as more than one office at once, such as a deputy prime minister who is also
 * the defence minister: {@link #offices()} holds each of them, in the order the sources give them.
 *
 * <p>Titles as a source printed them ("British Foreign Minister") are kept in
 * {@link #titlesAsWritten()}, apart from the office itself.
 *
 * <pre>{@code
 * Participant.builder()
 *     .person(Ref.of("david-lammy"))
 *     .side(Ref.of("uk"))
 *     .addOffice(Ref.of("uk-foreign-secretary"))
 *     .addRoles(ParticipantRole.CO_CHAIR)
 *     .build();
 * Participant.builder()                  // one person, two offices at once
 *     .person(Ref.of("richard-marles"))
 *     .side(Ref.of("australia"))
 *     .addOffices(Ref.of("au-deputy-prime-minister"), Ref.of("au-defence-minister"))
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
  interface Builder extends ExtensibleBuilder<Participant, Participant.Builder> {

    /** Adds an office; see {@link Participant#offices()}. */
    Participant.Builder addOffice(Ref<Office> office);

    /**
     * Adds an office, as {@link #addOffice(Ref)} does: the setter of 1.0, when a participant had
     * one office.
     *
     * @param office the office to add
     * @return this builder
     * @deprecated a participant may have several offices: use {@link #addOffice(Ref)}
     */
    @Deprecated(since = "1.1")
    default Participant.Builder office(Ref<Office> office) {
      return addOffice(office);
    }
  }

  /** {@value}: the name of {@link #person()}, in pointers and written forms. */
  public static final String PERSON = "person";

  /** {@value}: the name of {@link #side()}, in pointers and written forms. */
  public static final String SIDE = "side";

  /**
   * {@value}: the written form's name of the only office of a participant with one office; see
   * {@link #offices()}.
   */
  public static final String OFFICE = "office";

  /**
   * {@value}: the name of {@link #offices()}, in pointers and written forms (a participant with
   * one office writes it as {@value #OFFICE}).
   */
  public static final String OFFICES = "offices";

  /** {@value}: the name of {@link #roles()}, in pointers and written forms. */
  public static final String ROLES = "roles";

  /** {@value}: the name of {@link #titlesAsWritten()}, in pointers and written forms. */
  public static final String TITLES_AS_WRITTEN = "titlesAsWritten";

  /** Who. */
  public abstract Ref<Person> person();

  /** For which side; one of the engagement's two sides. */
  public abstract Ref<Actor> side();

  /**
   * The offices the person acts as, in the order the sources give them; empty when not recorded,
   * two or more for a person acting as several offices at once.
   */
  public abstract List<Ref<Office>> offices();

  /**
   * The first office the person acts as, if any.
   *
   * @return the first of {@link #offices()}
   * @deprecated a participant may have several offices: use {@link #offices()}
   */
  @Deprecated(since = "1.1")
  public final Optional<Ref<Office>> office() {
    return offices().stream().findFirst();
  }

  /** The parts the person plays. */
  public abstract List<ParticipantRole> roles();

  /** How sources styled the person here, verbatim. */
  public abstract List<Wording> titlesAsWritten();

  /**
   * A person for a side, as the offices given, in their order.
   *
   * <pre>{@code
   * Ref<Person> marles = Ref.of("richard-marles");
   * Ref<State> australia = Ref.of("australia");
   * Participant.of(marles, australia, Ref.of("au-deputy-pm"), Ref.of("au-defence-minister"));
   * }</pre>
   *
   * @param person who
   * @param side for which side: a reference to any kind of actor, such as a {@code Ref<State>}
   * @param offices the offices the person acts as; none when not recorded
   * @return the participant, with no roles and no titles as written
   * @throws InvalidValueException if an office is given twice, or an argument is null
   */
  @SafeVarargs
  public static Participant of(Ref<Person> person, Ref<? extends Actor> side,
      Ref<Office>... offices) {
    return Participant.builder().person(person).side(Ref.widen(side)).addOffices(offices).build();
  }

  @Value.Check
  final void check() {
    Checks.distinct("Participant", "roles", roles());
    Checks.distinct("Participant", OFFICES, offices());
  }
}
