package dev.entente.model;

/** The invariants every {@link Position} shares. */
final class Positions {

  private Positions() {}

  static void check(String type, Position position) {
    Checks.distinct(type, Position.HOLDERS, position.holders());
    Checks.distinct(type, Position.TOPICS, position.topics());
    Checks.allNotBlank(type, Position.GROUNDS, position.grounds());
    Checks.notBlank(type, Position.WORDING, position.wording());
  }
}
