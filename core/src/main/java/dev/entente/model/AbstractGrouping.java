package dev.entente.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A grouping of states that is not itself a state: AUKUS, the G7, NATO, the UN Security Council.
 *
 * <p>A grouping can be a side of a bilateral engagement (the ROK and AUKUS), a target of a
 * position or the issuer of a statement.
 *
 * <pre>{@code
 * Grouping aukus = Grouping.builder()
 *     .id("aukus").name("AUKUS").kind(GroupingKind.PARTNERSHIP)
 *     .addMembers(Ref.of("australia"), Ref.of("uk"), Ref.of("usa"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@EntenteStyle
abstract sealed class AbstractGrouping implements Actor permits Grouping {

  /**
   * Implemented by the generated {@code Grouping.Builder}: the builder is a
   * {@link ActorBuilder}.
   */
  interface Builder extends ActorBuilder<Grouping, Grouping.Builder> {}

  /** {@value}: the name of {@link #fullName()}, in pointers and written forms. */
  public static final String FULL_NAME = "fullName";

  /** {@value}: the name of {@link #kind()}, in pointers and written forms. */
  public static final String KIND = "kind";

  /** {@value}: the name of {@link #members()}, in pointers and written forms. */
  public static final String MEMBERS = "members";

  /** {@value}: the name of {@link #partOf()}, in pointers and written forms. */
  public static final String PART_OF = "partOf";

  @Override
  public abstract String id();

  /** The usual name, such as {@code AUKUS} or {@code G7}. */
  @Override
  public abstract String name();

  /** The full name, when the usual name is short. */
  public abstract Optional<String> fullName();

  /** What kind of grouping it is. */
  public abstract GroupingKind kind();

  /** The members, when they matter. */
  public abstract List<Ref<Actor>> members();

  /** The grouping this one is part of, such as the UN for its Security Council. */
  public abstract Optional<Ref<Actor>> partOf();

  @Override
  public abstract List<ExternalId> externalIds();

  @Value.Check
  final void check() {
    Checks.id("Grouping", this);
    Checks.notBlank("Grouping", "name", name());
    Checks.notBlank("Grouping", "fullName", fullName());
    Checks.distinct("Grouping", "members", members());
  }
}
