package dev.entente.testing.generators;

import static dev.entente.testing.generators.ActorArbitraries.personNames;
import static dev.entente.testing.generators.EngagementArbitraries.venues;
import static dev.entente.testing.generators.FuzzyDateArbitraries.fuzzyDates;
import static dev.entente.testing.generators.FuzzyDateArbitraries.two;
import static dev.entente.testing.generators.FuzzyDateArbitraries.y4;
import static dev.entente.testing.generators.PositionArbitraries.hedgings;
import static dev.entente.testing.generators.PositionArbitraries.intensities;
import static dev.entente.testing.generators.ProvenanceArbitraries.publishedWithin;
import static dev.entente.testing.generators.ProvenanceArbitraries.sources;
import static dev.entente.testing.generators.ScalarArbitraries.countryCodes;
import static dev.entente.testing.generators.ScalarArbitraries.externalIds;
import static dev.entente.testing.generators.ScalarArbitraries.texts;

import dev.entente.model.Actor;
import dev.entente.testing.generators.ModelArbitraries.DossierOptions;
import dev.entente.model.Agreement;
import dev.entente.model.Appeal;
import dev.entente.model.Attribution;
import dev.entente.model.Commitment;
import dev.entente.model.Concern;
import dev.entente.model.Condemnation;
import dev.entente.model.Confirmation;
import dev.entente.model.CountryCode;
import dev.entente.model.DateClaim;
import dev.entente.model.Dialogue;
import dev.entente.model.DialogueSeries;
import dev.entente.model.Dossier;
import dev.entente.model.Engagement;
import dev.entente.model.Evidence;
import dev.entente.model.ExternalId;
import dev.entente.model.GovernmentBody;
import dev.entente.model.Grouping;
import dev.entente.model.GroupingKind;
import dev.entente.model.Hedging;
import dev.entente.model.Hope;
import dev.entente.model.Intensity;
import dev.entente.model.JointStatement;
import dev.entente.model.Level;
import dev.entente.model.Meeting;
import dev.entente.model.MeetingChange;
import dev.entente.model.MeetingKind;
import dev.entente.model.Monitoring;
import dev.entente.model.Office;
import dev.entente.model.OfficeKind;
import dev.entente.model.Opposition;
import dev.entente.model.Participant;
import dev.entente.model.ParticipantRole;
import dev.entente.model.Person;
import dev.entente.model.PersonName;
import dev.entente.model.PlannedMeeting;
import dev.entente.model.PlannedStatus;
import dev.entente.model.Position;
import dev.entente.model.PositionObject;
import dev.entente.model.Recognition;
import dev.entente.model.Ref;
import dev.entente.model.RelationKind;
import dev.entente.model.Remarks;
import dev.entente.model.Source;
import dev.entente.model.State;
import dev.entente.model.Statement;
import dev.entente.model.StatementKind;
import dev.entente.model.StatementRelation;
import dev.entente.model.Support;
import dev.entente.model.Tenure;
import dev.entente.model.Term;
import dev.entente.model.Topic;
import dev.entente.model.Topics;
import dev.entente.model.TopicKind;
import dev.entente.model.UnilateralStatement;
import dev.entente.model.Venue;
import dev.entente.model.Welcome;
import dev.entente.model.Wording;
import dev.entente.time.FuzzyDate;
import dev.entente.time.Qualifier;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;

/** Builds one valid dossier from a source of randomness; see {@link #validDossiers()}. */
final class RandomValidDossier {
  /** The ids of Entente's built-in topics. */
  private static final List<String> BUILT_IN_TOPICS =
      Topics.all().stream().map(Topic::id).collect(Collectors.toList());
  private static final Arbitrary<String> TEXTS = texts();
  private static final Arbitrary<Source> SOURCES = sources();
  private static final Arbitrary<Venue> VENUES = venues();
  private static final Arbitrary<PersonName> NAMES = personNames();
  private static final Arbitrary<ExternalId> EXTERNAL_IDS = externalIds();
  private static final Arbitrary<FuzzyDate> DATES = fuzzyDates(1950, 2040);
  private static final Arbitrary<CountryCode> COUNTRIES = countryCodes();
  private static final Arbitrary<Hedging> HEDGINGS = hedgings();
  private static final Arbitrary<Intensity> INTENSITIES = intensities();
  private static final LocalDate FIRST = LocalDate.of(1990, 1, 1);
  private static final int SPAN_DAYS = 45 * 365;
  /** One nested list in this many is long, with {@link DossierOptions#longLists()}. */
  private static final int LONG_ODDS = 40;
  private static final int LONG_MIN = 20;
  private static final int LONG_MAX = 60;
  /** One day in this many is at the edge of the calendar: in year 1 or year 9999. */
  private static final int EDGE_DAY_ODDS = 25;

  private final Random r;
  private final DossierOptions o;
  private final Map<Arbitrary<?>, RandomGenerator<?>> generators = new IdentityHashMap<>();

  private final List<String> sourceIds = new ArrayList<>();
  private final List<Ref<Actor>> sidePool = new ArrayList<>();
  private final List<Ref<Actor>> actorPool = new ArrayList<>();
  private final List<String> bodyIds = new ArrayList<>();
  private final List<Ref<Office>> officeRefs = new ArrayList<>();
  private final List<String> topicIds = new ArrayList<>(BUILT_IN_TOPICS);
  private final List<DialogueSeries> series = new ArrayList<>();
  private final List<Engagement> engagements = new ArrayList<>();
  private final List<List<Tenure>> tenures = new ArrayList<>();
  private int planCount;
  private int statementCount;

  RandomValidDossier(Random random, DossierOptions options) {
    this.r = random;
    this.o = options;
  }

  Dossier build() {
    int max = o.maxRecordsPerKind();
    List<Source> sources = new ArrayList<>();
    if (o.sources()) {
      int n = count(max);
      for (int i = 0; i < n; i++) {
        Source s = draw(SOURCES);
        sources.add(Source.builder().from(s).id("source-" + i).build());
        sourceIds.add("source-" + i);
      }
    }
    List<Actor> actors = new ArrayList<>();
    int states = 2 + r.nextInt(Math.max(1, max - 1));
    for (int i = 0; i < states; i++) {
      State state = State.builder().id("state-" + i).country(draw(COUNTRIES)).name(text())
          .externalIds(externalIdList()).build();
      actors.add(state);
      sidePool.add(Ref.of(state.id()));
    }
    int groupings = count(max);
    for (int i = 0; i < groupings; i++) {
      List<Ref<Actor>> earlier = List.copyOf(sidePool);
      Grouping grouping = Grouping.builder().id("grouping-" + i).name(text())
          .fullName(optText()).kind(pick(GroupingKind.values()))
          .members(subset(earlier))
          .partOf(i > 0 && r.nextBoolean()
              ? Optional.of(Ref.<Actor>of("grouping-" + r.nextInt(i))) : Optional.empty())
          .externalIds(externalIdList()).build();
      actors.add(grouping);
      sidePool.add(Ref.of(grouping.id()));
    }
    actorPool.addAll(sidePool);
    int bodies = count(max);
    for (int i = 0; i < bodies; i++) {
      GovernmentBody body = GovernmentBody.builder().id("body-" + i).name(text())
          .government(Ref.of("state-" + r.nextInt(states)))
          .partOf(i > 0 && r.nextBoolean()
              ? Optional.of(Ref.<Actor>of("body-" + r.nextInt(i))) : Optional.empty())
          .externalIds(externalIdList()).build();
      actors.add(body);
      bodyIds.add(body.id());
      actorPool.add(Ref.of(body.id()));
    }
    List<Office> offices = new ArrayList<>();
    int officeCount = 1 + r.nextInt(max);
    for (int i = 0; i < officeCount; i++) {
      Office office = Office.builder().id("office-" + i).title(text()).shortTitle(optText())
          .kind(pick(OfficeKind.values())).jurisdiction(pick(sidePool))
          .body(!bodyIds.isEmpty() && r.nextBoolean()
              ? Optional.of(Ref.<Actor>of(pick(bodyIds))) : Optional.empty())
          .externalIds(externalIdList()).build();
      offices.add(office);
      officeRefs.add(Ref.of(office.id()));
    }
    int persons = 1 + r.nextInt(max);
    for (int i = 0; i < persons; i++) {
      List<Tenure> held = new ArrayList<>();
      for (int k = size(2); k > 0; k--) {
        held.add(tenure(pick(officeRefs), draw(DATES)));
      }
      tenures.add(held);
      actorPool.add(Ref.of("person-" + i));
    }
    List<Topic> topics = new ArrayList<>();
    if (o.topics()) {
      int n = count(max);
      for (int i = 0; i < n; i++) {
        List<Ref<Topic>> parents = subset(topicIds.stream().map(Ref::<Topic>of)
            .collect(Collectors.toList()));
        Topic topic = Topic.builder().id("topic-" + i).label(text())
            .kind(pick(TopicKind.values())).parents(parents)
            .owner(r.nextBoolean() ? Optional.of(pick(actorPool)) : Optional.empty())
            .description(optText()).externalIds(externalIdList()).evidence(evidence())
            .build();
        topics.add(topic);
        topicIds.add(topic.id());
      }
    }
    int seriesCount = count(max);
    for (int i = 0; i < seriesCount; i++) {
      series.add(DialogueSeries.builder().id("series-" + i).name(text()).sides(pair())
          .level(pick(Level.values()))
          .principalKinds(r.nextInt(3) == 0
              ? List.of(OfficeKind.FOREIGN_MINISTER, OfficeKind.DEFENCE_MINISTER)
              : subset(List.of(OfficeKind.values())).stream().limit(2)
                  .collect(Collectors.toList()))
          .established(r.nextBoolean() ? Optional.of(draw(DATES)) : Optional.empty())
          .evidence(evidence()).build());
    }
    planCount = o.plannedMeetings() ? count(max) : 0;
    statementCount = o.statements() ? count(max) : 0;
    if (o.engagements()) {
      int n = count(max);
      Map<String, List<Dialogue>> sessions = new HashMap<>();
      for (int i = 0; i < n; i++) {
        engagements.add(engagement(i, sessions));
      }
    }
    List<PlannedMeeting> plans = new ArrayList<>();
    for (int i = 0; i < planCount; i++) {
      plans.add(plannedMeeting(i));
    }
    List<Statement> statements = new ArrayList<>();
    for (int i = 0; i < statementCount; i++) {
      statements.add(statement(i));
    }
    for (int i = 0; i < persons; i++) {
      actors.add(Person.builder().id("person-" + i).name(text())
          .names(list(() -> draw(NAMES), 3)).aliases(wordings()).tenures(tenures.get(i))
          .externalIds(externalIdList()).build());
    }
    Collections.shuffle(actors, r);
    return Dossier.builder().id("dossier-" + r.nextInt(1000)).title(optText())
        .description(optText()).actors(actors).offices(offices).series(series)
        .engagements(engagements).plannedMeetings(plans).statements(statements)
        .topics(topics).sources(sources).build();
  }

  // ---------------------------------------------------------------- records

  private Engagement engagement(int i, Map<String, List<Dialogue>> sessions) {
    String id = "engagement-" + i;
    FuzzyDate date = containing(randomDay());
    boolean dialogue = !series.isEmpty() && r.nextBoolean();
    DialogueSeries s = dialogue ? pick(series) : null;
    List<Ref<Actor>> sides = s != null ? shuffled(s.sides()) : pair();
    List<Participant> participants = new ArrayList<>();
    for (int k = size(3); k > 0; k--) {
      int person = r.nextInt(tenures.size());
      Optional<Ref<Office>> office = Optional.empty();
      if (r.nextBoolean()) {
        office = Optional.of(pick(officeRefs));
        tenures.get(person).add(tenure(office.get(), date));
      }
      participants.add(Participant.builder().person(Ref.of("person-" + person))
          .side(pick(sides)).office(office)
          .roles(subset(List.of(ParticipantRole.values())).stream().limit(3)
              .collect(Collectors.toList()))
          .titlesAsWritten(wordings()).build());
    }
    List<DateClaim> claims = new ArrayList<>();
    for (int k = size(2); k > 0; k--) {
      claims.add(DateClaim.builder().value(r.nextBoolean() ? date : draw(DATES))
          .wording(optText()).reference(reference()).evidence(evidence()).build());
    }
    Optional<String> title = optText();
    Optional<Ref<Actor>> host = r.nextBoolean() ? Optional.of(pick(sides)) : Optional.empty();
    Optional<Venue> venue = r.nextBoolean() ? Optional.of(draw(VENUES)) : Optional.empty();
    Optional<Ref<Engagement>> partOf = i > 0 && r.nextInt(3) == 0
        ? Optional.of(Ref.of("engagement-" + r.nextInt(i))) : Optional.empty();
    List<Ref<Topic>> topics = topicRefs();
    Optional<ZonedDateTime> startsAt = r.nextBoolean() ? Optional.empty()
        : publishedWithin(Optional.of(date), Optional.of(ZonedDateTime.of(
            date.earliest(), LocalTime.of(r.nextInt(24), r.nextInt(60)),
            ScalarArbitraries.ZONES.get(r.nextInt(ScalarArbitraries.ZONES.size()))))).get2();
    if (s == null) {
      return Meeting.builder().id(id).title(title).sides(sides).host(host).date(date)
          .startsAt(startsAt).dateClaims(claims).venue(venue).participants(participants)
          .partOf(partOf).topics(topics).evidence(evidence()).kind(pick(MeetingKind.values())).build();
    }
    List<Dialogue> earlier = sessions.computeIfAbsent(s.id(), k -> new ArrayList<>());
    OptionalInt ordinal = OptionalInt.empty();
    if (r.nextInt(3) > 0
        && earlier.stream().noneMatch(d -> date.isCertainlyBefore(d.date()))) {
      int next = earlier.stream().mapToInt(d -> d.ordinal().getAsInt()).max().orElse(0);
      ordinal = OptionalInt.of(next + 1 + r.nextInt(3));
    }
    Dialogue made = Dialogue.builder().id(id).title(title).sides(sides).host(host).date(date)
        .startsAt(startsAt).dateClaims(claims).venue(venue).participants(participants)
        .partOf(partOf).topics(topics).evidence(evidence()).series(Ref.of(s.id())).ordinal(ordinal).build();
    if (ordinal.isPresent()) {
      earlier.add(made);
    }
    return made;
  }

  private PlannedMeeting plannedMeeting(int i) {
    Engagement held = !engagements.isEmpty() && r.nextBoolean() ? pick(engagements) : null;
    PlannedMeeting.Builder b = PlannedMeeting.builder().id("plan-" + i).title(optText());
    List<Ref<Actor>> sides;
    OptionalInt ordinal = OptionalInt.empty();
    if (held instanceof Dialogue && r.nextBoolean()) {
      Dialogue d = (Dialogue) held;
      b.series(d.series());
      ordinal = d.ordinal();
      sides = shuffled(d.sides());
    } else if (held != null) {
      sides = shuffled(held.sides());
      b.kind(r.nextBoolean() ? Optional.of(pick(MeetingKind.values())) : Optional.empty());
    } else if (!series.isEmpty() && r.nextBoolean()) {
      DialogueSeries s = pick(series);
      b.series(Ref.of(s.id()));
      sides = shuffled(s.sides());
      // far beyond the ordinals of dialogues, which start at 1 and grow slowly
      ordinal = r.nextBoolean() ? OptionalInt.of(10_000 + i) : OptionalInt.empty();
    } else {
      sides = pair();
      b.kind(r.nextBoolean() ? Optional.of(pick(MeetingKind.values())) : Optional.empty());
    }
    b.sides(sides).ordinal(ordinal)
        .host(r.nextBoolean() ? Optional.of(pick(sides)) : Optional.empty())
        .principals(subset(officeRefs)).topics(topicRefs()).evidence(evidence());
    // Days in order; a held meeting's changes all come on or before its latest day.
    LocalDate ceiling = held != null ? held.date().latest() : FuzzyDate.MAX_DAY;
    LocalDate day = clamp(held != null ? ceiling.minusDays(r.nextInt(600)) : randomDay());
    int changes = 1 + size(3);
    for (int k = 0; k < changes; k++) {
      boolean last = k == changes - 1;
      PlannedStatus status;
      if (last && held != null) {
        status = PlannedStatus.HELD;
      } else if (last && r.nextInt(4) == 0) {
        status = r.nextBoolean() ? PlannedStatus.HELD : PlannedStatus.CANCELLED;
      } else {
        status = pick(List.of(PlannedStatus.PROPOSED, PlannedStatus.AGREED,
            PlannedStatus.SCHEDULED, PlannedStatus.POSTPONED, PlannedStatus.RESCHEDULED,
            PlannedStatus.RELOCATED));
      }
      List<DateClaim> windows = new ArrayList<>();
      if (!status.isFinal()) {
        for (int w = size(2); w > 0; w--) {
          windows.add(DateClaim.builder()
              .value(containing(clamp(day.plusDays(r.nextInt(400)))))
              .wording(optText()).reference(reference()).evidence(evidence()).build());
        }
      }
      b.addLifecycle(MeetingChange.builder().status(status).date(containing(day))
          .windows(windows)
          .venue(r.nextInt(4) == 0 ? Optional.of(draw(VENUES)) : Optional.empty())
          .heldAs(status == PlannedStatus.HELD && held != null
              ? Optional.of(Ref.<Engagement>of(held.id())) : Optional.empty())
          .announcedIn(statementCount > 0 && r.nextBoolean()
              ? Optional.of(Ref.<Statement>of("statement-" + r.nextInt(statementCount)))
              : Optional.empty())
          .evidence(evidence()).build());
      day = clamp(day.plusDays(r.nextInt(90)));
      if (held != null && day.isAfter(ceiling)) {
        day = ceiling;
      }
    }
    return b.build();
  }

  private Statement statement(int i) {
    String id = "statement-" + i;
    Engagement engagement =
        !engagements.isEmpty() && r.nextBoolean() ? pick(engagements) : null;
    Optional<FuzzyDate> date = Optional.empty();
    if (r.nextInt(4) > 0) {
      date = Optional.of(engagement != null
          ? containing(clamp(engagement.date().earliest().plusDays(r.nextInt(30))))
          : containing(randomDay()));
    }
    List<DateClaim> claims = new ArrayList<>();
    for (int k = size(2); k > 0; k--) {
      claims.add(DateClaim.builder().value(date.orElseGet(() -> draw(DATES)))
          .wording(optText()).reference(reference()).evidence(evidence()).build());
    }
    List<StatementRelation> relations = new ArrayList<>();
    if (statementCount > 1) {
      for (int k = r.nextInt(3); k > 0; k--) {
        int other = r.nextInt(statementCount);
        if (other != i) {
          relations.add(StatementRelation.of(pick(RelationKind.values()),
              Ref.of("statement-" + other)));
        }
      }
    }
    List<Position> positions = new ArrayList<>();
    for (int k = size(4); k > 0; k--) {
      positions.add(position());
    }
    Optional<String> title = optText();
    Optional<Ref<Engagement>> at =
        engagement != null ? Optional.of(Ref.of(engagement.id())) : Optional.empty();
    Optional<Confirmation> confirmation =
        r.nextBoolean() ? Optional.of(pick(Confirmation.values())) : Optional.empty();
    switch (r.nextInt(3)) {
      case 0:
        List<Attribution> signatories = new ArrayList<>();
        for (int k = size(2); k > 0; k--) {
          signatories.add(attribution(date));
        }
        return JointStatement.builder().id(id).title(title).date(date).dateClaims(claims)
            .engagement(at).relations(relations).positions(positions)
            .confirmation(confirmation).evidence(evidence())
            .issuers(engagement != null ? shuffled(engagement.sides()) : pair())
            .signatories(signatories).build();
      case 1:
        return UnilateralStatement.builder().id(id).title(title).date(date)
            .dateClaims(claims).engagement(at).relations(relations).positions(positions)
            .confirmation(confirmation).evidence(evidence())
            .kind(pick(StatementKind.values()))
            .issuer(engagement != null && r.nextBoolean()
                ? pick(engagement.sides()) : pick(actorPool))
            .by(r.nextBoolean() ? Optional.of(attribution(date)) : Optional.empty())
            .build();
      default:
        return Remarks.builder().id(id).title(title).date(date).dateClaims(claims)
            .engagement(at).relations(relations).positions(positions)
            .confirmation(confirmation).evidence(evidence())
            .speaker(attribution(date))
            .side(engagement != null ? pick(engagement.sides()) : pick(sidePool))
            .quote(optText()).build();
    }
  }

  private Position position() {
    List<Ref<Actor>> holders = subset(actorPool);
    int kind = r.nextInt(11);
    List<PositionObject> objects = new ArrayList<>();
    for (int k = size(3) + (kind == 0 ? 1 : 0); k > 0; k--) {
      Optional<Ref<Topic>> phenomenon =
          r.nextBoolean() ? Optional.of(Ref.of(pick(topicIds))) : Optional.empty();
      List<Ref<Actor>> targets = subset(actorPool).stream().limit(3)
          .collect(Collectors.toList());
      Optional<String> conduct = kind == 0 || r.nextBoolean()
          || (targets.isEmpty() && phenomenon.isEmpty())
          ? Optional.of(text()) : Optional.empty();
      objects.add(PositionObject.builder().targets(targets).phenomenon(phenomenon)
          .conduct(conduct)
          .hedging(r.nextBoolean() ? Optional.of(draw(HEDGINGS)) : Optional.empty())
          .build());
    }
    Optional<Intensity> intensity =
        r.nextBoolean() ? Optional.of(draw(INTENSITIES)) : Optional.empty();
    List<String> grounds = list(this::text, 2);
    List<Ref<Topic>> topics = topicRefs();
    Optional<String> wording = optText();
    List<Evidence> evidence = evidence();
    switch (kind) {
      case 0:
        return Condemnation.builder().holders(holders).objects(objects).intensity(intensity)
            .grounds(grounds).topics(topics).wording(wording).evidence(evidence).build();
      case 1:
        return Concern.builder().holders(holders).objects(objects).intensity(intensity)
            .grounds(grounds).topics(topics).wording(wording).evidence(evidence).build();
      case 2:
        return Welcome.builder().holders(holders).objects(objects).intensity(intensity)
            .grounds(grounds).topics(topics).wording(wording).evidence(evidence).build();
      case 3:
        return Support.builder().holders(holders).objects(objects).intensity(intensity)
            .grounds(grounds).topics(topics).wording(wording).evidence(evidence).build();
      case 4:
        return Recognition.builder().holders(holders).objects(objects).intensity(intensity)
            .grounds(grounds).topics(topics).wording(wording).evidence(evidence).build();
      case 5:
        return Agreement.builder().holders(holders).objects(objects).intensity(intensity)
            .grounds(grounds).topics(topics).wording(wording).evidence(evidence)
            .plannedMeeting(planCount > 0 && r.nextBoolean()
                ? Optional.of(Ref.<PlannedMeeting>of("plan-" + r.nextInt(planCount)))
                : Optional.empty())
            .build();
      case 6:
        return Commitment.builder().holders(holders).objects(objects).intensity(intensity)
            .grounds(grounds).topics(topics).wording(wording).evidence(evidence).build();
      case 7:
        return Monitoring.builder().holders(holders).objects(objects).intensity(intensity)
            .grounds(grounds).topics(topics).wording(wording).evidence(evidence).build();
      case 8:
        return Hope.builder().holders(holders).objects(objects).intensity(intensity)
            .grounds(grounds).topics(topics).wording(wording).evidence(evidence).build();
      case 9:
        return Opposition.builder().holders(holders).objects(objects).intensity(intensity)
            .grounds(grounds).topics(topics).wording(wording).evidence(evidence).build();
      default:
        return Appeal.builder().holders(holders).objects(objects).intensity(intensity)
            .grounds(grounds).topics(topics).wording(wording).evidence(evidence).build();
    }
  }

  /** A person, as an office held on the date when there is one, or with no office. */
  private Attribution attribution(Optional<FuzzyDate> date) {
    int person = r.nextInt(tenures.size());
    Optional<Ref<Office>> office = Optional.empty();
    if (r.nextBoolean()) {
      office = Optional.of(pick(officeRefs));
      if (date.isPresent()) {
        tenures.get(person).add(tenure(office.get(), date.get()));
      }
    }
    return Attribution.builder().person(Ref.of("person-" + person)).office(office).build();
  }

  /** A tenure of the office whose term does not exclude the date. */
  private Tenure tenure(Ref<Office> office, FuzzyDate date) {
    FuzzyDate start = containing(clamp(date.earliest().minusDays(r.nextInt(2000))));
    Optional<FuzzyDate> end = r.nextInt(3) == 0
        ? Optional.empty()
        : Optional.of(containing(clamp(date.latest().plusDays(r.nextInt(2000)))));
    return Tenure.builder().office(office).term(Term.of(start, end))
        .ordinal(r.nextBoolean() ? OptionalInt.of(1 + r.nextInt(60)) : OptionalInt.empty())
        .evidence(evidence()).build();
  }

  // ---------------------------------------------------------------- dates

  /** A day, mostly of recent decades, now and then the first or last days of the calendar. */
  private LocalDate randomDay() {
    if (r.nextInt(EDGE_DAY_ODDS) == 0) {
      int offset = r.nextInt(3) == 0 ? 0 : r.nextInt(60);
      return r.nextBoolean()
          ? FuzzyDate.MIN_DAY.plusDays(offset) : FuzzyDate.MAX_DAY.minusDays(offset);
    }
    return FIRST.plusDays(r.nextInt(SPAN_DAYS));
  }

  private static LocalDate clamp(LocalDate day) {
    if (day.isBefore(FuzzyDate.MIN_DAY)) {
      return FuzzyDate.MIN_DAY;
    }
    return day.isAfter(FuzzyDate.MAX_DAY) ? FuzzyDate.MAX_DAY : day;
  }

  /** A fuzzy date, of a random form, that can mean the given day. */
  private FuzzyDate containing(LocalDate day) {
    int y = day.getYear();
    int m = day.getMonthValue();
    String text;
    switch (r.nextInt(12)) {
      case 0:
      case 1:
      case 2:
        text = day.toString();
        break;
      case 3:
        text = y4(y) + "-" + two(m);
        break;
      case 4:
        text = y4(y);
        break;
      case 5:
        text = y4(y) + "-" + (33 + (m - 1) / 3);
        break;
      case 6:
        text = y4(y) + "-" + (37 + (m - 1) / 4);
        break;
      case 7:
        text = y4(y) + "-" + (40 + (m - 1) / 6);
        break;
      case 8:
        text = season(y, m);
        break;
      case 9:
        text = pick(List.of(y4(y).substring(0, 3) + "X", y4(y) + "-XX",
            y4(y) + "-" + two(m) + "-XX", y4(y).substring(0, 2) + "XX", y4(y) + "-XX-XX"));
        break;
      case 10:
        text = clamp(day.minusDays(r.nextInt(60))) + "/" + clamp(day.plusDays(r.nextInt(60)));
        break;
      default:
        text = pick(List.of(y4(y) + "/..", "../" + day, y4(y) + "-" + two(m) + "/",
            "/" + clamp(day.plusDays(r.nextInt(10)))));
        break;
    }
    FuzzyDate date = FuzzyDate.parse(text);
    return r.nextInt(3) == 0 ? date.withQualifier(pick(Qualifier.values())) : date;
  }

  private static String season(int y, int m) {
    if (m >= 3 && m <= 11) {
      return y4(y) + "-" + (21 + (m - 3) / 3);
    }
    int winterYear = m == 12 ? y : y - 1;
    return winterYear >= 1 && winterYear <= 9998 ? y4(winterYear) + "-24" : y4(y);
  }

  // ---------------------------------------------------------------- parts

  private List<Evidence> evidence() {
    List<Evidence> evidence = new ArrayList<>();
    if (sourceIds.isEmpty()) {
      return evidence;
    }
    for (int k = size(2); k > 0; k--) {
      evidence.add(Evidence.builder().source(Ref.of(pick(sourceIds))).quote(optText())
          .note(r.nextInt(4) == 0 ? Optional.of(text()) : Optional.empty()).build());
    }
    return evidence;
  }

  private List<Wording> wordings() {
    List<Wording> wordings = new ArrayList<>();
    if (sourceIds.isEmpty()) {
      return wordings;
    }
    for (int k = size(2); k > 0; k--) {
      List<Evidence> evidence = new ArrayList<>(evidence());
      if (evidence.isEmpty()) {
        evidence.add(Evidence.of(Ref.of(pick(sourceIds))));
      }
      wordings.add(Wording.builder().text(text()).evidence(evidence).build());
    }
    return wordings;
  }

  private List<Ref<Topic>> topicRefs() {
    return subset(topicIds).stream().limit(4).map(Ref::<Topic>of).collect(Collectors.toList());
  }

  private List<ExternalId> externalIdList() {
    return list(() -> draw(EXTERNAL_IDS), 2);
  }

  private String text() {
    return draw(TEXTS);
  }

  /** Now and then, the time a relative wording was resolved against. */
  private Optional<FuzzyDate> reference() {
    return r.nextInt(3) == 0 ? Optional.of(containing(randomDay())) : Optional.empty();
  }

  private Optional<String> optText() {
    return r.nextBoolean() ? Optional.of(text()) : Optional.empty();
  }

  private List<Ref<Actor>> pair() {
    List<Ref<Actor>> shuffled = shuffled(sidePool);
    return List.of(shuffled.get(0), shuffled.get(1));
  }

  private int count(int max) {
    return r.nextInt(max + 1);
  }

  /**
   * The length of a nested list: up to {@code max}, or with {@link DossierOptions#longLists()}
   * now and then {@value #LONG_MIN} to {@value #LONG_MAX}.
   */
  private int size(int max) {
    if (o.longLists() && r.nextInt(LONG_ODDS) == 0) {
      return LONG_MIN + r.nextInt(LONG_MAX - LONG_MIN + 1);
    }
    return r.nextInt(max + 1);
  }

  private <T> List<T> list(java.util.function.Supplier<T> element, int max) {
    List<T> list = new ArrayList<>();
    for (int k = size(max); k > 0; k--) {
      list.add(element.get());
    }
    return list;
  }

  /** A random selection of distinct elements, in random order. */
  private <T> List<T> subset(List<T> from) {
    Set<T> chosen = new LinkedHashSet<>();
    for (int k = r.nextInt(Math.min(from.size(), 4) + 1); k > 0; k--) {
      chosen.add(pick(from));
    }
    return new ArrayList<>(chosen);
  }

  private <T> List<T> shuffled(List<T> list) {
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, r);
    return copy;
  }

  private <T> T pick(List<T> from) {
    return from.get(r.nextInt(from.size()));
  }

  private <T> T pick(T[] from) {
    return from[r.nextInt(from.length)];
  }

  @SuppressWarnings("unchecked")
  private <T> T draw(Arbitrary<T> arbitrary) {
    RandomGenerator<T> generator = (RandomGenerator<T>)
        generators.computeIfAbsent(arbitrary, a -> a.generator(100));
    return generator.next(r).value();
  }
}
