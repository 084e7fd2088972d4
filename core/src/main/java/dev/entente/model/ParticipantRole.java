package dev.entente.model;

/** The part a {@link Participant} plays in an engagement. */
public enum ParticipantRole {
  /** A principal: the minister in a ministerial meeting, each of the two in a "2+2". */
  PRINCIPAL,
  /** A co-chair of the session. */
  CO_CHAIR,
  /** The head of a side's delegation. */
  HEAD_OF_DELEGATION,
  /** A member of a delegation. */
  DELEGATE,
  /** The one who receives the other side, as the head of state in a courtesy call. */
  RECEIVER,
  /** The one who calls on or visits the other side. */
  VISITOR
}
