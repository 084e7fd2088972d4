package dev.entente.model;

import dev.entente.time.FuzzyDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One step in the life of an {@link Instrument}: it was negotiated, initialled, signed, ratified
 * by a party, entered into force, was suspended or terminated, according to sources; when, and
 * by which party where one party acts alone.
 *
 * <p>When sources disagree about a step ("in force" in one, "awaiting ratification" in another),
 * each account is a step of its own: the first is this step and the others are its
 * {@link #alternatives()}, as for a planned meeting's {@link MeetingChange}. No account is
 * preferred: {@link Instrument#status()} reports the step as disputed, the same whichever account
 * is written first. The allowed order of statuses is the state machine of
 * {@link InstrumentStatus}.
 *
 * <pre>{@code
 * InstrumentStep.builder()
 *     .status(InstrumentStatus.RATIFIED)
 *     .party(Ref.of("jpn"))
 *     .date(FuzzyDate.parse("2023-04-05"))
 *     .wording("approved by the Diet")
 *     .addEvidence(Evidence.of(Ref.of("mofa")))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@EntenteStyle
abstract sealed class AbstractInstrumentStep implements Extensible permits InstrumentStep {

  /**
   * Implemented by the generated {@code InstrumentStep.Builder}: the builder is an
   * {@link ExtensibleBuilder}.
   */
  interface Builder extends ExtensibleBuilder<InstrumentStep, InstrumentStep.Builder> {}

  /** {@value}: the name of {@link #status()}, in pointers and written forms. */
  public static final String STATUS = "status";

  /** {@value}: the name of {@link #date()}, in pointers and written forms. */
  public static final String DATE = "date";

  /** {@value}: the name of {@link #party()}, in pointers and written forms. */
  public static final String PARTY = "party";

  /** {@value}: the name of {@link #wording()}, in pointers and written forms. */
  public static final String WORDING = "wording";

  /** {@value}: the name of {@link #confirmation()}, in pointers and written forms. */
  public static final String CONFIRMATION = "confirmation";

  /** {@value}: the name of {@link #evidence()}, in pointers and written forms. */
  public static final String EVIDENCE = "evidence";

  /** {@value}: the name of {@link #alternatives()}, in pointers and written forms. */
  public static final String ALTERNATIVES = "alternatives";

  /** The status from this step on. */
  public abstract InstrumentStatus status();

  /** When the step was taken, if sources say: an unknown date is not invented. */
  public abstract Optional<FuzzyDate> date();

  /**
   * The party that took the step alone: required for {@link InstrumentStatus#RATIFIED}, allowed
   * for {@link InstrumentStatus#SUSPENDED} and {@link InstrumentStatus#TERMINATED} (one party's
   * suspension or withdrawal), refused for the rest, which the parties take together.
   */
  public abstract Optional<Ref<Actor>> party();

  /** The sources' own words for the step ("approved by the Diet"), where worth keeping. */
  public abstract Optional<String> wording();

  /**
   * How far primary sources bear this account out; {@link Confirmation#DISPUTED} only where other
   * accounts of the step are recorded as {@link #alternatives()}.
   */
  public abstract Optional<Confirmation> confirmation();

  /** The sources for the step. */
  public abstract List<Evidence> evidence();

  /**
   * Other sources' accounts of the same step, when they disagree with this one; none is
   * preferred, and the order carries no meaning. An alternative has no alternatives of its own.
   */
  public abstract List<InstrumentStep> alternatives();

  /** This account and its alternatives: every account of the step, this one first. */
  public final List<InstrumentStep> accounts() {
    return Findings.accounts((InstrumentStep) this, alternatives());
  }

  @Value.Check
  final void check() {
    Checks.notBlank("InstrumentStep", WORDING, wording());
    if (status() == InstrumentStatus.RATIFIED && party().isEmpty()) {
      throw new InvalidValueException("InstrumentStep", PARTY, party(),
          "a RATIFIED step names the party that ratified");
    }
    if (party().isPresent() && !status().isByParty()) {
      throw new InvalidValueException("InstrumentStep", PARTY, party().get(),
          "a " + status() + " step is taken by the parties together and names no party");
    }
    Findings.checkAlternatives(
        "InstrumentStep", "step", alternatives(), InstrumentStep::alternatives, confirmation());
  }
}
