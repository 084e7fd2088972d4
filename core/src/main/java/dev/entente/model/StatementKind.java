package dev.entente.model;

/** What kind of document a {@link UnilateralStatement} is. */
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
  SOCIAL_MEDIA_POST
}
