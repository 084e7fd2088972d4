package dev.entente.model;

/** The invariants every {@link Engagement} shares. */
final class Engagements {

  private Engagements() {}

  static void check(String type, Engagement engagement) {
    Checks.id(type, engagement);
    Checks.notBlank(type, "title", engagement.title());
    Checks.twoSides(type, "sides", engagement.sides());
    Checks.oneOfSides(type, "host", engagement.host(), engagement.sides());
    Checks.distinct(type, "topics", engagement.topics());
    engagement.startsAt().ifPresent(start -> {
      if (!engagement.date().contains(start.toLocalDate())) {
        throw new InvalidValueException(
            type, "startsAt", start, "its day is not within the date " + engagement.date());
      }
    });
    engagement.partOf().ifPresent(parent -> {
      if (parent.pointsAt(engagement)) {
        throw new InvalidValueException(type, "partOf", parent, "an engagement is not part of itself");
      }
    });
  }
}
