package dev.entente.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person who signed an {@link Instrument} for one of its parties, in the office held then.
 * Signatories are often not each other's counterparts (a foreign minister signs for one party, a
 * defence secretary or an ambassador for the other).
 *
 * <pre>{@code
 * Signatory.of(Ref.of("hayashi-yoshimasa"), Ref.of("jpn-foreign-minister"), Ref.of("jpn"))
 * }</pre>
 */
@Value.Immutable
@EntenteStyle
abstract sealed class AbstractSignatory implements Extensible permits Signatory {

  /**
   * Implemented by the generated {@code Signatory.Builder}: the builder is an
   * {@link ExtensibleBuilder}.
   */
  interface Builder extends ExtensibleBuilder<Signatory, Signatory.Builder> {}

  /** {@value}: the name of {@link #person()}, in pointers and written forms. */
  public static final String PERSON = "person";

  /** {@value}: the name of {@link #office()}, in pointers and written forms. */
  public static final String OFFICE = "office";

  /** {@value}: the name of {@link #party()}, in pointers and written forms. */
  public static final String PARTY = "party";

  /** Who signed. */
  public abstract Ref<Person> person();

  /** As which office, if sources say. */
  public abstract Optional<Ref<Office>> office();

  /** The party the person signed for: one of the instrument's parties. */
  public abstract Ref<Actor> party();

  /**
   * A person who signed for a party, as an office.
   *
   * @param person who signed
   * @param office the office held then
   * @param party the party signed for: a reference to any kind of actor, such as a {@code
   *     Ref<State>}
   * @return the signatory
   */
  public static Signatory of(Ref<Person> person, Ref<Office> office, Ref<? extends Actor> party) {
    return Signatory.builder().person(person).office(office).party(Ref.widen(party)).build();
  }
}
