package dev.entente.model;

import java.time.Year;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One session of a recurring bilateral format: "the 9th Korea-UK Foreign Ministers' Strategic
 * Dialogue, 21 October 2024, Seoul".
 *
 * <pre>{@code
 * Dialogue ninth = Dialogue.builder()
 *     .id("strategic-dialogue-9")
 *     .series(Ref.of("rok-uk-strategic-dialogue"))
 *     .ordinal(9)
 *     .addSides(Ref.of("rok"), Ref.of("uk"))
 *     .host(Ref.of("rok"))
 *     .date(FuzzyDate.parse("2024-10-21"))
 *     .venue(Venue.builder().city("Seoul").district("Jongno-gu").build())
 *     .build();
 * }</pre>
 *
 * <p>What the sources do not say stays unknown: a session known only by its number has no date,
 * and a session of a series that names its rounds by year is known by that round.
 *
 * <pre>{@code
 * Dialogue fourth = Dialogue.builder()
 *     .id("strategic-dialogue-4")
 *     .series(Ref.of("rok-uk-strategic-dialogue"))
 *     .ordinal(4)                          // no date: the sources give none
 *     .addSides(Ref.of("rok"), Ref.of("uk"))
 *     .build();
 * Dialogue round = Dialogue.builder()
 *     .id("economic-dialogue-2024")
 *     .series(Ref.of("economic-dialogue"))
 *     .round(Year.of(2024))                // "the 2024 round"
 *     .addSides(Ref.of("rok"), Ref.of("uk"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@EntenteStyle
abstract sealed class AbstractDialogue implements Engagement permits Dialogue {

  /**
   * Implemented by the generated {@code Dialogue.Builder}: the builder is a
   * {@link EngagementBuilder}.
   */
  interface Builder extends EngagementBuilder<Dialogue, Dialogue.Builder> {}

  /** {@value}: the name of {@link #series()}, in pointers and written forms. */
  public static final String SERIES = "series";

  /** {@value}: the name of {@link #ordinal()}, in pointers and written forms. */
  public static final String ORDINAL = "ordinal";

  /** The format this is a session of. */
  public abstract Ref<DialogueSeries> series();

  /** {@value}: the name of {@link #round()}, in pointers and written forms. */
  public static final String ROUND = "round";

  /** The session's number in its series ("9th"), when known. */
  public abstract OptionalInt ordinal();

  /**
   * The year that names the round, for a series that names its rounds by year rather than by
   * number: 2024 for "the 2024 round". A round may be held outside its year (a 2024 round held in
   * January 2025), so the label does not date the session.
   */
  public abstract Optional<Year> round();

  @Value.Check
  final void check() {
    Engagements.check("Dialogue", this);
    Checks.positive("Dialogue", ORDINAL, ordinal());
    round().ifPresent(year -> {
      if (year.getValue() < 1 || year.getValue() > 9999) {
        throw new InvalidValueException("Dialogue", ROUND, year,
            "a round is named by a year from 0001 to 9999, such as 2024");
      }
    });
    if (date().isEmpty() && ordinal().isEmpty() && round().isEmpty()) {
      throw new InvalidValueException("Dialogue", DATE, "(none)",
          "a session without a date is known by its ordinal or its round: give one of the three");
    }
  }
}
