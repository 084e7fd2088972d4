package dev.entente.testing.generators;

import static dev.entente.testing.generators.FuzzyDateArbitraries.aroundDays;
import static dev.entente.testing.generators.FuzzyDateArbitraries.days;
import static dev.entente.testing.generators.FuzzyDateArbitraries.forms;
import static dev.entente.testing.generators.FuzzyDateArbitraries.upTo;

import dev.entente.model.ConditionKind;
import dev.entente.model.Confirmation;
import dev.entente.model.CountryCode;
import dev.entente.model.ExternalId;
import dev.entente.model.GroupingKind;
import dev.entente.model.Hedging;
import dev.entente.model.InstrumentKind;
import dev.entente.model.InstrumentStatus;
import dev.entente.model.Intensity;
import dev.entente.model.Level;
import dev.entente.model.MeetingKind;
import dev.entente.model.Mutuality;
import dev.entente.model.ObjectRole;
import dev.entente.model.OfficeKind;
import dev.entente.model.PersonName;
import dev.entente.model.PlannedStatus;
import dev.entente.model.ReasonKind;
import dev.entente.model.PositionKind;
import dev.entente.model.RelationKind;
import dev.entente.model.Source;
import dev.entente.model.StatementKind;
import dev.entente.model.TopicKind;
import dev.entente.model.Venue;
import dev.entente.testing.generators.FuzzyDateArbitraries.DateForm;
import dev.entente.testing.generators.ModelArbitraries.DossierOptions;
import dev.entente.time.FuzzyDate;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/**
 * The choices a valid dossier is made of, drawn with jqwik's combinators so that they shrink:
 * lists towards fewer elements, choices of a record towards the first one, optional parts towards
 * absent, days towards 1990-01-01 and dates towards exact days. References are drawn as
 * <em>picks</em>, numbers that {@link ValidDossierAssembly} takes modulo the number of records
 * they can point at, so that a reference stays valid whatever else shrinks away.
 *
 * <p>The drafts are plain holders filled field by field by {@link Builders#withBuilder}, which
 * makes a fresh one for each value.
 */
final class ValidDossierDrafts {

  /** One nested list in this many is long, with {@link DossierOptions#longLists()}. */
  private static final int LONG_ODDS = 40;
  private static final int LONG_MIN = 20;
  private static final int LONG_MAX = 60;

  private static final Arbitrary<Integer> PICK = upTo(9_999);
  private static final Arbitrary<Boolean> COIN = Arbitraries.of(false, true);

  private final DossierOptions o;
  private final Arbitrary<List<Ev>> evidence;
  private final Arbitrary<List<Wd>> wordings;
  private final Arbitrary<Claim> claim;
  private final Arbitrary<List<Claim>> claims;
  private final Arbitrary<Tn> tenure;
  private final Arbitrary<Optional<Tuple.Tuple2<Integer, Tn>>> office;
  private final Arbitrary<At> attribution;
  private final Arbitrary<List<ExternalId>> externalIds;

  // The parts used in many records are made once, so that jqwik finds them equal at once.
  ValidDossierDrafts(DossierOptions options) {
    this.o = options;
    this.evidence = makeEvidence();
    this.wordings = makeWordings();
    this.claim = makeClaim();
    this.claims = makeClaims();
    this.tenure = makeTenure();
    this.office = makeOffice();
    this.attribution = makeAttribution();
    this.externalIds = makeExternalIds();
  }

  // ---------------------------------------------------------------- basic draws

  private static Arbitrary<String> text() {
    return ScalarArbitraries.texts();
  }

  private static <T> Arbitrary<Optional<T>> half(Arbitrary<T> arbitrary) {
    return maybe(arbitrary, 0.5);
  }

  /**
   * The value with the given probability, else empty; shrinking towards empty. Unlike {@link
   * Arbitrary#optional(double)} this makes no choice between arbitraries, which jqwik resolves
   * by looking up the chosen arbitrary's generator for each value, comparing the large
   * arbitraries of a dossier's records in depth: it combines a number with the value.
   */
  private static <T> Arbitrary<Optional<T>> maybe(Arbitrary<T> arbitrary, double probability) {
    int absent = (int) Math.round((1 - probability) * 1000);
    return Combinators.combine(upTo(999), arbitrary)
        .as((n, value) -> n >= absent ? Optional.of(value) : Optional.<T>empty());
  }

  /** True with the given probability; shrinking towards false. */
  private static Arbitrary<Boolean> chance(double probability) {
    int below = (int) Math.round((1 - probability) * 1000);
    return upTo(999).map(n -> n >= below);
  }

  private static Arbitrary<Optional<Integer>> maybePick() {
    return half(PICK);
  }

  /** Up to four picks: a subset of the records they point at, duplicates dropped. */
  private static Arbitrary<List<Integer>> subset() {
    return PICK.list().ofMaxSize(4).withSizeDistribution(RandomDistribution.uniform());
  }

  /**
   * A nested list of {@code min} to {@code max} elements, or with {@link
   * DossierOptions#longLists()} now and then {@value #LONG_MIN} to {@value #LONG_MAX}.
   */
  private <T> Arbitrary<List<T>> sized(Arbitrary<T> element, int min, int max) {
    if (!o.longLists()) {
      return element.list().ofMinSize(min).ofMaxSize(max)
          .withSizeDistribution(RandomDistribution.uniform());
    }
    return element.list().ofMinSize(min).ofMaxSize(LONG_MAX)
        .withSizeDistribution(new LongNowAndThen(max));
  }

  /**
   * List sizes from the least to {@code max}, all equally likely, and one time in {@value
   * #LONG_ODDS} from {@value #LONG_MIN} to {@value #LONG_MAX}; shrinking makes any list shorter.
   */
  private record LongNowAndThen(int max) implements RandomDistribution {
    @Override
    public RandomNumericGenerator createGenerator(
        int genSize, BigInteger min, BigInteger ignoredMax, BigInteger center) {
      int least = min.intValue();
      return random -> BigInteger.valueOf(random.nextInt(LONG_ODDS) == 0
          ? LONG_MIN + random.nextInt(LONG_MAX - LONG_MIN + 1)
          : least + random.nextInt(max - least + 1));
    }
  }

  private <T> Arbitrary<List<T>> sized(Arbitrary<T> element, int max) {
    return sized(element, 0, max);
  }

  /** From {@code min} to the options' most records of a kind, or none when the part is off. */
  private <T> Arbitrary<List<T>> records(Arbitrary<T> record, int min, boolean on) {
    int max = Math.max(min, o.maxRecordsPerKind());
    return on
        ? record.list().ofMinSize(min).ofMaxSize(max)
            .withSizeDistribution(RandomDistribution.uniform())
        : Arbitraries.just(List.of());
  }

  // ---------------------------------------------------------------- parts

  /** A piece of evidence: a source pick, a quote now and then, a note one time in four. */
  record Ev(int source, Optional<String> quote, Optional<String> note) {}

  private Arbitrary<List<Ev>> makeEvidence() {
    Arbitrary<Ev> one = Combinators.combine(PICK, half(text()), maybe(text(), 0.25))
        .as(Ev::new);
    return sized(one, 2);
  }

  /** A wording: its text, and its evidence, which always has at least the source picked first. */
  record Wd(String text, int source, List<Ev> evidence) {}

  private Arbitrary<List<Wd>> makeWordings() {
    return sized(Combinators.combine(text(), PICK, evidence).as(Wd::new), 2);
  }

  /** A claim of a time: the record's own date or (half the time) another; wording, evidence. */
  record Claim(Optional<FuzzyDate> other, Optional<String> wording,
      Optional<FuzzyDate> reference, List<Ev> evidence) {}

  private Arbitrary<Claim> makeClaim() {
    return Combinators.combine(
            half(ModelArbitraries.fuzzyDates(1950, 2040)), half(text()),
            maybe(aroundDays(), 1.0 / 3), evidence)
        .as(Claim::new);
  }

  private Arbitrary<List<Claim>> makeClaims() {
    return sized(claim, 2);
  }

  /** A tenure around a date: how far its term reaches before and (2 in 3) after it. */
  record Tn(int before, DateForm start, Optional<Integer> after, DateForm end,
      Optional<Integer> ordinal, List<Ev> evidence) {}

  private Arbitrary<Tn> makeTenure() {
    return Combinators.combine(
            upTo(1_999), forms(), maybe(upTo(1_999), 2.0 / 3), forms(),
            half(Arbitraries.integers().between(1, 60)), evidence)
        .as(Tn::new);
  }

  /** A person, and half the time an office (a pick) with the tenure that covers the date. */
  record At(int person, Optional<Tuple.Tuple2<Integer, Tn>> office) {}

  private Arbitrary<At> makeAttribution() {
    return Combinators.combine(PICK, office).as(At::new);
  }

  /** Half the time, an office pick and a tenure of it around the date concerned. */
  private Arbitrary<Optional<Tuple.Tuple2<Integer, Tn>>> makeOffice() {
    return half(Combinators.combine(PICK, tenure).as(Tuple::of));
  }

  /** Two distinct picks from a pool, in either order. */
  record Pair(int first, int second) {}

  private static Arbitrary<Pair> pair() {
    return Combinators.combine(PICK, PICK).as(Pair::new);
  }

  // ---------------------------------------------------------------- actors, offices, topics

  /** A state: the country, the name, external ids. */
  record StateDraft(CountryCode country, String name, List<ExternalId> externalIds) {}

  /** A grouping, a body or an office: picks of what it refers to, and its own values. */
  static final class OrgDraft {
    String name;
    Optional<String> fullName;
    GroupingKind groupingKind;
    OfficeKind officeKind;
    List<Integer> members;
    int pick;
    Optional<Integer> partOf;
    List<ExternalId> externalIds;
  }

  /** A person: names, aliases, tenures of its own. */
  record PersonDraft(String name, List<PersonName> names, List<Wd> aliases,
      List<Tuple.Tuple3<Integer, FuzzyDate, Tn>> tenures, List<ExternalId> externalIds) {}

  /** A topic of the dossier. */
  record TopicDraft(String label, TopicKind kind, List<Integer> parents, Optional<Integer> owner,
      Optional<String> description, List<ExternalId> externalIds, List<Ev> evidence,
      Tuple.Tuple2<Optional<FuzzyDate>, Optional<Venue>> event) {}

  /** A series. */
  record SeriesDraft(String name, Pair sides, Level level, boolean usual, List<OfficeKind> kinds,
      Optional<FuzzyDate> established, List<Ev> evidence) {}

  private Arbitrary<List<ExternalId>> makeExternalIds() {
    return sized(ScalarArbitraries.externalIds(), 2);
  }

  Arbitrary<StateDraft> state() {
    return Combinators.combine(ScalarArbitraries.countryCodes(), text(), externalIds)
        .as(StateDraft::new);
  }

  Arbitrary<OrgDraft> org() {
    return Builders.withBuilder(OrgDraft::new)
        .use(text()).in((d, v) -> { d.name = v; return d; })
        .use(half(text())).in((d, v) -> { d.fullName = v; return d; })
        .use(Arbitraries.of(GroupingKind.class)).in((d, v) -> { d.groupingKind = v; return d; })
        .use(Arbitraries.of(OfficeKind.class)).in((d, v) -> { d.officeKind = v; return d; })
        .use(subset()).in((d, v) -> { d.members = v; return d; })
        .use(PICK).in((d, v) -> { d.pick = v; return d; })
        .use(maybePick()).in((d, v) -> { d.partOf = v; return d; })
        .use(externalIds).in((d, v) -> { d.externalIds = v; return d; })
        .build();
  }

  Arbitrary<PersonDraft> person() {
    return Combinators.combine(
            text(), sized(ActorArbitraries.personNames(), 3), wordings,
            sized(Combinators.combine(PICK, ModelArbitraries.fuzzyDates(1950, 2040), tenure)
                .as(Tuple::of), 2),
            externalIds)
        .as(PersonDraft::new);
  }

  Arbitrary<TopicDraft> topic() {
    return Combinators.combine(
            text(), Arbitraries.of(TopicKind.class), subset(), maybePick(), half(text()),
            externalIds, evidence,
            Combinators.combine(half(ModelArbitraries.fuzzyDates(1950, 2040)),
                half(EngagementArbitraries.venues())).as(Tuple::of))
        .as(TopicDraft::new);
  }

  Arbitrary<SeriesDraft> series() {
    return Combinators.combine(
            text(), pair(), Arbitraries.of(Level.class), chance(1.0 / 3),
            Arbitraries.of(OfficeKind.class).list().uniqueElements().ofMaxSize(2),
            half(ModelArbitraries.fuzzyDates(1950, 2040)), evidence)
        .as(SeriesDraft::new);
  }

  // ---------------------------------------------------------------- engagements, plans

  /**
   * A participant: person, office (half the time), a second office at once (now and then), side,
   * roles, titles as written.
   */
  record PtDraft(int person, Optional<Tuple.Tuple2<Integer, Tn>> office, int side,
      List<Integer> roles, List<Wd> titles, Optional<Tuple.Tuple2<Integer, Tn>> alsoOffice) {}

  /** An engagement: a dialogue of a series (when there is one) or a meeting. */
  static final class EngDraft {
    LocalDate day;
    DateForm form;
    boolean dialogue;
    int series;
    boolean swap;
    Pair sides;
    List<PtDraft> participants;
    List<Claim> claims;
    Optional<String> title;
    Optional<Integer> host;
    Optional<Venue> venue;
    Optional<Integer> partOf;
    List<Integer> topics;
    Optional<Tuple.Tuple3<Integer, Integer, ZoneId>> startsAt;
    List<Ev> evidence;
    MeetingKind kind;
    boolean ordinal;
    int gap;
    /** Whether a session of a series is left undated, as known by its ordinal only. */
    boolean undated;
    /** The side at whose request it took place. */
    Optional<Integer> initiator;
    /** Claims of the host: one that agrees with the host, or, with no host, one per side. */
    Optional<Tuple.Tuple2<List<Ev>, Optional<String>>> hostClaims;
    /** A claim of the venue: the venue's, or standing alone without one; with its words. */
    Optional<Tuple.Tuple3<Venue, List<Ev>, Optional<String>>> venueClaims;
    /** Whether a session named by its ordinal also has a round label. */
    boolean round;
  }

  Arbitrary<EngDraft> engagement() {
    Arbitrary<PtDraft> participant = Combinators.combine(
            PICK, office, PICK, subset(), wordings, maybe(office, 1.0 / 4).map(o -> o.flatMap(x -> x)))
        .as(PtDraft::new);
    Arbitrary<Tuple.Tuple3<Integer, Integer, ZoneId>> time = Combinators.combine(
            upTo(23), upTo(59), Arbitraries.of(ScalarArbitraries.ZONES))
        .as(Tuple::of);
    return Builders.withBuilder(EngDraft::new)
        .use(days()).in((d, v) -> { d.day = v; return d; })
        .use(forms()).in((d, v) -> { d.form = v; return d; })
        .use(COIN).in((d, v) -> { d.dialogue = v; return d; })
        .use(PICK).in((d, v) -> { d.series = v; return d; })
        .use(COIN).in((d, v) -> { d.swap = v; return d; })
        .use(pair()).in((d, v) -> { d.sides = v; return d; })
        .use(sized(participant, 3)).in((d, v) -> { d.participants = v; return d; })
        .use(claims).in((d, v) -> { d.claims = v; return d; })
        .use(half(text())).in((d, v) -> { d.title = v; return d; })
        .use(maybePick()).in((d, v) -> { d.host = v; return d; })
        .use(half(EngagementArbitraries.venues())).in((d, v) -> { d.venue = v; return d; })
        .use(maybe(PICK, 1.0 / 3)).in((d, v) -> { d.partOf = v; return d; })
        .use(subset()).in((d, v) -> { d.topics = v; return d; })
        .use(half(time)).in((d, v) -> { d.startsAt = v; return d; })
        .use(evidence).in((d, v) -> { d.evidence = v; return d; })
        .use(Arbitraries.of(MeetingKind.class)).in((d, v) -> { d.kind = v; return d; })
        .use(chance(2.0 / 3)).in((d, v) -> { d.ordinal = v; return d; })
        .use(upTo(2)).in((d, v) -> { d.gap = v; return d; })
        .use(chance(1.0 / 6)).in((d, v) -> { d.undated = v; return d; })
        .use(maybe(PICK, 0.25)).in((d, v) -> { d.initiator = v; return d; })
        .use(maybe(Combinators.combine(evidence, half(text())).as(Tuple::of), 0.2))
        .in((d, v) -> { d.hostClaims = v; return d; })
        .use(maybe(Combinators.combine(EngagementArbitraries.venues(), evidence, half(text()))
            .as(Tuple::of), 0.2))
        .in((d, v) -> { d.venueClaims = v; return d; })
        .use(chance(0.2)).in((d, v) -> { d.round = v; return d; })
        .build();
  }

  /** A change of a planned meeting's status. */
  record ChangeDraft(Optional<Boolean> ending, PlannedStatus open, DateForm form,
      List<Tuple.Tuple3<Integer, DateForm, Claim>> windows, Optional<Venue> venue,
      Optional<Integer> announcedIn, List<Ev> evidence, int step, ChangeExtras extras) {}

  /**
   * What a change may say beyond its status: who made it, why, and another source's account of
   * the step (its status drawn again and made legal by the assembly).
   */
  record ChangeExtras(Optional<Integer> initiator, Optional<ReasonKind> reason,
      Optional<PlannedStatus> alternative, List<Ev> alternativeEvidence, boolean undated,
      Optional<Integer> host, Optional<String> reasonWording) {}

  /** A planned meeting: held as an engagement, of a series, or on its own. */
  static final class PlanDraft {
    Optional<Integer> held;
    boolean viaSeries;
    Optional<MeetingKind> kind;
    int series;
    boolean far;
    Pair sides;
    boolean swap;
    Optional<Integer> host;
    List<Integer> principals;
    List<Integer> topics;
    List<Ev> evidence;
    Optional<String> title;
    int back;
    LocalDate day;
    List<ChangeDraft> changes;
    /** Sources that deny the plan (then DISPUTED), else how far it is confirmed. */
    Optional<List<Ev>> denied;
    Optional<Confirmation> confirmation;
    /** Whether an engagement of the same sides, when there is one, replaces it if called off. */
    boolean substitute;
  }

  Arbitrary<PlanDraft> plannedMeeting() {
    Arbitrary<PlannedStatus> open = Arbitraries.of(PlannedStatus.PROPOSED, PlannedStatus.AGREED,
        PlannedStatus.SCHEDULED, PlannedStatus.POSTPONED, PlannedStatus.RESCHEDULED,
        PlannedStatus.RELOCATED);
    Arbitrary<ChangeExtras> extras = Combinators.combine(
            maybe(PICK, 1.0 / 3), maybe(Arbitraries.of(ReasonKind.class), 0.25),
            maybe(open, 0.2), evidence, maybe(COIN, 0.1).map(Optional::isPresent),
            maybe(PICK, 0.2), half(text()))
        .as(ChangeExtras::new);
    Arbitrary<ChangeDraft> change = Combinators.combine(
            maybe(COIN, 0.25),
            open,
            forms(),
            sized(Combinators.combine(upTo(399), forms(), claim).as(Tuple::of), 2),
            half(EngagementArbitraries.venues()),
            maybePick(), evidence, Combinators.combine(upTo(89), extras).as(Tuple::of))
        .as((ending, status, form, windows, venue, announcedIn, ev, stepAndExtras) ->
            new ChangeDraft(ending, status, form, windows, venue, announcedIn, ev,
                stepAndExtras.get1(), stepAndExtras.get2()));
    return Builders.withBuilder(PlanDraft::new)
        .use(maybePick()).in((d, v) -> { d.held = v; return d; })
        .use(COIN).in((d, v) -> { d.viaSeries = v; return d; })
        .use(half(Arbitraries.of(MeetingKind.class))).in((d, v) -> { d.kind = v; return d; })
        .use(PICK).in((d, v) -> { d.series = v; return d; })
        .use(COIN).in((d, v) -> { d.far = v; return d; })
        .use(pair()).in((d, v) -> { d.sides = v; return d; })
        .use(COIN).in((d, v) -> { d.swap = v; return d; })
        .use(maybePick()).in((d, v) -> { d.host = v; return d; })
        .use(subset()).in((d, v) -> { d.principals = v; return d; })
        .use(subset()).in((d, v) -> { d.topics = v; return d; })
        .use(evidence).in((d, v) -> { d.evidence = v; return d; })
        .use(half(text())).in((d, v) -> { d.title = v; return d; })
        .use(upTo(599)).in((d, v) -> { d.back = v; return d; })
        .use(days()).in((d, v) -> { d.day = v; return d; })
        .use(sized(change, 1, 4)).in((d, v) -> { d.changes = v; return d; })
        .use(maybe(evidence.filter(e -> !e.isEmpty()), 0.15)).in((d, v) -> { d.denied = v; return d; })
        .use(half(Arbitraries.of(Confirmation.CONFIRMED, Confirmation.REPORTED,
            Confirmation.UNCONFIRMED))).in((d, v) -> { d.confirmation = v; return d; })
        .use(chance(0.5)).in((d, v) -> { d.substitute = v; return d; })
        .build();
  }

  // ---------------------------------------------------------------- statements, positions

  /** An object of a position. */
  record ObjDraft(Optional<Integer> phenomenon, List<Integer> targets, boolean conduct,
      String text, Optional<Hedging> hedging, List<ObjectRole> roles) {}

  /** A position: its kind, drawn from {@link PositionKind}, and the members all kinds share. */
  static final class PosDraft {
    PositionKind kind;
    List<Integer> holders;
    ObjDraft first;
    List<ObjDraft> objects;
    Optional<Intensity> intensity;
    List<String> grounds;
    List<Integer> topics;
    Optional<String> wording;
    List<Ev> evidence;
    Optional<Integer> plan;
    Optional<String> reiterated;
    /** For a reiteration: since when, and whether it names the statement before its own. */
    Optional<FuzzyDate> since;
    boolean previous;
    Optional<FuzzyDate> period;
    Optional<Mutuality> mutual;
  }

  Arbitrary<PosDraft> position() {
    Arbitrary<ObjDraft> object = Combinators.combine(
            maybePick(), subset(), COIN, text(), half(PositionArbitraries.hedgings()),
            sized(Arbitraries.of(ObjectRole.class), 3))
        .as(ObjDraft::new);
    return Builders.withBuilder(PosDraft::new)
        .use(Arbitraries.of(PositionKind.class)).in((d, v) -> { d.kind = v; return d; })
        .use(subset()).in((d, v) -> { d.holders = v; return d; })
        .use(object).in((d, v) -> { d.first = v; return d; })
        .use(sized(object, 3)).in((d, v) -> { d.objects = v; return d; })
        .use(half(PositionArbitraries.intensities())).in((d, v) -> { d.intensity = v; return d; })
        .use(sized(text(), 2)).in((d, v) -> { d.grounds = v; return d; })
        .use(subset()).in((d, v) -> { d.topics = v; return d; })
        .use(half(text())).in((d, v) -> { d.wording = v; return d; })
        .use(evidence).in((d, v) -> { d.evidence = v; return d; })
        .use(maybePick()).in((d, v) -> { d.plan = v; return d; })
        .use(half(text())).in((d, v) -> { d.reiterated = v; return d; })
        .use(half(ModelArbitraries.fuzzyDates(1950, 2040))).in((d, v) -> { d.since = v; return d; })
        .use(COIN).in((d, v) -> { d.previous = v; return d; })
        .use(half(ModelArbitraries.fuzzyDates(1950, 2040))).in((d, v) -> { d.period = v; return d; })
        .use(half(PositionArbitraries.mutualities())).in((d, v) -> { d.mutual = v; return d; })
        .build();
  }

  /** The three kinds of statement. */
  enum StatementForm { JOINT, UNILATERAL, REMARKS }

  /** A statement: at an engagement or not, dated (3 in 4) after it or on a day of its own. */
  static final class StDraft {
    final StatementForm form;
    Optional<Integer> engagement;
    Optional<Tuple.Tuple3<Integer, DateForm, LocalDate>> date;
    List<Claim> claims;
    List<Tuple.Tuple3<RelationKind, Integer, List<Ev>>> relations;
    List<Integer> topics;
    List<PosDraft> positions;
    Optional<String> title;
    Optional<Confirmation> confirmation;
    List<Ev> evidence;
    List<At> signatories;
    Pair issuers;
    StatementKind kind;
    /** The kind of a joint statement, when sources give one. */
    Optional<StatementKind> jointKind;
    FuzzyDate undated;
    boolean fromEngagement;
    int issuer;
    Optional<At> by;
    At speaker;
    Optional<String> quote;

    StDraft(StatementForm form) {
      this.form = form;
    }
  }

  /** Statements of every {@link StatementForm}. */
  Arbitrary<StDraft> statement() {
    return Arbitraries.oneOf(Arrays.stream(StatementForm.values())
        .map(this::statement).collect(Collectors.toList()));
  }

  /** Statements of one form: only the members of that form are drawn. */
  private Arbitrary<StDraft> statement(StatementForm form) {
    Arbitrary<Tuple.Tuple3<Integer, DateForm, LocalDate>> date =
        Combinators.combine(upTo(29), forms(), days()).as(Tuple::of);
    Builders.BuilderCombinator<StDraft> common = Builders.withBuilder(() -> new StDraft(form))
        .use(sized(position(), 4)).in((d, v) -> { d.positions = v; return d; })
        .use(claims).in((d, v) -> { d.claims = v; return d; })
        .use(Combinators.combine(Arbitraries.of(RelationKind.class), PICK, evidence)
            .as(Tuple::of).list().ofMaxSize(2)).in((d, v) -> { d.relations = v; return d; })
        .use(subset()).in((d, v) -> { d.topics = v; return d; })
        .use(maybePick()).in((d, v) -> { d.engagement = v; return d; })
        .use(maybe(date, 0.75)).in((d, v) -> { d.date = v; return d; })
        .use(ModelArbitraries.fuzzyDates(1950, 2040)).in((d, v) -> { d.undated = v; return d; })
        .use(half(text())).in((d, v) -> { d.title = v; return d; })
        .use(half(Arbitraries.of(Confirmation.class)))
        .in((d, v) -> { d.confirmation = v; return d; })
        .use(evidence).in((d, v) -> { d.evidence = v; return d; })
        .use(COIN).in((d, v) -> { d.fromEngagement = v; return d; })
        .use(PICK).in((d, v) -> { d.issuer = v; return d; });
    switch (form) {
      case JOINT:
        return common
            .use(sized(attribution, 2)).in((d, v) -> { d.signatories = v; return d; })
            .use(pair()).in((d, v) -> { d.issuers = v; return d; })
            .use(half(Arbitraries.of(StatementArbitraries.JOINT_KINDS)))
            .in((d, v) -> { d.jointKind = v; return d; })
            .build();
      case UNILATERAL:
        return common
            .use(Arbitraries.of(StatementArbitraries.UNILATERAL_KINDS))
            .in((d, v) -> { d.kind = v; return d; })
            .use(half(attribution)).in((d, v) -> { d.by = v; return d; })
            .build();
      case REMARKS:
        return common
            .use(attribution).in((d, v) -> { d.speaker = v; return d; })
            .use(half(text())).in((d, v) -> { d.quote = v; return d; })
            .build();
      default:
        throw new IllegalStateException("no draft for statement form " + form);
    }
  }

  // ---------------------------------------------------------------- instruments

  /** A signatory: person, office (half the time) with a tenure around the signing, party. */
  record SgDraft(int person, Optional<Tuple.Tuple2<Integer, Tn>> office, int party) {}

  /** A condition of entry into force; OTHER takes the fallback when it has no wording. */
  record CondDraft(ConditionKind kind, Optional<String> wording, String fallback,
      List<Ev> evidence) {}

  /**
   * A step of an instrument's history: its status as drafted (made legal by the assembly), how
   * many days after the step before it, its form of date, and its other members; now and then
   * another source's account of it.
   */
  static final class StepDraft {
    InstrumentStatus status;
    int gap;
    DateForm form;
    boolean undated;
    int party;
    boolean byOneParty;
    Optional<String> wording;
    Optional<Confirmation> confirmation;
    List<Ev> evidence;
    Optional<InstrumentStatus> alternative;
    List<Ev> alternativeEvidence;
    boolean disputed;
  }

  /** An instrument: its parties, signing, signatories, witnesses, conditions and history. */
  static final class InsDraft {
    InstrumentKind kind;
    Optional<String> title;
    Pair parties;
    List<Integer> moreParties;
    boolean fromSigning;
    List<Integer> topics;
    Optional<Integer> text;
    Optional<Integer> signing;
    List<SgDraft> signatories;
    List<At> witnesses;
    List<CondDraft> conditions;
    List<StepDraft> history;
    LocalDate day;
    List<Ev> evidence;
  }

  Arbitrary<StepDraft> step() {
    Arbitrary<Confirmation> notDisputed = Arbitraries.of(Confirmation.CONFIRMED,
        Confirmation.REPORTED, Confirmation.UNCONFIRMED);
    return Builders.withBuilder(StepDraft::new)
        .use(Arbitraries.of(InstrumentStatus.class)).in((d, v) -> { d.status = v; return d; })
        .use(upTo(399)).in((d, v) -> { d.gap = v; return d; })
        .use(forms()).in((d, v) -> { d.form = v; return d; })
        .use(chance(0.1)).in((d, v) -> { d.undated = v; return d; })
        .use(PICK).in((d, v) -> { d.party = v; return d; })
        .use(COIN).in((d, v) -> { d.byOneParty = v; return d; })
        .use(half(text())).in((d, v) -> { d.wording = v; return d; })
        .use(half(notDisputed)).in((d, v) -> { d.confirmation = v; return d; })
        .use(evidence).in((d, v) -> { d.evidence = v; return d; })
        .use(maybe(Arbitraries.of(InstrumentStatus.class), 0.2))
        .in((d, v) -> { d.alternative = v; return d; })
        .use(evidence).in((d, v) -> { d.alternativeEvidence = v; return d; })
        .use(COIN).in((d, v) -> { d.disputed = v; return d; })
        .build();
  }

  Arbitrary<InsDraft> instrument() {
    Arbitrary<SgDraft> signatory = Combinators.combine(PICK, office, PICK).as(SgDraft::new);
    Arbitrary<CondDraft> condition = Combinators.combine(
            Arbitraries.of(ConditionKind.class), half(text()), text(), evidence)
        .as(CondDraft::new);
    return Builders.withBuilder(InsDraft::new)
        .use(Arbitraries.of(InstrumentKind.class)).in((d, v) -> { d.kind = v; return d; })
        .use(half(text())).in((d, v) -> { d.title = v; return d; })
        .use(pair()).in((d, v) -> { d.parties = v; return d; })
        .use(PICK.list().ofMaxSize(2)).in((d, v) -> { d.moreParties = v; return d; })
        .use(COIN).in((d, v) -> { d.fromSigning = v; return d; })
        .use(subset()).in((d, v) -> { d.topics = v; return d; })
        .use(maybePick()).in((d, v) -> { d.text = v; return d; })
        .use(maybe(PICK, 2.0 / 3)).in((d, v) -> { d.signing = v; return d; })
        .use(sized(signatory, 3)).in((d, v) -> { d.signatories = v; return d; })
        .use(sized(attribution, 2)).in((d, v) -> { d.witnesses = v; return d; })
        .use(sized(condition, 2)).in((d, v) -> { d.conditions = v; return d; })
        .use(sized(step(), 5)).in((d, v) -> { d.history = v; return d; })
        .use(days()).in((d, v) -> { d.day = v; return d; })
        .use(evidence).in((d, v) -> { d.evidence = v; return d; })
        .build();
  }

  // ---------------------------------------------------------------- the dossier

  /** Every list of records, and the dossier's own values. */
  static final class DossierDraft {
    List<Source> sources;
    List<StateDraft> states;
    List<OrgDraft> groupings;
    List<OrgDraft> bodies;
    List<OrgDraft> offices;
    List<PersonDraft> persons;
    List<TopicDraft> topics;
    List<SeriesDraft> series;
    List<EngDraft> engagements;
    List<PlanDraft> plans;
    List<StDraft> statements;
    List<InsDraft> instruments;
    int id;
    Optional<String> title;
    Optional<String> description;
    Optional<Long> shuffle;
  }

  Arbitrary<DossierDraft> dossier() {
    // Lists that may be empty first, then those that may not, then the dossier's own values:
    // jqwik shrinks the parts in this order, so records go before their texts are shortened.
    return Builders.withBuilder(DossierDraft::new)
        .use(records(ProvenanceArbitraries.sources(), 0, o.sources()))
        .in((d, v) -> { d.sources = v; return d; })
        .use(records(org(), 0, true)).in((d, v) -> { d.groupings = v; return d; })
        .use(records(org(), 0, true)).in((d, v) -> { d.bodies = v; return d; })
        .use(records(topic(), 0, o.topics())).in((d, v) -> { d.topics = v; return d; })
        .use(records(series(), 0, true)).in((d, v) -> { d.series = v; return d; })
        .use(records(engagement(), 0, o.engagements()))
        .in((d, v) -> { d.engagements = v; return d; })
        .use(records(plannedMeeting(), 0, o.plannedMeetings()))
        .in((d, v) -> { d.plans = v; return d; })
        .use(records(statement(), 0, o.statements())).in((d, v) -> { d.statements = v; return d; })
        .use(records(instrument(), 0, o.instruments()))
        .in((d, v) -> { d.instruments = v; return d; })
        .use(records(state(), 2, true)).in((d, v) -> { d.states = v; return d; })
        .use(records(org(), 1, true)).in((d, v) -> { d.offices = v; return d; })
        .use(records(person(), 1, true)).in((d, v) -> { d.persons = v; return d; })
        .use(upTo(999)).in((d, v) -> { d.id = v; return d; })
        .use(half(text())).in((d, v) -> { d.title = v; return d; })
        .use(half(text())).in((d, v) -> { d.description = v; return d; })
        .use(maybe(Arbitraries.longs(), 0.9)).in((d, v) -> { d.shuffle = v; return d; })
        .build();
  }
}
