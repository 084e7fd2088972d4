package dev.entente.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the sources add up to about one value: {@linkplain Settled settled} (they agree, or only
 * the record gives it), {@linkplain Disputed disputed} (they disagree: each alternative with the
 * sources that give it, none preferred) or {@linkplain Unknown unknown} (nothing gives it).
 *
 * <p>A finding depends only on which sources say what: reordering claims, alternatives or the
 * evidence of any of them never changes it. Alternatives are ordered by their values (enum order,
 * ids, dates, then text), evidence by source id.
 *
 * <pre>{@code
 * Finding<PlannedStatus> status = plan.status();
 * if (status instanceof Finding.Settled) {
 *   PlannedStatus settled = status.value().orElseThrow();
 * } else if (status instanceof Finding.Disputed) {
 *   for (Finding.Alternative<PlannedStatus> alternative : status.alternatives()) {
 *     System.out.println(alternative.value() + " according to " + alternative.evidence());
 *   }
 * }
 * }</pre>
 *
 * <p>The hierarchy is sealed: on Java 21 and later a {@code switch} over a finding can be
 * exhaustive.
 *
 * @param <T> the type of the value
 */
public sealed interface Finding<T> permits Finding.Settled, Finding.Disputed, Finding.Unknown {

  /**
   * The value, if settled.
   *
   * @return the settled value; empty if disputed or unknown
   */
  Optional<T> value();

  /**
   * What the sources say, one alternative per distinct value.
   *
   * @return one alternative if settled, two or more if disputed, none if unknown
   */
  List<Alternative<T>> alternatives();

  /** Whether the sources agree, or only the record gives the value. */
  default boolean isSettled() {
    return this instanceof Settled;
  }

  /** Whether sources disagree. */
  default boolean isDisputed() {
    return this instanceof Disputed;
  }

  /** Whether nothing gives the value. */
  default boolean isUnknown() {
    return this instanceof Unknown;
  }

  /**
   * A value with the sources that give it.
   *
   * @param value the value
   * @param evidence its sources, ordered by source id; may be empty when only the record gives it
   * @param <T> the type of the value
   */
  record Alternative<T>(T value, List<Evidence> evidence) {
    /** Checks and copies the parts. */
    public Alternative {
      Objects.requireNonNull(value, "value");
      evidence = List.copyOf(evidence);
    }
  }

  /**
   * The sources agree on one value (or only the record gives it).
   *
   * @param settled the value and every source that gives it
   * @param <T> the type of the value
   */
  record Settled<T>(Alternative<T> settled) implements Finding<T> {
    /** Checks the part. */
    public Settled {
      Objects.requireNonNull(settled, "settled");
    }

    @Override
    public Optional<T> value() {
      return Optional.of(settled.value());
    }

    @Override
    public List<Alternative<T>> alternatives() {
      return List.of(settled);
    }
  }

  /**
   * Sources disagree: two or more values, each with the sources that give it.
   *
   * @param alternatives the alternatives, ordered by value
   * @param <T> the type of the value
   */
  record Disputed<T>(List<Alternative<T>> alternatives) implements Finding<T> {
    /** Checks and copies the alternatives. */
    public Disputed {
      alternatives = List.copyOf(alternatives);
      if (alternatives.size() < 2) {
        throw new IllegalArgumentException(
            "a dispute has two alternatives or more, not " + alternatives.size());
      }
    }

    @Override
    public Optional<T> value() {
      return Optional.empty();
    }
  }

  /**
   * Nothing gives the value.
   *
   * @param <T> the type of the value
   */
  record Unknown<T>() implements Finding<T> {
    @Override
    public Optional<T> value() {
      return Optional.empty();
    }

    @Override
    public List<Alternative<T>> alternatives() {
      return List.of();
    }
  }
}
