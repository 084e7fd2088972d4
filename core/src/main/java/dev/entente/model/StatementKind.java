package dev.entente.model;

/**
 * What kind of document a statement is: the {@linkplain UnilateralStatement#kind() kind} of a
 * unilateral statement, and the {@linkplain JointStatement#kind() kind} of a joint one, which
 * tells apart two joint statements and a fact sheet issued at one meeting.
 *
 * <p>Some kinds are only ever one actor's: {@link #canBeJoint()} says which kinds a joint
 * statement may have, {@link #canBeUnilateral()} which a unilateral one may.
 */
public enum StatementKind {
  /** A press release. */
  PRESS_RELEASE,
  /** A government's account of a meeting or call. */
  READOUT,
  /** A formal statement or declaration. */
  DECLARATION,
  /** A communiqué. */
  COMMUNIQUE,
  /** A spokesperson's statement or answer at a briefing. */
  SPOKESPERSON,
  /** A position that sources report without a text of its own. */
  REPORTED_POSITION,
  /** A post on a social network. */
  SOCIAL_MEDIA_POST,
  /** A joint statement: the sides' agreed text, by whatever title ("Leaders' Joint Statement"). */
  JOINT_STATEMENT,
  /** A fact sheet: a list of outcomes or deliverables, by one side or both. */
  FACT_SHEET;

  /**
   * Whether a {@link JointStatement} may be of this kind: every kind but {@link #SPOKESPERSON},
   * {@link #REPORTED_POSITION} and {@link #SOCIAL_MEDIA_POST}, which are one actor's. A joint
   * {@link #PRESS_RELEASE} is a joint press release, a joint {@link #READOUT} a joint readout.
   */
  public boolean canBeJoint() {
    return this != SPOKESPERSON && this != REPORTED_POSITION && this != SOCIAL_MEDIA_POST;
  }

  /** Whether a {@link UnilateralStatement} may be of this kind: every kind but {@link #JOINT_STATEMENT}. */
  public boolean canBeUnilateral() {
    return this != JOINT_STATEMENT;
  }
}
