package dev.entente.model;

/** What an instrument's entry into force waits for, in {@link EntryCondition}. */
public enum ConditionKind {
  /** It enters into force on signature. */
  SIGNATURE,
  /** It enters into force once each party has ratified or approved it. */
  RATIFICATION_BY_EACH_PARTY,
  /**
   * It enters into force once the parties have notified each other (usually by diplomatic notes)
   * that their internal procedures are complete.
   */
  NOTIFICATION,
  /** It enters into force on a date it names. */
  FIXED_DATE,
  /** Any other condition, said in the condition's wording. */
  OTHER
}
