package dev.entente.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A person's holding of an office at a time, as a dossier shows it: either <em>recorded</em>, as
 * one of the person's {@link Tenure}s, or <em>implied</em> by the engagements the person took part
 * in as that office, when the dossier records no tenure of it.
 *
 * <p>Taking part in an engagement as an office is evidence that the person held the office then:
 * a readout that names "Foreign Minister Cho Tae-yul" at a meeting shows that he was foreign
 * minister that day, without a separate record of his term. {@link Dossier#holding} returns such a
 * holding as implied, so that a reader can tell it from one whose term is recorded.
 *
 * <pre>{@code
 * Optional<Holding> holding =
 *     dossier.holding(Ref.of("cho-tae-yul"), Ref.of("rok-foreign-minister"), day);
 * holding.flatMap(Holding::tenure);   // the recorded tenure, when there is one
 * holding.map(Holding::impliedBy);    // else the engagements that imply it
 * }</pre>
 *
 * @param person the person
 * @param office the office held
 * @param tenure the recorded tenure whose term does not certainly exclude the time asked about;
 *     empty when the holding is implied
 * @param impliedBy the engagements at which the person took part as the office on a day that may
 *     be the time asked about, in the dossier's order; empty when the tenure is recorded
 */
public record Holding(
    Ref<Person> person, Ref<Office> office, Optional<Tenure> tenure,
    List<Ref<Engagement>> impliedBy) {

  /**
   * Checks the parts and copies {@code impliedBy}.
   *
   * @throws NullPointerException if a part is null
   * @throws InvalidValueException if the holding is both recorded and implied, or neither; or if
   *     the recorded tenure is of another office
   */
  public Holding {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(office, "office");
    Objects.requireNonNull(tenure, "tenure");
    impliedBy = List.copyOf(impliedBy);
    if (tenure.isPresent() == !impliedBy.isEmpty()) {
      throw new InvalidValueException("Holding", "impliedBy", impliedBy, tenure.isPresent()
          ? "a recorded holding is not implied by engagements"
          : "a holding without a recorded tenure is implied by one engagement or more");
    }
    if (tenure.isPresent() && !tenure.get().office().equals(office)) {
      throw new InvalidValueException("Holding", "tenure", tenure.get().office(),
          "is a tenure of another office than " + office);
    }
  }

  /**
   * A holding recorded as a tenure.
   *
   * @param person the person
   * @param tenure one of the person's tenures
   * @return the recorded holding of the tenure's office
   */
  public static Holding recorded(Ref<Person> person, Tenure tenure) {
    return new Holding(person, tenure.office(), Optional.of(tenure), List.of());
  }

  /**
   * A holding implied by taking part in engagements as the office.
   *
   * @param person the person
   * @param office the office
   * @param impliedBy the engagements, one or more
   * @return the implied holding
   * @throws InvalidValueException if {@code impliedBy} is empty
   */
  public static Holding implied(
      Ref<Person> person, Ref<Office> office, List<Ref<Engagement>> impliedBy) {
    return new Holding(person, office, Optional.empty(), impliedBy);
  }

  /**
   * Whether the holding rests on participation alone, with no tenure recorded.
   *
   * @return {@code true} if {@link #tenure()} is empty and {@link #impliedBy()} is not
   */
  public boolean isImplied() {
    return tenure.isEmpty();
  }
}
