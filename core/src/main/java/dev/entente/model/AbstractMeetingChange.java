package dev.entente.model;

import dev.entente.time.FuzzyDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One step in the life of a {@link PlannedMeeting}: it was agreed, scheduled, postponed,
 * relocated, cancelled or held, on a date, according to sources.
 *
 * <p>The window in which the meeting is expected is given as one {@link DateClaim} per source, so
 * that "first half of next year" (a news article) and "early 2025" (the joint statement) are kept
 * side by side.
 *
 * <pre>{@code
 * MeetingChange.builder()
 *     .status(PlannedStatus.AGREED)
 *     .date(FuzzyDate.parse("2024-10-21"))
 *     .addWindows(DateClaim.of(RelativeTime.resolve("early 2025", statementDate), evidence))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@EntenteStyle
abstract sealed class AbstractMeetingChange implements Extensible permits MeetingChange {

  /**
   * Implemented by the generated {@code MeetingChange.Builder}: the builder is an
   * {@link ExtensibleBuilder}.
   */
  interface Builder extends ExtensibleBuilder<MeetingChange, MeetingChange.Builder> {}

  /** {@value}: the name of {@link #status()}, in pointers and written forms. */
  public static final String STATUS = "status";

  /** {@value}: the name of {@link #date()}, in pointers and written forms. */
  public static final String DATE = "date";

  /** {@value}: the name of {@link #windows()}, in pointers and written forms. */
  public static final String WINDOWS = "windows";

  /** {@value}: the name of {@link #venue()}, in pointers and written forms. */
  public static final String VENUE = "venue";

  /** {@value}: the name of {@link #heldAs()}, in pointers and written forms. */
  public static final String HELD_AS = "heldAs";

  /** {@value}: the name of {@link #announcedIn()}, in pointers and written forms. */
  public static final String ANNOUNCED_IN = "announcedIn";

  /** {@value}: the name of {@link #evidence()}, in pointers and written forms. */
  public static final String EVIDENCE = "evidence";

  /** The status from this change on. */
  public abstract PlannedStatus status();

  /** When the change was made or announced. */
  public abstract FuzzyDate date();

  /** When the meeting is now expected, one claim per source. */
  public abstract List<DateClaim> windows();

  /** Where the meeting is now expected, if a venue was named. */
  public abstract Optional<Venue> venue();

  /** For {@link PlannedStatus#HELD}: the engagement that took place. */
  public abstract Optional<Ref<Engagement>> heldAs();

  /** The statement that announced the change. */
  public abstract Optional<Ref<Statement>> announcedIn();

  /** The sources for the change. */
  public abstract List<Evidence> evidence();

  @Value.Check
  final void check() {
    if (heldAs().isPresent() && status() != PlannedStatus.HELD) {
      throw new InvalidValueException(
          "MeetingChange", "heldAs", heldAs().get(), "only a HELD change names the engagement held, not " + status());
    }
    if (!windows().isEmpty() && status().isFinal()) {
      throw new InvalidValueException(
          "MeetingChange", "windows", windows(), "a " + status() + " meeting has no window ahead");
    }
  }
}
