package dev.entente.model;

/**
 * What kind of written {@link Instrument} two or more parties concluded, as its title or the
 * sources call it.
 */
public enum InstrumentKind {
  /**
   * A treaty, whatever its title ("Agreement", "Convention", "Treaty"): an instrument binding under
   * international law, usually subject to ratification.
   */
  TREATY,
  /** A protocol that amends or supplements an earlier instrument. */
  PROTOCOL,
  /** A memorandum of understanding, usually not legally binding. */
  MEMORANDUM_OF_UNDERSTANDING,
  /** A memorandum of cooperation (the term of Japanese practice for a non-binding memorandum). */
  MEMORANDUM_OF_COOPERATION,
  /** An arrangement between governments or their agencies, usually not legally binding. */
  ARRANGEMENT,
  /** An exchange of notes or letters that together record what the parties agreed. */
  EXCHANGE_OF_NOTES
}
