package dev.entente.testing.generators;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.model.ActorClaim;
import dev.entente.model.Claim;
import dev.entente.model.DateClaim;
import dev.entente.model.Engagement;
import dev.entente.model.Evidence;
import dev.entente.model.Meeting;
import dev.entente.model.MeetingChange;
import dev.entente.model.PlannedMeeting;
import dev.entente.model.VenueClaim;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * What sources add up to does not depend on the order in which they are written: reordering the
 * accounts of a step (which one comes first, the order of the alternatives), the claims of an
 * engagement and the evidence of each never changes a finding.
 */
class FindingOrderPropertiesTest {

  @Property(tries = 300)
  void aPlansFindingsDoNotDependOnTheOrderOfAccountsAndSources(
      @ForAll("plans") PlannedMeeting plan, @ForAll Random random) {
    PlannedMeeting reordered = reorder(plan, random);
    Statistics.label("latest step disputed").collect(plan.status().isDisputed());
    Statistics.label("latest step disputed")
        .coverage(c -> c.check(true).percentage(p -> p > 5));

    assertThat(reordered.status()).isEqualTo(plan.status());
    assertThat(reordered.hostFinding()).isEqualTo(plan.hostFinding());
    assertThat(reordered.venueFinding()).isEqualTo(plan.venueFinding());
    assertThat(reordered.windowFinding()).isEqualTo(plan.windowFinding());
    assertThat(reordered.existence()).isEqualTo(plan.existence());
  }

  @Property(tries = 300)
  void anEngagementsFindingsDoNotDependOnTheOrderOfClaimsAndSources(
      @ForAll("disputedMeetings") Meeting meeting, @ForAll Random random) {
    Statistics.label("host disputed").collect(meeting.hostFinding().isDisputed());
    Statistics.label("host disputed").coverage(c -> c.check(true).percentage(p -> p > 5));
    Engagement reordered = meeting
        .withHostClaims(shuffled(reorderEvidence(meeting.hostClaims(), ActorClaim::withEvidence, random), random))
        .withVenueClaims(shuffled(reorderEvidence(meeting.venueClaims(), VenueClaim::withEvidence, random), random))
        .withDateClaims(shuffled(reorderEvidence(meeting.dateClaims(), DateClaim::withEvidence, random), random))
        .withEvidence(shuffled(meeting.evidence(), random));

    assertThat(reordered.hostFinding()).isEqualTo(meeting.hostFinding());
    assertThat(reordered.venueFinding()).isEqualTo(meeting.venueFinding());
    assertThat(reordered.dateFinding()).isEqualTo(meeting.dateFinding());
  }

  @Provide
  Arbitrary<PlannedMeeting> plans() {
    return ModelArbitraries.plannedMeetings();
  }

  /** Meetings with host, venue and date claims, host and venue left out as disputes require. */
  @Provide
  Arbitrary<Meeting> disputedMeetings() {
    Arbitrary<List<Evidence>> evidence = ModelArbitraries.evidence().list().ofMaxSize(3);
    return Combinators.combine(ModelArbitraries.meetings(),
            Combinators.combine(Arbitraries.of(0, 1), evidence).as((side, ev) -> new Object[] {side, ev})
                .list().ofMaxSize(4),
            Combinators.combine(ModelArbitraries.venues(), evidence)
                .as((venue, ev) -> VenueClaim.builder().value(venue).evidence(ev).build())
                .list().ofMaxSize(4),
            ModelArbitraries.dateClaims().list().ofMaxSize(4))
        .as((meeting, hosts, venues, dates) -> {
          List<ActorClaim> hostClaims = new ArrayList<>();
          for (Object[] host : hosts) {
            @SuppressWarnings("unchecked")
            List<Evidence> ev = (List<Evidence>) host[1];
            hostClaims.add(ActorClaim.builder().value(meeting.sides().get((Integer) host[0]))
                .evidence(ev).build());
          }
          return meeting.withHost(java.util.Optional.empty())
              .withVenue(java.util.Optional.empty())
              .withHostClaims(hostClaims).withVenueClaims(venues).withDateClaims(dates);
        });
  }

  /** The plan with every step's accounts rotated and shuffled, and every evidence list shuffled. */
  private static PlannedMeeting reorder(PlannedMeeting plan, Random random) {
    List<MeetingChange> lifecycle = new ArrayList<>();
    for (MeetingChange step : plan.lifecycle()) {
      List<MeetingChange> accounts = new ArrayList<>();
      for (MeetingChange account : step.accounts()) {
        accounts.add(account.withConfirmation(java.util.Optional.empty()).withAlternatives()
            .withEvidence(shuffled(account.evidence(), random))
            .withWindows(shuffled(reorderEvidence(account.windows(), DateClaim::withEvidence, random), random)));
      }
      Collections.shuffle(accounts, random);
      lifecycle.add(accounts.get(0).withAlternatives(accounts.subList(1, accounts.size())));
    }
    return plan.withLifecycle(lifecycle)
        .withEvidence(shuffled(plan.evidence(), random))
        .withDeniedBy(shuffled(plan.deniedBy(), random));
  }

  /** The claims, each with its evidence shuffled (the claims' own order is kept). */
  private static <C extends Claim<?>> List<C> reorderEvidence(List<C> claims,
      BiFunction<C, List<Evidence>, C> withEvidence, Random random) {
    List<C> reordered = new ArrayList<>();
    claims.forEach(c -> reordered.add(withEvidence.apply(c, shuffled(c.evidence(), random))));
    return reordered;
  }

  private static <T> List<T> shuffled(List<T> list, Random random) {
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, random);
    return copy;
  }
}
