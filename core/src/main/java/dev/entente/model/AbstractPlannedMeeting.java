package dev.entente.model;

import dev.entente.time.FuzzyDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A bilateral meeting that sides have proposed or agreed to hold, with its life so far: each
 * {@link MeetingChange} in order, from the first agreement to the meeting held (or cancelled).
 *
 * <pre>{@code
 * PlannedMeeting twoPlusTwo = PlannedMeeting.builder()
 *     .id("first-2plus2")
 *     .series(Ref.of("rok-uk-2plus2"))
 *     .ordinal(1)
 *     .addSides(Ref.of("rok"), Ref.of("uk"))
 *     .addLifecycle(agreedIn2023, agreedAgainAtDialogue)
 *     .build();
 * twoPlusTwo.status();   // Settled: AGREED
 * }</pre>
 *
 * <p>Sources may disagree about any part of the plan, and the plan keeps each side of a
 * disagreement with its sources: about a step ({@link MeetingChange#alternatives()}), about the
 * window ({@link MeetingChange#windows()}, one claim per source), and about whether the plan
 * existed at all ({@link #deniedBy()}, the sources that deny it). The questions "what is the
 * status, the host, the venue, the window; does the plan exist?" are answered by {@link Finding}s:
 * {@link #status()}, {@link #hostFinding()}, {@link #venueFinding()}, {@link #windowFinding()},
 * {@link #existence()}.
 */
@Value.Immutable
@EntenteStyle
abstract sealed class AbstractPlannedMeeting implements Identified, Extensible permits PlannedMeeting {

  /**
   * Implemented by the generated {@code PlannedMeeting.Builder}: the builder is an
   * {@link ExtensibleBuilder}.
   */
  interface Builder extends ExtensibleBuilder<PlannedMeeting, PlannedMeeting.Builder> {}

  /** {@value}: the name of {@link #title()}, in pointers and written forms. */
  public static final String TITLE = "title";

  /** {@value}: the name of {@link #kind()}, in pointers and written forms. */
  public static final String KIND = "kind";

  /** {@value}: the name of {@link #series()}, in pointers and written forms. */
  public static final String SERIES = "series";

  /** {@value}: the name of {@link #ordinal()}, in pointers and written forms. */
  public static final String ORDINAL = "ordinal";

  /** {@value}: the name of {@link #sides()}, in pointers and written forms. */
  public static final String SIDES = "sides";

  /** {@value}: the name of {@link #host()}, in pointers and written forms. */
  public static final String HOST = "host";

  /** {@value}: the name of {@link #principals()}, in pointers and written forms. */
  public static final String PRINCIPALS = "principals";

  /** {@value}: the name of {@link #topics()}, in pointers and written forms. */
  public static final String TOPICS = "topics";

  /** {@value}: the name of {@link #lifecycle()}, in pointers and written forms. */
  public static final String LIFECYCLE = "lifecycle";

  /** {@value}: the name of {@link #confirmation()}, in pointers and written forms. */
  public static final String CONFIRMATION = "confirmation";

  /** {@value}: the name of {@link #evidence()}, in pointers and written forms. */
  public static final String EVIDENCE = "evidence";

  /** {@value}: the name of {@link #deniedBy()}, in pointers and written forms. */
  public static final String DENIED_BY = "deniedBy";

  @Override
  public abstract String id();

  /** A title, such as "the inaugural Foreign and Defence Ministerial 2+2". */
  public abstract Optional<String> title();

  /** The kind of meeting planned, when it is not a session of a series. */
  public abstract Optional<MeetingKind> kind();

  /** The series it will be a session of, if any. */
  public abstract Optional<Ref<DialogueSeries>> series();

  /** Its number in the series (1 for an inaugural meeting). */
  public abstract OptionalInt ordinal();

  /** The two sides. */
  public abstract List<Ref<Actor>> sides();

  /**
   * The side that was to host when the plan was first recorded; a {@link MeetingChange#host()}
   * replaces it from that change on (see {@link #hostFinding()}).
   */
  public abstract Optional<Ref<Actor>> host();

  /** The offices expected to attend. */
  public abstract List<Ref<Office>> principals();

  /** What it is to discuss. */
  public abstract List<Ref<Topic>> topics();

  /** Its changes, oldest first; at least one. */
  public abstract List<MeetingChange> lifecycle();

  /**
   * How far primary sources bear out that the plan existed; {@link Confirmation#DISPUTED} exactly
   * when {@link #deniedBy()} names sources that deny it.
   */
  public abstract Optional<Confirmation> confirmation();

  /** The sources for the plan as a whole. */
  public abstract List<Evidence> evidence();

  /**
   * The sources that deny the plan ever existed or was ever agreed ("neither side has ever
   * announced any visit"), kept beside the sources that report it.
   */
  public abstract List<Evidence> deniedBy();

  /**
   * The status after the latest step: settled when every account of that step gives one status,
   * disputed when its accounts differ (each status with the sources that give it).
   */
  public final Finding<PlannedStatus> status() {
    return Findings.ofAccounts(lifecycle().get(lifecycle().size() - 1).accounts(),
        MeetingChange::status, MeetingChange::evidence);
  }

  /**
   * Whether the plan existed: settled (on the plan's and its changes' evidence) unless sources
   * {@linkplain #deniedBy() deny it}, then disputed between {@code false} (the denials) and
   * {@code true} (the rest).
   */
  public final Finding<Boolean> existence() {
    List<Boolean> values = new ArrayList<>();
    List<List<Evidence>> evidence = new ArrayList<>();
    values.add(true);
    evidence.add(evidence());
    for (MeetingChange change : lifecycle()) {
      for (MeetingChange account : change.accounts()) {
        values.add(true);
        evidence.add(account.evidence());
      }
    }
    if (!deniedBy().isEmpty()) {
      values.add(false);
      evidence.add(deniedBy());
    }
    return Findings.group(values, evidence, Comparator.naturalOrder());
  }

  /**
   * The account that first called the meeting off: the first {@link PlannedStatus#CANCELLED} or
   * {@link PlannedStatus#POSTPONED} account of any step, in lifecycle order; empty if none did.
   */
  public final Optional<MeetingChange> calledOff() {
    for (MeetingChange change : lifecycle()) {
      for (MeetingChange account : change.accounts()) {
        if (account.status() == PlannedStatus.CANCELLED
            || account.status() == PlannedStatus.POSTPONED) {
          return Optional.of(account);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The host from the latest step that names one (disputed if that step's accounts name
   * different hosts), else the plan's {@link #host()}, else unknown.
   */
  public final Finding<Ref<Actor>> hostFinding() {
    return latest(MeetingChange::host, host(), Findings.REF_ORDER);
  }

  /**
   * The venue from the latest step that names one (disputed if that step's accounts name
   * different venues), else unknown.
   */
  public final Finding<Venue> venueFinding() {
    return latest(MeetingChange::venue, Optional.empty(), Findings.VENUE_ORDER);
  }

  /**
   * The window from the latest change that gives any: settled when the windows its sources give
   * can all overlap (on the narrowest one the others enclose, or on the days they share),
   * disputed when two cannot; unknown when no change gives a window.
   */
  public final Finding<FuzzyDate> windowFinding() {
    List<DateClaim> windows = currentWindows();
    return windows.isEmpty() ? new Finding.Unknown<>()
        : Findings.ofDates(Optional.empty(), List.of(), windows);
  }

  /**
   * The windows of the latest step that gives any, from every account of that step; empty if no
   * step does.
   */
  public final List<DateClaim> currentWindows() {
    for (int i = lifecycle().size() - 1; i >= 0; i--) {
      List<DateClaim> windows = new ArrayList<>();
      lifecycle().get(i).accounts().forEach(account -> windows.addAll(account.windows()));
      if (!windows.isEmpty()) {
        return List.copyOf(windows);
      }
    }
    return List.of();
  }

  private <T> Finding<T> latest(Function<MeetingChange, Optional<T>> attribute,
      Optional<T> planValue, Comparator<? super T> order) {
    for (int i = lifecycle().size() - 1; i >= 0; i--) {
      List<T> values = new ArrayList<>();
      List<List<Evidence>> evidence = new ArrayList<>();
      for (MeetingChange account : lifecycle().get(i).accounts()) {
        attribute.apply(account).ifPresent(value -> {
          values.add(value);
          evidence.add(account.evidence());
        });
      }
      if (!values.isEmpty()) {
        return Findings.group(values, evidence, order);
      }
    }
    return Findings.of(planValue, evidence(), List.<Claim<T>>of(), order);
  }

  @Value.Check
  final void check() {
    Checks.id("PlannedMeeting", this);
    Checks.notBlank("PlannedMeeting", "title", title());
    Checks.positive("PlannedMeeting", "ordinal", ordinal());
    Checks.twoSides("PlannedMeeting", "sides", sides());
    Checks.oneOfSides("PlannedMeeting", "host", host(), sides());
    Checks.notEmpty(
        "PlannedMeeting", "lifecycle", lifecycle(), "a planned meeting has at least one change, such as AGREED");
    for (MeetingChange change : lifecycle()) {
      for (MeetingChange account : change.accounts()) {
        Checks.oneOfSides("PlannedMeeting", "lifecycle.host", account.host(), sides());
        Checks.oneOfSides("PlannedMeeting", "lifecycle.initiator", account.initiator(), sides());
      }
    }
    if (!deniedBy().isEmpty() && confirmation().isPresent()
        && confirmation().get() != Confirmation.DISPUTED) {
      throw new InvalidValueException("PlannedMeeting", CONFIRMATION, confirmation().get(),
          "sources deny the plan (deniedBy), so it is DISPUTED");
    }
    if (deniedBy().isEmpty() && confirmation().equals(Optional.of(Confirmation.DISPUTED))) {
      throw new InvalidValueException("PlannedMeeting", CONFIRMATION, Confirmation.DISPUTED,
          "a DISPUTED plan names the sources that deny it in deniedBy");
    }
    if (kind().isPresent() && series().isPresent()) {
      throw new InvalidValueException(
          "PlannedMeeting", "kind", kind().get(), "a session of a series has no separate kind");
    }
  }
}
