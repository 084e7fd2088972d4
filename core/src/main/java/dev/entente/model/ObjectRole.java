package dev.entente.model;

/**
 * The part an actor plays in what a position is about ({@link ObjectActor}): whether the position
 * is addressed to it, is about its conduct, is about it, or merely names it.
 *
 * <p>An export can rely on it: only an {@link #ADDRESSEE} is asked to act, only a
 * {@link #CONDUCT} actor is condemned or accused, and a {@link #MENTIONED} actor is no party to
 * the position at all ("to support Russia's war" does not make Russia a target of the
 * condemnation).
 *
 * <p>The actors of {@link PositionObject#targets()}, which carry no role, have the role
 * {@link #ofTarget(PositionKind)} gives: {@link #ADDRESSEE} in an {@link Appeal}, {@link #CONDUCT}
 * in every other kind, as format 1.0 defined targets ("the actors whose conduct it is, or who are
 * addressed").
 */
public enum ObjectRole {
  /** Asked, called upon or urged to act: "call on the DPRK to cease". */
  ADDRESSEE,
  /** Whose conduct the position is about: the target of a condemnation, a concern, an accusation. */
  CONDUCT,
  /**
   * Who the position is about without its conduct being judged: the party to be deterred,
   * supported or cooperated with ("support Ukraine", "cooperation with the G7").
   */
  SUBJECT,
  /** Merely named in the position, no party to it ("to support Russia's war", "to the DPRK"). */
  MENTIONED;

  /**
   * The role of an actor listed in {@link PositionObject#targets()}, which states none: the
   * addressee in a call ({@link PositionKind#CALL_ON}), the actor whose conduct it is in every
   * other kind.
   *
   * @param kind the kind of the position the object belongs to
   * @return {@link #ADDRESSEE} for {@link PositionKind#CALL_ON}, else {@link #CONDUCT}
   */
  public static ObjectRole ofTarget(PositionKind kind) {
    return kind == PositionKind.CALL_ON ? ADDRESSEE : CONDUCT;
  }
}
