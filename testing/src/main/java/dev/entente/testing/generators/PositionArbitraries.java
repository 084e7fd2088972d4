package dev.entente.testing.generators;

import static dev.entente.testing.generators.FuzzyDateArbitraries.fuzzyDates;
import static dev.entente.testing.generators.ModelArbitraries.MAX_LIST_SIZE;
import static dev.entente.testing.generators.ProvenanceArbitraries.dateClaims;
import static dev.entente.testing.generators.ProvenanceArbitraries.evidenceLists;
import static dev.entente.testing.generators.ScalarArbitraries.distinctRefs;
import static dev.entente.testing.generators.ScalarArbitraries.list;
import static dev.entente.testing.generators.ScalarArbitraries.opt;
import static dev.entente.testing.generators.ScalarArbitraries.texts;

import dev.entente.model.Accusation;
import dev.entente.model.Actor;
import dev.entente.model.Agreement;
import dev.entente.model.Appeal;
import dev.entente.model.Appreciation;
import dev.entente.model.Commitment;
import dev.entente.model.Concern;
import dev.entente.model.Condemnation;
import dev.entente.model.DateClaim;
import dev.entente.model.Denial;
import dev.entente.model.Evidence;
import dev.entente.model.HedgeLevel;
import dev.entente.model.Hedging;
import dev.entente.model.Hope;
import dev.entente.model.Intensity;
import dev.entente.model.IntensityLevel;
import dev.entente.model.Intention;
import dev.entente.model.Interest;
import dev.entente.model.Monitoring;
import dev.entente.model.Mutuality;
import dev.entente.model.MutualityKind;
import dev.entente.model.ObjectActor;
import dev.entente.model.ObjectRole;
import dev.entente.model.Opposition;
import dev.entente.model.PlannedMeeting;
import dev.entente.model.Position;
import dev.entente.model.PositionBuilder;
import dev.entente.model.PositionKind;
import dev.entente.model.PositionObject;
import dev.entente.model.Recognition;
import dev.entente.model.Ref;
import dev.entente.model.Reiteration;
import dev.entente.model.Statement;
import dev.entente.model.Support;
import dev.entente.model.Topic;
import dev.entente.model.Welcome;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Positions of every kind, with their objects (actors with every role), hedgings, intensities
 * and marks (reiteration, period, mutuality).
 */
final class PositionArbitraries {

  private PositionArbitraries() {}

  // ============================================================================ positions

  /** Hedgings of every level, with or without wording. */
  public static Arbitrary<Hedging> hedgings() {
    return Combinators.combine(Arbitraries.of(HedgeLevel.class), opt(texts())).as(Hedging::of);
  }

  /** Intensities of every level, with or without wording. */
  public static Arbitrary<Intensity> intensities() {
    return Combinators.combine(Arbitraries.of(IntensityLevel.class), opt(texts()))
        .as(Intensity::of);
  }

  /** Actors of an object with every role. */
  public static Arbitrary<ObjectActor> objectActors() {
    return Combinators.combine(ScalarArbitraries.<Actor>refs(), Arbitraries.of(ObjectRole.class))
        .as(ObjectActor::of);
  }

  /** Reiterations with any combination of their members, at least one. */
  public static Arbitrary<Reiteration> reiterations() {
    return Combinators.combine(opt(texts()), opt(ScalarArbitraries.<Statement>refs()),
            opt(fuzzyDates()), evidenceLists(), texts())
        .as((wording, previous, since, evidence, fallback) -> Reiteration.builder()
            .wording(wording.isEmpty() && previous.isEmpty() && since.isEmpty()
                && evidence.isEmpty() ? Optional.of(fallback) : wording)
            .previous(previous).since(since).evidence(evidence).build());
  }

  /** Mutualities of both kinds, with or without wording. */
  public static Arbitrary<Mutuality> mutualities() {
    return Combinators.combine(Arbitraries.of(MutualityKind.class), opt(texts()))
        .as(Mutuality::of);
  }

  /**
   * Objects naming targets, actors with roles, a phenomenon, a conduct, or any combination of
   * them; an actor is named once.
   */
  public static Arbitrary<PositionObject> positionObjects() {
    return Combinators.combine(
            ScalarArbitraries.<Actor>distinctRefs(), list(objectActors()),
            opt(ScalarArbitraries.<Topic>refs()), opt(texts()), opt(hedgings()), texts())
        .as((targets, actors, phenomenon, conduct, hedging, fallback) -> {
          Set<Ref<Actor>> named = new HashSet<>(targets);
          List<ObjectActor> roled = actors.stream().filter(a -> named.add(a.actor()))
              .collect(Collectors.toList());
          return PositionObject.builder()
              .targets(targets).actors(roled).phenomenon(phenomenon)
              .conduct(targets.isEmpty() && roled.isEmpty() && phenomenon.isEmpty()
                  && conduct.isEmpty() ? Optional.of(fallback) : conduct)
              .hedging(hedging)
              .build();
        });
  }

  /** Objects that name a conduct or a phenomenon, as a condemnation and an accusation need. */
  static Arbitrary<PositionObject> conductObjects() {
    return Combinators.combine(positionObjects(), texts()).as((o, conduct) ->
        o.conduct().isPresent() || o.phenomenon().isPresent() ? o : o.withConduct(conduct));
  }

  /** The members every kind of position has. */
  record PositionParts(
      List<Ref<Actor>> holders, List<PositionObject> objects, Optional<Intensity> intensity,
      List<String> grounds, List<Ref<Topic>> topics, Optional<String> wording,
      List<Evidence> evidence, Marks marks) {}

  /** The marks any position may carry. */
  record Marks(
      Optional<Reiteration> reiteration, Optional<DateClaim> period,
      Optional<Mutuality> mutuality) {}

  static Arbitrary<PositionParts> positionParts(Arbitrary<List<PositionObject>> objects) {
    Arbitrary<Marks> marks = Combinators.combine(
            opt(reiterations()), opt(dateClaims()), opt(mutualities()))
        .as(Marks::new);
    return Combinators.combine(
            ScalarArbitraries.<Actor>distinctRefs(), objects, opt(intensities()), list(texts()),
            ScalarArbitraries.<Topic>distinctRefs(), opt(texts()), evidenceLists(), marks)
        .as(PositionParts::new);
  }

  static Arbitrary<PositionParts> positionParts() {
    return positionParts(list(positionObjects()));
  }

  /** Sets every shared member on a builder of any kind, through {@link PositionBuilder}. */
  static <T extends Position, B extends PositionBuilder<T, B>> B shared(B builder,
      PositionParts p) {
    return builder.holders(p.holders()).objects(p.objects()).intensity(p.intensity())
        .grounds(p.grounds()).topics(p.topics()).wording(p.wording()).evidence(p.evidence())
        .reiteration(p.marks().reiteration()).period(p.marks().period())
        .mutuality(p.marks().mutuality());
  }

  private static <T extends Position, B extends PositionBuilder<T, B>> Arbitrary<T> kind(
      Supplier<B> builder) {
    return positionParts().map(p -> shared(builder.get(), p).build());
  }

  private static <T extends Position, B extends PositionBuilder<T, B>> Arbitrary<T>
      accusingKind(Supplier<B> builder) {
    return positionParts(conductObjects().list().ofMinSize(1).ofMaxSize(MAX_LIST_SIZE))
        .map(p -> shared(builder.get(), p).build());
  }

  /** Condemnations: at least one object, each naming the conduct or phenomenon condemned. */
  public static Arbitrary<Condemnation> condemnations() {
    return accusingKind(Condemnation::builder);
  }

  /** Expressions of concern. */
  public static Arbitrary<Concern> concerns() {
    return kind(Concern::builder);
  }

  /** Welcomes. */
  public static Arbitrary<Welcome> welcomes() {
    return kind(Welcome::builder);
  }

  /** Statements of support. */
  public static Arbitrary<Support> supports() {
    return kind(Support::builder);
  }

  /** Recognitions. */
  public static Arbitrary<Recognition> recognitions() {
    return kind(Recognition::builder);
  }

  /** Agreements, naming a planned meeting or not. */
  public static Arbitrary<Agreement> agreements() {
    return Combinators.combine(positionParts(), opt(ScalarArbitraries.<PlannedMeeting>refs()))
        .as((p, plan) -> shared(Agreement.builder(), p).plannedMeeting(plan).build());
  }

  /** Commitments. */
  public static Arbitrary<Commitment> commitments() {
    return kind(Commitment::builder);
  }

  /** Pledges to monitor. */
  public static Arbitrary<Monitoring> monitorings() {
    return kind(Monitoring::builder);
  }

  /** Hopes. */
  public static Arbitrary<Hope> hopes() {
    return kind(Hope::builder);
  }

  /** Oppositions. */
  public static Arbitrary<Opposition> oppositions() {
    return kind(Opposition::builder);
  }

  /** Appeals. */
  public static Arbitrary<Appeal> appeals() {
    return kind(Appeal::builder);
  }

  /** Expressions of interest. */
  public static Arbitrary<Interest> interests() {
    return kind(Interest::builder);
  }

  /** Expressions of appreciation. */
  public static Arbitrary<Appreciation> appreciations() {
    return kind(Appreciation::builder);
  }

  /** Stated intentions. */
  public static Arbitrary<Intention> intentions() {
    return kind(Intention::builder);
  }

  /** Accusations: at least one object, each naming the conduct or phenomenon accused of. */
  public static Arbitrary<Accusation> accusations() {
    return accusingKind(Accusation::builder);
  }

  /** Denials: at least one object. */
  public static Arbitrary<Denial> denials() {
    return positionParts(positionObjects().list().ofMinSize(1).ofMaxSize(MAX_LIST_SIZE))
        .map(p -> shared(Denial.builder(), p).build());
  }

  /** Positions of every {@link PositionKind}. */
  public static Arbitrary<Position> positions() {
    return Arbitraries.oneOf(Arrays.stream(PositionKind.values())
        .map(PositionArbitraries::positions).collect(Collectors.toList()));
  }

  /** Positions of one kind; a kind without a generator here fails as soon as it is drawn. */
  static Arbitrary<? extends Position> positions(PositionKind kind) {
    switch (kind) {
      case CONDEMN:
        return condemnations();
      case EXPRESS_CONCERN:
        return concerns();
      case WELCOME:
        return welcomes();
      case SUPPORT:
        return supports();
      case RECOGNISE:
        return recognitions();
      case AGREE:
        return agreements();
      case COMMIT:
        return commitments();
      case MONITOR:
        return monitorings();
      case HOPE:
        return hopes();
      case OPPOSE:
        return oppositions();
      case CALL_ON:
        return appeals();
      case EXPRESS_INTEREST:
        return interests();
      case APPRECIATE:
        return appreciations();
      case INTEND:
        return intentions();
      case ACCUSE:
        return accusations();
      case DENY:
        return denials();
      default:
        throw new IllegalStateException("no generator for position kind " + kind);
    }
  }
}
