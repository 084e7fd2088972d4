package dev.entente.examples.lifecycles2023;

import static dev.entente.examples.lifecycles2023.PostponedVisits2023.ALBANESE_VISIT_PLAN;
import static dev.entente.examples.lifecycles2023.PostponedVisits2023.AUSTRALIA;
import static dev.entente.examples.lifecycles2023.PostponedVisits2023.BIDEN_CALL;
import static dev.entente.examples.lifecycles2023.PostponedVisits2023.BIDEN_VISIT_PLAN;
import static dev.entente.examples.lifecycles2023.PostponedVisits2023.BLINKEN_VISIT_PLAN;
import static dev.entente.examples.lifecycles2023.PostponedVisits2023.HIROSHIMA_MEETING;
import static dev.entente.examples.lifecycles2023.PostponedVisits2023.USA;
import static dev.entente.testing.EntenteAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.model.Dossier;
import dev.entente.model.Finding;
import dev.entente.model.PlannedMeeting;
import dev.entente.model.PlannedStatus;
import dev.entente.model.ReasonKind;
import dev.entente.model.Ref;
import dev.entente.time.FuzzyDate;
import org.junit.jupiter.api.Test;

/** The two postponed visits of 2023: disputes kept, the lifecycle legal, the JSON faithful. */
class PostponedVisits2023Test {

  private static final Dossier DOSSIER = PostponedVisits2023.dossier();

  private static PlannedMeeting plan(Ref<PlannedMeeting> ref) {
    return DOSSIER.plannedMeeting(ref).orElseThrow();
  }

  @Test
  void blinkensVisitWasPostponedOrCancelledThenHeld() {
    assertThat(DOSSIER).plannedMeeting(BLINKEN_VISIT_PLAN.id())
        .hasLifecycle(PlannedStatus.AGREED, PlannedStatus.SCHEDULED, PlannedStatus.POSTPONED,
            PlannedStatus.RESCHEDULED, PlannedStatus.HELD)
        .hasDisputedStep(2, PlannedStatus.POSTPONED, PlannedStatus.CANCELLED)
        .hasStatus(PlannedStatus.HELD)
        .isDeniedBy("tribune-ap-2023-02-04", "lasicilia-2023-02-04");
    PlannedMeeting blinken = plan(BLINKEN_VISIT_PLAN);
    assertThat(blinken.lifecycle().get(2).reason().orElseThrow().kind())
        .isEqualTo(ReasonKind.SECURITY_INCIDENT);
    assertThat(blinken.lifecycle().get(2).initiator()).hasValue(USA);
    assertThat(blinken.lifecycle().get(2).windows().get(0).wording())
        .hasValue("as soon as conditions allow");
    assertThat(blinken.lifecycle().get(2).windows().get(0).value())
        .isEqualTo(FuzzyDate.parse("2023-02-03/.."));
  }

  @Test
  void chinasStatementIsKeptBesideTheReportsOfThePlan() {
    Finding<Boolean> existence = plan(BLINKEN_VISIT_PLAN).existence();
    assertThat(existence.isDisputed()).isTrue();
    assertThat(existence.alternatives().get(0).value()).isFalse();
    assertThat(existence.alternatives().get(0).evidence())
        .extracting(e -> e.source().id())
        .containsExactly("lasicilia-2023-02-04", "tribune-ap-2023-02-04");
    assertThat(existence.alternatives().get(1).evidence())
        .extracting(e -> e.source().id())
        .contains("brecorder-reuters-2023-01-17", "state-visit-2023-06");
  }

  @Test
  void bidensVisitIsDisputedBetweenPostponedAndCancelled() {
    assertThat(DOSSIER).plannedMeeting(BIDEN_VISIT_PLAN.id())
        .hasStatusDisputedBetween(PlannedStatus.POSTPONED, PlannedStatus.CANCELLED)
        .isHostedBy(AUSTRALIA)
        .isNotDenied();
    PlannedMeeting biden = plan(BIDEN_VISIT_PLAN);
    assertThat(biden.status().alternatives())
        .extracting(a -> a.value(), a -> a.evidence().size())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(PlannedStatus.POSTPONED, 2),
            org.assertj.core.groups.Tuple.tuple(PlannedStatus.CANCELLED, 2));
    assertThat(biden.lifecycle().get(1).reason().orElseThrow().side()).hasValue(USA);
    assertThat(biden.venueFinding().value().flatMap(v -> v.city())).hasValue("Sydney");
    // "at the earliest opportunity", from the day of the postponement, with no end.
    assertThat(biden.windowFinding().value()).hasValue(FuzzyDate.parse("2023-05-16/.."));
  }

  @Test
  void theHiroshimaMeetingReplacesTheVisitAndTheCallWasBidens() {
    assertThat(DOSSIER).engagement(HIROSHIMA_MEETING).replaces(BIDEN_VISIT_PLAN.id())
        .isOn("2023-05-20");
    assertThat(DOSSIER).engagement(BIDEN_CALL).wasInitiatedBy(USA);
  }

  @Test
  void albanesesVisitWasProposedByTheUsAndSetForOctober() {
    assertThat(DOSSIER).plannedMeeting(ALBANESE_VISIT_PLAN.id())
        .hasLifecycle(PlannedStatus.PROPOSED, PlannedStatus.SCHEDULED)
        .isHostedBy(USA);
    // The White House gives the 25th, the Sydney Morning Herald 23 to 26 October: they agree.
    assertThat(plan(ALBANESE_VISIT_PLAN).windowFinding().value())
        .hasValue(FuzzyDate.parse("2023-10-25"));
  }
}
