package dev.entente.model;

/** What kind of office an {@link Office} is, for grouping and for event-data codes. */
public enum OfficeKind {
  /** A head of state: a president, a monarch. */
  HEAD_OF_STATE,
  /** A head of government: a prime minister, a chancellor. */
  HEAD_OF_GOVERNMENT,
  /**
   * A deputy head of government: a deputy prime minister, a vice premier, a vice-chancellor. Often
   * held together with a ministry, as one participation with two offices shows.
   */
  DEPUTY_HEAD_OF_GOVERNMENT,
  /** The minister in charge of foreign affairs. */
  FOREIGN_MINISTER,
  /** The minister in charge of defence. */
  DEFENCE_MINISTER,
  /** Any other minister. */
  MINISTER,
  /** A deputy, vice or junior minister. */
  DEPUTY_MINISTER,
  /** An ambassador or other head of mission. */
  AMBASSADOR,
  /** The head of an intelligence service. */
  INTELLIGENCE_CHIEF,
  /** A member of a legislature. */
  LEGISLATOR,
  /** Any other office. */
  OTHER
}
