package dev.entente.model;

/** What kind of engagement a {@link Meeting} or a {@link PlannedMeeting} is. */
public enum MeetingKind {
  /** A meeting of officials or ministers. */
  MEETING,
  /** A courtesy call, typically a visiting minister's call on a head of state or government. */
  COURTESY_CALL,
  /** A telephone call. */
  PHONE_CALL,
  /** A video call. */
  VIDEO_CALL,
  /** A visit by one side to the other. */
  VISIT,
  /** A state visit by a head of state. */
  STATE_VISIT,
  /** A meeting of heads of state or government. */
  SUMMIT,
  /** The signing of an agreement. */
  SIGNING
}
