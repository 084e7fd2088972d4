package dev.entente.model;

import java.util.List;
import java.util.Optional;

/** The invariants every {@link Engagement} shares. */
final class Engagements {

  private Engagements() {}

  static void check(String type, Engagement engagement) {
    Checks.id(type, engagement);
    Checks.notBlank(type, Engagement.TITLE, engagement.title());
    Checks.twoSides(type, Engagement.SIDES, engagement.sides());
    Checks.oneOfSides(type, Engagement.HOST, engagement.host(), engagement.sides());
    Checks.oneOfSides(type, Engagement.INITIATOR, engagement.initiator(), engagement.sides());
    for (ActorClaim claim : engagement.hostClaims()) {
      Checks.oneOfSides(type, Engagement.HOST_CLAIMS, Optional.of(claim.value()), engagement.sides());
    }
    noChosenWinner(type, Engagement.HOST, engagement.host(), engagement.hostClaims());
    noChosenWinner(type, Engagement.VENUE, engagement.venue(), engagement.venueClaims());
    engagement.host().ifPresent(host -> {
      for (ActorClaim claim : engagement.hostClaims()) {
        if (!claim.value().equals(host)) {
          throw new InvalidValueException(type, Engagement.HOST, host,
              "the host claims name " + claim.value() + ", not the host");
        }
      }
    });
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

  /**
   * A record whose claims disagree leaves the value out: keeping one of them as the value would
   * pick a winner the sources do not pick.
   */
  private static <T> void noChosenWinner(
      String type, String attribute, Optional<T> value, List<? extends Claim<T>> claims) {
    if (value.isPresent() && claims.stream().map(Claim::value).distinct().count() > 1) {
      throw new InvalidValueException(type, attribute, value.get(),
          "sources disagree about the " + attribute + " (see its claims), so the engagement"
              + " leaves it out rather than pick one");
    }
  }
}
