package dev.entente.model;

import java.util.List;

/**
 * Anyone who can take a side, hold a position or issue a statement: a {@link State}, a
 * {@link Grouping} of states (AUKUS, the G7, the UN Security Council), a {@link GovernmentBody}
 * or a {@link Person}.
 *
 * <pre>{@code
 * Actor korea = State.of("rok", CountryCode.of("KR"), "Republic of Korea");
 * }</pre>
 *
 * <p>The hierarchy is sealed, so on Java 21 and later a {@code switch} over an actor can be
 * exhaustive, with no {@code default} (Entente itself is written in Java 17, which has no patterns
 * in {@code switch}):
 *
 * <pre>{@code
 * String description = switch (actor) {
 *   case State state -> "the state " + state.country().alpha3();
 *   case Grouping grouping -> "a grouping of " + grouping.members().size();
 *   case GovernmentBody body -> "a body of " + body.government().id();
 *   case Person person -> person.name();
 * };
 * }</pre>
 */
public sealed interface Actor extends Identified, Extensible
    permits AbstractState, AbstractGrouping, AbstractGovernmentBody, AbstractPerson {

  /** {@value}: the name of {@link #name()}, in pointers and written forms. */
  String NAME = "name";

  /** {@value}: the name of {@link #externalIds()}, in pointers and written forms. */
  String EXTERNAL_IDS = "externalIds";

  /** The name to show: a state's or grouping's usual name, a person's primary name. */
  String name();

  /** Identifiers of this actor in external registers, such as Wikidata. */
  List<ExternalId> externalIds();
}
