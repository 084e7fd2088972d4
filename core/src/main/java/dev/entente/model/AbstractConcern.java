package dev.entente.model;

import org.immutables.value.Value;

/**
 * An expression of concern: "We are deeply concerned about the possibility for any transfer of
 * nuclear or ballistic missile-related technology to the DPRK".
 *
 * <p>Neither CAMEO nor PLOVER has a category for concern; Entente keeps it as a kind of its own.
 *
 * <pre>{@code
 * Concern.builder()
 *     .addObjects(PositionObject.builder().addTargets(Ref.of("aukus")).conduct("...").build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
@EntenteStyle
abstract sealed class AbstractConcern implements Position permits Concern {

  /**
   * Implemented by the generated {@code Concern.Builder}: the builder is a
   * {@link PositionBuilder}.
   */
  interface Builder extends PositionBuilder<Concern, Concern.Builder> {}

  /** Always {@link PositionKind#EXPRESS_CONCERN}. */
  @Override
  public final PositionKind kind() {
    return PositionKind.EXPRESS_CONCERN;
  }

  @Value.Check
  final void check() {
    Positions.check("Concern", this);
  }
}
