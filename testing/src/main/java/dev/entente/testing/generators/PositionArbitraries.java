package dev.entente.testing.generators;

import static dev.entente.testing.generators.ModelArbitraries.MAX_LIST_SIZE;
import static dev.entente.testing.generators.ProvenanceArbitraries.evidenceLists;
import static dev.entente.testing.generators.ScalarArbitraries.distinctRefs;
import static dev.entente.testing.generators.ScalarArbitraries.list;
import static dev.entente.testing.generators.ScalarArbitraries.opt;
import static dev.entente.testing.generators.ScalarArbitraries.refs;
import static dev.entente.testing.generators.ScalarArbitraries.texts;

import dev.entente.model.Actor;
import dev.entente.model.Agreement;
import dev.entente.model.Appeal;
import dev.entente.model.Commitment;
import dev.entente.model.Concern;
import dev.entente.model.Condemnation;
import dev.entente.model.Evidence;
import dev.entente.model.HedgeLevel;
import dev.entente.model.Hedging;
import dev.entente.model.Hope;
import dev.entente.model.Intensity;
import dev.entente.model.IntensityLevel;
import dev.entente.model.Monitoring;
import dev.entente.model.Opposition;
import dev.entente.model.PlannedMeeting;
import dev.entente.model.Position;
import dev.entente.model.PositionKind;
import dev.entente.model.PositionObject;
import dev.entente.model.Recognition;
import dev.entente.model.Ref;
import dev.entente.model.Support;
import dev.entente.model.Topic;
import dev.entente.model.Welcome;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Positions of every kind, with their objects, hedgings and intensities. */
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

  /** Objects naming targets, a phenomenon, a conduct, or any combination of them. */
  public static Arbitrary<PositionObject> positionObjects() {
    return Combinators.combine(
            ScalarArbitraries.<Actor>distinctRefs(), opt(ScalarArbitraries.<Topic>refs()),
            opt(texts()), opt(hedgings()),
            texts())
        .as((targets, phenomenon, conduct, hedging, fallback) -> PositionObject.builder()
            .targets(targets).phenomenon(phenomenon)
            .conduct(targets.isEmpty() && phenomenon.isEmpty() && conduct.isEmpty()
                ? Optional.of(fallback) : conduct)
            .hedging(hedging)
            .build());
  }

  /** Objects that name a conduct, as a condemnation needs. */
  static Arbitrary<PositionObject> conductObjects() {
    return Combinators.combine(positionObjects(), texts()).as((o, conduct) ->
        o.conduct().isPresent() ? o : o.withConduct(conduct));
  }

  /** The members every kind of position has. */
  record PositionParts(
      List<Ref<Actor>> holders, List<PositionObject> objects, Optional<Intensity> intensity,
      List<String> grounds, List<Ref<Topic>> topics, Optional<String> wording,
      List<Evidence> evidence) {}

  static Arbitrary<PositionParts> positionParts(Arbitrary<List<PositionObject>> objects) {
    return Combinators.combine(
            ScalarArbitraries.<Actor>distinctRefs(), objects, opt(intensities()), list(texts()),
            ScalarArbitraries.<Topic>distinctRefs(), opt(texts()), evidenceLists())
        .as(PositionParts::new);
  }

  static Arbitrary<PositionParts> positionParts() {
    return positionParts(list(positionObjects()));
  }

  /** Condemnations: at least one object, each naming the conduct condemned. */
  public static Arbitrary<Condemnation> condemnations() {
    return positionParts(conductObjects().list().ofMinSize(1).ofMaxSize(MAX_LIST_SIZE))
        .map(p -> Condemnation.builder().holders(p.holders()).objects(p.objects())
            .intensity(p.intensity()).grounds(p.grounds()).topics(p.topics())
            .wording(p.wording()).evidence(p.evidence()).build());
  }

  /** Expressions of concern. */
  public static Arbitrary<Concern> concerns() {
    return positionParts().map(p -> Concern.builder().holders(p.holders()).objects(p.objects())
        .intensity(p.intensity()).grounds(p.grounds()).topics(p.topics())
        .wording(p.wording()).evidence(p.evidence()).build());
  }

  /** Welcomes. */
  public static Arbitrary<Welcome> welcomes() {
    return positionParts().map(p -> Welcome.builder().holders(p.holders()).objects(p.objects())
        .intensity(p.intensity()).grounds(p.grounds()).topics(p.topics())
        .wording(p.wording()).evidence(p.evidence()).build());
  }

  /** Statements of support. */
  public static Arbitrary<Support> supports() {
    return positionParts().map(p -> Support.builder().holders(p.holders()).objects(p.objects())
        .intensity(p.intensity()).grounds(p.grounds()).topics(p.topics())
        .wording(p.wording()).evidence(p.evidence()).build());
  }

  /** Recognitions. */
  public static Arbitrary<Recognition> recognitions() {
    return positionParts().map(p -> Recognition.builder().holders(p.holders())
        .objects(p.objects()).intensity(p.intensity()).grounds(p.grounds()).topics(p.topics())
        .wording(p.wording()).evidence(p.evidence()).build());
  }

  /** Agreements, naming a planned meeting or not. */
  public static Arbitrary<Agreement> agreements() {
    return Combinators.combine(positionParts(), opt(ScalarArbitraries.<PlannedMeeting>refs()))
        .as((p, plan) -> Agreement.builder().holders(p.holders()).objects(p.objects())
            .intensity(p.intensity()).grounds(p.grounds()).topics(p.topics())
            .wording(p.wording()).evidence(p.evidence()).plannedMeeting(plan).build());
  }

  /** Commitments. */
  public static Arbitrary<Commitment> commitments() {
    return positionParts().map(p -> Commitment.builder().holders(p.holders())
        .objects(p.objects()).intensity(p.intensity()).grounds(p.grounds()).topics(p.topics())
        .wording(p.wording()).evidence(p.evidence()).build());
  }

  /** Pledges to monitor. */
  public static Arbitrary<Monitoring> monitorings() {
    return positionParts().map(p -> Monitoring.builder().holders(p.holders())
        .objects(p.objects()).intensity(p.intensity()).grounds(p.grounds()).topics(p.topics())
        .wording(p.wording()).evidence(p.evidence()).build());
  }

  /** Hopes. */
  public static Arbitrary<Hope> hopes() {
    return positionParts().map(p -> Hope.builder().holders(p.holders()).objects(p.objects())
        .intensity(p.intensity()).grounds(p.grounds()).topics(p.topics())
        .wording(p.wording()).evidence(p.evidence()).build());
  }

  /** Oppositions. */
  public static Arbitrary<Opposition> oppositions() {
    return positionParts().map(p -> Opposition.builder().holders(p.holders())
        .objects(p.objects()).intensity(p.intensity()).grounds(p.grounds()).topics(p.topics())
        .wording(p.wording()).evidence(p.evidence()).build());
  }

  /** Appeals. */
  public static Arbitrary<Appeal> appeals() {
    return positionParts().map(p -> Appeal.builder().holders(p.holders()).objects(p.objects())
        .intensity(p.intensity()).grounds(p.grounds()).topics(p.topics())
        .wording(p.wording()).evidence(p.evidence()).build());
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
      default:
        throw new IllegalStateException("no generator for position kind " + kind);
    }
  }
}
