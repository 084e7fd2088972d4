package dev.entente.model;

/** The level at which a {@link DialogueSeries} meets. */
public enum Level {
  /** Heads of state or government. */
  LEADERS,
  /** Ministers. */
  MINISTERIAL,
  /** Vice or deputy ministers. */
  VICE_MINISTERIAL,
  /** Senior officials below minister. */
  SENIOR_OFFICIALS,
  /** Working level. */
  WORKING_LEVEL
}
