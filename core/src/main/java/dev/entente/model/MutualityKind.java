package dev.entente.model;

/** How a position marked mutual ({@link Mutuality}) is shared between its holders. */
public enum MutualityKind {
  /** Held jointly, towards a third party or a matter: "shared concern", "jointly condemned". */
  JOINT,
  /**
   * Held by each holder towards the other: "mutual respect", "appreciated each other's
   * contributions".
   */
  RECIPROCAL
}
