package dev.entente.model;

import dev.entente.time.FuzzyDate;
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

  /** The session's number in its series ("9th"), when known. */
  public abstract OptionalInt ordinal();

  @Value.Check
  final void check() {
    Engagements.check("Dialogue", this);
    Checks.positive("Dialogue", "ordinal", ordinal());
  }
}
