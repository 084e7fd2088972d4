package dev.entente.model;

import dev.entente.time.FuzzyDate;
import org.immutables.value.Value;

/**
 * A bilateral engagement that is not a session of a series: a meeting, a courtesy call, a phone
 * call, a visit, a summit, a signing.
 *
 * <pre>{@code
 * Meeting call = Meeting.builder()
 *     .id("lammy-calls-on-yoon")
 *     .kind(MeetingKind.COURTESY_CALL)
 *     .addSides(Ref.of("uk"), Ref.of("rok"))
 *     .host(Ref.of("rok"))
 *     .date(FuzzyDate.parse("2024-10-21"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@EntenteStyle
abstract sealed class AbstractMeeting implements Engagement permits Meeting {

  /**
   * Implemented by the generated {@code Meeting.Builder}: the builder is a
   * {@link EngagementBuilder}.
   */
  interface Builder extends EngagementBuilder<Meeting, Meeting.Builder> {}

  /** {@value}: the name of {@link #kind()}, in pointers and written forms. */
  public static final String KIND = "kind";

  /** The kind of engagement. */
  public abstract MeetingKind kind();

  @Value.Check
  final void check() {
    Engagements.check("Meeting", this);
  }
}
