package dev.entente.model;

import org.immutables.value.Value;

/**
 * A statement of support or endorsement: "committed to supporting Ukraine", "back the
 * initiative".
 *
 * <pre>{@code
 * Support.builder()
 *     .addObjects(PositionObject.builder().addTargets(Ref.of("aukus")).conduct("...").build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
@EntenteStyle
abstract sealed class AbstractSupport implements Position permits Support {

  /**
   * Implemented by the generated {@code Support.Builder}: the builder is a
   * {@link PositionBuilder}.
   */
  interface Builder extends PositionBuilder<Support, Support.Builder> {}

  /** Always {@link PositionKind#SUPPORT}. */
  @Override
  public final PositionKind kind() {
    return PositionKind.SUPPORT;
  }

  @Value.Check
  final void check() {
    Positions.check("Support", this);
  }
}
