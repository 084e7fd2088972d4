package dev.entente.testing;

import dev.entente.model.Dialogue;
import dev.entente.model.Engagement;
import dev.entente.model.Meeting;
import dev.entente.model.MeetingKind;

/**
 * Assertions on an {@link Engagement} of either kind, a dialogue or a meeting.
 *
 * <pre>{@code
 * assertThat(dossier).engagement("courtesy-call")
 *     .isMeetingOfKind(MeetingKind.COURTESY_CALL)
 *     .isOn("2024-10-21")
 *     .hasParticipant(lammy, ukForeignSecretary);
 * }</pre>
 */
public class EngagementAssert extends AbstractEngagementAssert<EngagementAssert, Engagement> {

  /**
   * Creates the assertion; use {@link EntenteAssertions#assertThat(Engagement)}.
   *
   * @param actual the engagement under test
   */
  public EngagementAssert(Engagement actual) {
    super(actual, EngagementAssert.class);
  }

  /**
   * Verifies that the engagement is a dialogue with the given ordinal ("9th").
   *
   * @param ordinal the session's number in its series
   * @return this assertion
   */
  public EngagementAssert hasOrdinal(int ordinal) {
    isNotNull();
    if (!(actual instanceof Dialogue)) {
      fail("Expecting " + name() + " to be a dialogue with ordinal " + ordinal
          + ", but it is a " + actual.getClass().getSimpleName());
    } else if (((Dialogue) actual).ordinal().orElse(-1) != ordinal) {
      fail("Expecting " + name() + " to have ordinal " + ordinal + ", but its ordinal is "
          + Show.opt(((Dialogue) actual).ordinal()));
    }
    return myself;
  }

  /**
   * Verifies that the engagement is a meeting of the given kind.
   *
   * @param kind the kind of meeting
   * @return this assertion
   */
  public EngagementAssert isMeetingOfKind(MeetingKind kind) {
    isNotNull();
    if (!(actual instanceof Meeting) || ((Meeting) actual).kind() != kind) {
      fail("Expecting " + name() + " to be a meeting of kind " + kind + ", but it is "
          + (actual instanceof Meeting ? "of kind " + ((Meeting) actual).kind()
              : "a " + actual.getClass().getSimpleName()));
    }
    return myself;
  }
}
