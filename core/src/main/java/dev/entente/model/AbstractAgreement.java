package dev.entente.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * An agreement between the holders: to hold a meeting, to continue discussions, on a shared
 * assessment.
 *
 * <p>An agreement to meet yields a {@link PlannedMeeting}, named by {@link #plannedMeeting()}.
 *
 * <pre>{@code
 * Agreement.builder()
 *     .addObjects(PositionObject.builder().conduct("hold a Foreign and Defence 2+2 meeting").build())
 *     .plannedMeeting(Ref.of("first-2plus2"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@EntenteStyle
abstract sealed class AbstractAgreement implements Position permits Agreement {

  /**
   * Implemented by the generated {@code Agreement.Builder}: the builder is a
   * {@link PositionBuilder}.
   */
  interface Builder extends PositionBuilder<Agreement, Agreement.Builder> {}

  /** {@value}: the name of {@link #plannedMeeting()}, in pointers and written forms. */
  public static final String PLANNED_MEETING = "plannedMeeting";

  /** Always {@link PositionKind#AGREE}. */
  @Override
  public final PositionKind kind() {
    return PositionKind.AGREE;
  }

  /** The meeting agreed on, for an agreement to meet. */
  public abstract Optional<Ref<PlannedMeeting>> plannedMeeting();

  @Value.Check
  final void check() {
    Positions.check("Agreement", this);
  }
}
