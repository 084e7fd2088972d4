package dev.entente.model;

/**
 * Why a planned meeting was postponed, moved or called off, as sources give it. The source's own
 * words are kept in {@link ChangeReason#wording()}.
 */
public enum ReasonKind {
  /** Calendars did not fit ("scheduling conflicts", "the diplomatic calendar"). */
  SCHEDULING,
  /**
   * Circumstances on one side, named or not ("due to circumstances on the Japanese side", a
   * budget crisis at home, the debt-ceiling talks); the side goes in {@link ChangeReason#side()}.
   */
  DOMESTIC_CIRCUMSTANCES,
  /** A security incident or threat (a surveillance balloon, an attack, unrest). */
  SECURITY_INCIDENT,
  /** Illness or death of a principal, or an epidemic. */
  HEALTH,
  /** A natural disaster or accident. */
  DISASTER,
  /** An election, or a change of government or of the principal. */
  ELECTION,
  /** A protest at the other side's conduct, or a row between the sides. */
  DIPLOMATIC_PROTEST,
  /** Travel and practical arrangements (weather, transport, a venue not ready). */
  LOGISTICS,
  /** A reason none of the others fits; say which in {@link ChangeReason#wording()}. */
  OTHER
}
