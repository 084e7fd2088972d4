package dev.entente.model;

/** How strongly a position is put. Ordered from weakest to strongest. */
public enum IntensityLevel {
  /** Softened: "some concern", "note with interest". */
  MUTED,
  /** No intensifier: "condemn", "welcome". */
  UNMARKED,
  /** Intensified: "deeply concerned", "closely monitoring", "strongly condemn". */
  STRONG,
  /** The strongest formula: "condemn in the strongest terms". */
  STRONGEST
}
