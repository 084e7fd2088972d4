package dev.entente.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The status a {@link PlannedMeeting} has after a {@link MeetingChange}: the states of the
 * lifecycle's state machine.
 *
 * <p>A lifecycle is a path through this machine. Its first change may have any status but
 * {@link #RESCHEDULED} (there is nothing to reschedule yet); each later change must have a status
 * that {@linkplain #successors() may follow} the previous change's. A status may repeat where a
 * repeat is news ("agreed again", "postponed again"). {@link #HELD} is the end: nothing follows
 * it. {@link #CANCELLED} ends a plan unless it is revived ({@link #AGREED}, {@link #SCHEDULED} or
 * {@link #RESCHEDULED} again, as the 2018 Singapore summit was a week after it was called off).
 *
 * <table>
 *   <caption>Allowed transitions, and what each change may carry</caption>
 *   <tr><th>from</th><th>to</th></tr>
 *   <tr><td>(start)</td><td>every status but RESCHEDULED</td></tr>
 *   <tr><td>PROPOSED</td><td>PROPOSED, AGREED, SCHEDULED, POSTPONED, CANCELLED, HELD</td></tr>
 *   <tr><td>AGREED</td><td>AGREED, SCHEDULED, POSTPONED, RELOCATED, CANCELLED, HELD</td></tr>
 *   <tr><td>SCHEDULED</td>
 *       <td>SCHEDULED, POSTPONED, RESCHEDULED, RELOCATED, CANCELLED, HELD</td></tr>
 *   <tr><td>POSTPONED</td>
 *       <td>POSTPONED, AGREED, SCHEDULED, RESCHEDULED, RELOCATED, CANCELLED, HELD</td></tr>
 *   <tr><td>RESCHEDULED</td><td>POSTPONED, RESCHEDULED, RELOCATED, CANCELLED, HELD</td></tr>
 *   <tr><td>RELOCATED</td>
 *       <td>SCHEDULED, POSTPONED, RESCHEDULED, RELOCATED, CANCELLED, HELD</td></tr>
 *   <tr><td>CANCELLED</td><td>AGREED, SCHEDULED, RESCHEDULED</td></tr>
 *   <tr><td>HELD</td><td>nothing</td></tr>
 * </table>
 *
 * <p>What a change carries depends on its status: only a change that leaves the meeting ahead
 * (not {@linkplain #isFinal() final}) gives {@linkplain MeetingChange#windows() windows}; only
 * {@link #HELD} names the engagement {@linkplain MeetingChange#heldAs() held}, whose date it must
 * agree with (see {@code ViolationCode.HELD_DATE_MISMATCH}). Any change may name a new
 * {@linkplain MeetingChange#host() host} and {@linkplain MeetingChange#venue() venue}, its
 * {@linkplain MeetingChange#initiator() initiator} and {@linkplain MeetingChange#reason()
 * reason}. A meeting held instead of a cancelled or postponed one names it in
 * {@link Engagement#replaces()}.
 */
public enum PlannedStatus {
  /** One side proposed it. */
  PROPOSED,
  /** Both sides agreed to hold it, with or without a window. */
  AGREED,
  /** A date was set. */
  SCHEDULED,
  /** It was put off, to a new window or none. */
  POSTPONED,
  /** It was given a new date after a postponement, a cancellation or an earlier date. */
  RESCHEDULED,
  /** It was moved to another venue or host. */
  RELOCATED,
  /** It was called off. */
  CANCELLED,
  /** It took place. */
  HELD;

  private static final Map<PlannedStatus, Set<PlannedStatus>> SUCCESSORS =
      new EnumMap<>(PlannedStatus.class);

  static {
    SUCCESSORS.put(PROPOSED, EnumSet.of(PROPOSED, AGREED, SCHEDULED, POSTPONED, CANCELLED, HELD));
    SUCCESSORS.put(AGREED, EnumSet.of(AGREED, SCHEDULED, POSTPONED, RELOCATED, CANCELLED, HELD));
    SUCCESSORS.put(SCHEDULED,
        EnumSet.of(SCHEDULED, POSTPONED, RESCHEDULED, RELOCATED, CANCELLED, HELD));
    SUCCESSORS.put(POSTPONED,
        EnumSet.of(POSTPONED, AGREED, SCHEDULED, RESCHEDULED, RELOCATED, CANCELLED, HELD));
    SUCCESSORS.put(RESCHEDULED, EnumSet.of(POSTPONED, RESCHEDULED, RELOCATED, CANCELLED, HELD));
    SUCCESSORS.put(RELOCATED,
        EnumSet.of(SCHEDULED, POSTPONED, RESCHEDULED, RELOCATED, CANCELLED, HELD));
    SUCCESSORS.put(CANCELLED, EnumSet.of(AGREED, SCHEDULED, RESCHEDULED));
    SUCCESSORS.put(HELD, EnumSet.noneOf(PlannedStatus.class));
    SUCCESSORS.replaceAll((status, next) -> Collections.unmodifiableSet(next));
  }

  /** Whether the meeting is over, one way or the other: held or cancelled. */
  public boolean isFinal() {
    return this == HELD || this == CANCELLED;
  }

  /** Whether a lifecycle may start with this status: every status but {@link #RESCHEDULED}. */
  public boolean canStart() {
    return this != RESCHEDULED;
  }

  /**
   * The statuses a change may have right after a change with this status.
   *
   * @return the allowed next statuses, unmodifiable; empty for {@link #HELD}
   */
  public Set<PlannedStatus> successors() {
    return SUCCESSORS.get(this);
  }

  /**
   * Whether a change with this status may follow one with the given status.
   *
   * @param previous the previous change's status
   * @return whether the machine allows the transition
   */
  public boolean canFollow(PlannedStatus previous) {
    return previous.successors().contains(this);
  }
}
