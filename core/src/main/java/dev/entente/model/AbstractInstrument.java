package dev.entente.model;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A written instrument the parties concluded: a treaty, protocol, memorandum, arrangement or
 * exchange of notes, with its signing, its signatories and witnesses, what its entry into force
 * waits for, and its dated, sourced history.
 *
 * <p>An instrument is a record of its own, not a {@link Position}: the position {@link Agreement}
 * says that the sides <em>agreed</em> to something in a statement; an instrument is the document
 * they signed, which lives on (ratified, in force, suspended) after the meeting that produced it.
 * Its signing is an {@link Engagement} (a {@link Meeting} of kind {@link MeetingKind#SIGNING}, or
 * the summit at which it was signed), named in {@link #signing()}.
 *
 * <pre>{@code
 * Instrument raa = Instrument.builder()
 *     .id("japan-uk-raa")
 *     .kind(InstrumentKind.TREATY)
 *     .title("Japan-UK Reciprocal Access Agreement")
 *     .addParties(Ref.of("jpn"), Ref.of("gbr"))
 *     .signing(Ref.of("kishida-sunak-2023"))
 *     .addSignatories(Signatory.of(Ref.of("kishida"), Ref.of("jpn-pm"), Ref.of("jpn")))
 *     .addConditions(EntryCondition.builder().kind(ConditionKind.NOTIFICATION).build())
 *     .addHistory(InstrumentStep.builder()
 *         .status(InstrumentStatus.SIGNED).date(FuzzyDate.parse("2023-01-11")).build())
 *     .build();
 * raa.status();   // Settled: SIGNED
 * }</pre>
 *
 * <p>What the dossier checks across records (that a signatory signs for a party, that a party
 * ratifies, that the history follows {@link InstrumentStatus}'s state machine in date order) is
 * checked by {@code dev.entente.validation.DossierValidator}.
 */
@Value.Immutable
@EntenteStyle
abstract sealed class AbstractInstrument implements Identified, Extensible permits Instrument {

  /**
   * Implemented by the generated {@code Instrument.Builder}: the builder is an
   * {@link ExtensibleBuilder}.
   */
  interface Builder extends ExtensibleBuilder<Instrument, Instrument.Builder> {}

  /** {@value}: the name of {@link #kind()}, in pointers and written forms. */
  public static final String KIND = "kind";

  /** {@value}: the name of {@link #title()}, in pointers and written forms. */
  public static final String TITLE = "title";

  /** {@value}: the name of {@link #parties()}, in pointers and written forms. */
  public static final String PARTIES = "parties";

  /** {@value}: the name of {@link #topics()}, in pointers and written forms. */
  public static final String TOPICS = "topics";

  /** {@value}: the name of {@link #text()}, in pointers and written forms. */
  public static final String TEXT = "text";

  /** {@value}: the name of {@link #signing()}, in pointers and written forms. */
  public static final String SIGNING = "signing";

  /** {@value}: the name of {@link #signatories()}, in pointers and written forms. */
  public static final String SIGNATORIES = "signatories";

  /** {@value}: the name of {@link #witnesses()}, in pointers and written forms. */
  public static final String WITNESSES = "witnesses";

  /** {@value}: the name of {@link #conditions()}, in pointers and written forms. */
  public static final String CONDITIONS = "conditions";

  /** {@value}: the name of {@link #history()}, in pointers and written forms. */
  public static final String HISTORY = "history";

  /** {@value}: the name of {@link #evidence()}, in pointers and written forms. */
  public static final String EVIDENCE = "evidence";

  @Override
  public abstract String id();

  /** What kind of instrument it is. */
  public abstract InstrumentKind kind();

  /** Its title, as signed or as the sources give it. */
  public abstract Optional<String> title();

  /** The parties: two or more distinct states, groupings or government bodies. */
  public abstract List<Ref<Actor>> parties();

  /** What it is about: topics of Entente's vocabulary ({@link Topics}) or of the dossier. */
  public abstract List<Ref<Topic>> topics();

  /** The source that holds its text, when one does. */
  public abstract Optional<Ref<Source>> text();

  /** The engagement at which it was signed, or of which its signing was part. */
  public abstract Optional<Ref<Engagement>> signing();

  /** Who signed it, each for a party. */
  public abstract List<Signatory> signatories();

  /** Who witnessed the signing ("in the presence of the President"), in their offices. */
  public abstract List<Attribution> witnesses();

  /** What its entry into force waits for, if sources say. */
  public abstract List<EntryCondition> conditions();

  /** Its steps, in order: negotiated, signed, ratified by each party, in force, and so on. */
  public abstract List<InstrumentStep> history();

  /** The sources for the instrument as a whole. */
  public abstract List<Evidence> evidence();

  /**
   * The status after the latest step: settled when every account of that step gives one status,
   * disputed when its accounts differ (each status with the sources that give it), unknown when
   * the history is empty.
   */
  public final Finding<InstrumentStatus> status() {
    if (history().isEmpty()) {
      return new Finding.Unknown<>();
    }
    return Findings.ofAccounts(history().get(history().size() - 1).accounts(),
        InstrumentStep::status, InstrumentStep::evidence);
  }

  /**
   * The parties that ratified it, in the order of the history: those named by a
   * {@link InstrumentStatus#RATIFIED} step's first account.
   */
  public final Set<Ref<Actor>> ratifiedBy() {
    Set<Ref<Actor>> parties = new LinkedHashSet<>();
    for (InstrumentStep step : history()) {
      if (step.status() == InstrumentStatus.RATIFIED) {
        step.party().ifPresent(parties::add);
      }
    }
    return Collections.unmodifiableSet(parties);
  }

  @Value.Check
  final void check() {
    Checks.id("Instrument", this);
    Checks.notBlank("Instrument", TITLE, title());
    if (parties().size() < 2) {
      throw new InvalidValueException("Instrument", PARTIES, parties(),
          "an instrument has at least two parties");
    }
    Checks.distinct("Instrument", PARTIES, parties());
    Checks.distinct("Instrument", TOPICS, topics());
  }
}
