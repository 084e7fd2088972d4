package dev.entente.model;

/** What kind of topic a {@link Topic} is. */
public enum TopicKind {
  /** A policy field: security, trade, cyber, climate. */
  THEME,
  /** A region or country as a subject of talks: Northeast Asia, the Middle East, Ukraine. */
  REGION,
  /** A named initiative or programme: AUKUS Pillar II. */
  INITIATIVE,
  /** A named agreement or framework: the Downing Street Accord, the Korea-UK FTA. */
  AGREEMENT,
  /** A named event: an attack, a war, an election. */
  EVENT,
  /** A phenomenon in general: terrorism, proliferation. */
  PHENOMENON
}
