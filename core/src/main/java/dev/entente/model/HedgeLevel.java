package dev.entente.model;

/**
 * How firmly a statement asserts that a conduct happened, from stated fact to mere possibility.
 * Ordered from firmest to weakest.
 */
public enum HedgeLevel {
  /** Stated as fact: "North Korea's continued unlawful arms transfers". */
  ASSERTED,
  /** Said to have happened on others' reports: "the reported deployment of its troops". */
  REPORTED,
  /** Claimed, and not yet established: "the alleged attack". */
  ALLEGED,
  /** May happen or be happening: "the possibility for any transfer", "potential provision". */
  POSSIBLE,
  /** Put as a supposition: "should Russia transfer ...". */
  HYPOTHETICAL
}
