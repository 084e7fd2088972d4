package dev.entente.testing;

import dev.entente.model.Actor;
import dev.entente.model.Evidence;
import dev.entente.model.Finding;
import dev.entente.model.MeetingChange;
import dev.entente.model.PlannedMeeting;
import dev.entente.model.PlannedStatus;
import dev.entente.model.Ref;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Assertions on a {@link PlannedMeeting}: its path through the lifecycle, and what its sources
 * add up to about its status, host and existence, disputes included.
 *
 * <pre>{@code
 * assertThat(dossier).plannedMeeting("blinken-beijing-visit")
 *     .hasLifecycle(PlannedStatus.AGREED, PlannedStatus.POSTPONED, PlannedStatus.HELD)
 *     .hasStatus(PlannedStatus.HELD)
 *     .isDeniedBy("prc-mfa-2023-02-04");
 * }</pre>
 */
public class PlannedMeetingAssert extends AbstractEntenteAssert<PlannedMeetingAssert, PlannedMeeting> {

  /**
   * Creates the assertion; use {@link EntenteAssertions#assertThat(PlannedMeeting)}.
   *
   * @param actual the planned meeting under test
   */
  public PlannedMeetingAssert(PlannedMeeting actual) {
    super(actual, PlannedMeetingAssert.class);
  }

  private String name() {
    return "planned meeting " + Show.quoted(actual.id());
  }

  /**
   * Verifies that the lifecycle's steps have these statuses, in order (the first account of each
   * step; see {@link #hasDisputedStep(int, PlannedStatus...)} for the others).
   *
   * @param statuses the statuses, oldest first
   * @return this assertion
   */
  public PlannedMeetingAssert hasLifecycle(PlannedStatus... statuses) {
    isNotNull();
    List<PlannedStatus> actualStatuses = actual.lifecycle().stream().map(MeetingChange::status)
        .collect(Collectors.toList());
    if (!actualStatuses.equals(Arrays.asList(statuses))) {
      fail("Expecting " + name() + " to have the lifecycle " + Arrays.toString(statuses)
          + ", but it has " + actualStatuses);
    }
    return myself;
  }

  /**
   * Verifies that the sources settle the status after the latest step on the given one.
   *
   * @param status the status
   * @return this assertion
   */
  public PlannedMeetingAssert hasStatus(PlannedStatus status) {
    isNotNull();
    Finding<PlannedStatus> finding = actual.status();
    if (!finding.value().map(status::equals).orElse(false)) {
      fail("Expecting " + name() + " to have the settled status " + status + ", but it is "
          + describe(finding));
    }
    return myself;
  }

  /**
   * Verifies that the accounts of the latest step disagree, and give exactly these statuses.
   *
   * @param statuses the statuses the accounts give, in any order
   * @return this assertion
   */
  public PlannedMeetingAssert hasStatusDisputedBetween(PlannedStatus... statuses) {
    isNotNull();
    disputedBetween("status", actual.status(), statuses);
    return myself;
  }

  /**
   * Verifies that the step at {@code index} (0 for the first) is disputed between exactly these
   * statuses.
   *
   * @param index the step's index in the lifecycle
   * @param statuses the statuses its accounts give, in any order
   * @return this assertion
   */
  public PlannedMeetingAssert hasDisputedStep(int index, PlannedStatus... statuses) {
    isNotNull();
    if (index < 0 || index >= actual.lifecycle().size()) {
      fail("Expecting " + name() + " to have a step " + index + ", but it has "
          + actual.lifecycle().size() + " steps");
      return myself;
    }
    TreeSet<PlannedStatus> given = actual.lifecycle().get(index).accounts().stream()
        .map(MeetingChange::status).collect(Collectors.toCollection(TreeSet::new));
    TreeSet<PlannedStatus> expected = new TreeSet<>(Arrays.asList(statuses));
    if (given.size() < 2 || !given.equals(expected)) {
      fail("Expecting step " + index + " of " + name() + " to be disputed between " + expected
          + ", but its accounts give " + given);
    }
    return myself;
  }

  /**
   * Verifies that the host after the latest step that names one is settled on the given side.
   *
   * @param host the host
   * @return this assertion
   */
  public PlannedMeetingAssert isHostedBy(Ref<? extends Actor> host) {
    isNotNull();
    Finding<Ref<Actor>> finding = actual.hostFinding();
    if (!finding.value().map(host::equals).orElse(false)) {
      fail("Expecting " + name() + " to be hosted by " + host.id() + ", but its host is "
          + describe(finding));
    }
    return myself;
  }

  /**
   * Verifies that sources deny the plan existed, and that these are exactly the denying sources.
   *
   * @param sourceIds the ids of the sources that deny it, in any order
   * @return this assertion
   */
  public PlannedMeetingAssert isDeniedBy(String... sourceIds) {
    isNotNull();
    TreeSet<String> given = actual.deniedBy().stream().map(e -> e.source().id())
        .collect(Collectors.toCollection(TreeSet::new));
    TreeSet<String> expected = new TreeSet<>(Arrays.asList(sourceIds));
    if (given.isEmpty() || !given.equals(expected)) {
      fail("Expecting " + name() + " to be denied by " + expected + ", but "
          + (given.isEmpty() ? "no source denies it" : "it is denied by " + given));
    }
    return myself;
  }

  /**
   * Verifies that no source denies the plan existed.
   *
   * @return this assertion
   */
  public PlannedMeetingAssert isNotDenied() {
    isNotNull();
    if (!actual.deniedBy().isEmpty()) {
      fail("Expecting " + name() + " not to be denied, but it is denied by "
          + sources(actual.deniedBy()));
    }
    return myself;
  }

  private <T> void disputedBetween(String what, Finding<T> finding, Object[] values) {
    notDisputedBetween(what + " of " + name(), finding, values).ifPresent(this::fail);
  }

  /**
   * Why a finding is not disputed between exactly these values ("Expecting the status of ... to
   * be disputed between ..."), or empty if it is; {@code what} names the finding.
   */
  static <T> java.util.Optional<String> notDisputedBetween(String what, Finding<T> finding,
      Object[] values) {
    List<Object> given = new ArrayList<>();
    finding.alternatives().forEach(a -> given.add(a.value()));
    if (finding.isDisputed() && new java.util.HashSet<>(given).equals(
        new java.util.HashSet<>(Arrays.asList(values)))) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of("Expecting the " + what + " to be disputed between "
        + Arrays.toString(values) + ", but it is " + describe(finding));
  }

  /** A finding in words: "settled: HELD (per a, b)", "disputed: ... or ...", "unknown". */
  static <T> String describe(Finding<T> finding) {
    if (finding.isUnknown()) {
      return "unknown";
    }
    String alternatives = finding.alternatives().stream()
        .map(a -> a.value() + " (per " + sources(a.evidence()) + ")")
        .collect(Collectors.joining(" or "));
    return (finding.isSettled() ? "settled: " : "disputed: ") + alternatives;
  }

  private static String sources(List<Evidence> evidence) {
    return evidence.isEmpty() ? "no source"
        : evidence.stream().map(e -> e.source().id()).distinct().collect(Collectors.joining(", "));
  }
}
