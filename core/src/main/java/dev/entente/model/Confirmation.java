package dev.entente.model;

/**
 * How far a reported fact is borne out by primary sources.
 *
 * <p>Used on statements and quotes: a news article may attribute words to a minister that no
 * official text contains.
 */
public enum Confirmation {
  /** A primary source (official text, transcript, press release) has it. */
  CONFIRMED,
  /** Only secondary sources have it; primary sources were not checked. */
  REPORTED,
  /** Primary sources were checked and do not have it. */
  UNCONFIRMED,
  /** Sources contradict each other on it. */
  DISPUTED
}
