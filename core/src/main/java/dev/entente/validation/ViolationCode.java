package dev.entente.validation;

import java.util.Locale;
import java.util.Optional;

/**
 * The rules a dossier must keep beyond what each record checks of itself, one code per rule.
 *
 * <p><strong>Stability.</strong> Both the constant name (such as {@code DANGLING_REFERENCE}) and
 * its string form {@link #code()} (such as {@code dangling-reference}) never change once released:
 * tools may match on them. New codes may be added; a code is never reused for another rule.
 *
 * <p><strong>Certainty.</strong> A rule that compares fuzzy dates fires only when the violation is
 * certain: when the latest possible day of one date is before the earliest possible day of the
 * other. A dossier that is merely imprecise is never reported.
 *
 * <p><strong>One mistake, one violation.</strong> A rule that needs a referenced record (the series
 * of a dialogue, the person of a participant) is skipped when that reference is dangling or of the
 * wrong kind: the bad reference is reported once, under its own code.
 *
 * <table class="striped">
 *   <caption>Codes and what fires them</caption>
 *   <thead>
 *     <tr><th scope="col">Code</th><th scope="col">Fires when</th><th scope="col">Reported at</th></tr>
 *   </thead>
 *   <tbody>
 *     <tr><th scope="row">{@code duplicate-id}</th>
 *       <td>a record reuses the id of an earlier record of the dossier, or a dossier topic reuses
 *       the id of a built-in topic</td><td>the later record's {@code id}</td></tr>
 *     <tr><th scope="row">{@code dangling-reference}</th>
 *       <td>a reference points at no record of the dossier (nor, for topics, at a built-in
 *       topic)</td><td>the reference</td></tr>
 *     <tr><th scope="row">{@code wrong-reference-kind}</th>
 *       <td>a reference points at a record of another kind, such as a participant's
 *       {@code person} at a state or an {@code office} at a source</td><td>the reference</td></tr>
 *     <tr><th scope="row">{@code side-not-state-or-grouping}</th>
 *       <td>a side of a series, engagement or planned meeting, or an issuer of a joint statement,
 *       is an actor other than a state or a grouping (a person or government body); a side is
 *       an actor reference, so this code, not {@code wrong-reference-kind}, reports it</td>
 *       <td>the side</td></tr>
 *     <tr><th scope="row">{@code participant-not-on-side}</th>
 *       <td>a participant's {@code side} is not one of the engagement's two sides</td>
 *       <td>the participant's {@code side}</td></tr>
 *     <tr><th scope="row">{@code series-sides-mismatch}</th>
 *       <td>a dialogue's or planned meeting's sides differ, as a set, from its series'
 *       sides</td><td>its {@code sides}</td></tr>
 *     <tr><th scope="row">{@code duplicate-ordinal}</th>
 *       <td>two dialogues of one series, or a dialogue and a planned meeting of that series not
 *       held as that dialogue, have the same ordinal; a planned meeting that was called off (its
 *       {@code status()} settles on or includes {@code CANCELLED}) may share its ordinal with the
 *       session later held, as sources number them so</td><td>the later one's {@code ordinal}</td></tr>
 *     <tr><th scope="row">{@code ordinals-out-of-order}</th>
 *       <td>a dialogue of a series with a higher ordinal is certainly dated before one with a lower
 *       ordinal; an undated dialogue is out of order with none</td>
 *       <td>the later dialogue's {@code ordinal}</td></tr>
 *     <tr><th scope="row">{@code duplicate-round}</th>
 *       <td>two dialogues of one series are the same round (the "2024 round")</td>
 *       <td>the later one's {@code round}</td></tr>
 *     <tr><th scope="row">{@code statement-before-engagement}</th>
 *       <td>a statement is certainly dated before the engagement it was made at</td>
 *       <td>the statement's {@code date}</td></tr>
 *     <tr><th scope="row">{@code window-before-announcement}</th>
 *       <td>a planned meeting change announces a window that certainly ends before the change's
 *       date</td><td>the window's {@code value}</td></tr>
 *     <tr><th scope="row">{@code lifecycle-out-of-order}</th>
 *       <td>a planned meeting change is certainly dated before the change listed before it</td>
 *       <td>the change's {@code date}</td></tr>
 *     <tr><th scope="row">{@code held-as-mismatch}</th>
 *       <td>a {@code HELD} change names an engagement whose sides differ from the plan's, or that is
 *       certainly dated before the plan was agreed (its first {@code AGREED} change, else its first
 *       change)</td><td>the change's {@code heldAs}</td></tr>
 *     <tr><th scope="row">{@code office-not-held}</th>
 *       <td>a signatory (of a joint statement or an instrument), witness, issuing official or
 *       speaker is named with an office the person does not hold at its date in the sense of
 *       {@code Dossier.holding}: no tenure of it is recorded, and the person took part in no
 *       engagement as it on a day that may be that date (an undated one: on any day). A
 *       <em>participant</em> is never reported so: taking part as an office implies holding it
 *       then</td>
 *       <td>the {@code office}</td></tr>
 *     <tr><th scope="row">{@code office-outside-term}</th>
 *       <td>a participant, signatory, witness, issuing official or speaker is named with an
 *       office of which the person has recorded tenures, and every one certainly excludes the
 *       engagement's or statement's date (an undated one is never outside a term); recorded
 *       tenures take precedence over the tenure a participation implies</td>
 *       <td>the {@code office}, or the element of a participant's {@code offices}</td></tr>
 *     <tr><th scope="row">{@code self-reference}</th>
 *       <td>a grouping lists itself as a member, a grouping or government body is part of itself,
 *       or a topic is its own parent, or a position's {@code reiteration} names the statement
 *       the position is in as its {@code previous}</td><td>the reference</td></tr>
 *     <tr><th scope="row">{@code issuers-not-sides}</th>
 *       <td>a joint statement made at an engagement has issuers that differ, as a set, from that
 *       engagement's sides</td><td>the statement's {@code issuers}</td></tr>
 *     <tr><th scope="row">{@code lifecycle-transition}</th>
 *       <td>a planned meeting's change (or an alternative account of it) has a status that may not
 *       follow any account of the change before it, or may not start a lifecycle, in the state
 *       machine of {@code PlannedStatus} (such as {@code POSTPONED} after {@code HELD})</td>
 *       <td>the change's {@code status}</td></tr>
 *     <tr><th scope="row">{@code held-date-mismatch}</th>
 *       <td>a {@code HELD} change is dated certainly before the engagement it names in
 *       {@code heldAs}, or more than 7 days certainly after its last day</td>
 *       <td>the change's {@code date}</td></tr>
 *     <tr><th scope="row">{@code substitute-before-replaced}</th>
 *       <td>an engagement that {@code replaces} a planned meeting is certainly dated before the
 *       change that called that meeting off</td><td>the engagement's {@code replaces}</td></tr>
 *     <tr><th scope="row">{@code substitute-mismatch}</th>
 *       <td>an engagement {@code replaces} a planned meeting that no change called off (no
 *       {@code CANCELLED} or {@code POSTPONED} account), or whose sides differ from its own</td>
 *       <td>the engagement's {@code replaces}</td></tr>
 *     <tr><th scope="row">{@code mutual-single-holder}</th>
 *       <td>a position marked mutual has fewer than two holders (its own, else its statement's
 *       issuers or speaker)</td><td>the position's {@code mutuality}</td></tr>
 *     <tr><th scope="row">{@code signatory-not-party}</th>
 *       <td>an instrument's signatory signs for an actor that is not one of its parties</td>
 *       <td>the signatory's {@code party}</td></tr>
 *     <tr><th scope="row">{@code step-by-non-party}</th>
 *       <td>a step of an instrument's history (or an alternative account of it) is taken by an
 *       actor that is not one of its parties, such as a ratification by a third state</td>
 *       <td>the step's {@code party}</td></tr>
 *     <tr><th scope="row">{@code instrument-transition}</th>
 *       <td>a step of an instrument's history (or an alternative account of it) has a status that
 *       may not follow any account of the step before it in the state machine of
 *       {@code InstrumentStatus} (such as {@code SIGNED} after {@code IN_FORCE}), or a party
 *       ratifies twice</td><td>the step's {@code status}</td></tr>
 *     <tr><th scope="row">{@code instrument-out-of-order}</th>
 *       <td>a step of an instrument's history is certainly dated before the step listed before
 *       it</td><td>the step's {@code date}</td></tr>
 *     <tr><th scope="row">{@code signing-date-mismatch}</th>
 *       <td>the first account of an instrument's {@code SIGNED} step is dated certainly outside
 *       the days of the engagement named as its {@code signing}</td>
 *       <td>the step's {@code date}</td></tr>
 *     <tr><th scope="row">{@code principals-missing}</th>
 *       <td>a dialogue of a series with two principals a side or more (a "2+2":
 *       {@code principalsPerSide()}) marks participants as {@code PRINCIPAL} but has fewer than
 *       that many distinct persons so marked on one of its sides; a dialogue that marks no
 *       principal at all is not checked, as its roles are not recorded</td>
 *       <td>the dialogue's {@code participants}, once per short side</td></tr>
 *     <tr><th scope="row">{@code office-of-other-side}</th>
 *       <td>a participant acts as an office whose {@code jurisdiction} is the engagement's other
 *       side, such as a minister of one state seated for the other</td>
 *       <td>the {@code office}, or the element of the participant's {@code offices}</td></tr>
 *     <tr><th scope="row">{@code part-outside-parent}</th>
 *       <td>an engagement {@code partOf} another is certainly dated outside that one's days,
 *       such as a side meeting of a visit dated after the visit ended</td>
 *       <td>the engagement's {@code partOf}</td></tr>
 *     <tr><th scope="row">{@code same-country-sides}</th>
 *       <td>the two sides of a series, engagement or planned meeting, or the issuers of a joint
 *       statement, are states with the same country code</td><td>the second side</td></tr>
 *     <tr><th scope="row">{@code person-on-both-sides}</th>
 *       <td>one person takes part in an engagement on both of its sides</td>
 *       <td>the later participant's {@code person}</td></tr>
 *     <tr><th scope="row">{@code duplicate-participant}</th>
 *       <td>one person is listed twice as a participant of an engagement on the same side (a
 *       person acting as several offices is one participant with several {@code offices})</td>
 *       <td>the later participant's {@code person}</td></tr>
 *     <tr><th scope="row">{@code reference-cycle}</th>
 *       <td>records refer to one another in a cycle, two records or more, through a reference
 *       that must form a hierarchy: a grouping's or government body's {@code partOf}, a
 *       grouping's {@code members}, a body's {@code government}, an engagement's {@code partOf},
 *       a topic's {@code parents} (a record that refers to itself is a {@code self-reference});
 *       each cycle is reported once</td>
 *       <td>the reference into the cycle of the cycle's record listed last</td></tr>
 *     <tr><th scope="row">{@code government-is-person}</th>
 *       <td>a government body's {@code government} is a person: it is a state or a grouping</td>
 *       <td>the body's {@code government}</td></tr>
 *   </tbody>
 * </table>
 */
public enum ViolationCode {
  /** A record reuses an id of the dossier, or a topic reuses a built-in topic's id. */
  DUPLICATE_ID,
  /** A reference points at nothing. */
  DANGLING_REFERENCE,
  /** A reference points at a record of another kind than the one it names. */
  WRONG_REFERENCE_KIND,
  /** A side of a bilateral record is neither a state nor a grouping. */
  SIDE_NOT_STATE_OR_GROUPING,
  /** A participant's side is not one of the engagement's sides. */
  PARTICIPANT_NOT_ON_SIDE,
  /** A dialogue's or planned meeting's sides differ from its series' sides. */
  SERIES_SIDES_MISMATCH,
  /** Two sessions of one series share an ordinal. */
  DUPLICATE_ORDINAL,
  /** A session of a series with a higher ordinal is certainly dated before a lower one. */
  ORDINALS_OUT_OF_ORDER,
  /** A statement is certainly dated before the engagement it was made at. */
  STATEMENT_BEFORE_ENGAGEMENT,
  /** A planned meeting change announces a window that has certainly passed. */
  WINDOW_BEFORE_ANNOUNCEMENT,
  /** A planned meeting change is certainly dated before the previous change. */
  LIFECYCLE_OUT_OF_ORDER,
  /** The engagement a planned meeting was held as does not fit the plan. */
  HELD_AS_MISMATCH,
  /**
   * A signatory, witness, issuing official or speaker is named with an office the dossier does not
   * show them holding then (no tenure, no participation as it).
   */
  OFFICE_NOT_HELD,
  /** A person is named with an office at a date outside every tenure of it. */
  OFFICE_OUTSIDE_TERM,
  /** A grouping, government body or topic refers to itself, or a position restates its own statement. */
  SELF_REFERENCE,
  /** A joint statement's issuers differ from the sides of its engagement. */
  ISSUERS_NOT_SIDES,
  /** A planned meeting's change has a status its lifecycle's state machine does not allow there. */
  LIFECYCLE_TRANSITION,
  /** A HELD change is dated away from the engagement it was held as. */
  HELD_DATE_MISMATCH,
  /** An engagement is certainly dated before the change that called off the meeting it replaced. */
  SUBSTITUTE_BEFORE_REPLACED,
  /** An engagement replaces a planned meeting that was never called off, or has other sides. */
  SUBSTITUTE_MISMATCH,
  /** Two sessions of one series are the same round. */
  DUPLICATE_ROUND,
  /** A position marked mutual has fewer than two holders. */
  MUTUAL_SINGLE_HOLDER,
  /** An instrument's signatory signs for an actor that is not one of its parties. */
  SIGNATORY_NOT_PARTY,
  /** A step of an instrument's history is taken by an actor that is not one of its parties. */
  STEP_BY_NON_PARTY,
  /** A step of an instrument's history has a status its state machine does not allow there. */
  INSTRUMENT_TRANSITION,
  /** A step of an instrument's history is certainly dated before the step before it. */
  INSTRUMENT_OUT_OF_ORDER,
  /** An instrument's signing is dated away from the engagement named as its signing. */
  SIGNING_DATE_MISMATCH,
  /** A session of a "2+2" series marks fewer principals on a side than the series has. */
  PRINCIPALS_MISSING,
  /** A participant acts as an office of the engagement's other side. */
  OFFICE_OF_OTHER_SIDE,
  /** An engagement part of another is certainly dated outside it. */
  PART_OUTSIDE_PARENT,
  /** Two sides are states with the same country code. */
  SAME_COUNTRY_SIDES,
  /** One person takes part in an engagement on both sides. */
  PERSON_ON_BOTH_SIDES,
  /** One person is listed twice as a participant of an engagement on the same side. */
  DUPLICATE_PARTICIPANT,
  /**
   * Records refer to one another in a cycle where references must form a hierarchy: groupings
   * or bodies part of one another, groupings members of one another, bodies the government of
   * one another, engagements part of one another, topics parents of one another.
   */
  REFERENCE_CYCLE,
  /** A government body's government is a person. */
  GOVERNMENT_IS_PERSON;

  private final String code = name().toLowerCase(Locale.ROOT).replace('_', '-');

  /**
   * Returns the stable string form of this code: the constant name in lower case with hyphens,
   * such as {@code dangling-reference}.
   *
   * @return the string form, which never changes once released
   */
  public String code() {
    return code;
  }

  /**
   * Finds the code with a string form, the inverse of {@link #code()}.
   *
   * @param code a string form such as {@code dangling-reference}
   * @return the code, or empty if no code has that string form
   */
  public static Optional<ViolationCode> ofCode(String code) {
    for (ViolationCode value : values()) {
      if (value.code.equals(code)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }
}
