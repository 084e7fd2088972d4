package dev.entente.testing;

import dev.entente.model.Actor;
import dev.entente.model.Engagement;
import dev.entente.model.Finding;
import dev.entente.model.Office;
import dev.entente.model.Person;
import dev.entente.model.Ref;
import dev.entente.model.Venue;
import dev.entente.time.FuzzyDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Assertions every {@link Engagement} shares: sides, host, date, venue, participants in their
 * offices, topics.
 *
 * @param <SELF> the assertion's own type
 * @param <A> the kind of engagement
 */
public abstract class AbstractEngagementAssert<SELF extends AbstractEngagementAssert<SELF, A>, A extends Engagement>
    extends AbstractEntenteAssert<SELF, A> {

  /**
   * Creates the assertion.
   *
   * @param actual the engagement under test
   * @param selfType the assertion's own class
   */
  protected AbstractEngagementAssert(A actual, Class<?> selfType) {
    super(actual, selfType);
  }

  String name() {
    return actual.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT) + " "
        + Show.quoted(actual.id());
  }

  /**
   * Verifies that the engagement's two sides are the given ones, in either order.
   *
   * @param one a side
   * @param other the other side
   * @return this assertion
   */
  public SELF hasSides(Ref<? extends Actor> one, Ref<? extends Actor> other) {
    isNotNull();
    if (!new HashSet<>(actual.sides()).equals(new HashSet<>(Arrays.asList(one, other)))) {
      fail("Expecting " + name() + " to have sides " + Show.refs(List.of(one, other))
          + ", but its sides are " + Show.refs(actual.sides()));
    }
    return myself;
  }

  /**
   * Verifies that the given side hosted the engagement.
   *
   * @param host the host
   * @return this assertion
   */
  public SELF isHostedBy(Ref<? extends Actor> host) {
    isNotNull();
    if (!actual.host().map(h -> h.equals(host)).orElse(false)) {
      fail("Expecting " + name() + " to be hosted by " + host.id() + ", but its host is "
          + Show.opt(actual.host()));
    }
    return myself;
  }

  /**
   * Verifies that the engagement took place at the request or invitation of the given side.
   *
   * @param initiator the side
   * @return this assertion
   */
  public SELF wasInitiatedBy(Ref<? extends Actor> initiator) {
    isNotNull();
    if (!actual.initiator().map(i -> i.equals(initiator)).orElse(false)) {
      fail("Expecting " + name() + " to be initiated by " + initiator.id()
          + ", but its initiator is " + Show.opt(actual.initiator()));
    }
    return myself;
  }

  /**
   * Verifies that sources disagree about the host, naming exactly these sides.
   *
   * @param one a side a source names as host
   * @param other the side other sources name
   * @return this assertion
   */
  public SELF hasHostDisputedBetween(Ref<? extends Actor> one, Ref<? extends Actor> other) {
    isNotNull();
    Finding<Ref<Actor>> finding = actual.hostFinding();
    Set<Object> given = new HashSet<>();
    finding.alternatives().forEach(a -> given.add(a.value()));
    if (!finding.isDisputed() || !given.equals(new HashSet<>(Arrays.asList(one, other)))) {
      fail("Expecting the host of " + name() + " to be disputed between " + one.id() + " and "
          + other.id() + ", but it is " + PlannedMeetingAssert.describe(finding));
    }
    return myself;
  }

  /**
   * Verifies that the engagement was held in place of the given planned meeting.
   *
   * @param planId the id of the planned meeting it replaced
   * @return this assertion
   */
  public SELF replaces(String planId) {
    isNotNull();
    if (!actual.replaces().map(r -> r.id().equals(planId)).orElse(false)) {
      fail("Expecting " + name() + " to replace planned meeting " + Show.quoted(planId)
          + ", but it replaces " + Show.opt(actual.replaces()));
    }
    return myself;
  }

  /**
   * Verifies that the engagement's date is the given one, exactly as EDTF: {@code 2024-10-21} is
   * not {@code 2024-10}.
   *
   * @param date the date
   * @return this assertion
   */
  public SELF isOn(FuzzyDate date) {
    isNotNull();
    if (!actual.date().map(date::equals).orElse(false)) {
      fail("Expecting " + name() + " to be on " + date + ", but it is "
          + actual.date().map(d -> "on " + d).orElse("undated"));
    }
    return myself;
  }

  /**
   * Verifies that the engagement has no date: its sources do not give one.
   *
   * @return this assertion
   */
  public SELF isUndated() {
    isNotNull();
    if (actual.date().isPresent()) {
      fail("Expecting " + name() + " to be undated, but it is on " + actual.date().get());
    }
    return myself;
  }

  /**
   * Verifies that the engagement's date is the given EDTF value, such as {@code 2024-10-21} or
   * {@code 2023-09}.
   *
   * @param edtf the date as EDTF text
   * @return this assertion
   */
  public SELF isOn(String edtf) {
    return isOn(FuzzyDate.parse(edtf));
  }

  /**
   * Verifies that every day the engagement's date can mean lies within the window.
   *
   * @param window the window, such as {@code 2024-10} or {@code 2025-40}
   * @return this assertion
   */
  public SELF isWithin(FuzzyDate window) {
    isNotNull();
    if (actual.date().isEmpty()) {
      fail("Expecting " + name() + " to be within " + window + ", but it is undated");
    }
    FuzzyDate date = actual.date().get();
    if (!window.encloses(date)) {
      fail("Expecting " + name() + " to be within " + window + " (" + window.earliest() + " to "
          + window.latest() + "), but it is on " + date + " (" + date.earliest()
          + " to " + date.latest() + ")");
    }
    return myself;
  }

  /**
   * Verifies that the engagement's venue is in the given city.
   *
   * @param city the city, as recorded
   * @return this assertion
   */
  public SELF isHeldIn(String city) {
    isNotNull();
    Optional<String> actualCity = actual.venue().flatMap(Venue::city);
    if (!actualCity.map(c -> c.equals(city)).orElse(false)) {
      fail("Expecting " + name() + " to be held in " + Show.quoted(city) + ", but its venue is "
          + actual.venue().map(Show::venue).orElse("(none)"));
    }
    return myself;
  }

  /**
   * Verifies that the engagement's venue is the given one.
   *
   * @param venue the venue
   * @return this assertion
   */
  public SELF hasVenue(Venue venue) {
    isNotNull();
    if (!actual.venue().map(v -> v.equals(venue)).orElse(false)) {
      fail("Expecting " + name() + " to have venue " + Show.venue(venue) + ", but its venue is "
          + actual.venue().map(Show::venue).orElse("(none)"));
    }
    return myself;
  }

  /**
   * Verifies that the person took part, in any office or none.
   *
   * @param person the person
   * @return this assertion
   */
  public SELF hasParticipant(Ref<Person> person) {
    isNotNull();
    if (actual.participants().stream().noneMatch(p -> p.person().equals(person))) {
      fail("Expecting " + name() + " to have participant " + person.id()
          + ", but its participants are:\n" + Show.participants(actual.participants()));
    }
    return myself;
  }

  /**
   * Verifies that the person took part as the given office, alone or among others.
   *
   * @param person the person
   * @param asOffice the office the person acted as
   * @return this assertion
   */
  public SELF hasParticipant(Ref<Person> person, Ref<Office> asOffice) {
    isNotNull();
    if (actual.participants().stream().noneMatch(
        p -> p.person().equals(person) && p.offices().contains(asOffice))) {
      fail("Expecting " + name() + " to have participant " + person.id() + " as " + asOffice.id()
          + ", but its participants are:\n" + Show.participants(actual.participants()));
    }
    return myself;
  }

  /**
   * Verifies that the person took part as exactly these offices at once, in this order: a deputy
   * prime minister who is also the defence minister.
   *
   * <pre>{@code
   * assertThat(meeting).hasParticipantAs(marles, List.of(deputyPrimeMinister, defenceMinister));
   * }</pre>
   *
   * @param person the person
   * @param offices the offices the person acted as, in the order recorded
   * @return this assertion
   */
  public SELF hasParticipantAs(Ref<Person> person, List<Ref<Office>> offices) {
    isNotNull();
    List<Ref<Office>> expected = List.copyOf(offices);
    if (actual.participants().stream().noneMatch(
        p -> p.person().equals(person) && p.offices().equals(expected))) {
      fail("Expecting " + name() + " to have participant " + person.id() + " as "
          + Show.refs(expected) + ", but its participants are:\n"
          + Show.participants(actual.participants()));
    }
    return myself;
  }

  /**
   * Verifies that the engagement is about all the given topics (and maybe others).
   *
   * @param topics the topics
   * @return this assertion
   */
  public SELF hasTopics(Ref<?>... topics) {
    isNotNull();
    if (!actual.topics().containsAll(Arrays.asList(topics))) {
      fail("Expecting " + name() + " to have topics " + Show.refs(Arrays.asList(topics))
          + ", but its topics are " + Show.refs(actual.topics()));
    }
    return myself;
  }
}
