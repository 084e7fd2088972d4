package dev.entente.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * A sovereign state, by its ISO 3166-1 code.
 *
 * <pre>{@code
 * State korea = State.of("rok", CountryCode.of("KR"), "Republic of Korea");
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

  @Value.Check
  final void check() {
    Checks.id("State", this);
    Checks.notBlank("State", "name", name());
  }
}
