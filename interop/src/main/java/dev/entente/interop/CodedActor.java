package dev.entente.interop;

import dev.entente.model.Actor;
import dev.entente.model.Dossier;
import dev.entente.model.ExternalId;
import dev.entente.model.GovernmentBody;
import dev.entente.model.Grouping;
import dev.entente.model.Office;
import dev.entente.model.Person;
import dev.entente.model.Ref;
import dev.entente.model.State;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * An actor as CAMEO and PLOVER code it: a three-letter code (ISO 3166-1 alpha-3 for a state, or
 * {@code IGO}) and a sector.
 *
 * <ul>
 *   <li>A state: its alpha-3 code and sector {@code GOV} (a state acts through its government).
 *   <li>A government body: its government's code and {@code GOV}.
 *   <li>A person: the code of the jurisdiction of the office they act as (the office named where
 *       they act, else their first tenure) and {@code GOV}, with the office's title.
 *   <li>A grouping (AUKUS, the G7): {@code IGO} with no sector. Such groupings have no official
 *       CAMEO code, so the entity is told apart by its name and identifier: its Wikidata id if it
 *       has one, else {@code entente:} and its id in the dossier.
 * </ul>
 */
public final class CodedActor {

  /** The sector of governments and their office holders. */
  public static final String GOV = "GOV";
  /** The code of intergovernmental organisations and groupings. */
  public static final String IGO = "IGO";

  private final String id;
  private final Optional<String> code;
  private final Optional<String> sector;
  private final String name;
  private final Optional<String> identifier;
  private final Optional<String> office;

  private CodedActor(
      String id,
      Optional<String> code,
      Optional<String> sector,
      String name,
      Optional<String> identifier,
      Optional<String> office) {
    this.id = id;
    this.code = code;
    this.sector = sector;
    this.name = name;
    this.identifier = identifier;
    this.office = office;
  }

  /** Codes the actor that {@code ref} names, as the office {@code actingAs} where one is known. */
  public static CodedActor of(Dossier dossier, Ref<? extends Actor> ref, Optional<Ref<Office>> actingAs) {
    Optional<Actor> actor = dossier.actor(ref);
    if (actor.isEmpty()) {
      return new CodedActor(ref.id(), Optional.empty(), Optional.empty(), ref.id(),
          Optional.of("entente:" + ref.id()), Optional.empty());
    }
    return of(dossier, actor.get(), actingAs, new HashSet<>());
  }

  private static CodedActor of(
      Dossier dossier, Actor actor, Optional<Ref<Office>> actingAs, Set<String> seen) {
    Optional<String> wikidata = actor.externalIds().stream()
        .filter(id -> id.scheme() == ExternalId.Scheme.WIKIDATA)
        .map(ExternalId::value)
        .findFirst();
    seen.add(actor.id());
    if (actor instanceof State) {
      return new CodedActor(actor.id(), Optional.of(((State) actor).country().alpha3()),
          Optional.of(GOV), actor.name(), wikidata, Optional.empty());
    }
    if (actor instanceof Grouping) {
      return new CodedActor(actor.id(), Optional.of(IGO), Optional.empty(), actor.name(),
          Optional.of(wikidata.orElse("entente:" + actor.id())), Optional.empty());
    }
    if (actor instanceof GovernmentBody) {
      Optional<String> code = dossier.find(((GovernmentBody) actor).government(), Actor.class)
          .flatMap(government -> code(dossier, government, seen));
      return new CodedActor(actor.id(), code, Optional.of(GOV), actor.name(), wikidata,
          Optional.empty());
    }
    Person person = (Person) actor;
    Optional<Ref<Office>> officeRef = actingAs.isPresent()
        ? actingAs
        : person.tenures().stream().map(tenure -> tenure.office()).findFirst();
    Optional<Office> office = officeRef.flatMap(ref -> dossier.find(ref, Office.class));
    Optional<String> code = office
        .flatMap(o -> dossier.find(o.jurisdiction(), Actor.class))
        .flatMap(jurisdiction -> code(dossier, jurisdiction, seen));
    return new CodedActor(actor.id(), code, office.isPresent() ? Optional.of(GOV) : Optional.empty(),
        actor.name(), wikidata, office.map(Office::title));
  }

  /**
   * The country code (or {@code IGO}) an actor stands for: a state's or grouping's own, else that
   * of the government of a body or the jurisdiction of a person's first office, followed as far
   * as it goes. Followed in a loop, not by recursion, so that a chain of thousands of bodies
   * codes as well as a short one; empty where the chain ends without a state or grouping, or
   * comes back to an actor already seen (a cycle, which the validator reports).
   */
  private static Optional<String> code(Dossier dossier, Actor first, Set<String> seen) {
    Optional<Actor> next = Optional.of(first);
    while (next.isPresent()) {
      Actor actor = next.get();
      if (!seen.add(actor.id())) {
        return Optional.empty();
      }
      if (actor instanceof State) {
        return Optional.of(((State) actor).country().alpha3());
      }
      if (actor instanceof Grouping) {
        return Optional.of(IGO);
      }
      if (actor instanceof GovernmentBody) {
        next = dossier.find(((GovernmentBody) actor).government(), Actor.class);
      } else {
        next = ((Person) actor).tenures().stream().findFirst()
            .flatMap(tenure -> dossier.find(tenure.office(), Office.class))
            .flatMap(office -> dossier.find(office.jurisdiction(), Actor.class));
      }
    }
    return Optional.empty();
  }

  /** The actor's id in the dossier. */
  public String id() {
    return id;
  }

  /** The three-letter code: alpha-3 or {@code IGO}; empty where no country can be told. */
  public Optional<String> code() {
    return code;
  }

  /** The sector, {@code GOV}; empty for a grouping. */
  public Optional<String> sector() {
    return sector;
  }

  /** The CAMEO actor code, code and sector run together as GDELT writes them: {@code KORGOV}. */
  public String cameoCode() {
    return code.orElse("") + sector.orElse("");
  }

  /** The actor's name. */
  public String name() {
    return name;
  }

  /** A Wikidata id, or for a grouping without one {@code entente:} and its id. */
  public Optional<String> identifier() {
    return identifier;
  }

  /** The actor's Wikidata id, if it has one: {@link #identifier()} but an {@code entente:} id. */
  public Optional<String> wikidata() {
    return identifier.filter(id -> !id.startsWith("entente:"));
  }

  /** The title of the office a person acts as. */
  public Optional<String> office() {
    return office;
  }

  @Override
  public String toString() {
    return cameoCode() + " " + name;
  }
}
