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

  /**
   * The rule of a condemnation and an accusation: at least one object, and every object names
   * what is condemned or accused: a conduct, or an event or phenomenon, which is then not
   * repeated as conduct text ("condemn terrorism in all its forms").
   */
  static void accusesOfSomething(String type, Position position, String what) {
    Checks.notEmpty(type, Position.OBJECTS, position.objects(),
        what + " names at least one conduct, event or phenomenon");
    for (PositionObject object : position.objects()) {
      if (object.conduct().isEmpty() && object.phenomenon().isEmpty()) {
        throw new InvalidValueException(type, Position.OBJECTS, object, "every object of " + what
            + " names the conduct, or the event or phenomenon, that it is about");
      }
    }
  }
}
