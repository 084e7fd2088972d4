package dev.entente.model;

import dev.entente.time.FuzzyDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One step in the life of a {@link PlannedMeeting}: it was proposed, agreed, scheduled, postponed,
 * rescheduled, relocated, cancelled or held, according to sources; when (if sources say), on whose
 * initiative, why, and where and with which host the meeting is expected from then on.
 *
 * <p>The window in which the meeting is expected is given as one {@link DateClaim} per source, so
 * that "first half of next year" (a news article) and "early 2025" (the joint statement) are kept
 * side by side.
 *
 * <p>When sources disagree about the step itself ("cancelled" in some outlets, "postponed" in
 * others), each account is a change of its own: the first is this change and the others are its
 * {@link #alternatives()}. No account is preferred: {@link PlannedMeeting#status()} reports the
 * step as disputed, the same whichever account is written first. The allowed order of statuses is
 * the state machine of {@link PlannedStatus}.
 *
 * <pre>{@code
 * MeetingChange.builder()
 *     .status(PlannedStatus.POSTPONED)
 *     .date(FuzzyDate.parse("2023-02-03"))
 *     .initiator(Ref.of("usa"))
 *     .reason(ChangeReason.of(ReasonKind.SECURITY_INCIDENT, Evidence.of(Ref.of("state"))))
 *     .addEvidence(Evidence.of(Ref.of("state")))
 *     .addAlternatives(MeetingChange.builder()
 *         .status(PlannedStatus.CANCELLED)
 *         .date(FuzzyDate.parse("2023-02-03"))
 *         .addEvidence(Evidence.of(Ref.of("tabloid")))
 *         .build())
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

  /** {@value}: the name of {@link #initiator()}, in pointers and written forms. */
  public static final String INITIATOR = "initiator";

  /** {@value}: the name of {@link #host()}, in pointers and written forms. */
  public static final String HOST = "host";

  /** {@value}: the name of {@link #venue()}, in pointers and written forms. */
  public static final String VENUE = "venue";

  /** {@value}: the name of {@link #windows()}, in pointers and written forms. */
  public static final String WINDOWS = "windows";

  /** {@value}: the name of {@link #reason()}, in pointers and written forms. */
  public static final String REASON = "reason";

  /** {@value}: the name of {@link #heldAs()}, in pointers and written forms. */
  public static final String HELD_AS = "heldAs";

  /** {@value}: the name of {@link #announcedIn()}, in pointers and written forms. */
  public static final String ANNOUNCED_IN = "announcedIn";

  /** {@value}: the name of {@link #confirmation()}, in pointers and written forms. */
  public static final String CONFIRMATION = "confirmation";

  /** {@value}: the name of {@link #evidence()}, in pointers and written forms. */
  public static final String EVIDENCE = "evidence";

  /** {@value}: the name of {@link #alternatives()}, in pointers and written forms. */
  public static final String ALTERNATIVES = "alternatives";

  /** The status from this change on. */
  public abstract PlannedStatus status();

  /**
   * When the change was made or announced; for {@link PlannedStatus#HELD}, when the meeting took
   * place. Empty when sources do not say: an unknown date is not invented.
   */
  public abstract Optional<FuzzyDate> date();

  /** The side that made the change (proposed, postponed, called off), if sources say. */
  public abstract Optional<Ref<Actor>> initiator();

  /** The side that is to host from this change on, if it is named (or changed). */
  public abstract Optional<Ref<Actor>> host();

  /** Where the meeting is expected from this change on, if a venue was named. */
  public abstract Optional<Venue> venue();

  /** When the meeting is now expected, one claim per source. */
  public abstract List<DateClaim> windows();

  /** Why the change was made, if sources say. */
  public abstract Optional<ChangeReason> reason();

  /** For {@link PlannedStatus#HELD}: the engagement that took place. */
  public abstract Optional<Ref<Engagement>> heldAs();

  /** The statement that announced the change. */
  public abstract Optional<Ref<Statement>> announcedIn();

  /**
   * How far primary sources bear this account out; {@link Confirmation#DISPUTED} only where other
   * accounts of the step are recorded as {@link #alternatives()}.
   */
  public abstract Optional<Confirmation> confirmation();

  /** The sources for the change. */
  public abstract List<Evidence> evidence();

  /**
   * Other sources' accounts of the same step, when they disagree with this one; none is
   * preferred, and the order carries no meaning. An alternative has no alternatives of its own.
   */
  public abstract List<MeetingChange> alternatives();

  /** This account and its alternatives: every account of the step, this one first. */
  public final List<MeetingChange> accounts() {
    return Findings.accounts((MeetingChange) this, alternatives());
  }

  @Value.Check
  final void check() {
    if (heldAs().isPresent() && status() != PlannedStatus.HELD) {
      throw new InvalidValueException(
          "MeetingChange", HELD_AS, heldAs().get(), "only a HELD change names the engagement held, not " + status());
    }
    if (!windows().isEmpty() && status().isFinal()) {
      throw new InvalidValueException(
          "MeetingChange", WINDOWS, windows(), "a " + status() + " meeting has no window ahead");
    }
    Findings.checkAlternatives(
        "MeetingChange", "change", alternatives(), MeetingChange::alternatives, confirmation());
  }
}
