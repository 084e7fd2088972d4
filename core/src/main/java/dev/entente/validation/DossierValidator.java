package dev.entente.validation;

import static dev.entente.validation.Pointers.index;
import static dev.entente.validation.Pointers.member;

import dev.entente.validation.Pointers.Pointer;

import dev.entente.model.Actor;
import dev.entente.model.Agreement;
import dev.entente.model.Attribution;
import dev.entente.model.ChangeReason;
import dev.entente.model.Claim;
import dev.entente.model.DateClaim;
import dev.entente.model.Dialogue;
import dev.entente.model.DialogueSeries;
import dev.entente.model.Dossier;
import dev.entente.model.Engagement;
import dev.entente.model.EntryCondition;
import dev.entente.model.Evidence;
import dev.entente.model.GovernmentBody;
import dev.entente.model.Grouping;
import dev.entente.model.Identified;
import dev.entente.model.Instrument;
import dev.entente.model.InstrumentStatus;
import dev.entente.model.InstrumentStep;
import dev.entente.model.JointStatement;
import dev.entente.model.MeetingChange;
import dev.entente.model.Office;
import dev.entente.model.Participant;
import dev.entente.model.ParticipantRole;
import dev.entente.model.Person;
import dev.entente.model.PlannedMeeting;
import dev.entente.model.PlannedStatus;
import dev.entente.model.Position;
import dev.entente.model.ObjectActor;
import dev.entente.model.PositionObject;
import dev.entente.model.Reiteration;
import dev.entente.model.Ref;
import dev.entente.model.Remarks;
import dev.entente.model.Signatory;
import dev.entente.model.Source;
import dev.entente.model.State;
import dev.entente.model.Statement;
import dev.entente.model.StatementRelation;
import dev.entente.model.Tenure;
import dev.entente.model.Term;
import dev.entente.model.Topic;
import dev.entente.model.Topics;
import dev.entente.model.UnilateralStatement;
import dev.entente.model.Wording;
import dev.entente.time.FuzzyDate;
import java.util.ArrayList;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks a whole {@link Dossier}: the rules that span records, which no single record can check
 * of itself (references, sides, ordinals, dates across records, offices held).
 *
 * <p>{@link #validate(Dossier)} returns every violation, in document order (the order of the
 * dossier's attributes, list elements and record attributes, as a JSON rendering would list them),
 * and never throws on a bad dossier. The codes, and what fires each, are listed in {@link
 * ViolationCode}.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class DossierValidator {

  /**
   * How many days after an engagement's last day a {@code HELD} change may be dated: sources
   * report a meeting on its day or soon after.
   */
  static final int HELD_REPORTED_WITHIN_DAYS = 7;

  /** Every day there is: the time of an undated record, which may be any. */
  private static final FuzzyDate ANY_TIME = FuzzyDate.interval(
      FuzzyDate.of(FuzzyDate.MIN_DAY), FuzzyDate.of(FuzzyDate.MAX_DAY));

  private DossierValidator() {}

  /**
   * Checks a dossier against every rule of {@link ViolationCode}.
   *
   * @param dossier the dossier to check
   * @return every violation, in document order; empty if the dossier is valid; unmodifiable
   * @throws NullPointerException if {@code dossier} is null
   */
  public static List<Violation> validate(Dossier dossier) {
    Walk walk = new Walk(dossier, Integer.MAX_VALUE);
    walk.run();
    return List.copyOf(walk.violations);
  }

  /**
   * Checks a dossier against every rule of {@link ViolationCode}, describing only the first
   * {@code limit} violations and counting the others: the memory and time of the report are those
   * of the violations described, however many the dossier has.
   *
   * @param dossier the dossier to check
   * @param limit the most violations described, 1 or more
   * @return the first {@code limit} violations, in document order, and how many more there are
   * @throws NullPointerException if {@code dossier} is null
   * @throws IllegalArgumentException if {@code limit} is below 1
   */
  public static ValidationReport validate(Dossier dossier, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit: " + limit + ": must be 1 or more");
    }
    Walk walk = new Walk(dossier, limit);
    walk.run();
    return new ValidationReport(walk.violations, walk.notKept);
  }

  /** One run over one dossier; holds the state of that run only. */
  private static final class Walk {
    private final Dossier dossier;
    private final List<Violation> violations = new ArrayList<>();
    /** The most violations described; those after are only counted. */
    private final int limit;
    /** How many violations were found beyond the limit. */
    private int notKept;
    /** Where each id was first declared. */
    private final Map<String, Pointer> declared = new HashMap<>();
    /** The ordinal rules of the dossier's sessions, found once for all. */
    private SessionOrdinals ordinals;
    /** The cycles of the references that must form hierarchies, found once for all. */
    private final ReferenceCycles cycles = new ReferenceCycles();
    /** The first dialogue with each round, per series id. */
    private final Map<String, Map<Year, Dialogue>> rounds = new HashMap<>();

    Walk(Dossier dossier, int limit) {
      this.dossier = Objects.requireNonNull(dossier, "dossier");
      this.limit = limit;
    }

    void run() {
      List<Engagement> engagements = dossier.engagements();
      ordinals = new SessionOrdinals(engagements);
      cycles.relation(Grouping.MEMBERS, true, dossier.actors(), actor -> actor instanceof Grouping
          ? ((Grouping) actor).members() : List.of());
      cycles.relation(GovernmentBody.GOVERNMENT, false, dossier.actors(),
          actor -> actor instanceof GovernmentBody
              ? List.of(((GovernmentBody) actor).government()) : List.of());
      cycles.relation(Grouping.PART_OF, false, dossier.actors(), actor -> actor instanceof Grouping
          ? ((Grouping) actor).partOf().stream().toList()
          : actor instanceof GovernmentBody
              ? ((GovernmentBody) actor).partOf().stream().toList() : List.of());
      cycles.relation(Engagement.PART_OF, false, engagements,
          engagement -> engagement.partOf().stream().toList());
      cycles.relation(Topic.PARENTS, true, dossier.topics(), Topic::parents);
      for (int i = 0; i < dossier.actors().size(); i++) {
        actor(dossier.actors().get(i), index(member(Pointer.DOCUMENT, Dossier.ACTORS), i));
      }
      for (int i = 0; i < dossier.offices().size(); i++) {
        office(dossier.offices().get(i), index(member(Pointer.DOCUMENT, Dossier.OFFICES), i));
      }
      for (int i = 0; i < dossier.series().size(); i++) {
        series(dossier.series().get(i), index(member(Pointer.DOCUMENT, Dossier.SERIES), i));
      }
      for (int i = 0; i < engagements.size(); i++) {
        engagement(engagements.get(i), index(member(Pointer.DOCUMENT, Dossier.ENGAGEMENTS), i));
      }
      for (int i = 0; i < dossier.plannedMeetings().size(); i++) {
        plannedMeeting(dossier.plannedMeetings().get(i), index(member(Pointer.DOCUMENT, Dossier.PLANNED_MEETINGS), i));
      }
      for (int i = 0; i < dossier.statements().size(); i++) {
        statement(dossier.statements().get(i), index(member(Pointer.DOCUMENT, Dossier.STATEMENTS), i));
      }
      for (int i = 0; i < dossier.instruments().size(); i++) {
        instrument(dossier.instruments().get(i), index(member(Pointer.DOCUMENT, Dossier.INSTRUMENTS), i));
      }
      for (int i = 0; i < dossier.topics().size(); i++) {
        topic(dossier.topics().get(i), index(member(Pointer.DOCUMENT, Dossier.TOPICS), i));
      }
      for (int i = 0; i < dossier.sources().size(); i++) {
        Source source = dossier.sources().get(i);
        id(source, index(member(Pointer.DOCUMENT, Dossier.SOURCES), i));
      }
    }

    // ---------------------------------------------------------------- records

    private void actor(Actor actor, Pointer at) {
      id(actor, at);
      if (actor instanceof Grouping) {
        Grouping grouping = (Grouping) actor;
        for (int j = 0; j < grouping.members().size(); j++) {
          selfOrRef(grouping, grouping.members().get(j), index(member(at, Grouping.MEMBERS), j),
              "grouping \"%s\" lists itself as a member");
        }
        grouping.partOf().ifPresent(parent ->
            selfOrRef(grouping, parent, member(at, Grouping.PART_OF), "grouping \"%s\" is part of itself"));
        cycles(grouping, at, "grouping");
      } else if (actor instanceof GovernmentBody) {
        GovernmentBody body = (GovernmentBody) actor;
        Pointer governmentAt = member(at, GovernmentBody.GOVERNMENT);
        ref(body.government(), Actor.class, governmentAt)
            .filter(Person.class::isInstance)
            .ifPresent(person -> report(governmentAt, ViolationCode.GOVERNMENT_IS_PERSON,
                "the government of body \"%s\" is person \"%s\"; a body's government is a state"
                    + " or a grouping", body.id(), person.id()));
        body.partOf().ifPresent(parent -> selfOrRef(
            body, parent, member(at, GovernmentBody.PART_OF), "government body \"%s\" is part of itself"));
        cycles(body, at, "government body");
      } else if (actor instanceof Person) {
        Person person = (Person) actor;
        wordings(person.aliases(), member(at, Person.ALIASES));
        for (int j = 0; j < person.tenures().size(); j++) {
          Tenure tenure = person.tenures().get(j);
          Pointer tenureAt = index(member(at, Person.TENURES), j);
          ref(tenure.office(), Office.class, member(tenureAt, Tenure.OFFICE));
          evidence(tenure.evidence(), member(tenureAt, Tenure.EVIDENCE));
        }
      }
    }

    private void office(Office office, Pointer at) {
      id(office, at);
      ref(office.jurisdiction(), Actor.class, member(at, Office.JURISDICTION));
      office.body().ifPresent(body -> ref(body, Actor.class, member(at, Office.BODY)));
    }

    private void series(DialogueSeries series, Pointer at) {
      id(series, at);
      sides(series.sides(), member(at, DialogueSeries.SIDES), "series");
      evidence(series.evidence(), member(at, DialogueSeries.EVIDENCE));
    }

    private void engagement(Engagement engagement, Pointer at) {
      id(engagement, at);
      String kind = engagement instanceof Dialogue ? "dialogue" : "meeting";
      Optional<DialogueSeries> series = Optional.empty();
      if (engagement instanceof Dialogue) {
        series = find(((Dialogue) engagement).series(), DialogueSeries.class);
      }
      series.ifPresent(s -> seriesSides(engagement.sides(), s, member(at, Engagement.SIDES), kind, engagement.id()));
      sides(engagement.sides(), member(at, Engagement.SIDES), kind);
      engagement.host().ifPresent(host -> ref(host, Actor.class, member(at, Engagement.HOST)));
      engagement.initiator().ifPresent(actor -> ref(actor, Actor.class, member(at, Engagement.INITIATOR)));
      for (int j = 0; j < engagement.hostClaims().size(); j++) {
        Pointer claimAt = index(member(at, Engagement.HOST_CLAIMS), j);
        ref(engagement.hostClaims().get(j).value(), Actor.class, member(claimAt, Claim.VALUE));
        evidence(engagement.hostClaims().get(j).evidence(), member(claimAt, Claim.EVIDENCE));
      }
      dateClaims(engagement.dateClaims(), member(at, Engagement.DATE_CLAIMS));
      for (int j = 0; j < engagement.venueClaims().size(); j++) {
        evidence(engagement.venueClaims().get(j).evidence(),
            member(index(member(at, Engagement.VENUE_CLAIMS), j), Claim.EVIDENCE));
      }
      series.ifPresent(s -> principals(engagement, s, member(at, Engagement.PARTICIPANTS)));
      Map<Ref<Person>, Integer> listed = new HashMap<>();
      for (int j = 0; j < engagement.participants().size(); j++) {
        participant(engagement, j, listed, index(member(at, Engagement.PARTICIPANTS), j));
      }
      engagement.partOf().ifPresent(parent -> {
        Pointer partOfAt = member(at, Engagement.PART_OF);
        ref(parent, Engagement.class, partOfAt)
            .ifPresent(whole -> partOf(engagement, whole, partOfAt));
      });
      cycles(engagement, at, "engagement");
      engagement.replaces().ifPresent(replaced -> {
        Pointer replacesAt = member(at, Engagement.REPLACES);
        ref(replaced, PlannedMeeting.class, replacesAt)
            .ifPresent(plan -> replaces(engagement, plan, replacesAt));
      });
      topics(engagement.topics(), member(at, Engagement.TOPICS));
      evidence(engagement.evidence(), member(at, Engagement.EVIDENCE));
      if (engagement instanceof Dialogue) {
        Dialogue dialogue = (Dialogue) engagement;
        ref(dialogue.series(), DialogueSeries.class, member(at, Dialogue.SERIES));
        dialogueOrdinal(dialogue, member(at, Dialogue.ORDINAL));
        dialogueRound(dialogue, member(at, Dialogue.ROUND));
      }
    }

    /**
     * Checks participant {@code j} of an engagement; {@code listed} maps each person listed
     * before it to the index of their first listing.
     */
    private void participant(
        Engagement engagement, int j, Map<Ref<Person>, Integer> listed, Pointer at) {
      Participant participant = engagement.participants().get(j);
      Optional<Person> person = ref(participant.person(), Person.class, member(at, Participant.PERSON));
      Integer first = listed.putIfAbsent(participant.person(), j);
      if (first != null) {
        Participant earlier = engagement.participants().get(first);
        if (earlier.side().equals(participant.side())) {
          report(member(at, Participant.PERSON), ViolationCode.DUPLICATE_PARTICIPANT,
              "person \"%s\" is already participant %d of engagement \"%s\" on side \"%s\"; a"
                  + " person acting as several offices is one participant with several offices",
              participant.person(), first, engagement.id(), participant.side());
        } else {
          report(member(at, Participant.PERSON), ViolationCode.PERSON_ON_BOTH_SIDES,
              "person \"%s\" takes part in engagement \"%s\" on side \"%s\" and, as participant"
                  + " %d, on side \"%s\"",
              participant.person(), engagement.id(), participant.side(), first, earlier.side());
        }
      }
      Optional<Actor> side = ref(participant.side(), Actor.class, member(at, Participant.SIDE));
      boolean onSide = engagement.sides().contains(participant.side());
      if (side.isPresent() && !onSide) {
        report(member(at, Participant.SIDE), ViolationCode.PARTICIPANT_NOT_ON_SIDE,
            "participant side \"%s\" is not one of the sides %s of engagement \"%s\"",
            participant.side(), engagement.sides(), engagement.id());
      }
      List<Ref<Office>> offices = participant.offices();
      for (int k = 0; k < offices.size(); k++) {
        // One office is written as "office", several as "offices": the pointer follows the wire.
        Pointer officeAt = offices.size() == 1
            ? member(at, Participant.OFFICE) : index(member(at, Participant.OFFICES), k);
        Optional<Office> office = ref(offices.get(k), Office.class, officeAt);
        if (office.isEmpty() || person.isEmpty()) {
          continue;
        }
        Ref<Actor> jurisdiction = office.get().jurisdiction();
        if (onSide && !jurisdiction.equals(participant.side())
            && engagement.sides().contains(jurisdiction)) {
          report(officeAt, ViolationCode.OFFICE_OF_OTHER_SIDE,
              "office \"%s\" of person \"%s\" belongs to \"%s\", the other side of engagement"
                  + " \"%s\", but the person takes part for \"%s\"",
              offices.get(k), participant.person(), jurisdiction, engagement.id(),
              participant.side());
        } else if (engagement.date().isPresent() && hasTenure(person.get(), offices.get(k))) {
          // Without a recorded tenure of the office, this very participation implies one
          // (Dossier.holding), so there is nothing to look up: only recorded tenures can put
          // the date outside a term.
          heldOn(person.get(), offices.get(k), engagement.date().get(), officeAt,
              "engagement \"" + engagement.id() + "\"");
        }
      }
      for (int k = 0; k < participant.titlesAsWritten().size(); k++) {
        evidence(participant.titlesAsWritten().get(k).evidence(), member(
            index(member(at, Participant.TITLES_AS_WRITTEN), k), Wording.EVIDENCE));
      }
    }

    private static boolean hasTenure(Person person, Ref<Office> office) {
      for (Tenure tenure : person.tenures()) {
        if (tenure.office().equals(office)) {
          return true;
        }
      }
      return false;
    }

    /**
     * Checks that each side of a dialogue of a series with two principals a side or more marks
     * that many persons as principals, when the dialogue marks any principal at all.
     */
    private void principals(Engagement dialogue, DialogueSeries series, Pointer at) {
      int perSide = series.principalsPerSide();
      if (perSide < 2 || dialogue.participants().stream()
          .noneMatch(p -> p.roles().contains(ParticipantRole.PRINCIPAL))) {
        return;
      }
      for (Ref<Actor> side : dialogue.sides()) {
        Set<Ref<Person>> principals = new LinkedHashSet<>();
        for (Participant participant : dialogue.participants()) {
          if (participant.side().equals(side)
              && participant.roles().contains(ParticipantRole.PRINCIPAL)) {
            principals.add(participant.person());
          }
        }
        if (principals.size() < perSide) {
          report(at, ViolationCode.PRINCIPALS_MISSING,
              "side \"%s\" of dialogue \"%s\" has %d participant(s) marked PRINCIPAL %s, but"
                  + " series \"%s\" has %d principals a side",
              side, dialogue.id(), principals.size(), principals, series.id(), perSide);
        }
      }
    }

    /** Checks that an engagement part of another lies within that one's days. */
    private void partOf(Engagement part, Engagement whole, Pointer at) {
      if (part.date().isEmpty() || whole.date().isEmpty()) {
        return;
      }
      FuzzyDate date = part.date().get();
      FuzzyDate parent = whole.date().get();
      if (date.isCertainlyBefore(parent) || date.isCertainlyAfter(parent)) {
        report(at, ViolationCode.PART_OUTSIDE_PARENT,
            "engagement \"%s\" dated %s is %s engagement \"%s\" dated %s, of which it is part",
            part.id(), date, date.isCertainlyBefore(parent) ? "before" : "after", whole.id(),
            parent);
      }
    }

    private void plannedMeeting(PlannedMeeting plan, Pointer at) {
      id(plan, at);
      Optional<DialogueSeries> series = plan.series().flatMap(s ->
          ref(s, DialogueSeries.class, member(at, PlannedMeeting.SERIES)));
      plannedOrdinal(plan, member(at, PlannedMeeting.ORDINAL));
      series.ifPresent(s ->
          seriesSides(plan.sides(), s, member(at, PlannedMeeting.SIDES), "planned meeting", plan.id()));
      sides(plan.sides(), member(at, PlannedMeeting.SIDES), "planned meeting");
      plan.host().ifPresent(host -> ref(host, Actor.class, member(at, PlannedMeeting.HOST)));
      for (int j = 0; j < plan.principals().size(); j++) {
        if (find(plan.principals().get(j), Office.class).isEmpty()) {
          ref(plan.principals().get(j), Office.class, index(member(at, PlannedMeeting.PRINCIPALS), j));
        }
      }
      topics(plan.topics(), member(at, PlannedMeeting.TOPICS));
      List<MeetingChange> lifecycle = plan.lifecycle();
      // The date of the nearest change before the one checked that has one, carried forward.
      Optional<FuzzyDate> previousDate = Optional.empty();
      for (int j = 0; j < lifecycle.size(); j++) {
        change(plan, j, previousDate, index(member(at, PlannedMeeting.LIFECYCLE), j));
        for (MeetingChange account : lifecycle.get(j).accounts()) {
          if (account.date().isPresent()) {
            previousDate = account.date();
            break;
          }
        }
      }
      evidence(plan.evidence(), member(at, PlannedMeeting.EVIDENCE));
      evidence(plan.deniedBy(), member(at, PlannedMeeting.DENIED_BY));
    }

    /**
     * Checks the plan's change {@code j}; {@code previousDate} is the date of the nearest change
     * before it that has one (its first dated account).
     */
    private void change(PlannedMeeting plan, int j, Optional<FuzzyDate> previousDate, Pointer at) {
      MeetingChange change = plan.lifecycle().get(j);
      List<MeetingChange> accounts = change.accounts();
      for (int k = 0; k < accounts.size(); k++) {
        account(plan, j, previousDate, accounts.get(k),
            k == 0 ? at : index(member(at, MeetingChange.ALTERNATIVES), k - 1));
      }
    }

    /** Checks one account of the plan's change {@code j}, whose pointer is {@code at}. */
    private void account(PlannedMeeting plan, int j, Optional<FuzzyDate> previousDate,
        MeetingChange account, Pointer at) {
      transition(plan, j, account, at);
      if (account.date().isPresent() && previousDate.isPresent()
          && account.date().get().isCertainlyBefore(previousDate.get())) {
        report(member(at, MeetingChange.DATE), ViolationCode.LIFECYCLE_OUT_OF_ORDER,
            "%s change dated %s is before the change dated %s listed before it",
            account.status(), account.date().get(), previousDate.get());
      }
      account.initiator().ifPresent(actor -> ref(actor, Actor.class, member(at, MeetingChange.INITIATOR)));
      account.host().ifPresent(actor -> ref(actor, Actor.class, member(at, MeetingChange.HOST)));
      for (int k = 0; k < account.windows().size(); k++) {
        DateClaim window = account.windows().get(k);
        Pointer windowAt = index(member(at, MeetingChange.WINDOWS), k);
        if (account.date().isPresent() && window.value().isCertainlyBefore(account.date().get())) {
          report(member(windowAt, DateClaim.VALUE), ViolationCode.WINDOW_BEFORE_ANNOUNCEMENT,
              "window %s ends before the %s change of %s that announced it",
              window.value(), account.status(), account.date().get());
        }
        evidence(window.evidence(), member(windowAt, DateClaim.EVIDENCE));
      }
      account.reason().ifPresent(reason -> {
        Pointer reasonAt = member(at, MeetingChange.REASON);
        reason.side().ifPresent(side -> ref(side, Actor.class, member(reasonAt, ChangeReason.SIDE)));
        evidence(reason.evidence(), member(reasonAt, ChangeReason.EVIDENCE));
      });
      account.heldAs().ifPresent(heldAs -> {
        Optional<Engagement> held = ref(heldAs, Engagement.class, member(at, MeetingChange.HELD_AS));
        held.ifPresent(engagement -> heldAs(plan, account, engagement, at));
      });
      account.announcedIn().ifPresent(statement ->
          ref(statement, Statement.class, member(at, MeetingChange.ANNOUNCED_IN)));
      evidence(account.evidence(), member(at, MeetingChange.EVIDENCE));
    }

    /**
     * Checks that an account may follow some account of the change before it (any one: when the
     * previous step is disputed, each of its accounts is a possible state).
     */
    private void transition(PlannedMeeting plan, int j, MeetingChange account, Pointer at) {
      PlannedStatus status = account.status();
      if (j == 0) {
        if (!status.canStart()) {
          report(member(at, MeetingChange.STATUS), ViolationCode.LIFECYCLE_TRANSITION,
              "a lifecycle cannot start with %s: there is nothing to reschedule yet", status);
        }
        return;
      }
      Set<PlannedStatus> from = EnumSet.noneOf(PlannedStatus.class);
      plan.lifecycle().get(j - 1).accounts().forEach(before -> from.add(before.status()));
      follows(status, from, PlannedStatus::successors, member(at, MeetingChange.STATUS),
          ViolationCode.LIFECYCLE_TRANSITION, "change", "nothing (the meeting is over)");
    }

    /**
     * Reports a status that no status of the step before ({@code from}, one per account of that
     * step) may be followed by in a state machine, naming the statuses that may follow them.
     */
    private <S extends Enum<S>> void follows(S status, Set<S> from,
        Function<S, Set<S>> successors, Pointer at, ViolationCode code, String noun,
        String ended) {
      Set<S> allowed = EnumSet.noneOf(status.getDeclaringClass());
      from.forEach(f -> allowed.addAll(successors.apply(f)));
      if (!allowed.contains(status)) {
        report(at, code, "%s cannot follow %s; after %s a %s may be %s", status, names(from),
            names(from), noun, allowed.isEmpty() ? ended : names(allowed));
      }
    }

    private void heldAs(PlannedMeeting plan, MeetingChange change, Engagement engagement, Pointer at) {
      Pointer heldAsAt = member(at, MeetingChange.HELD_AS);
      if (!sameSides(engagement.sides(), plan.sides())) {
        report(heldAsAt, ViolationCode.HELD_AS_MISMATCH,
            "engagement \"%s\" has sides %s, not the sides %s of planned meeting \"%s\"",
            engagement.id(), engagement.sides(), plan.sides(), plan.id());
        return;
      }
      Optional<FuzzyDate> agreed = plan.lifecycle().stream()
          .filter(c -> c.status() == PlannedStatus.AGREED && c.date().isPresent())
          .findFirst()
          .or(() -> plan.lifecycle().stream().filter(c -> c.date().isPresent()).findFirst())
          .flatMap(MeetingChange::date);
      if (engagement.date().isEmpty()) {
        return; // an undated engagement: nothing to compare
      }
      FuzzyDate held = engagement.date().get();
      if (agreed.isPresent() && held.isCertainlyBefore(agreed.get())) {
        report(heldAsAt, ViolationCode.HELD_AS_MISMATCH,
            "engagement \"%s\" dated %s is before planned meeting \"%s\" was agreed (%s)",
            engagement.id(), held, plan.id(), agreed.get());
      }
      change.date().ifPresent(date -> {
        LocalDate lastAllowed = held.latest().plusDays(HELD_REPORTED_WITHIN_DAYS);
        if (date.isCertainlyBefore(held) || date.earliest().isAfter(lastAllowed)) {
          report(member(at, MeetingChange.DATE), ViolationCode.HELD_DATE_MISMATCH,
              "HELD change dated %s does not agree with engagement \"%s\" dated %s (a HELD change"
                  + " is dated on the engagement's days or within %d days after them)",
              date, engagement.id(), held, HELD_REPORTED_WITHIN_DAYS);
        }
      });
    }

    /** Checks the planned meeting an engagement replaced. */
    private void replaces(Engagement engagement, PlannedMeeting plan, Pointer at) {
      if (!sameSides(engagement.sides(), plan.sides())) {
        report(at, ViolationCode.SUBSTITUTE_MISMATCH,
            "engagement \"%s\" has sides %s, not the sides %s of planned meeting \"%s\" it replaced",
            engagement.id(), engagement.sides(), plan.sides(), plan.id());
        return;
      }
      Optional<MeetingChange> calledOff = plan.calledOff();
      if (calledOff.isEmpty()) {
        report(at, ViolationCode.SUBSTITUTE_MISMATCH,
            "planned meeting \"%s\" was never cancelled or postponed, so engagement \"%s\" did"
                + " not take its place", plan.id(), engagement.id());
        return;
      }
      MeetingChange off = calledOff.get();
      if (off.date().isPresent() && engagement.date().isPresent()
          && engagement.date().get().isCertainlyBefore(off.date().get())) {
        report(at, ViolationCode.SUBSTITUTE_BEFORE_REPLACED,
            "engagement \"%s\" dated %s is before planned meeting \"%s\" was %s (%s)",
            engagement.id(), engagement.date().get(), plan.id(), off.status(), off.date().get());
      }
    }

    private void instrument(Instrument instrument, Pointer at) {
      id(instrument, at);
      for (int j = 0; j < instrument.parties().size(); j++) {
        if (find(instrument.parties().get(j), Actor.class).isEmpty()) {
          ref(instrument.parties().get(j), Actor.class, index(member(at, Instrument.PARTIES), j));
        }
      }
      topics(instrument.topics(), member(at, Instrument.TOPICS));
      instrument.text().ifPresent(text -> ref(text, Source.class, member(at, Instrument.TEXT)));
      Optional<Engagement> signing = instrument.signing()
          .flatMap(e -> ref(e, Engagement.class, member(at, Instrument.SIGNING)));
      // Offices are checked at the signing: the SIGNED step's date, else the engagement's.
      Optional<FuzzyDate> signedOn = instrument.history().stream()
          .filter(step -> step.status() == InstrumentStatus.SIGNED)
          .findFirst()
          .flatMap(InstrumentStep::date)
          .or(() -> signing.flatMap(Engagement::date));
      String what = "the signing of instrument \"" + instrument.id() + "\"";
      for (int j = 0; j < instrument.signatories().size(); j++) {
        Signatory signatory = instrument.signatories().get(j);
        Pointer signatoryAt = index(member(at, Instrument.SIGNATORIES), j);
        Optional<Person> person =
            ref(signatory.person(), Person.class, member(signatoryAt, Signatory.PERSON));
        signatory.office().ifPresent(office ->
            office(person, office, signedOn, member(signatoryAt, Signatory.OFFICE), what));
        party(instrument, signatory.party(), member(signatoryAt, Signatory.PARTY),
            ViolationCode.SIGNATORY_NOT_PARTY, "signatory \"" + signatory.person() + "\" signs");
      }
      for (int j = 0; j < instrument.witnesses().size(); j++) {
        attribution(instrument.witnesses().get(j), signedOn,
            index(member(at, Instrument.WITNESSES), j), what);
      }
      for (int j = 0; j < instrument.conditions().size(); j++) {
        evidence(instrument.conditions().get(j).evidence(),
            member(index(member(at, Instrument.CONDITIONS), j), EntryCondition.EVIDENCE));
      }
      Set<Ref<Actor>> ratified = new HashSet<>();
      // The date of the nearest step before the one checked that has one, carried forward.
      Optional<FuzzyDate> previous = Optional.empty();
      for (int j = 0; j < instrument.history().size(); j++) {
        Pointer stepAt = index(member(at, Instrument.HISTORY), j);
        List<InstrumentStep> accounts = instrument.history().get(j).accounts();
        for (int k = 0; k < accounts.size(); k++) {
          step(instrument, j, previous, accounts.get(k), k == 0 ? stepAt
              : index(member(stepAt, InstrumentStep.ALTERNATIVES), k - 1), ratified);
        }
        if (instrument.history().get(j).date().isPresent()) {
          previous = instrument.history().get(j).date();
        }
        InstrumentStep first = accounts.get(0);
        if (first.status() == InstrumentStatus.RATIFIED) {
          first.party().ifPresent(ratified::add);
        }
        if (first.status() == InstrumentStatus.SIGNED && first.date().isPresent()
            && signing.isPresent() && signing.get().date().isPresent()) {
          FuzzyDate signed = first.date().get();
          FuzzyDate held = signing.get().date().get();
          if (signed.isCertainlyBefore(held) || held.isCertainlyBefore(signed)) {
            report(member(stepAt, InstrumentStep.DATE), ViolationCode.SIGNING_DATE_MISMATCH,
                "SIGNED step dated %s is outside engagement \"%s\" dated %s, named as the signing",
                signed, signing.get().id(), held);
          }
        }
      }
      evidence(instrument.evidence(), member(at, Instrument.EVIDENCE));
    }

    /**
     * Checks one account of an instrument's step {@code j}: its party, its place in the state
     * machine (after any account of the step before), its date, its sources. {@code previous} is
     * the date of the nearest step before {@code j} that has one; {@code ratified} holds the
     * parties that ratified in steps before {@code j}.
     */
    private void step(Instrument instrument, int j, Optional<FuzzyDate> previous,
        InstrumentStep account, Pointer at, Set<Ref<Actor>> ratified) {
      account.party().ifPresent(party -> party(instrument, party,
          member(at, InstrumentStep.PARTY), ViolationCode.STEP_BY_NON_PARTY,
          "a " + account.status() + " step is taken"));
      InstrumentStatus status = account.status();
      if (j > 0) {
        Set<InstrumentStatus> from = EnumSet.noneOf(InstrumentStatus.class);
        for (InstrumentStep before : instrument.history().get(j - 1).accounts()) {
          from.add(before.status());
        }
        follows(status, from, InstrumentStatus::successors, member(at, InstrumentStep.STATUS),
            ViolationCode.INSTRUMENT_TRANSITION, "step", "nothing (the instrument has ended)");
        if (account.date().isPresent() && previous.isPresent()
            && account.date().get().isCertainlyBefore(previous.get())) {
          report(member(at, InstrumentStep.DATE), ViolationCode.INSTRUMENT_OUT_OF_ORDER,
              "%s step dated %s is before the step dated %s listed before it",
              status, account.date().get(), previous.get());
        }
      }
      if (status == InstrumentStatus.RATIFIED && account.party().isPresent()
          && ratified.contains(account.party().get())) {
        report(member(at, InstrumentStep.STATUS), ViolationCode.INSTRUMENT_TRANSITION,
            "party \"%s\" already ratified instrument \"%s\" in an earlier step",
            account.party().get(), instrument.id());
      }
      evidence(account.evidence(), member(at, InstrumentStep.EVIDENCE));
    }

    /** Checks that an actor named as acting for or on an instrument is one of its parties. */
    private void party(Instrument instrument, Ref<Actor> party, Pointer at, ViolationCode code,
        String what) {
      if (ref(party, Actor.class, at).isPresent() && !instrument.parties().contains(party)) {
        report(at, code, "%s for \"%s\", which is not one of the parties %s of instrument \"%s\"",
            what, party, instrument.parties(), instrument.id());
      }
    }

    private static <E extends Enum<E>> String names(Set<E> values) {
      StringJoiner joined = new StringJoiner(", ");
      values.forEach(v -> joined.add(v.name()));
      return joined.toString();
    }

    private void statement(Statement statement, Pointer at) {
      id(statement, at);
      Optional<Engagement> engagement =
          statement.engagement().flatMap(e -> find(e, Engagement.class));
      if (statement.date().isPresent() && engagement.isPresent()
          && engagement.get().date().isPresent()
          && statement.date().get().isCertainlyBefore(engagement.get().date().get())) {
        report(member(at, Statement.DATE), ViolationCode.STATEMENT_BEFORE_ENGAGEMENT,
            "statement dated %s is before engagement \"%s\" dated %s, at which it was made",
            statement.date().get(), engagement.get().id(), engagement.get().date().get());
      }
      statement.engagement().ifPresent(e -> ref(e, Engagement.class, member(at, Statement.ENGAGEMENT)));
      topics(statement.topics(), member(at, Statement.TOPICS));
      for (int j = 0; j < statement.relations().size(); j++) {
        StatementRelation relation = statement.relations().get(j);
        Pointer relationAt = index(member(at, Statement.RELATIONS), j);
        if (find(relation.target(), Statement.class).isEmpty()) {
          ref(relation.target(), Statement.class, member(relationAt, StatementRelation.TARGET));
        }
        evidence(relation.evidence(), member(relationAt, StatementRelation.EVIDENCE));
      }
      for (int j = 0; j < statement.positions().size(); j++) {
        position(statement, statement.positions().get(j), index(member(at, Statement.POSITIONS), j));
      }
      evidence(statement.evidence(), member(at, Statement.EVIDENCE));
      Optional<FuzzyDate> date = statement.date();
      String what = "statement \"" + statement.id() + "\"";
      if (statement instanceof JointStatement) {
        JointStatement joint = (JointStatement) statement;
        Pointer issuersAt = member(at, Statement.ISSUERS);
        if (engagement.isPresent() && allResolve(joint.issuers())
            && allResolve(engagement.get().sides())
            && !sameSides(joint.issuers(), engagement.get().sides())) {
          report(issuersAt, ViolationCode.ISSUERS_NOT_SIDES,
              "issuers %s differ from the sides %s of engagement \"%s\"",
              joint.issuers(), engagement.get().sides(), engagement.get().id());
        }
        sides(joint.issuers(), issuersAt, "joint statement");
        for (int j = 0; j < joint.signatories().size(); j++) {
          attribution(joint.signatories().get(j), date, index(member(at, JointStatement.SIGNATORIES), j), what);
        }
      } else if (statement instanceof UnilateralStatement) {
        UnilateralStatement unilateral = (UnilateralStatement) statement;
        ref(unilateral.issuer(), Actor.class, member(at, UnilateralStatement.ISSUER));
        unilateral.by().ifPresent(by -> attribution(by, date, member(at, UnilateralStatement.BY), what));
      } else if (statement instanceof Remarks) {
        Remarks remarks = (Remarks) statement;
        attribution(remarks.speaker(), date, member(at, Remarks.SPEAKER), what);
        ref(remarks.side(), Actor.class, member(at, Remarks.SIDE));
      }
    }

    private void position(Statement statement, Position position, Pointer at) {
      for (int k = 0; k < position.holders().size(); k++) {
        if (find(position.holders().get(k), Actor.class).isEmpty()) {
          ref(position.holders().get(k), Actor.class, index(member(at, Position.HOLDERS), k));
        }
      }
      for (int k = 0; k < position.objects().size(); k++) {
        PositionObject object = position.objects().get(k);
        Pointer objectAt = index(member(at, Position.OBJECTS), k);
        for (int m = 0; m < object.targets().size(); m++) {
          if (find(object.targets().get(m), Actor.class).isEmpty()) {
            ref(object.targets().get(m), Actor.class, index(member(objectAt, PositionObject.TARGETS), m));
          }
        }
        for (int m = 0; m < object.actors().size(); m++) {
          if (find(object.actors().get(m).actor(), Actor.class).isEmpty()) {
            ref(object.actors().get(m).actor(), Actor.class,
                member(index(member(objectAt, PositionObject.ACTORS), m), ObjectActor.ACTOR));
          }
        }
        object.phenomenon().ifPresent(p -> ref(p, Topic.class, member(objectAt, PositionObject.PHENOMENON)));
      }
      topics(position.topics(), member(at, Position.TOPICS));
      position.reiteration().ifPresent(reiteration -> {
        Pointer reiterationAt = member(at, Position.REITERATION);
        reiteration.previous().ifPresent(previous -> {
          if (previous.pointsAt(statement)) {
            report(member(reiterationAt, Reiteration.PREVIOUS), ViolationCode.SELF_REFERENCE,
                "a position of statement \"%s\" names that statement as the one it restates",
                statement.id());
          } else {
            ref(previous, Statement.class, member(reiterationAt, Reiteration.PREVIOUS));
          }
        });
        evidence(reiteration.evidence(), member(reiterationAt, Reiteration.EVIDENCE));
      });
      position.period().ifPresent(period ->
          evidence(period.evidence(), member(member(at, Position.PERIOD), DateClaim.EVIDENCE)));
      if (position.mutuality().isPresent()) {
        List<Ref<Actor>> holders = holders(statement, position);
        if (holders.size() < 2) {
          report(member(at, Position.MUTUALITY), ViolationCode.MUTUAL_SINGLE_HOLDER,
              "a position marked %s is held by %s alone; a mutual position has two holders or more",
              position.mutuality().get().kind(), holders.isEmpty() ? "no one" : holders.get(0).id());
        }
      }
      evidence(position.evidence(), member(at, Position.EVIDENCE));
      if (position instanceof Agreement) {
        ((Agreement) position).plannedMeeting().ifPresent(plan ->
            ref(plan, PlannedMeeting.class, member(at, Agreement.PLANNED_MEETING)));
      }
    }

    /**
     * Who holds a position: its holders, else its statement's issuers (the speaker, for
     * remarks).
     */
    private static List<Ref<Actor>> holders(Statement statement, Position position) {
      if (!position.holders().isEmpty()) {
        return position.holders();
      }
      if (statement instanceof Remarks) {
        return List.of(Ref.of(((Remarks) statement).speaker().person().id()));
      }
      return statement.issuers();
    }

    private void attribution(
        Attribution attribution, Optional<FuzzyDate> date, Pointer at, String what) {
      Optional<Person> person = ref(attribution.person(), Person.class, member(at, Attribution.PERSON));
      attribution.office().ifPresent(office -> {
        if (date.isPresent()) {
          office(person, office, date, member(at, Attribution.OFFICE), what);
        } else {
          ref(office, Office.class, member(at, Attribution.OFFICE));
        }
      });
    }

    private void topic(Topic topic, Pointer at) {
      if (Topics.isBuiltIn(topic.id())) {
        report(member(at, Topic.ID), ViolationCode.DUPLICATE_ID,
            "id \"%s\" is the id of a built-in topic", topic.id());
        declared.putIfAbsent(topic.id(), member(at, Topic.ID));
      } else {
        id(topic, at);
      }
      for (int j = 0; j < topic.parents().size(); j++) {
        selfOrRef(topic, topic.parents().get(j), index(member(at, Topic.PARENTS), j),
            "topic \"%s\" is its own parent");
      }
      cycles(topic, at, "topic");
      topic.owner().ifPresent(owner -> ref(owner, Actor.class, member(at, Topic.OWNER)));
      evidence(topic.evidence(), member(at, Topic.EVIDENCE));
    }

    // ---------------------------------------------------------------- rules over parts

    private void id(Identified record, Pointer at) {
      Pointer idAt = member(at, Identified.ID);
      Pointer first = declared.putIfAbsent(record.id(), idAt);
      if (first != null) {
        report(idAt, ViolationCode.DUPLICATE_ID,
            "id \"%s\" is already the id of the record at %s",
            record.id(), first.parent());
      }
    }

    private void sides(List<Ref<Actor>> sides, Pointer at, String kind) {
      List<State> states = new ArrayList<>(2);
      for (int j = 0; j < sides.size(); j++) {
        Pointer sideAt = index(at, j);
        Optional<Actor> side = ref(sides.get(j), Actor.class, sideAt);
        if (side.isPresent() && !(side.get() instanceof State || side.get() instanceof Grouping)) {
          report(sideAt, ViolationCode.SIDE_NOT_STATE_OR_GROUPING,
              "side \"%s\" is a %s; a side of a %s is a State or a Grouping",
              sides.get(j), kindOf(side.get()), kind);
        } else if (side.isPresent() && side.get() instanceof State) {
          State state = (State) side.get();
          for (State other : states) {
            if (other.country().equals(state.country())) {
              report(sideAt, ViolationCode.SAME_COUNTRY_SIDES,
                  "sides \"%s\" and \"%s\" of a %s are both states of country %s",
                  other.id(), state.id(), kind, state.country());
              break;
            }
          }
          states.add(state);
        }
      }
    }

    private void seriesSides(
        List<Ref<Actor>> sides, DialogueSeries series, Pointer at, String kind, String id) {
      if (allResolve(sides) && allResolve(series.sides())
          && !sameSides(sides, series.sides())) {
        report(at, ViolationCode.SERIES_SIDES_MISMATCH,
            "sides %s of %s \"%s\" differ from the sides %s of series \"%s\"",
            sides, kind, id, series.sides(), series.id());
      }
    }

    private void dialogueOrdinal(Dialogue dialogue, Pointer at) {
      SessionOrdinals.Clash clash = ordinals.clash(dialogue);
      if (clash == null) {
        return;
      }
      int ordinal = dialogue.ordinal().getAsInt();
      Dialogue other = clash.other();
      if (clash.code() == ViolationCode.DUPLICATE_ORDINAL) {
        report(at, ViolationCode.DUPLICATE_ORDINAL,
            "ordinal %d of series \"%s\" is already the ordinal of dialogue \"%s\"",
            ordinal, dialogue.series(), other.id());
      } else {
        report(at, ViolationCode.ORDINALS_OUT_OF_ORDER,
            "ordinal %d of dialogue \"%s\" dated %s is out of order with ordinal %d of dialogue "
                + "\"%s\" dated %s",
            ordinal, dialogue.id(), dialogue.date().get(), other.ordinal().getAsInt(), other.id(),
            other.date().get());
      }
    }

    private void dialogueRound(Dialogue dialogue, Pointer at) {
      if (dialogue.round().isEmpty()) {
        return;
      }
      Dialogue other = rounds.computeIfAbsent(dialogue.series().id(), s -> new HashMap<>())
          .putIfAbsent(dialogue.round().get(), dialogue);
      if (other != null) {
        report(at, ViolationCode.DUPLICATE_ROUND,
            "round %s of series \"%s\" is already the round of dialogue \"%s\"",
            dialogue.round().get(), dialogue.series(), other.id());
      }
    }

    private void plannedOrdinal(PlannedMeeting plan, Pointer at) {
      OptionalInt ordinal = plan.ordinal();
      if (plan.series().isEmpty() || ordinal.isEmpty()) {
        return;
      }
      if (plan.status().alternatives().stream()
          .anyMatch(a -> a.value() == PlannedStatus.CANCELLED)) {
        // Called off: the session later held under that ordinal is another meeting, numbered so
        // by the sources.
        return;
      }
      Set<String> heldAs = plan.lifecycle().stream()
          .flatMap(c -> c.heldAs().stream())
          .map(Ref::id)
          .collect(Collectors.toSet());
      for (Dialogue other : ordinals.withOrdinal(plan.series().get().id(), ordinal.getAsInt())) {
        if (!heldAs.contains(other.id())) {
          report(at, ViolationCode.DUPLICATE_ORDINAL,
              "ordinal %d of series \"%s\" is already the ordinal of dialogue \"%s\"",
              ordinal.getAsInt(), plan.series().get(), other.id());
          return;
        }
      }
    }

    /**
     * Checks that a person named as an office (a signatory, witness, issuing official or
     * speaker) held it at the date, or, for an undated record, at any time: the dossier must show
     * a {@linkplain Dossier#holding holding}, recorded or implied by a participation.
     */
    private void office(Optional<Person> person, Ref<Office> office, Optional<FuzzyDate> date,
        Pointer at, String what) {
      Optional<Office> found = ref(office, Office.class, at);
      if (person.isPresent() && found.isPresent()) {
        heldOn(person.get(), office, date.orElse(ANY_TIME), at, what);
      }
    }

    /**
     * Reports an office the dossier does not show the person holding at the time: outside every
     * recorded term, or neither recorded nor implied.
     */
    private void heldOn(Person person, Ref<Office> office, FuzzyDate time, Pointer at,
        String what) {
      Ref<Person> who = Ref.of(person.id());
      if (dossier.holding(who, office, time).isPresent()) {
        return;
      }
      List<Term> terms = new ArrayList<>(1);
      for (Tenure tenure : person.tenures()) {
        if (tenure.office().equals(office)) {
          terms.add(tenure.term());
        }
      }
      if (terms.isEmpty()) {
        report(at, ViolationCode.OFFICE_NOT_HELD,
            time == ANY_TIME
                ? "person \"%s\" has no tenure of office \"%s\" and took part in no engagement"
                    + " as it"
                : "person \"%s\" has no tenure of office \"%s\" and took part in no engagement"
                    + " as it on a day that may be %s, the date of %s",
            person.id(), office, time, what);
      } else {
        report(at, ViolationCode.OFFICE_OUTSIDE_TERM,
            "person \"%s\" did not hold office \"%s\" on %s, the date of %s (terms: %s)",
            person.id(), office, time, what,
            terms.stream().map(Walk::term).collect(Collectors.joining(", ")));
      }
    }

    private void dateClaims(List<DateClaim> claims, Pointer at) {
      for (int j = 0; j < claims.size(); j++) {
        evidence(claims.get(j).evidence(), member(index(at, j), DateClaim.EVIDENCE));
      }
    }

    private void wordings(List<Wording> wordings, Pointer at) {
      for (int j = 0; j < wordings.size(); j++) {
        evidence(wordings.get(j).evidence(), member(index(at, j), Wording.EVIDENCE));
      }
    }

    private void topics(List<Ref<Topic>> topics, Pointer at) {
      for (int j = 0; j < topics.size(); j++) {
        if (find(topics.get(j), Topic.class).isEmpty()) {
          ref(topics.get(j), Topic.class, index(at, j));
        }
      }
    }

    /** Checks an evidence list, whose pointer is {@code at}. */
    private void evidence(List<Evidence> evidence, Pointer at) {
      for (int k = 0; k < evidence.size(); k++) {
        if (find(evidence.get(k).source(), Source.class).isEmpty()) {
          ref(evidence.get(k).source(), Source.class,
              member(index(at, k), Evidence.SOURCE));
        }
      }
    }

    /** Reports each cycle that a reference of the record closes, at that reference. */
    private void cycles(Identified record, Pointer at, String kind) {
      for (ReferenceCycles.Closing closing : cycles.closing(record)) {
        Pointer closingAt = closing.index() < 0 ? member(at, closing.member())
            : index(member(at, closing.member()), closing.index());
        report(closingAt, ViolationCode.REFERENCE_CYCLE,
            "%s \"%s\" closes a cycle: through %s, records %s each lead back to themselves",
            kind, record.id(), closing.member(), closing.ids());
      }
    }

    private void selfOrRef(Identified owner, Ref<?> ref, Pointer at, String message) {
      if (ref.pointsAt(owner)) {
        report(at, ViolationCode.SELF_REFERENCE, message, owner.id());
      } else if (owner instanceof Topic) {
        ref(ref, Topic.class, at);
      } else {
        ref(ref, Actor.class, at);
      }
    }

    // ---------------------------------------------------------------- references

    /**
     * Resolves a reference to a record of the expected kind, reporting a dangling reference or
     * one to another kind at {@code at}. Loops over references whose record they do not need
     * call this only when {@link #find} does not resolve one, to build no pointer for the rest.
     */
    private <T extends Identified> Optional<T> ref(Ref<?> ref, Class<T> kind, Pointer at) {
      Optional<T> found = find(ref, kind);
      if (found.isPresent()) {
        return found;
      }
      // The dossier's index holds the first record with each id, as a scan of records() would;
      // a topic of Entente's vocabulary, which the lookup also finds, is no record of the dossier.
      Optional<Identified> other = find(ref, Identified.class)
          .filter(record -> !Topics.find(record.id()).map(t -> t == record).orElse(false));
      if (other.isPresent()) {
        report(at, ViolationCode.WRONG_REFERENCE_KIND,
            "reference \"%s\" points at a %s, not a %s",
            ref, kindOf(other.get()), kind.getSimpleName());
      } else {
        report(at, ViolationCode.DANGLING_REFERENCE,
            "reference \"%s\" points at no %s in the dossier", ref, kind.getSimpleName());
      }
      return Optional.empty();
    }

    /** Resolves a reference silently, as {@link Dossier#find} does. */
    private <T extends Identified> Optional<T> find(Ref<?> ref, Class<T> kind) {
      return dossier.find(ref, kind);
    }

    private boolean allResolve(Collection<Ref<Actor>> refs) {
      for (Ref<Actor> ref : refs) {
        if (find(ref, Actor.class).isEmpty()) {
          return false;
        }
      }
      return true;
    }

    /** Whether two lists of sides hold the same sides, in any order. */
    private static boolean sameSides(List<Ref<Actor>> a, List<Ref<Actor>> b) {
      if (a.size() == 2 && b.size() == 2) {
        // Sides are two distinct actors (the model checks): no sets needed.
        return (a.get(0).equals(b.get(0)) && a.get(1).equals(b.get(1)))
            || (a.get(0).equals(b.get(1)) && a.get(1).equals(b.get(0)));
      }
      return Set.copyOf(a).equals(Set.copyOf(b));
    }

    private void report(Pointer at, ViolationCode code, String format, Object... args) {
      if (violations.size() >= limit) {
        // Counted, not described: neither the pointer nor the message is built.
        notKept++;
        return;
      }
      violations.add(
          new Violation(at.toString(), code, String.format(Locale.ROOT, format, args)));
    }

    private static String kindOf(Identified record) {
      return record.getClass().getSimpleName();
    }

    private static String term(Term term) {
      return term.start() + "/" + term.end().map(FuzzyDate::toString).orElse("..");
    }
  }
}
