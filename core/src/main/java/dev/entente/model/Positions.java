package dev.entente.model;

/** The invariants every {@link Position} shares. */
final class Positions {

  private Positions() {}

  static void check(String type, Position position) {
    Checks.distinct(type, "holders", position.holders());
    Checks.distinct(type, "topics", position.topics());
    Checks.allNotBlank(type, "grounds", position.grounds());
    Checks.notBlank(type, "wording", position.wording());
  }
}
