package dev.entente.testing.generators;

import static dev.entente.testing.generators.FuzzyDateArbitraries.clamp;

import dev.entente.model.Accusation;
import dev.entente.model.Actor;
import dev.entente.model.ActorClaim;
import dev.entente.model.Agreement;
import dev.entente.model.Appeal;
import dev.entente.model.Appreciation;
import dev.entente.model.Attribution;
import dev.entente.model.ChangeReason;
import dev.entente.model.Commitment;
import dev.entente.model.Concern;
import dev.entente.model.Condemnation;
import dev.entente.model.ConditionKind;
import dev.entente.model.Confirmation;
import dev.entente.model.CountryCode;
import dev.entente.model.DateClaim;
import dev.entente.model.Denial;
import dev.entente.model.Dialogue;
import dev.entente.model.DialogueSeries;
import dev.entente.model.Dossier;
import dev.entente.model.Engagement;
import dev.entente.model.EntryCondition;
import dev.entente.model.Evidence;
import dev.entente.model.GovernmentBody;
import dev.entente.model.Grouping;
import dev.entente.model.Hope;
import dev.entente.model.Instrument;
import dev.entente.model.InstrumentStatus;
import dev.entente.model.InstrumentStep;
import dev.entente.model.Intention;
import dev.entente.model.Interest;
import dev.entente.model.JointStatement;
import dev.entente.model.Meeting;
import dev.entente.model.MeetingChange;
import dev.entente.model.Monitoring;
import dev.entente.model.ObjectActor;
import dev.entente.model.Office;
import dev.entente.model.OfficeKind;
import dev.entente.model.Opposition;
import dev.entente.model.Participant;
import dev.entente.model.ParticipantRole;
import dev.entente.model.Person;
import dev.entente.model.PlannedMeeting;
import dev.entente.model.PlannedStatus;
import dev.entente.model.Position;
import dev.entente.model.PositionBuilder;
import dev.entente.model.PositionKind;
import dev.entente.model.PositionObject;
import dev.entente.model.Recognition;
import dev.entente.model.Ref;
import dev.entente.model.Reiteration;
import dev.entente.model.Remarks;
import dev.entente.model.Signatory;
import dev.entente.model.Source;
import dev.entente.model.State;
import dev.entente.model.Statement;
import dev.entente.model.StatementRelation;
import dev.entente.model.Support;
import dev.entente.model.Tenure;
import dev.entente.model.Term;
import dev.entente.model.Topic;
import dev.entente.model.TopicKind;
import dev.entente.model.Topics;
import dev.entente.model.UnilateralStatement;
import dev.entente.model.VenueClaim;
import dev.entente.model.Welcome;
import dev.entente.model.Wording;
import dev.entente.testing.generators.ValidDossierDrafts.At;
import dev.entente.testing.generators.ValidDossierDrafts.ChangeDraft;
import dev.entente.testing.generators.ValidDossierDrafts.ChangeExtras;
import dev.entente.testing.generators.ValidDossierDrafts.Claim;
import dev.entente.testing.generators.ValidDossierDrafts.CondDraft;
import dev.entente.testing.generators.ValidDossierDrafts.DossierDraft;
import dev.entente.testing.generators.ValidDossierDrafts.EngDraft;
import dev.entente.testing.generators.ValidDossierDrafts.Ev;
import dev.entente.testing.generators.ValidDossierDrafts.InsDraft;
import dev.entente.testing.generators.ValidDossierDrafts.ObjDraft;
import dev.entente.testing.generators.ValidDossierDrafts.OrgDraft;
import dev.entente.testing.generators.ValidDossierDrafts.Pair;
import dev.entente.testing.generators.ValidDossierDrafts.PersonDraft;
import dev.entente.testing.generators.ValidDossierDrafts.PlanDraft;
import dev.entente.testing.generators.ValidDossierDrafts.PosDraft;
import dev.entente.testing.generators.ValidDossierDrafts.SeriesDraft;
import dev.entente.testing.generators.ValidDossierDrafts.SgDraft;
import dev.entente.testing.generators.ValidDossierDrafts.StDraft;
import dev.entente.testing.generators.ValidDossierDrafts.StepDraft;
import dev.entente.testing.generators.ValidDossierDrafts.StateDraft;
import dev.entente.testing.generators.ValidDossierDrafts.Tn;
import dev.entente.testing.generators.ValidDossierDrafts.TopicDraft;
import dev.entente.testing.generators.ValidDossierDrafts.Wd;
import dev.entente.time.FuzzyDate;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns the {@linkplain ValidDossierDrafts drafts} of a dossier into a dossier that {@link
 * dev.entente.validation.DossierValidator} accepts. Deterministic: the same drafts give the same
 * dossier, and any drafts (so any shrunk ones) give a valid one. A pick names the record at its
 * value modulo the number of records it can point at; records that need others of a kind that
 * has none go without the reference.
 *
 * <p>Ids are {@code state-0}, {@code office-2} ... in list order. A person who takes part in an
 * engagement in an office, or signs or speaks in one, is given a tenure of it around the date,
 * so that the validator's check that offices are held on the dates concerned holds.
 *
 * <p>The rules of diplomacy hold too: states have distinct countries, a person takes part in an
 * engagement once, never as an office of the other side, a session of a "2+2" marks two
 * principals on each side or none, and an engagement is part only of one it may lie within.
 */
final class ValidDossierAssembly {

  /** The ids of Entente's built-in topics. */
  private static final List<String> BUILT_IN_TOPICS =
      Topics.all().stream().map(Topic::id).collect(Collectors.toList());

  /** Every country code, in the order of their text forms. */
  private static final List<CountryCode> COUNTRIES = CountryCode.available().stream()
      .sorted(Comparator.comparing(CountryCode::toString)).collect(Collectors.toList());

  private final List<String> sourceIds = new ArrayList<>();
  private final List<Ref<Actor>> sidePool = new ArrayList<>();
  private final List<Ref<Actor>> actorPool = new ArrayList<>();
  private final List<String> bodyIds = new ArrayList<>();
  private final List<Ref<Office>> officeRefs = new ArrayList<>();
  /** The jurisdiction of each office, by the office's index. */
  private final List<Ref<Actor>> officeJurisdictions = new ArrayList<>();
  private final List<String> topicIds = new ArrayList<>(BUILT_IN_TOPICS);
  private final List<DialogueSeries> series = new ArrayList<>();
  private final List<Engagement> engagements = new ArrayList<>();
  private final List<List<Tenure>> tenures = new ArrayList<>();
  private int planCount;
  private int statementCount;
  /** The index of the statement being assembled, for positions that name the one before. */
  private int currentStatement;

  private ValidDossierAssembly() {}

  /** The dossier of these drafts. */
  static Dossier assemble(DossierDraft d) {
    return new ValidDossierAssembly().build(d);
  }

  private Dossier build(DossierDraft d) {
    List<Source> sources = new ArrayList<>();
    for (int i = 0; i < d.sources.size(); i++) {
      sources.add(d.sources.get(i).withId("source-" + i));
      sourceIds.add("source-" + i);
    }
    List<Actor> actors = new ArrayList<>();
    Set<CountryCode> countries = new HashSet<>();
    for (int i = 0; i < d.states.size(); i++) {
      StateDraft s = d.states.get(i);
      actors.add(State.builder().id("state-" + i).country(unused(s.country(), countries))
          .name(s.name()).externalIds(s.externalIds()).build());
      sidePool.add(Ref.of("state-" + i));
    }
    for (int i = 0; i < d.groupings.size(); i++) {
      OrgDraft g = d.groupings.get(i);
      List<Ref<Actor>> members = subset(g.members, List.copyOf(sidePool));
      actors.add(Grouping.builder().id("grouping-" + i).name(g.name).fullName(g.fullName)
          .kind(g.groupingKind).members(members)
          .partOf(earlier(g.partOf, i).map(k -> Ref.<Actor>of("grouping-" + k)))
          .externalIds(g.externalIds).build());
      sidePool.add(Ref.of("grouping-" + i));
    }
    actorPool.addAll(sidePool);
    for (int i = 0; i < d.bodies.size(); i++) {
      OrgDraft b = d.bodies.get(i);
      actors.add(GovernmentBody.builder().id("body-" + i).name(b.name)
          .government(Ref.of("state-" + b.pick % d.states.size()))
          .partOf(earlier(b.partOf, i).map(k -> Ref.<Actor>of("body-" + k)))
          .externalIds(b.externalIds).build());
      bodyIds.add("body-" + i);
      actorPool.add(Ref.of("body-" + i));
    }
    List<Office> offices = new ArrayList<>();
    for (int i = 0; i < d.offices.size(); i++) {
      OrgDraft f = d.offices.get(i);
      officeJurisdictions.add(pick(sidePool, f.pick));
      offices.add(Office.builder().id("office-" + i).title(f.name).shortTitle(f.fullName)
          .kind(f.officeKind).jurisdiction(pick(sidePool, f.pick))
          .body(bodyIds.isEmpty() ? Optional.empty() : f.partOf.map(k -> Ref.of(pick(bodyIds, k))))
          .externalIds(f.externalIds).build());
      officeRefs.add(Ref.of("office-" + i));
    }
    for (int i = 0; i < d.persons.size(); i++) {
      List<Tenure> held = new ArrayList<>();
      for (var t : d.persons.get(i).tenures()) {
        held.add(tenure(pick(officeRefs, t.get1()), t.get2(), t.get3()));
      }
      tenures.add(held);
      actorPool.add(Ref.of("person-" + i));
    }
    List<Topic> topics = new ArrayList<>();
    for (int i = 0; i < d.topics.size(); i++) {
      TopicDraft t = d.topics.get(i);
      topics.add(Topic.builder().id("topic-" + i).label(t.label()).kind(t.kind())
          .parents(subset(t.parents(), topicIds).stream().map(Ref::<Topic>of)
              .collect(Collectors.toList()))
          .owner(t.owner().map(k -> pick(actorPool, k))).description(t.description())
          .externalIds(t.externalIds()).evidence(evidence(t.evidence()))
          .date(t.kind() == TopicKind.EVENT ? t.event().get1() : Optional.empty())
          .venue(t.kind() == TopicKind.EVENT ? t.event().get2() : Optional.empty())
          .build());
      topicIds.add("topic-" + i);
    }
    for (int i = 0; i < d.series.size(); i++) {
      SeriesDraft s = d.series.get(i);
      series.add(DialogueSeries.builder().id("series-" + i).name(s.name()).sides(pair(s.sides()))
          .level(s.level())
          .principalKinds(s.usual()
              ? List.of(OfficeKind.FOREIGN_MINISTER, OfficeKind.DEFENCE_MINISTER) : s.kinds())
          .established(s.established()).evidence(evidence(s.evidence())).build());
    }
    planCount = d.plans.size();
    statementCount = d.statements.size();
    Map<String, List<Dialogue>> sessions = new HashMap<>();
    for (int i = 0; i < d.engagements.size(); i++) {
      engagements.add(engagement(i, d.engagements.get(i), sessions));
    }
    List<PlannedMeeting> plans = new ArrayList<>();
    for (int i = 0; i < d.plans.size(); i++) {
      plans.add(plannedMeeting(i, d.plans.get(i)));
      if (d.plans.get(i).substitute) {
        substitute(plans.get(i));
      }
    }
    List<Statement> statements = new ArrayList<>();
    for (int i = 0; i < d.statements.size(); i++) {
      statements.add(statement(i, d.statements.get(i)));
    }
    List<Instrument> instruments = new ArrayList<>();
    for (int i = 0; i < d.instruments.size(); i++) {
      instruments.add(instrument(i, d.instruments.get(i)));
    }
    for (int i = 0; i < d.persons.size(); i++) {
      PersonDraft p = d.persons.get(i);
      actors.add(Person.builder().id("person-" + i).name(p.name()).names(p.names())
          .aliases(wordings(p.aliases())).tenures(tenures.get(i))
          .externalIds(p.externalIds()).build());
    }
    d.shuffle.ifPresent(seed -> Collections.shuffle(actors, new Random(seed)));
    return Dossier.builder().id("dossier-" + d.id).title(d.title)
        .description(d.description).actors(actors).offices(offices).series(series)
        .engagements(engagements).plannedMeetings(plans).statements(statements)
        .instruments(instruments).topics(topics).sources(sources).build();
  }

  // ---------------------------------------------------------------- records

  private Engagement engagement(int i, EngDraft e, Map<String, List<Dialogue>> sessions) {
    String id = "engagement-" + i;
    FuzzyDate date = e.form.containing(e.day);
    DialogueSeries s = e.dialogue && !series.isEmpty() ? pick(series, e.series) : null;
    // A session of a series may be known by its ordinal only: it then has no date (nor a start,
    // nor claims of one); its participants' tenures are still made around the draft's day.
    boolean undated = s != null && e.undated;
    List<Ref<Actor>> sides = s != null ? swapped(s.sides(), e.swap) : pair(e.sides);
    List<Participant> participants = new ArrayList<>();
    Set<Integer> listed = new HashSet<>();
    for (var p : e.participants) {
      int person = p.person() % tenures.size();
      if (!listed.add(person)) {
        continue; // a person takes part once, on one side
      }
      Ref<Actor> side = pick(sides, p.side());
      List<Ref<Office>> offices = new ArrayList<>();
      List<net.jqwik.api.Tuple.Tuple2<Integer, Tn>> drafted = p.office().isPresent()
          ? Stream.concat(p.office().stream(), p.alsoOffice().stream()).collect(Collectors.toList())
          : List.of();
      for (var o : drafted) {
        int k = o.get1() % officeRefs.size();
        Ref<Office> office = officeRefs.get(k);
        Ref<Actor> jurisdiction = officeJurisdictions.get(k);
        boolean otherSides = sides.contains(jurisdiction) && !jurisdiction.equals(side);
        if (!offices.contains(office) && !otherSides) {
          offices.add(office);
          tenures.get(person).add(tenure(office, date, o.get2()));
        }
      }
      participants.add(Participant.builder().person(Ref.of("person-" + person))
          .side(side).offices(offices)
          .roles(subset(p.roles(), List.of(ParticipantRole.values())).stream().limit(3)
              .collect(Collectors.toList()))
          .titlesAsWritten(wordings(p.titles())).build());
    }
    if (s != null && !enoughPrincipals(participants, sides, s.principalsPerSide())) {
      // Too few persons for a "2+2"'s principals on each side: mark none as principal.
      participants = participants.stream()
          .map(p -> p.withRoles(p.roles().stream().filter(r -> r != ParticipantRole.PRINCIPAL)
              .collect(Collectors.toList())))
          .collect(Collectors.toList());
    }
    List<DateClaim> claims = undated ? List.of() : claims(e.claims, c -> c.other().orElse(date));
    Optional<Ref<Actor>> host = e.host.map(k -> pick(sides, k));
    // Part only of an engagement whose days it may lie within.
    Optional<Ref<Engagement>> partOf = earlier(e.partOf, i)
        .filter(k -> undated || engagements.get(k).date().map(date::mayOverlap).orElse(true))
        .map(k -> Ref.of("engagement-" + k));
    List<Ref<Topic>> topics = topicRefs(e.topics);
    Optional<ZonedDateTime> startsAt = undated ? Optional.empty() : e.startsAt.flatMap(t -> ProvenanceArbitraries
        .publishedWithin(Optional.of(date), Optional.of(ZonedDateTime.of(
            date.earliest(), LocalTime.of(t.get1(), t.get2()), t.get3()))).get2());
    Optional<Ref<Actor>> initiator = e.initiator.map(k -> pick(sides, k));
    // Claims that keep the engagement valid: with a host, one that names it; without, one per
    // side (a dispute). A venue claim names the venue, or stands alone without one.
    List<ActorClaim> hostClaims = new ArrayList<>();
    e.hostClaims.ifPresent(c -> {
      for (Ref<Actor> side : host.isPresent() ? List.of(host.get()) : sides) {
        hostClaims.add(ActorClaim.builder().value(side).wording(c.get2())
            .evidence(evidence(c.get1())).build());
      }
    });
    List<VenueClaim> venueClaims = e.venueClaims.map(v -> List.of(VenueClaim.builder()
            .value(e.venue.orElse(v.get1())).wording(v.get3()).evidence(evidence(v.get2()))
            .build()))
        .orElse(List.of());
    if (s == null) {
      return Meeting.builder().id(id).title(e.title).sides(sides).host(host).date(date)
          .initiator(initiator).hostClaims(hostClaims).venueClaims(venueClaims)
          .startsAt(startsAt).dateClaims(claims).venue(e.venue).participants(participants)
          .partOf(partOf).topics(topics).evidence(evidence(e.evidence)).kind(e.kind).build();
    }
    List<Dialogue> earlier = sessions.computeIfAbsent(s.id(), k -> new ArrayList<>());
    OptionalInt ordinal = OptionalInt.empty();
    if (undated || (e.ordinal && earlier.stream()
        .noneMatch(x -> x.date().map(date::isCertainlyBefore).orElse(false)))) {
      int next = earlier.stream().mapToInt(x -> x.ordinal().getAsInt()).max().orElse(0);
      ordinal = OptionalInt.of(next + 1 + e.gap);
    }
    Dialogue made = Dialogue.builder().id(id).title(e.title).sides(sides).host(host)
        .date(undated ? Optional.empty() : Optional.of(date))
        .startsAt(startsAt).dateClaims(claims).venue(e.venue).participants(participants)
        .initiator(initiator).hostClaims(hostClaims).venueClaims(venueClaims)
        .partOf(partOf).topics(topics).evidence(evidence(e.evidence)).series(Ref.of(s.id()))
        .ordinal(ordinal)
        // Ordinals of a series are unique, so rounds named after them are too.
        .round(e.round && ordinal.isPresent() && ordinal.getAsInt() < 8000
            ? Optional.of(Year.of(2000 + ordinal.getAsInt())) : Optional.empty())
        .build();
    if (ordinal.isPresent()) {
      earlier.add(made);
    }
    return made;
  }

  /**
   * Whether the participants of a session mark enough principals on each side, or none at all:
   * a series with two principals a side needs two persons marked on each side once any is.
   */
  private static boolean enoughPrincipals(
      List<Participant> participants, List<Ref<Actor>> sides, int perSide) {
    if (perSide < 2
        || participants.stream().noneMatch(p -> p.roles().contains(ParticipantRole.PRINCIPAL))) {
      return true;
    }
    for (Ref<Actor> side : sides) {
      long principals = participants.stream()
          .filter(p -> p.side().equals(side) && p.roles().contains(ParticipantRole.PRINCIPAL))
          .count();
      if (principals < perSide) {
        return false;
      }
    }
    return true;
  }

  /**
   * The drafted country if no state before has it, else the first country after it, in the
   * order of their codes, that none has: the two sides of a record are states of two countries.
   */
  private static CountryCode unused(CountryCode drafted, Set<CountryCode> used) {
    if (used.add(drafted)) {
      return drafted;
    }
    int start = Math.max(0, COUNTRIES.indexOf(drafted));
    for (int k = 1; k <= COUNTRIES.size(); k++) {
      CountryCode next = COUNTRIES.get((start + k) % COUNTRIES.size());
      if (used.add(next)) {
        return next;
      }
    }
    throw new IllegalStateException("more states than countries: " + used.size());
  }

  private PlannedMeeting plannedMeeting(int i, PlanDraft p) {
    Engagement held = engagements.isEmpty() ? null
        : p.held.map(k -> pick(engagements, k)).orElse(null);
    PlannedMeeting.Builder b = PlannedMeeting.builder().id("plan-" + i).title(p.title);
    List<Ref<Actor>> sides;
    OptionalInt ordinal = OptionalInt.empty();
    if (held instanceof Dialogue && p.viaSeries) {
      Dialogue d = (Dialogue) held;
      b.series(d.series());
      ordinal = d.ordinal();
      sides = swapped(d.sides(), p.swap);
    } else if (held != null) {
      sides = swapped(held.sides(), p.swap);
      b.kind(p.kind);
    } else if (!series.isEmpty() && p.viaSeries) {
      DialogueSeries s = pick(series, p.series);
      b.series(Ref.of(s.id()));
      sides = swapped(s.sides(), p.swap);
      // far beyond the ordinals of dialogues, which start at 1 and grow slowly
      ordinal = p.far ? OptionalInt.of(10_000 + i) : OptionalInt.empty();
    } else {
      sides = pair(p.sides);
      b.kind(p.kind);
    }
    // Denials need sources; without any (no source in the dossier), no denial.
    List<Evidence> denials = p.denied.map(this::evidence).orElse(List.of());
    if (!denials.isEmpty()) {
      b.deniedBy(denials).confirmation(Confirmation.DISPUTED);
    } else {
      b.confirmation(p.confirmation);
    }
    b.sides(sides).ordinal(ordinal).host(p.host.map(k -> pick(sides, k)))
        .principals(subset(p.principals, officeRefs)).topics(topicRefs(p.topics))
        .evidence(evidence(p.evidence));
    // Days in order; a held meeting's changes all come on or before its latest day.
    LocalDate ceiling = held != null
        ? held.date().map(FuzzyDate::latest).orElse(FuzzyDate.MAX_DAY) : FuzzyDate.MAX_DAY;
    LocalDate day = clamp(held != null ? ceiling.minusDays(p.back) : p.day);
    PlannedStatus previous = null;
    for (int k = 0; k < p.changes.size(); k++) {
      ChangeDraft c = p.changes.get(k);
      boolean last = k == p.changes.size() - 1;
      PlannedStatus status;
      if (last && held != null) {
        status = PlannedStatus.HELD;
      } else if (last && c.ending().isPresent()) {
        status = c.ending().get() ? PlannedStatus.HELD : PlannedStatus.CANCELLED;
      } else {
        status = legal(c.open(), previous);
      }
      List<DateClaim> windows = new ArrayList<>();
      if (!status.isFinal()) {
        LocalDate from = day;
        for (var w : c.windows()) {
          windows.add(claim(w.get2().containing(clamp(from.plusDays(w.get1()))), w.get3()));
        }
      }
      boolean heldHere = status == PlannedStatus.HELD && held != null;
      // A HELD change is dated on the engagement's last day (in the change's own precision).
      Optional<FuzzyDate> date = c.extras().undated() ? Optional.empty()
          : Optional.of(c.form().containing(heldHere ? ceiling : day));
      ChangeExtras x = c.extras();
      MeetingChange.Builder change = MeetingChange.builder().status(status).date(date)
          .initiator(x.initiator().map(n -> sides.get(n % 2)))
          .host(x.host().map(n -> sides.get(n % 2)))
          .reason(reason(x, sides, c))
          .windows(windows).venue(c.venue())
          .heldAs(heldHere ? Optional.of(Ref.<Engagement>of(held.id())) : Optional.empty())
          .announcedIn(statementCount == 0 ? Optional.empty()
              : c.announcedIn().map(n -> Ref.<Statement>of("statement-" + n % statementCount)))
          .evidence(evidence(c.evidence()));
      if (!last && x.alternative().isPresent()) {
        // Another source's account of the step: another open status that may follow the
        // previous step too, so that the next step, made legal after this one's first account,
        // follows one account at least.
        PlannedStatus other = legal(x.alternative().get(), previous);
        if (other != status) {
          change.addAlternative(MeetingChange.builder().status(other).date(date)
              .initiator(x.initiator().map(n -> sides.get((n + 1) % 2)))
              .host(x.host().map(n -> sides.get((n + 1) % 2)))
              .windows(windows).venue(c.venue()).reason(reason(x, sides, c))
              .announcedIn(statementCount == 0 ? Optional.empty()
                  : c.announcedIn().map(n -> Ref.<Statement>of("statement-" + n % statementCount)))
              .confirmation(Confirmation.REPORTED)
              .evidence(evidence(x.alternativeEvidence())).build())
              .confirmation(Confirmation.DISPUTED);
        }
      } else if (last && heldHere && x.alternative().isPresent()) {
        // Another source's account of the meeting held, with its own evidence.
        change.addAlternative(MeetingChange.builder().status(status).date(date)
            .heldAs(Ref.<Engagement>of(held.id()))
            .evidence(evidence(x.alternativeEvidence())).build());
      }
      b.addLifecycle(change.build());
      previous = status;
      day = clamp(day.plusDays(c.step()));
      if (held != null && day.isAfter(ceiling)) {
        day = ceiling;
      }
    }
    return b.build();
  }

  /** The drafted reason of a change, if any, with its side, words and evidence. */
  private Optional<ChangeReason> reason(ChangeExtras x, List<Ref<Actor>> sides, ChangeDraft c) {
    return x.reason().map(kind -> ChangeReason.builder().kind(kind)
        .side(x.initiator().map(n -> sides.get(n % 2))).wording(x.reasonWording())
        .evidence(evidence(c.evidence())).build());
  }

  /**
   * Lets the first engagement of the plan's sides that may have taken place after the plan was
   * called off (its first CANCELLED or POSTPONED account) replace it, if there is one.
   */
  private void substitute(PlannedMeeting plan) {
    Optional<MeetingChange> off = plan.calledOff();
    if (off.isEmpty()) {
      return;
    }
    for (int k = 0; k < engagements.size(); k++) {
      Engagement e = engagements.get(k);
      boolean sameSides = Set.copyOf(e.sides()).equals(Set.copyOf(plan.sides()));
      boolean notBefore = off.get().date().isEmpty() || e.date().isEmpty()
          || !e.date().get().isCertainlyBefore(off.get().date().get());
      if (sameSides && notBefore && e.replaces().isEmpty()) {
        Ref<PlannedMeeting> ref = Ref.of(plan.id());
        engagements.set(k, e instanceof Meeting ? ((Meeting) e).withReplaces(ref)
            : ((Dialogue) e).withReplaces(ref));
        return;
      }
    }
  }

  /**
   * The drafted open status if the lifecycle's state machine allows it after {@code previous}
   * (at the start when {@code null}), else the next open status in declaration order that it
   * allows: every open status has an open successor, so there always is one.
   */
  static PlannedStatus legal(PlannedStatus drafted, PlannedStatus previous) {
    PlannedStatus[] all = PlannedStatus.values();
    for (int i = 0; i < all.length; i++) {
      PlannedStatus candidate = all[(drafted.ordinal() + i) % all.length];
      boolean allowed = previous == null ? candidate.canStart() : candidate.canFollow(previous);
      if (!candidate.isFinal() && allowed) {
        return candidate;
      }
    }
    throw new IllegalStateException("no open status may follow " + previous);
  }

  private Statement statement(int i, StDraft s) {
    String id = "statement-" + i;
    currentStatement = i;
    Engagement engagement =
        engagements.isEmpty() ? null : s.engagement.map(k -> pick(engagements, k)).orElse(null);
    Optional<FuzzyDate> date = s.date.map(t -> t.get2().containing(
        engagement != null && engagement.date().isPresent()
            ? clamp(engagement.date().get().earliest().plusDays(t.get1())) : t.get3()));
    List<DateClaim> claims = claims(s.claims, c -> date.orElse(c.other().orElse(s.undated)));
    List<StatementRelation> relations = new ArrayList<>();
    for (var r : s.relations) {
      int other = r.get2() % statementCount;
      if (other != i) {
        relations.add(StatementRelation.builder().kind(r.get1())
            .target(Ref.of("statement-" + other)).evidence(evidence(r.get3())).build());
      }
    }
    List<Position> positions =
        s.positions.stream().map(this::position).collect(Collectors.toList());
    Optional<Ref<Engagement>> at =
        engagement != null ? Optional.of(Ref.of(engagement.id())) : Optional.empty();
    List<Evidence> evidence = evidence(s.evidence);
    List<Ref<Topic>> topics = topicRefs(s.topics);
    switch (s.form) {
      case JOINT:
        return JointStatement.builder().id(id).title(s.title).date(date).dateClaims(claims)
            .engagement(at).relations(relations).topics(topics).positions(positions)
            .confirmation(s.confirmation).evidence(evidence).kind(s.jointKind)
            .issuers(engagement != null ? swapped(engagement.sides(), s.fromEngagement)
                : pair(s.issuers))
            .signatories(s.signatories.stream().map(a -> attribution(a, date))
                .collect(Collectors.toList()))
            .build();
      case UNILATERAL:
        return UnilateralStatement.builder().id(id).title(s.title).date(date)
            .dateClaims(claims).engagement(at).relations(relations).topics(topics)
            .positions(positions)
            .confirmation(s.confirmation).evidence(evidence).kind(s.kind)
            .issuer(engagement != null && s.fromEngagement
                ? pick(engagement.sides(), s.issuer) : pick(actorPool, s.issuer))
            .by(s.by.map(a -> attribution(a, date)))
            .build();
      case REMARKS:
        return Remarks.builder().id(id).title(s.title).date(date).dateClaims(claims)
            .engagement(at).relations(relations).topics(topics).positions(positions)
            .confirmation(s.confirmation).evidence(evidence)
            .speaker(attribution(s.speaker, date))
            .side(engagement != null
                ? pick(engagement.sides(), s.issuer) : pick(sidePool, s.issuer))
            .quote(s.quote).build();
      default:
        throw new IllegalStateException("no generator for statement form " + s.form);
    }
  }

  /**
   * An instrument between two or more of the states, groupings and government bodies (the sides
   * of its signing engagement, if drafted so), with signatories for its parties holding their
   * offices at the signing, and a history that follows {@link InstrumentStatus}'s state machine
   * in date order: a drafted status the machine does not allow is replaced by the next one in
   * declaration order that it allows, each party ratifies once at most, and the history ends at
   * TERMINATED. Its first SIGNED step is dated on the first day of its signing engagement.
   */
  private Instrument instrument(int i, InsDraft n) {
    Engagement signing = engagements.isEmpty() ? null
        : n.signing.map(k -> pick(engagements, k)).orElse(null);
    List<Ref<Actor>> partyPool = new ArrayList<>(sidePool);
    bodyIds.forEach(b -> partyPool.add(Ref.of(b)));
    Set<Ref<Actor>> chosen = new LinkedHashSet<>(signing != null && n.fromSigning
        ? signing.sides() : pair(n.parties));
    n.moreParties.forEach(k -> chosen.add(pick(partyPool, k)));
    List<Ref<Actor>> parties = new ArrayList<>(chosen);

    // The statuses first, so that the days can be laid out around the signing.
    List<InstrumentStatus> statuses = new ArrayList<>();
    List<Optional<Ref<Actor>>> takenBy = new ArrayList<>();
    Set<Ref<Actor>> ratified = new HashSet<>();
    InstrumentStatus previous = null;
    for (StepDraft step : n.history) {
      InstrumentStatus status = legal(step.status, previous, ratified.size() < parties.size());
      if (status == null) {
        break;
      }
      Optional<Ref<Actor>> party = party(status, step, parties, ratified);
      party.filter(p -> status == InstrumentStatus.RATIFIED).ifPresent(ratified::add);
      statuses.add(status);
      takenBy.add(party);
      previous = status;
    }
    int signed = statuses.indexOf(InstrumentStatus.SIGNED);
    Optional<FuzzyDate> held = signing == null ? Optional.empty() : signing.date();
    int anchor = signed >= 0 && held.isPresent() ? signed : 0;
    LocalDate[] days = new LocalDate[statuses.size()];
    if (days.length > 0) {
      days[anchor] = held.isPresent() && signed >= 0 ? held.get().earliest() : n.day;
    }
    for (int k = anchor + 1; k < days.length; k++) {
      days[k] = clamp(days[k - 1].plusDays(n.history.get(k).gap));
    }
    for (int k = anchor - 1; k >= 0; k--) {
      days[k] = clamp(days[k + 1].minusDays(n.history.get(k + 1).gap));
    }

    List<InstrumentStep> history = new ArrayList<>();
    Set<Ref<Actor>> ratifiedBefore = new HashSet<>();
    for (int k = 0; k < statuses.size(); k++) {
      StepDraft step = n.history.get(k);
      InstrumentStatus status = statuses.get(k);
      Optional<FuzzyDate> date =
          step.undated ? Optional.empty() : Optional.of(step.form.containing(days[k]));
      InstrumentStep.Builder b = InstrumentStep.builder().status(status).date(date)
          .party(takenBy.get(k)).wording(step.wording).evidence(evidence(step.evidence));
      InstrumentStatus before = k == 0 ? null : statuses.get(k - 1);
      Optional<InstrumentStatus> other = step.alternative
          .map(a -> legal(a, before, ratifiedBefore.size() < parties.size()));
      if (other.isPresent()) {
        // Another source's account of the step: a status that may follow the step before too.
        InstrumentStatus alternative = other.get();
        b.addAlternative(InstrumentStep.builder().status(alternative).date(date)
            .party(party(alternative, step, parties, ratifiedBefore))
            .wording(step.disputed ? Optional.empty() : step.wording)
            .confirmation(step.confirmation.map(c -> Confirmation.REPORTED))
            .evidence(evidence(step.alternativeEvidence)).build());
        b.confirmation(step.disputed ? Optional.of(Confirmation.DISPUTED) : step.confirmation);
      } else {
        b.confirmation(step.confirmation);
      }
      takenBy.get(k).filter(p -> status == InstrumentStatus.RATIFIED)
          .ifPresent(ratifiedBefore::add);
      history.add(b.build());
    }

    // Offices are held at the signing: the first SIGNED step's date, else the engagement's.
    Optional<FuzzyDate> signedOn = signed >= 0 && history.get(signed).date().isPresent()
        ? history.get(signed).date() : held;
    FuzzyDate around = signedOn.orElse(FuzzyDate.of(n.day));
    List<Signatory> signatories = new ArrayList<>();
    for (SgDraft sg : n.signatories) {
      int person = sg.person() % tenures.size();
      Optional<Ref<Office>> office = sg.office().map(o -> pick(officeRefs, o.get1()));
      if (office.isPresent()) {
        tenures.get(person).add(tenure(office.get(), around, sg.office().get().get2()));
      }
      signatories.add(Signatory.builder().person(Ref.of("person-" + person)).office(office)
          .party(pick(parties, sg.party())).build());
    }
    List<Attribution> witnesses =
        n.witnesses.stream().map(a -> attribution(a, signedOn)).collect(Collectors.toList());
    List<EntryCondition> conditions = new ArrayList<>();
    for (CondDraft c : n.conditions) {
      conditions.add(EntryCondition.builder().kind(c.kind())
          .wording(c.kind() == ConditionKind.OTHER && c.wording().isEmpty()
              ? Optional.of(c.fallback()) : c.wording())
          .evidence(evidence(c.evidence())).build());
    }
    return Instrument.builder().id("instrument-" + i).kind(n.kind).title(n.title)
        .parties(parties).topics(topicRefs(n.topics))
        .text(sourceIds.isEmpty() ? Optional.empty()
            : n.text.map(k -> Ref.<Source>of(pick(sourceIds, k))))
        .signing(signing == null ? Optional.empty() : Optional.of(Ref.of(signing.id())))
        .signatories(signatories).witnesses(witnesses).conditions(conditions).history(history)
        .evidence(evidence(n.evidence)).build();
  }

  /**
   * The drafted status if the state machine allows it after {@code previous} (at the start when
   * {@code null}) and, for RATIFIED, a party is left to ratify; else the next status in
   * declaration order that is allowed; {@code null} after TERMINATED, which nothing follows.
   */
  static InstrumentStatus legal(InstrumentStatus drafted, InstrumentStatus previous,
      boolean partyLeft) {
    InstrumentStatus[] all = InstrumentStatus.values();
    for (int i = 0; i < all.length; i++) {
      InstrumentStatus candidate = all[(drafted.ordinal() + i) % all.length];
      boolean allowed = previous == null || candidate.canFollow(previous);
      if (allowed && (candidate != InstrumentStatus.RATIFIED || partyLeft)) {
        return candidate;
      }
    }
    return null;
  }

  /**
   * The party that takes a step alone: for RATIFIED one that has not ratified yet, for SUSPENDED
   * and TERMINATED one of the parties when drafted so, else none.
   */
  private static Optional<Ref<Actor>> party(InstrumentStatus status, StepDraft step,
      List<Ref<Actor>> parties, Set<Ref<Actor>> ratified) {
    if (status == InstrumentStatus.RATIFIED) {
      List<Ref<Actor>> left = parties.stream().filter(p -> !ratified.contains(p))
          .collect(Collectors.toList());
      return Optional.of(pick(left, step.party));
    }
    return status.isByParty() && step.byOneParty
        ? Optional.of(pick(parties, step.party)) : Optional.empty();
  }

  /** A position of the drafted kind: every {@link PositionKind} has its case here. */
  private Position position(PosDraft p) {
    boolean accusing = p.kind == PositionKind.CONDEMN || p.kind == PositionKind.ACCUSE;
    List<PositionObject> objects = new ArrayList<>();
    if (accusing || p.kind == PositionKind.DENY) {
      objects.add(object(p.first, accusing));
    }
    p.objects.forEach(o -> objects.add(object(o, accusing)));
    List<Ref<Actor>> holders = subset(p.holders, actorPool);
    List<Ref<Topic>> topics = topicRefs(p.topics);
    List<Evidence> evidence = evidence(p.evidence);
    // A reiteration may name the statement before its own: never its own (a self-reference).
    Optional<Ref<Statement>> previous = p.previous && currentStatement > 0
        ? Optional.of(Ref.of("statement-" + (currentStatement - 1))) : Optional.empty();
    Parts parts = new Parts(holders, objects, topics, evidence, p, previous);
    switch (p.kind) {
      case CONDEMN:
        return parts.on(Condemnation.builder()).build();
      case EXPRESS_CONCERN:
        return parts.on(Concern.builder()).build();
      case WELCOME:
        return parts.on(Welcome.builder()).build();
      case SUPPORT:
        return parts.on(Support.builder()).build();
      case RECOGNISE:
        return parts.on(Recognition.builder()).build();
      case AGREE:
        return parts.on(Agreement.builder())
            .plannedMeeting(planCount == 0 ? Optional.empty()
                : p.plan.map(n -> Ref.<PlannedMeeting>of("plan-" + n % planCount)))
            .build();
      case COMMIT:
        return parts.on(Commitment.builder()).build();
      case MONITOR:
        return parts.on(Monitoring.builder()).build();
      case HOPE:
        return parts.on(Hope.builder()).build();
      case OPPOSE:
        return parts.on(Opposition.builder()).build();
      case CALL_ON:
        return parts.on(Appeal.builder()).build();
      case EXPRESS_INTEREST:
        return parts.on(Interest.builder()).build();
      case APPRECIATE:
        return parts.on(Appreciation.builder()).build();
      case INTEND:
        return parts.on(Intention.builder()).build();
      case ACCUSE:
        return parts.on(Accusation.builder()).build();
      case DENY:
        return parts.on(Denial.builder()).build();
      default:
        throw new IllegalStateException("no generator for position kind " + p.kind);
    }
  }

  /**
   * The members every kind of position shares, set once through {@link PositionBuilder}. A
   * position is marked mutual only when it names two holders or more, so that the dossier stays
   * valid; a reiteration names, if any, the statement before its own.
   */
  private static final class Parts {
    final List<Ref<Actor>> holders;
    final List<PositionObject> objects;
    final List<Ref<Topic>> topics;
    final List<Evidence> evidence;
    final PosDraft p;

    final Optional<Ref<Statement>> previous;

    Parts(List<Ref<Actor>> holders, List<PositionObject> objects, List<Ref<Topic>> topics,
        List<Evidence> evidence, PosDraft p, Optional<Ref<Statement>> previous) {
      this.previous = previous;
      this.holders = holders;
      this.objects = objects;
      this.topics = topics;
      this.evidence = evidence;
      this.p = p;
    }

    <T extends Position, B extends PositionBuilder<T, B>> B on(B builder) {
      return builder.holders(holders).objects(objects).intensity(p.intensity)
          .grounds(p.grounds).topics(topics).wording(p.wording).evidence(evidence)
          .reiteration(p.reiterated.map(w -> Reiteration.builder().wording(w).since(p.since)
              .previous(previous).evidence(evidence).build()))
          .period(p.period.map(d -> DateClaim.builder().value(d).evidence(evidence).build()))
          .mutuality(holders.size() >= 2 ? p.mutual : Optional.empty());
    }
  }

  private PositionObject object(ObjDraft o, boolean conductNeeded) {
    List<Ref<Actor>> named =
        subset(o.targets(), actorPool).stream().limit(3).collect(Collectors.toList());
    List<Ref<Actor>> targets = new ArrayList<>();
    List<ObjectActor> actors = new ArrayList<>();
    for (int i = 0; i < named.size(); i++) {
      if (i < o.roles().size()) {
        actors.add(ObjectActor.of(named.get(i), o.roles().get(i)));
      } else {
        targets.add(named.get(i));
      }
    }
    Optional<Ref<Topic>> phenomenon = o.phenomenon().map(k -> Ref.of(pick(topicIds, k)));
    boolean conduct = conductNeeded || o.conduct() || named.isEmpty() && phenomenon.isEmpty();
    return PositionObject.builder().targets(targets).actors(actors).phenomenon(phenomenon)
        .conduct(conduct ? Optional.of(o.text()) : Optional.empty()).hedging(o.hedging())
        .build();
  }

  /** A person, as an office held on the date when there is one, or with no office. */
  private Attribution attribution(At a, Optional<FuzzyDate> date) {
    int person = a.person() % tenures.size();
    Optional<Ref<Office>> office = a.office().map(o -> pick(officeRefs, o.get1()));
    if (office.isPresent() && date.isPresent()) {
      tenures.get(person).add(tenure(office.get(), date.get(), a.office().get().get2()));
    }
    return Attribution.builder().person(Ref.of("person-" + person)).office(office).build();
  }

  /** A tenure of the office whose term does not exclude the date. */
  private Tenure tenure(Ref<Office> office, FuzzyDate date, Tn t) {
    FuzzyDate start = t.start().containing(clamp(date.earliest().minusDays(t.before())));
    Optional<FuzzyDate> end =
        t.after().map(n -> t.end().containing(clamp(date.latest().plusDays(n))));
    return Tenure.builder().office(office).term(Term.of(start, end))
        .ordinal(t.ordinal().map(OptionalInt::of).orElse(OptionalInt.empty()))
        .evidence(evidence(t.evidence())).build();
  }

  // ---------------------------------------------------------------- parts

  private List<Evidence> evidence(List<Ev> drafts) {
    if (sourceIds.isEmpty()) {
      return List.of();
    }
    return drafts.stream().map(e -> Evidence.builder().source(Ref.of(pick(sourceIds, e.source())))
        .quote(e.quote()).note(e.note()).build()).collect(Collectors.toList());
  }

  private List<Wording> wordings(List<Wd> drafts) {
    if (sourceIds.isEmpty()) {
      return List.of();
    }
    List<Wording> wordings = new ArrayList<>();
    for (Wd w : drafts) {
      List<Evidence> evidence = new ArrayList<>(evidence(w.evidence()));
      if (evidence.isEmpty()) {
        evidence.add(Evidence.of(Ref.of(pick(sourceIds, w.source()))));
      }
      wordings.add(Wording.builder().text(w.text()).evidence(evidence).build());
    }
    return wordings;
  }

  private List<DateClaim> claims(List<Claim> drafts, Function<Claim, FuzzyDate> value) {
    return drafts.stream().map(c -> claim(value.apply(c), c)).collect(Collectors.toList());
  }

  private DateClaim claim(FuzzyDate value, Claim c) {
    return DateClaim.builder().value(value).wording(c.wording()).reference(c.reference())
        .evidence(evidence(c.evidence())).build();
  }

  private List<Ref<Topic>> topicRefs(List<Integer> picks) {
    return subset(picks, topicIds).stream().map(Ref::<Topic>of).collect(Collectors.toList());
  }

  /** Two distinct sides from the pool of states and groupings. */
  private List<Ref<Actor>> pair(Pair p) {
    int n = sidePool.size();
    int first = p.first() % n;
    int second = (first + 1 + p.second() % (n - 1)) % n;
    return List.of(sidePool.get(first), sidePool.get(second));
  }

  private static <T> List<T> swapped(List<T> two, boolean swap) {
    return swap ? List.of(two.get(1), two.get(0)) : two;
  }

  /** The picked elements, each once, in the order first picked. */
  private static <T> List<T> subset(List<Integer> picks, List<T> from) {
    if (from.isEmpty()) {
      return List.of();
    }
    Set<T> chosen = new LinkedHashSet<>();
    picks.forEach(k -> chosen.add(pick(from, k)));
    return new ArrayList<>(chosen);
  }

  /** A pick among the records before the i-th, if there are any. */
  private static Optional<Integer> earlier(Optional<Integer> pick, int i) {
    return i == 0 ? Optional.empty() : pick.map(k -> k % i);
  }

  private static <T> T pick(List<T> from, int k) {
    return from.get(k % from.size());
  }
}
