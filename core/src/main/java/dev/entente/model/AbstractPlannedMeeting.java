package dev.entente.model;

import java.util.List;
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
 * twoPlusTwo.status();   // AGREED
 * }</pre>
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

  /** {@value}: the name of {@link #evidence()}, in pointers and written forms. */
  public static final String EVIDENCE = "evidence";

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

  /** The side that will host, if agreed. */
  public abstract Optional<Ref<Actor>> host();

  /** The offices expected to attend. */
  public abstract List<Ref<Office>> principals();

  /** What it is to discuss. */
  public abstract List<Ref<Topic>> topics();

  /** Its changes, oldest first; at least one. */
  public abstract List<MeetingChange> lifecycle();

  /** The sources for the plan as a whole. */
  public abstract List<Evidence> evidence();

  /** The status after the latest change. */
  public final PlannedStatus status() {
    return lifecycle().get(lifecycle().size() - 1).status();
  }

  /** The windows of the latest change that gives any; empty if none does. */
  public final List<DateClaim> currentWindows() {
    for (int i = lifecycle().size() - 1; i >= 0; i--) {
      if (!lifecycle().get(i).windows().isEmpty()) {
        return lifecycle().get(i).windows();
      }
    }
    return List.of();
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
    if (kind().isPresent() && series().isPresent()) {
      throw new InvalidValueException(
          "PlannedMeeting", "kind", kind().get(), "a session of a series has no separate kind");
    }
  }
}
