package dev.entente.testing.generators;

import static dev.entente.testing.generators.ModelArbitraries.MAX_LIST_SIZE;
import static dev.entente.testing.generators.FuzzyDateArbitraries.fuzzyDates;
import static dev.entente.testing.generators.ProvenanceArbitraries.dateClaims;
import static dev.entente.testing.generators.ProvenanceArbitraries.evidenceLists;
import static dev.entente.testing.generators.ProvenanceArbitraries.publishedWithin;
import static dev.entente.testing.generators.ProvenanceArbitraries.wordings;
import static dev.entente.testing.generators.ScalarArbitraries.countryCodes;
import static dev.entente.testing.generators.ScalarArbitraries.distinctRefs;
import static dev.entente.testing.generators.ScalarArbitraries.externalIds;
import static dev.entente.testing.generators.ScalarArbitraries.idWithOther;
import static dev.entente.testing.generators.ScalarArbitraries.ids;
import static dev.entente.testing.generators.ScalarArbitraries.list;
import static dev.entente.testing.generators.ScalarArbitraries.opt;
import static dev.entente.testing.generators.ScalarArbitraries.ordinals;
import static dev.entente.testing.generators.ScalarArbitraries.refs;
import static dev.entente.testing.generators.ScalarArbitraries.sidesAndHost;
import static dev.entente.testing.generators.ScalarArbitraries.texts;
import static dev.entente.testing.generators.ScalarArbitraries.twoSides;
import static dev.entente.testing.generators.ScalarArbitraries.zonedDateTimes;

import dev.entente.model.Actor;
import dev.entente.model.ChangeReason;
import dev.entente.model.Confirmation;
import dev.entente.model.DateClaim;
import dev.entente.model.Dialogue;
import dev.entente.model.DialogueSeries;
import dev.entente.model.Engagement;
import dev.entente.model.Evidence;
import dev.entente.model.Level;
import dev.entente.model.Meeting;
import dev.entente.model.MeetingChange;
import dev.entente.model.MeetingKind;
import dev.entente.model.Office;
import dev.entente.model.OfficeKind;
import dev.entente.model.Participant;
import dev.entente.model.ParticipantRole;
import dev.entente.model.Person;
import dev.entente.model.PlannedMeeting;
import dev.entente.model.PlannedStatus;
import dev.entente.model.ReasonKind;
import dev.entente.model.Ref;
import dev.entente.model.Statement;
import dev.entente.model.Topic;
import dev.entente.model.Venue;
import dev.entente.time.FuzzyDate;
import java.time.Year;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Engagements of both kinds, their series, venues, participants, and planned meetings. */
final class EngagementArbitraries {

  private EngagementArbitraries() {}

  // ============================================================================ engagements

  /** Venues naming at least one of country, city, district or building. */
  public static Arbitrary<Venue> venues() {
    return Combinators.combine(
            opt(countryCodes()), opt(texts()), opt(texts()), opt(texts()), list(externalIds()),
            texts())
        .as((country, city, district, building, externalIds, fallback) -> Venue.builder()
            .country(country)
            .city(country.isEmpty() && city.isEmpty() && district.isEmpty() && building.isEmpty()
                ? Optional.of(fallback) : city)
            .district(district).building(building).externalIds(externalIds).build());
  }

  /** Participants with distinct roles. */
  public static Arbitrary<Participant> participants() {
    return Builders.withBuilder(Participant::builder)
        .use(ScalarArbitraries.<Person>refs()).in((b, v) -> b.person(v))
        .use(ScalarArbitraries.<Actor>refs()).in((b, v) -> b.side(v))
        .use(ScalarArbitraries.<Office>refs().list().uniqueElements().ofMaxSize(2))
        .in((b, v) -> b.offices(v))
        .use(Arbitraries.of(ParticipantRole.class).list().uniqueElements().ofMaxSize(4))
        .in((b, v) -> b.roles(v))
        .use(list(wordings())).in((b, v) -> b.titlesAsWritten(v))
        .build(Participant.Builder::build);
  }

  /** Recurring formats, with distinct principal kinds. */
  public static Arbitrary<DialogueSeries> dialogueSeries() {
    return Builders.withBuilder(DialogueSeries::builder)
        .use(ids()).in((b, v) -> b.id(v))
        .use(texts()).in((b, v) -> b.name(v))
        .use(twoSides()).in((b, v) -> b.sides(v))
        .use(Arbitraries.of(Level.class)).in((b, v) -> b.level(v))
        .use(Arbitraries.of(OfficeKind.class).list().uniqueElements().ofMaxSize(3))
        .in((b, v) -> b.principalKinds(v))
        .use(opt(fuzzyDates())).in((b, v) -> b.established(v))
        .use(evidenceLists()).in((b, v) -> b.evidence(v))
        .build(DialogueSeries.Builder::build);
  }

  /** The members an engagement of either kind has, checked as {@code Engagements.check} does. */
  record EngagementParts(
      String id, Optional<String> title, List<Ref<Actor>> sides, Optional<Ref<Actor>> host,
      Optional<FuzzyDate> date, Optional<ZonedDateTime> startsAt, List<DateClaim> dateClaims,
      Optional<Venue> venue,
      List<Participant> participants, Optional<Ref<Engagement>> partOf, List<Ref<Topic>> topics,
      List<Evidence> evidence) {}

  static Arbitrary<EngagementParts> engagementParts() {
    Arbitrary<Tuple.Tuple2<List<Ref<Actor>>, Optional<Ref<Actor>>>> sidesAndHost = sidesAndHost();
    return Combinators.combine(
            ScalarArbitraries.<Engagement>idWithOther(), opt(texts()), sidesAndHost,
            fuzzyDates().optional(5.0 / 6),
            list(dateClaims()),
            opt(venues()), list(participants()),
            Combinators.combine(ScalarArbitraries.<Topic>distinctRefs(), evidenceLists(),
                    opt(zonedDateTimes()))
                .as(Tuple::of))
        .as((id, title, sh, date, claims, venue, people, rest) -> new EngagementParts(
            id.get1(), title, sh.get1(), sh.get2(), date,
            date.isEmpty() ? Optional.empty() : publishedWithin(date, rest.get3()).get2(),
            claims, venue, people,
            id.get2(), rest.get1(), rest.get2()));
  }

  /**
   * Dialogues: sessions of a series, with or without an ordinal, a round or a date; one without a
   * date has an ordinal or a round.
   */
  public static Arbitrary<Dialogue> dialogues() {
    return Combinators.combine(
            engagementParts(), ScalarArbitraries.<DialogueSeries>refs(), ordinals(),
            Arbitraries.integers().between(1, 9999).map(Year::of).optional(0.25))
        .as((p, series, ordinal, round) -> Dialogue.builder()
            .id(p.id()).title(p.title()).sides(p.sides()).host(p.host()).date(p.date())
            .startsAt(p.startsAt()).dateClaims(p.dateClaims()).venue(p.venue())
            .participants(p.participants())
            .partOf(p.partOf()).topics(p.topics()).evidence(p.evidence())
            .series(series).round(round)
            .ordinal(p.date().isEmpty() && round.isEmpty() && ordinal.isEmpty()
                ? OptionalInt.of(1) : ordinal)
            .build());
  }

  /** Meetings of every kind. */
  public static Arbitrary<Meeting> meetings() {
    return Combinators.combine(engagementParts(), Arbitraries.of(MeetingKind.class))
        .as((p, kind) -> Meeting.builder()
            .id(p.id()).title(p.title()).sides(p.sides()).host(p.host()).date(p.date())
            .startsAt(p.startsAt()).dateClaims(p.dateClaims()).venue(p.venue())
            .participants(p.participants())
            .partOf(p.partOf()).topics(p.topics()).evidence(p.evidence())
            .kind(kind)
            .build());
  }

  /** Engagements of both kinds. */
  public static Arbitrary<Engagement> engagements() {
    return Arbitraries.oneOf(dialogues(), meetings());
  }

  // ============================================================================ planned meetings

  /**
   * Changes of every status, dated or not, with or without a reason; only HELD names the
   * engagement, only open statuses have windows. Some list other accounts of their step as
   * alternatives (and may then be marked DISPUTED).
   */
  public static Arbitrary<MeetingChange> meetingChanges() {
    Arbitrary<Confirmation> notDisputed = Arbitraries.of(Confirmation.CONFIRMED,
        Confirmation.REPORTED, Confirmation.UNCONFIRMED);
    return Combinators.combine(accounts(), accounts().list().ofMaxSize(2), opt(notDisputed),
            Arbitraries.of(false, true))
        .as((change, alternatives, confirmation, disputed) -> {
          MeetingChange withAlternatives = change.withAlternatives(alternatives);
          return !alternatives.isEmpty() && disputed
              ? withAlternatives.withConfirmation(Confirmation.DISPUTED)
              : withAlternatives.withConfirmation(confirmation);
        });
  }

  /** Accounts of one step: changes without alternatives. */
  private static Arbitrary<MeetingChange> accounts() {
    Arbitrary<ChangeReason> reasons = Combinators.combine(Arbitraries.of(ReasonKind.class),
            opt(texts()), evidenceLists())
        .as((kind, wording, evidence) -> ChangeReason.builder().kind(kind).wording(wording)
            .evidence(evidence).build());
    return Combinators.combine(
            Arbitraries.of(PlannedStatus.class), opt(fuzzyDates()), list(dateClaims()),
            opt(venues()), opt(ScalarArbitraries.<Engagement>refs()),
            opt(ScalarArbitraries.<Statement>refs()), evidenceLists(), opt(reasons))
        .as((status, date, windows, venue, heldAs, announcedIn, evidence, reason) ->
            MeetingChange.builder().status(status).date(date)
                .windows(status.isFinal() ? List.of() : windows)
                .venue(venue)
                .reason(reason)
                .heldAs(status == PlannedStatus.HELD ? heldAs : Optional.empty())
                .announcedIn(announcedIn).evidence(evidence).build());
  }

  /** Planned meetings: a kind or a series (never both), two sides, a non-empty lifecycle. */
  public static Arbitrary<PlannedMeeting> plannedMeetings() {
    Arbitrary<Tuple.Tuple2<Optional<MeetingKind>, Optional<Ref<DialogueSeries>>>> kindOrSeries =
        Arbitraries.oneOf(
            Arbitraries.of(MeetingKind.class)
                .map(k -> kindOrSeries(Optional.of(k), Optional.empty())),
            ScalarArbitraries.<DialogueSeries>refs()
                .map(s -> kindOrSeries(Optional.empty(), Optional.of(s))),
            Arbitraries.just(kindOrSeries(Optional.empty(), Optional.empty())));
    return Builders.withBuilder(PlannedMeeting::builder)
        .use(ids()).in((b, v) -> b.id(v))
        .use(opt(texts())).in((b, v) -> b.title(v))
        .use(kindOrSeries).in((b, v) -> b.kind(v.get1()).series(v.get2()))
        .use(ordinals()).in((b, v) -> b.ordinal(v))
        .use(sidesAndHost()).in((b, v) -> b.sides(v.get1()).host(v.get2()))
        .use(list(ScalarArbitraries.<Office>refs())).in((b, v) -> b.principals(v))
        .use(ScalarArbitraries.<Topic>distinctRefs()).in((b, v) -> b.topics(v))
        .use(meetingChanges().list().ofMinSize(1).ofMaxSize(MAX_LIST_SIZE))
        .in((b, v) -> b.lifecycle(v))
        .use(evidenceLists()).in((b, v) -> b.evidence(v))
        .use(evidenceLists()).in((b, v) -> b.deniedBy(v)
            .confirmation(v.isEmpty() ? Optional.empty() : Optional.of(Confirmation.DISPUTED)))
        .build(PlannedMeeting.Builder::build);
  }

  static Tuple.Tuple2<Optional<MeetingKind>, Optional<Ref<DialogueSeries>>> kindOrSeries(
      Optional<MeetingKind> kind, Optional<Ref<DialogueSeries>> series) {
    return Tuple.of(kind, series);
  }
}
