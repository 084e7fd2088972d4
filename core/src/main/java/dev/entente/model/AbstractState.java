package dev.entente.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * A sovereign state, by its ISO 3166-1 code.
 *
 * <pre>{@code
 * State korea = State.of("rok", CountryCode.of("KR"), "Republic of Korea");
 * State japan = State.of("japan", CountryCode.of("JP"));   // named "Japan", as ISO 3166-1 does
 * }</pre>
 */
@Value.Immutable
@EntenteStyle
abstract sealed class AbstractState implements Actor permits State {

  /**
   * Implemented by the generated {@code State.Builder}: the builder is a
   * {@link ActorBuilder}.
   */
  interface Builder extends ActorBuilder<State, State.Builder> {}

  /** {@value}: the name of {@link #country()}, in pointers and written forms. */
  public static final String COUNTRY = "country";

  @Override
  @Value.Parameter
  public abstract String id();

  /** The ISO 3166-1 code. */
  @Value.Parameter
  public abstract CountryCode country();

  /** The usual name in English, such as {@code Republic of Korea}. */
  @Override
  @Value.Parameter
  public abstract String name();

  @Override
  public abstract List<ExternalId> externalIds();

  /**
   * A state named as ISO 3166-1 names its code, in English: the name is the code's
   * {@link CountryCode#name()}, ISO's short name in its "Name, qualifier" form.
   *
   * <pre>{@code
   * State.of("uk", CountryCode.of("GB")).name();   // "United Kingdom of Great Britain and Northern Ireland"
   * State.of("rok", CountryCode.of("KR")).name();  // "Korea, Republic of"
   * }</pre>
   *
   * <p>ISO's form is not always the usual one ("Korea, Republic of" for the Republic of Korea);
   * where the usual name matters, give it with {@code State.of(id, country, name)}.
   *
   * @param id the state's id in its dossier
   * @param country its ISO 3166-1 code
   * @return the state, with no external ids
   * @throws InvalidValueException if the id is not an id, or an argument is null
   */
  public static State of(String id, CountryCode country) {
    // A null country is refused by the generated factory, as a null is everywhere.
    return State.of(id, country, country == null ? null : country.name());
  }

  @Value.Check
  final void check() {
    Checks.id("State", this);
    Checks.notBlank("State", "name", name());
  }
}
