package dev.entente.model;

import java.util.List;
import java.util.Optional;

/**
 * A speech act inside a {@link Statement}: who holds it, what kind it is, what it is about, how
 * strongly it is put, on what grounds, on which topics.
 *
 * <p>Each kind is a type of its own, so the hierarchy is sealed: {@link Condemnation},
 * {@link Concern}, {@link Welcome}, {@link Support}, {@link Recognition}, {@link Agreement},
 * {@link Commitment}, {@link Monitoring}, {@link Hope}, {@link Opposition}, {@link Appeal},
 * {@link Interest}, {@link Appreciation}, {@link Intention}, {@link Accusation}, {@link Denial}.
 * They share every attribute below; some add their own ({@link Agreement#plannedMeeting()}) or
 * their own rules (a condemnation always condemns a conduct, an event or a phenomenon).
 *
 * <p>Any position may be marked as restating an earlier one ({@link #reiteration()}), as holding
 * for a time ({@link #period()}: "into 2025") and as mutual ({@link #mutuality()}: "mutual deep
 * concern").
 *
 * <pre>{@code
 * Position deepConcern = Concern.builder()
 *     .addHolders(Ref.of("rok"), Ref.of("uk"))
 *     .intensity(Intensity.of(IntensityLevel.STRONG, "deeply"))
 *     .addObjects(PositionObject.builder()
 *         .addTargets(Ref.of("dprk"))
 *         .conduct("military cooperation with Russia")
 *         .build())
 *     .build();
 * }</pre>
 *
 * <p>The hierarchy is sealed, so on Java 21 and later a {@code switch} over a position can be
 * exhaustive, with no {@code default} (Entente itself is written in Java 17, which has no
 * patterns in {@code switch}). Where only the kind matters, {@link #kind()} is an enum that a
 * Java 17 {@code switch} covers as well.
 *
 * <pre>{@code
 * boolean critical = switch (position) {
 *   case Condemnation condemnation -> true;
 *   case Concern concern -> true;
 *   case Opposition opposition -> true;
 *   case Welcome welcome -> false;
 *   case Support support -> false;
 *   case Recognition recognition -> false;
 *   case Agreement agreement -> false;
 *   case Commitment commitment -> false;
 *   case Monitoring monitoring -> false;
 *   case Hope hope -> false;
 *   case Appeal appeal -> false;
 *   case Interest interest -> false;
 *   case Appreciation appreciation -> false;
 *   case Intention intention -> false;
 *   case Accusation accusation -> true;
 *   case Denial denial -> true;
 * };
 * }</pre>
 */
public sealed interface Position extends Extensible
    permits AbstractCondemnation,
        AbstractConcern,
        AbstractWelcome,
        AbstractSupport,
        AbstractRecognition,
        AbstractAgreement,
        AbstractCommitment,
        AbstractMonitoring,
        AbstractHope,
        AbstractOpposition,
        AbstractAppeal,
        AbstractInterest,
        AbstractAppreciation,
        AbstractIntention,
        AbstractAccusation,
        AbstractDenial {

  /** {@value}: the name of {@link #holders()}, in pointers and written forms. */
  String HOLDERS = "holders";

  /** {@value}: the name of {@link #objects()}, in pointers and written forms. */
  String OBJECTS = "objects";

  /** {@value}: the name of {@link #intensity()}, in pointers and written forms. */
  String INTENSITY = "intensity";

  /** {@value}: the name of {@link #grounds()}, in pointers and written forms. */
  String GROUNDS = "grounds";

  /** {@value}: the name of {@link #topics()}, in pointers and written forms. */
  String TOPICS = "topics";

  /** {@value}: the name of {@link #wording()}, in pointers and written forms. */
  String WORDING = "wording";

  /** {@value}: the name of {@link #reiteration()}, in pointers and written forms. */
  String REITERATION = "reiteration";

  /** {@value}: the name of {@link #period()}, in pointers and written forms. */
  String PERIOD = "period";

  /** {@value}: the name of {@link #mutuality()}, in pointers and written forms. */
  String MUTUALITY = "mutuality";

  /** {@value}: the name of {@link #evidence()}, in pointers and written forms. */
  String EVIDENCE = "evidence";

  /** The speech act. */
  PositionKind kind();

  /** Who holds it; empty means the statement's issuers. */
  List<Ref<Actor>> holders();

  /** What it is about, one object per conduct or matter. */
  List<PositionObject> objects();

  /** How strongly it is put; absent means {@link IntensityLevel#UNMARKED}. */
  Optional<Intensity> intensity();

  /** The reasons given for it, in the source's terms. */
  List<String> grounds();

  /** The topics it concerns. */
  List<Ref<Topic>> topics();

  /** The words of the position, verbatim. */
  Optional<String> wording();

  /** Marks a restatement of an earlier position ("reaffirmed", "reiterated"); absent if not marked. */
  Optional<Reiteration> reiteration();

  /**
   * The time the position covers, as the source puts it: what is pledged, intended or hoped holds
   * for this time ("into 2025", "until the end of the year"). Absent when none is stated.
   */
  Optional<DateClaim> period();

  /**
   * Marks the position as mutual: held jointly by its holders, or by each towards the other
   * ("mutual deep concern"). Absent when the source does not mark it so.
   */
  Optional<Mutuality> mutuality();

  /** The sources for it. */
  List<Evidence> evidence();

  /** The intensity level, {@link IntensityLevel#UNMARKED} when none is recorded. */
  default IntensityLevel intensityLevel() {
    return intensity().map(Intensity::level).orElse(IntensityLevel.UNMARKED);
  }
}
