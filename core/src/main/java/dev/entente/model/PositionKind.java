package dev.entente.model;

/** The speech act of a {@link Position}; each kind has its own position type. */
public enum PositionKind {
  /** Condemn, denounce: {@link Condemnation}. */
  CONDEMN,
  /** Express concern, be deeply concerned: {@link Concern}. */
  EXPRESS_CONCERN,
  /** Welcome: {@link Welcome}. */
  WELCOME,
  /** Support, back, endorse: {@link Support}. */
  SUPPORT,
  /** Recognise, note, take note of: {@link Recognition}. */
  RECOGNISE,
  /** Agree, including to meet: {@link Agreement}. */
  AGREE,
  /** Commit, pledge: {@link Commitment}. */
  COMMIT,
  /** Monitor, watch closely: {@link Monitoring}. */
  MONITOR,
  /** Hope, express hope: {@link Hope}. */
  HOPE,
  /** Oppose, reject: {@link Opposition}. */
  OPPOSE,
  /** Call on, urge, demand: {@link Appeal}. */
  CALL_ON,
  /** Express interest in, be interested in, consider: {@link Interest}. */
  EXPRESS_INTEREST,
  /** Appreciate, thank, express gratitude: {@link Appreciation}. */
  APPRECIATE,
  /** Intend, will, plan to (the holders' own action): {@link Intention}. */
  INTEND,
  /** Accuse, charge: {@link Accusation}. */
  ACCUSE,
  /** Deny, reject a claim or an accusation: {@link Denial}. */
  DENY
}
