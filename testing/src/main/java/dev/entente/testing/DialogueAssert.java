package dev.entente.testing;

import dev.entente.model.Dialogue;
import dev.entente.model.DialogueSeries;
import dev.entente.model.Ref;

/**
 * Assertions on a {@link Dialogue}: all of an engagement's, and its series, ordinal and round.
 *
 * <pre>{@code
 * assertThat(dossier).dialogue("strategic-dialogue-9")
 *     .isSessionOf(strategicDialogue).hasOrdinal(9)
 *     .hasSides(rok, uk).isHostedBy(rok).isOn("2024-10-21").isHeldIn("Seoul")
 *     .hasParticipant(cho, rokForeignMinister);
 * }</pre>
 */
public class DialogueAssert extends AbstractEngagementAssert<DialogueAssert, Dialogue> {

  /**
   * Creates the assertion; use {@link EntenteAssertions#assertThat(Dialogue)}.
   *
   * @param actual the dialogue under test
   */
  public DialogueAssert(Dialogue actual) {
    super(actual, DialogueAssert.class);
  }

  /**
   * Verifies the session's number in its series ("9th").
   *
   * @param ordinal the ordinal
   * @return this assertion
   */
  public DialogueAssert hasOrdinal(int ordinal) {
    isNotNull();
    if (actual.ordinal().orElse(-1) != ordinal) {
      fail("Expecting " + name() + " to have ordinal " + ordinal + ", but its ordinal is "
          + Show.opt(actual.ordinal()));
    }
    return myself;
  }

  /**
   * Verifies the round the session is, for a series that names its rounds by year ("the 2024
   * round").
   *
   * @param year the year that names the round
   * @return this assertion
   */
  public DialogueAssert isRound(int year) {
    isNotNull();
    if (!actual.round().map(r -> r.getValue() == year).orElse(false)) {
      fail("Expecting " + name() + " to be the " + year + " round, but its round is "
          + Show.opt(actual.round()));
    }
    return myself;
  }

  /**
   * Verifies the series the dialogue is a session of.
   *
   * @param series the series
   * @return this assertion
   */
  public DialogueAssert isSessionOf(Ref<DialogueSeries> series) {
    isNotNull();
    if (!actual.series().equals(series)) {
      fail("Expecting " + name() + " to be a session of " + series.id() + ", but it is a session of "
          + actual.series().id());
    }
    return myself;
  }
}
