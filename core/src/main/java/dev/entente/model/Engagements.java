package dev.entente.model;

/** The invariants every {@link Engagement} shares. */
final class Engagements {

  private Engagements() {}

  static void check(String type, Engagement engagement) {
    Checks.id(type, engagement);
    Checks.notBlank(type, Engagement.TITLE, engagement.title());
    Checks.twoSides(type, Engagement.SIDES, engagement.sides());
    Checks.oneOfSides(type, Engagement.HOST, engagement.host(), engagement.sides());
    Checks.distinct(type, Engagement.TOPICS, engagement.topics());
    engagement.startsAt().ifPresent(start -> {
      if (engagement.date().isEmpty()) {
        throw new InvalidValueException(type, Engagement.STARTS_AT, start,
            "gives the day, so the date is known: set date too");
      }
      if (!engagement.date().get().contains(start.toLocalDate())) {
        throw new InvalidValueException(type, Engagement.STARTS_AT, start,
            "its day is not within the date " + engagement.date().get());
      }
    });
    engagement.partOf().ifPresent(parent -> {
      if (parent.pointsAt(engagement)) {
        throw new InvalidValueException(type, Engagement.PART_OF, parent, "an engagement is not part of itself");
      }
    });
  }
}
