package dev.entente.model;

/** The status a {@link PlannedMeeting} has after a {@link MeetingChange}. */
public enum PlannedStatus {
  /** One side proposed it. */
  PROPOSED,
  /** Both sides agreed to hold it, with or without a window. */
  AGREED,
  /** A date was set. */
  SCHEDULED,
  /** It was put off, to a new window or none. */
  POSTPONED,
  /** It was given a new date after a postponement. */
  RESCHEDULED,
  /** It was moved to another venue. */
  RELOCATED,
  /** It was called off. */
  CANCELLED,
  /** It took place. */
  HELD;

  /** Whether the meeting is over, one way or the other: held or cancelled. */
  public boolean isFinal() {
    return this == HELD || this == CANCELLED;
  }
}
