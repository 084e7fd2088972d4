package dev.entente.testing;

import dev.entente.model.Attribution;
import dev.entente.model.ConditionKind;
import dev.entente.model.EntryCondition;
import dev.entente.model.Finding;
import dev.entente.model.Instrument;
import dev.entente.model.InstrumentKind;
import dev.entente.model.InstrumentStatus;
import dev.entente.model.InstrumentStep;
import dev.entente.model.Ref;
import dev.entente.model.Signatory;
import dev.entente.time.FuzzyDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Assertions on an {@link Instrument}: its kind and parties, who signed and witnessed it, what
 * its entry into force waits for, and its history, disputes included.
 *
 * <pre>{@code
 * assertThat(dossier).instrument("japan-uk-raa")
 *     .hasKind(InstrumentKind.TREATY)
 *     .hasParties(Ref.of("jpn"), Ref.of("gbr"))
 *     .wasSignedBy(Ref.of("kishida"), Ref.of("jpn"))
 *     .wasRatifiedBy(Ref.of("jpn"), Ref.of("gbr"))
 *     .hasStatus(InstrumentStatus.IN_FORCE)
 *     .entersIntoForceOn("2023-09-01");
 * }</pre>
 */
public class InstrumentAssert extends AbstractEntenteAssert<InstrumentAssert, Instrument> {

  /**
   * Creates the assertion; use {@link EntenteAssertions#assertThat(Instrument)}.
   *
   * @param actual the instrument under test
   */
  public InstrumentAssert(Instrument actual) {
    super(actual, InstrumentAssert.class);
  }

  private String name() {
    return "instrument " + Show.quoted(actual.id());
  }

  /**
   * Verifies the instrument's kind.
   *
   * @param kind the kind
   * @return this assertion
   */
  public InstrumentAssert hasKind(InstrumentKind kind) {
    isNotNull();
    if (actual.kind() != kind) {
      fail("Expecting " + name() + " to be of kind " + kind + ", but it is of kind "
          + actual.kind());
    }
    return myself;
  }

  /**
   * Verifies that the instrument's parties are exactly the given actors, in any order.
   *
   * @param parties the parties
   * @return this assertion
   */
  public InstrumentAssert hasParties(Ref<?>... parties) {
    isNotNull();
    if (!new HashSet<>(actual.parties()).equals(new HashSet<>(Arrays.asList(parties)))) {
      fail("Expecting " + name() + " to have the parties " + Show.refs(Arrays.asList(parties))
          + ", but its parties are " + Show.refs(actual.parties()));
    }
    return myself;
  }

  /**
   * Verifies that the person signed the instrument for the party.
   *
   * @param person who signed
   * @param party the party signed for
   * @return this assertion
   */
  public InstrumentAssert wasSignedBy(Ref<?> person, Ref<?> party) {
    isNotNull();
    boolean signed = actual.signatories().stream()
        .anyMatch(s -> s.person().equals(person) && s.party().equals(party));
    if (!signed) {
      fail("Expecting " + name() + " to be signed by " + person.id() + " for " + party.id()
          + ", but its signatories are " + signatories(actual.signatories()));
    }
    return myself;
  }

  /**
   * Verifies that the instrument was signed at the given engagement.
   *
   * @param engagement the engagement
   * @return this assertion
   */
  public InstrumentAssert wasSignedAt(Ref<?> engagement) {
    isNotNull();
    if (!actual.signing().map(engagement::equals).orElse(false)) {
      fail("Expecting " + name() + " to be signed at " + engagement.id()
          + ", but its signing is " + Show.opt(actual.signing()));
    }
    return myself;
  }

  /**
   * Verifies that the person witnessed the signing, in whatever office.
   *
   * @param person the witness
   * @return this assertion
   */
  public InstrumentAssert wasWitnessedBy(Ref<?> person) {
    isNotNull();
    if (actual.witnesses().stream().noneMatch(w -> w.person().equals(person))) {
      fail("Expecting " + name() + " to be witnessed by " + person.id()
          + ", but its witnesses are " + Show.refs(actual.witnesses().stream()
              .map(Attribution::person).collect(Collectors.toList())));
    }
    return myself;
  }

  /**
   * Verifies that the history's steps have these statuses, in order (the first account of each
   * step).
   *
   * @param statuses the statuses, oldest first
   * @return this assertion
   */
  public InstrumentAssert hasHistory(InstrumentStatus... statuses) {
    isNotNull();
    List<InstrumentStatus> given = actual.history().stream().map(InstrumentStep::status)
        .collect(Collectors.toList());
    if (!given.equals(Arrays.asList(statuses))) {
      fail("Expecting " + name() + " to have the history " + Arrays.toString(statuses)
          + ", but it has " + given);
    }
    return myself;
  }

  /**
   * Verifies that the sources settle the status after the latest step on the given one.
   *
   * @param status the status
   * @return this assertion
   */
  public InstrumentAssert hasStatus(InstrumentStatus status) {
    isNotNull();
    Finding<InstrumentStatus> finding = actual.status();
    if (!finding.isSettled() || !finding.value().map(status::equals).orElse(false)) {
      fail("Expecting " + name() + " to have the settled status " + status + ", but it is "
          + PlannedMeetingAssert.describe(finding));
    }
    return myself;
  }

  /**
   * Verifies that the accounts of the latest step disagree, and give exactly these statuses.
   *
   * @param statuses the statuses the accounts give, in any order
   * @return this assertion
   */
  public InstrumentAssert hasStatusDisputedBetween(InstrumentStatus... statuses) {
    isNotNull();
    PlannedMeetingAssert.notDisputedBetween("status of " + name(), actual.status(), statuses)
        .ifPresent(this::fail);
    return myself;
  }

  /**
   * Verifies that each of the given parties ratified the instrument (named by a RATIFIED step's
   * first account); others may have too.
   *
   * @param parties the parties that ratified
   * @return this assertion
   */
  public InstrumentAssert wasRatifiedBy(Ref<?>... parties) {
    isNotNull();
    if (!actual.ratifiedBy().containsAll(Arrays.asList(parties))) {
      fail("Expecting " + name() + " to be ratified by " + Show.refs(Arrays.asList(parties))
          + ", but it was ratified by " + Show.refs(actual.ratifiedBy()));
    }
    return myself;
  }

  /**
   * Verifies that the instrument's entry into force waits for a condition of the given kind.
   *
   * @param kind the kind of condition
   * @return this assertion
   */
  public InstrumentAssert hasCondition(ConditionKind kind) {
    isNotNull();
    if (actual.conditions().stream().noneMatch(c -> c.kind() == kind)) {
      fail("Expecting " + name() + " to have a condition of entry into force of kind " + kind
          + ", but its conditions are " + actual.conditions().stream()
              .map(EntryCondition::kind).collect(Collectors.toList()));
    }
    return myself;
  }

  /**
   * Verifies the date of the instrument's first IN_FORCE step (its first account), exactly as
   * EDTF.
   *
   * @param date the date it entered into force
   * @return this assertion
   */
  public InstrumentAssert entersIntoForceOn(FuzzyDate date) {
    isNotNull();
    Optional<InstrumentStep> inForce = actual.history().stream()
        .filter(s -> s.status() == InstrumentStatus.IN_FORCE).findFirst();
    if (inForce.isEmpty()) {
      fail("Expecting " + name() + " to enter into force on " + date
          + ", but its history has no IN_FORCE step: "
          + actual.history().stream().map(InstrumentStep::status).collect(Collectors.toList()));
    } else if (!inForce.get().date().map(date::equals).orElse(false)) {
      fail("Expecting " + name() + " to enter into force on " + date
          + ", but its IN_FORCE step is dated " + Show.opt(inForce.get().date()));
    }
    return myself;
  }

  /**
   * Verifies the date of the instrument's first IN_FORCE step, given as EDTF text such as
   * {@code 2023-09-01}.
   *
   * @param edtf the date
   * @return this assertion
   */
  public InstrumentAssert entersIntoForceOn(String edtf) {
    return entersIntoForceOn(FuzzyDate.parse(edtf));
  }

  /** Signatories as {@code [kishida for jpn as jpn-pm, hayashi for jpn]}. */
  private static String signatories(List<Signatory> signatories) {
    return signatories.stream()
        .map(s -> s.person().id() + " for " + s.party().id()
            + s.office().map(o -> " as " + o.id()).orElse(""))
        .collect(Collectors.joining(", ", "[", "]"));
  }
}
