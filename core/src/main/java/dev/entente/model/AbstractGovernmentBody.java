package dev.entente.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A body of a government: a ministry, an agency, an office.
 *
 * <pre>{@code
 * GovernmentBody mofa = GovernmentBody.builder()
 *     .id("rok-mofa").name("Ministry of Foreign Affairs").government(Ref.of("rok"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@EntenteStyle
abstract sealed class AbstractGovernmentBody implements Actor permits GovernmentBody {

  /**
   * Implemented by the generated {@code GovernmentBody.Builder}: the builder is a
   * {@link ActorBuilder}.
   */
  interface Builder extends ActorBuilder<GovernmentBody, GovernmentBody.Builder> {}

  /** {@value}: the name of {@link #government()}, in pointers and written forms. */
  public static final String GOVERNMENT = "government";

  /** {@value}: the name of {@link #partOf()}, in pointers and written forms. */
  public static final String PART_OF = "partOf";

  @Override
  public abstract String id();

  /** The name in English. */
  @Override
  public abstract String name();

  /** The state (or grouping) whose body it is. */
  public abstract Ref<Actor> government();

  /** The body it belongs to, if any. */
  public abstract Optional<Ref<Actor>> partOf();

  @Override
  public abstract List<ExternalId> externalIds();

  @Value.Check
  final void check() {
    Checks.id("GovernmentBody", this);
    Checks.notBlank("GovernmentBody", "name", name());
  }
}
