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
    Walk walk = new Walk(dossier, Integer.MAX_VALUE, Set.of());
    walk.run();
    return List.copyOf(walk.violations());
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
    return validate(dossier, limit, Set.of());
  }

  /**
   * Checks a dossier against every rule of {@link ViolationCode} but those {@code ignoring} names,
   * describing only the first {@code limit} violations and counting the others. A violation of an
   * ignored rule is neither described nor counted, and costs no message: this is how a record is
   * checked on its own, as part of a corpus whose other records are elsewhere, where references
   * that point outside it cannot be judged ({@link ViolationCode#DANGLING_REFERENCE}).
   *
   * @param dossier the dossier to check
   * @param limit the most violations described, 1 or more
   * @param ignoring the rules not to report; empty for every rule
   * @return the first {@code limit} violations of the other rules, in document order, and how many
   *     more there are
   * @throws NullPointerException if {@code dossier} or {@code ignoring} is null
   * @throws IllegalArgumentException if {@code limit} is below 1
   */
  public static ValidationReport validate(
      Dossier dossier, int limit, Set<ViolationCode> ignoring) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit: " + limit + ": must be 1 or more");
    }
    Objects.requireNonNull(ignoring, "ignoring");
    Walk walk = new Walk(dossier, limit,
        ignoring.isEmpty() ? Set.of() : java.util.EnumSet.copyOf(ignoring));
    walk.run();
    return new ValidationReport(walk.violations(), walk.notKept);
  }

  /** One run over one dossier; holds the state of that run only. */
  private static final class Walk {
    private final Dossier dossier;
    /** The violations described, in document order; made at the first (most dossiers have none). */
    private List<Violation> violations;
    /** The most violations described; those after are only counted. */
    private final int limit;
    /** How many violations were found beyond the limit. */
    private int notKept;
    /** The rules whose violations are not reported at all. */
    private final Set<ViolationCode> ignoring;
    /**
     * The first record with each id, in the order of the dossier's lists: what {@link
     * Dossier#find} resolves, built here once so that the walk resolves each reference by one
     * lookup, without an {@code Optional}, and knows the first record of each id.
     */
    private final Map<String, Identified> records;
    /**
     * Whether each record, by its position in the order of the lists, repeats the id of a record
     * before it; null if none does.
     */
    private boolean[] repeated;
    /** The ordinal rules of the dossier's sessions, found once for all. */
    private SessionOrdinals ordinals;
    /** The cycles of the references that must form hierarchies, found once for all. */
    private final ReferenceCycles cycles = new ReferenceCycles();
    /** The first dialogue with each round, per series id; made at the first round. */
    private Map<String, Map<Year, Dialogue>> rounds;

    /** The violations described so far. */
    List<Violation> violations() {
      return violations == null ? List.of() : violations;
    }

    Walk(Dossier dossier, int limit, Set<ViolationCode> ignoring) {
      this.dossier = Objects.requireNonNull(dossier, "dossier");
      this.limit = limit;
      this.ignoring = ignoring;
      List<List<? extends Identified>> lists = lists(dossier);
      int size = 0;
      for (List<? extends Identified> list : lists) {
        size += list.size();
      }
      records = new HashMap<>(size * 4 / 3 + 1);
      int position = 0;
      for (List<? extends Identified> list : lists) {
        for (int i = 0; i < list.size(); i++, position++) {
          if (records.putIfAbsent(list.get(i).id(), list.get(i)) != null) {
            if (repeated == null) {
              repeated = new boolean[size];
            }
            repeated[position] = true;
          }
        }
      }
    }

    /** An optional reference as a list of none or one. */
    private static <T extends Identified> List<Ref<T>> listOf(Optional<Ref<T>> ref) {
      return ref.isPresent() ? List.of(ref.get()) : List.of();
    }

    /** The dossier's lists of records, in order. */
    private static List<List<? extends Identified>> lists(Dossier dossier) {
      return List.of(dossier.actors(), dossier.offices(), dossier.series(),
          dossier.engagements(), dossier.plannedMeetings(), dossier.statements(),
          dossier.instruments(), dossier.topics(), dossier.sources());
    }

    // The pointers to the dossier's lists, made once: pointers are immutable, and every run
    // starts its walk of each list at one.
    private static final Pointer ACTORS_AT = member(Pointer.DOCUMENT, Dossier.ACTORS);
    private static final Pointer OFFICES_AT = member(Pointer.DOCUMENT, Dossier.OFFICES);
    private static final Pointer SERIES_AT = member(Pointer.DOCUMENT, Dossier.SERIES);
    private static final Pointer ENGAGEMENTS_AT = member(Pointer.DOCUMENT, Dossier.ENGAGEMENTS);
    private static final Pointer PLANNED_MEETINGS_AT =
        member(Pointer.DOCUMENT, Dossier.PLANNED_MEETINGS);
    private static final Pointer STATEMENTS_AT = member(Pointer.DOCUMENT, Dossier.STATEMENTS);
    private static final Pointer INSTRUMENTS_AT = member(Pointer.DOCUMENT, Dossier.INSTRUMENTS);
    private static final Pointer TOPICS_AT = member(Pointer.DOCUMENT, Dossier.TOPICS);
    private static final Pointer SOURCES_AT = member(Pointer.DOCUMENT, Dossier.SOURCES);

    /** The pointers to the lists of {@link #lists}, in the same order. */
    private static final List<Pointer> LIST_POINTERS = List.of(ACTORS_AT, OFFICES_AT, SERIES_AT,
        ENGAGEMENTS_AT, PLANNED_MEETINGS_AT, STATEMENTS_AT, INSTRUMENTS_AT, TOPICS_AT, SOURCES_AT);

    void run() {
      List<Engagement> engagements = dossier.engagements();
      ordinals = new SessionOrdinals(engagements);
      cycles.relation(Grouping.MEMBERS, true, dossier.actors(), actor -> actor instanceof Grouping
          ? ((Grouping) actor).members() : List.of());
      cycles.relation(GovernmentBody.GOVERNMENT, false, dossier.actors(),
          actor -> actor instanceof GovernmentBody
              ? List.of(((GovernmentBody) actor).government()) : List.of());
      cycles.relation(Grouping.PART_OF, false, dossier.actors(), actor -> actor instanceof Grouping
          ? listOf(((Grouping) actor).partOf())
          : actor instanceof GovernmentBody
              ? listOf(((GovernmentBody) actor).partOf()) : List.of());
      cycles.relation(Engagement.PART_OF, false, engagements,
          engagement -> listOf(engagement.partOf()));
      cycles.relation(Topic.PARENTS, true, dossier.topics(), Topic::parents);
      // Each record's position in the order of the lists, for the ids it repeats.
      int position = 0;
      for (int i = 0; i < dossier.actors().size(); i++) {
        actor(dossier.actors().get(i), index(ACTORS_AT, i), position++);
      }
      for (int i = 0; i < dossier.offices().size(); i++) {
        office(dossier.offices().get(i), index(OFFICES_AT, i), position++);
      }
      for (int i = 0; i < dossier.series().size(); i++) {
        series(dossier.series().get(i), index(SERIES_AT, i), position++);
      }
      for (int i = 0; i < engagements.size(); i++) {
        engagement(engagements.get(i), index(ENGAGEMENTS_AT, i), position++);
      }
      for (int i = 0; i < dossier.plannedMeetings().size(); i++) {
        plannedMeeting(dossier.plannedMeetings().get(i), index(PLANNED_MEETINGS_AT, i), position++);
      }
      for (int i = 0; i < dossier.statements().size(); i++) {
        statement(dossier.statements().get(i), index(STATEMENTS_AT, i), position++);
      }
      for (int i = 0; i < dossier.instruments().size(); i++) {
        instrument(dossier.instruments().get(i), index(INSTRUMENTS_AT, i), position++);
      }
      for (int i = 0; i < dossier.topics().size(); i++) {
        topic(dossier.topics().get(i), index(TOPICS_AT, i), position++);
      }
      for (int i = 0; i < dossier.sources().size(); i++) {
        id(dossier.sources().get(i), index(SOURCES_AT, i), position++);
      }
    }

    // ---------------------------------------------------------------- records

    private void actor(Actor actor, Pointer at, int position) {
      id(actor, at, position);
      if (actor instanceof Grouping) {
        Grouping grouping = (Grouping) actor;
        for (int j = 0; j < grouping.members().size(); j++) {
          selfOrRef(grouping, grouping.members().get(j), index(member(at, Grouping.MEMBERS), j),
              "grouping \"%s\" lists itself as a member");
        }
        if (grouping.partOf().isPresent()) {
          selfOrRef(grouping, grouping.partOf().get(), member(at, Grouping.PART_OF),
              "grouping \"%s\" is part of itself");
        }
        cycles(grouping, at, "grouping");
      } else if (actor instanceof GovernmentBody) {
        GovernmentBody body = (GovernmentBody) actor;
        Actor government = ref(body.government(), Actor.class, at, GovernmentBody.GOVERNMENT);
        if (government instanceof Person) {
          report(member(at, GovernmentBody.GOVERNMENT), ViolationCode.GOVERNMENT_IS_PERSON,
              "the government of body \"%s\" is person \"%s\"; a body's government is a state"
                  + " or a grouping", body.id(), government.id());
        }
        if (body.partOf().isPresent()) {
          selfOrRef(body, body.partOf().get(), member(at, GovernmentBody.PART_OF),
              "government body \"%s\" is part of itself");
        }
        cycles(body, at, "government body");
      } else if (actor instanceof Person) {
        Person person = (Person) actor;
        wordings(person.aliases(), at, Person.ALIASES);
        Pointer tenuresAt = member(at, Person.TENURES);
        for (int j = 0; j < person.tenures().size(); j++) {
          Tenure tenure = person.tenures().get(j);
          Pointer tenureAt = index(tenuresAt, j);
          ref(tenure.office(), Office.class, tenureAt, Tenure.OFFICE);
          evidence(tenure.evidence(), tenureAt, Tenure.EVIDENCE);
        }
      }
    }

    private void office(Office office, Pointer at, int position) {
      id(office, at, position);
      ref(office.jurisdiction(), Actor.class, at, Office.JURISDICTION);
      if (office.body().isPresent()) {
        ref(office.body().get(), Actor.class, at, Office.BODY);
      }
    }

    private void series(DialogueSeries series, Pointer at, int position) {
      id(series, at, position);
      sides(series.sides(), member(at, DialogueSeries.SIDES), "series");
      evidence(series.evidence(), at, DialogueSeries.EVIDENCE);
    }

    private void engagement(Engagement engagement, Pointer at, int position) {
      id(engagement, at, position);
      String kind = engagement instanceof Dialogue ? "dialogue" : "meeting";
      DialogueSeries series = engagement instanceof Dialogue
          ? find(((Dialogue) engagement).series(), DialogueSeries.class) : null;
      Pointer sidesAt = member(at, Engagement.SIDES);
      if (series != null) {
        seriesSides(engagement.sides(), series, sidesAt, kind, engagement.id());
      }
      sides(engagement.sides(), sidesAt, kind);
      Optional<Ref<Actor>> host = engagement.host();
      if (host.isPresent()) {
        ref(host.get(), Actor.class, at, Engagement.HOST);
      }
      Optional<Ref<Actor>> initiator = engagement.initiator();
      if (initiator.isPresent()) {
        ref(initiator.get(), Actor.class, at, Engagement.INITIATOR);
      }
      for (int j = 0; j < engagement.hostClaims().size(); j++) {
        Pointer claimAt = index(member(at, Engagement.HOST_CLAIMS), j);
        ref(engagement.hostClaims().get(j).value(), Actor.class, claimAt, Claim.VALUE);
        evidence(engagement.hostClaims().get(j).evidence(), claimAt, Claim.EVIDENCE);
      }
      dateClaims(engagement.dateClaims(), at, Engagement.DATE_CLAIMS);
      for (int j = 0; j < engagement.venueClaims().size(); j++) {
        if (!engagement.venueClaims().get(j).evidence().isEmpty()) {
          evidence(engagement.venueClaims().get(j).evidence(),
              index(member(at, Engagement.VENUE_CLAIMS), j), Claim.EVIDENCE);
        }
      }
      Pointer participantsAt = member(at, Engagement.PARTICIPANTS);
      if (series != null) {
        principals(engagement, series, participantsAt);
      }
      // A few participants are compared with those before them; many, through a map.
      int participants = engagement.participants().size();
      Map<Ref<Person>, Integer> listed = participants > SCANNED ? new HashMap<>() : null;
      for (int j = 0; j < participants; j++) {
        participant(engagement, j, listed, index(participantsAt, j));
      }
      if (engagement.partOf().isPresent()) {
        Engagement whole = ref(engagement.partOf().get(), Engagement.class, at, Engagement.PART_OF);
        if (whole != null) {
          partOf(engagement, whole, member(at, Engagement.PART_OF));
        }
      }
      cycles(engagement, at, "engagement");
      if (engagement.replaces().isPresent()) {
        PlannedMeeting plan =
            ref(engagement.replaces().get(), PlannedMeeting.class, at, Engagement.REPLACES);
        if (plan != null) {
          replaces(engagement, plan, member(at, Engagement.REPLACES));
        }
      }
      topics(engagement.topics(), at, Engagement.TOPICS);
      evidence(engagement.evidence(), at, Engagement.EVIDENCE);
      if (engagement instanceof Dialogue) {
        Dialogue dialogue = (Dialogue) engagement;
        ref(dialogue.series(), DialogueSeries.class, at, Dialogue.SERIES);
        dialogueOrdinal(dialogue, member(at, Dialogue.ORDINAL));
        dialogueRound(dialogue, member(at, Dialogue.ROUND));
      }
    }

    /** Up to how many participants an engagement's are compared without a map. */
    private static final int SCANNED = 16;

    /**
     * Checks participant {@code j} of an engagement; {@code listed} maps each person listed
     * before it to the index of their first listing, or is null for an engagement of at most
     * {@link #SCANNED} participants, whose earlier participants are compared one by one.
     */
    private void participant(
        Engagement engagement, int j, Map<Ref<Person>, Integer> listed, Pointer at) {
      Participant participant = engagement.participants().get(j);
      Person person = ref(participant.person(), Person.class, at, Participant.PERSON);
      Integer first = null;
      if (listed != null) {
        first = listed.putIfAbsent(participant.person(), j);
      } else {
        for (int k = 0; k < j; k++) {
          if (engagement.participants().get(k).person().equals(participant.person())) {
            first = k;
            break;
          }
        }
      }
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
      Actor side = ref(participant.side(), Actor.class, at, Participant.SIDE);
      boolean onSide = engagement.sides().contains(participant.side());
      if (side != null && !onSide) {
        report(member(at, Participant.SIDE), ViolationCode.PARTICIPANT_NOT_ON_SIDE,
            "participant side \"%s\" is not one of the sides %s of engagement \"%s\"",
            participant.side(), engagement.sides(), engagement.id());
      }
      List<Ref<Office>> offices = participant.offices();
      for (int k = 0; k < offices.size(); k++) {
        // One office is written as "office", several as "offices": the pointer follows the wire.
        Pointer officeAt = offices.size() == 1
            ? member(at, Participant.OFFICE) : index(member(at, Participant.OFFICES), k);
        Office office = ref(offices.get(k), Office.class, officeAt);
        if (office == null || person == null) {
          continue;
        }
        Ref<Actor> jurisdiction = office.jurisdiction();
        if (onSide && !jurisdiction.equals(participant.side())
            && engagement.sides().contains(jurisdiction)) {
          report(officeAt, ViolationCode.OFFICE_OF_OTHER_SIDE,
              "office \"%s\" of person \"%s\" belongs to \"%s\", the other side of engagement"
                  + " \"%s\", but the person takes part for \"%s\"",
              offices.get(k), participant.person(), jurisdiction, engagement.id(),
              participant.side());
        } else if (hasTenure(person, offices.get(k))) {
          // Without a recorded tenure of the office, this very participation implies one
          // (Dossier.holding), so there is nothing to look up: only recorded tenures can put
          // the date outside a term.
          Optional<FuzzyDate> date = engagement.date();
          if (date.isEmpty()) {
            continue;
          }
          heldOn(person, offices.get(k), date.get(), officeAt,
              new Described("engagement", engagement.id()));
        }
      }
      for (int k = 0; k < participant.titlesAsWritten().size(); k++) {
        if (!participant.titlesAsWritten().get(k).evidence().isEmpty()) {
          evidence(participant.titlesAsWritten().get(k).evidence(),
              index(member(at, Participant.TITLES_AS_WRITTEN), k), Wording.EVIDENCE);
        }
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
      if (perSide < 2) {
        return;
      }
      boolean anyPrincipal = false;
      for (Participant participant : dialogue.participants()) {
        if (participant.roles().contains(ParticipantRole.PRINCIPAL)) {
          anyPrincipal = true;
          break;
        }
      }
      if (!anyPrincipal) {
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

    private void plannedMeeting(PlannedMeeting plan, Pointer at, int position) {
      id(plan, at, position);
      DialogueSeries series = plan.series().isPresent()
          ? ref(plan.series().get(), DialogueSeries.class, at, PlannedMeeting.SERIES) : null;
      plannedOrdinal(plan, member(at, PlannedMeeting.ORDINAL));
      if (series != null) {
        seriesSides(plan.sides(), series, member(at, PlannedMeeting.SIDES), "planned meeting",
            plan.id());
      }
      sides(plan.sides(), member(at, PlannedMeeting.SIDES), "planned meeting");
      plan.host().ifPresent(host -> ref(host, Actor.class, at, PlannedMeeting.HOST));
      for (int j = 0; j < plan.principals().size(); j++) {
        if (find(plan.principals().get(j), Office.class) == null) {
          unresolved(plan.principals().get(j), Office.class,
              index(member(at, PlannedMeeting.PRINCIPALS), j));
        }
      }
      topics(plan.topics(), at, PlannedMeeting.TOPICS);
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
      evidence(plan.evidence(), at, PlannedMeeting.EVIDENCE);
      evidence(plan.deniedBy(), at, PlannedMeeting.DENIED_BY);
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
      account.initiator().ifPresent(actor -> ref(actor, Actor.class, at, MeetingChange.INITIATOR));
      account.host().ifPresent(actor -> ref(actor, Actor.class, at, MeetingChange.HOST));
      for (int k = 0; k < account.windows().size(); k++) {
        DateClaim window = account.windows().get(k);
        Pointer windowAt = index(member(at, MeetingChange.WINDOWS), k);
        if (account.date().isPresent() && window.value().isCertainlyBefore(account.date().get())) {
          report(member(windowAt, DateClaim.VALUE), ViolationCode.WINDOW_BEFORE_ANNOUNCEMENT,
              "window %s ends before the %s change of %s that announced it",
              window.value(), account.status(), account.date().get());
        }
        evidence(window.evidence(), windowAt, DateClaim.EVIDENCE);
      }
      account.reason().ifPresent(reason -> {
        Pointer reasonAt = member(at, MeetingChange.REASON);
        reason.side().ifPresent(side -> ref(side, Actor.class, reasonAt, ChangeReason.SIDE));
        evidence(reason.evidence(), reasonAt, ChangeReason.EVIDENCE);
      });
      account.heldAs().ifPresent(heldAs -> {
        Engagement held = ref(heldAs, Engagement.class, at, MeetingChange.HELD_AS);
        if (held != null) {
          heldAs(plan, account, held, at);
        }
      });
      account.announcedIn().ifPresent(statement ->
          ref(statement, Statement.class, at, MeetingChange.ANNOUNCED_IN));
      evidence(account.evidence(), at, MeetingChange.EVIDENCE);
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

    private void instrument(Instrument instrument, Pointer at, int position) {
      id(instrument, at, position);
      for (int j = 0; j < instrument.parties().size(); j++) {
        if (find(instrument.parties().get(j), Actor.class) == null) {
          unresolved(instrument.parties().get(j), Actor.class,
              index(member(at, Instrument.PARTIES), j));
        }
      }
      topics(instrument.topics(), at, Instrument.TOPICS);
      if (instrument.text().isPresent()) {
        ref(instrument.text().get(), Source.class, at, Instrument.TEXT);
      }
      Optional<Engagement> signing = instrument.signing()
          .map(e -> ref(e, Engagement.class, at, Instrument.SIGNING));
      // Offices are checked at the signing: the SIGNED step's date, else the engagement's.
      Optional<FuzzyDate> signedOn = instrument.history().stream()
          .filter(step -> step.status() == InstrumentStatus.SIGNED)
          .findFirst()
          .flatMap(InstrumentStep::date)
          .or(() -> signing.flatMap(Engagement::date));
      Described what = new Described("the signing of instrument", instrument.id());
      for (int j = 0; j < instrument.signatories().size(); j++) {
        Signatory signatory = instrument.signatories().get(j);
        Pointer signatoryAt = index(member(at, Instrument.SIGNATORIES), j);
        Person person = ref(signatory.person(), Person.class, signatoryAt, Signatory.PERSON);
        if (signatory.office().isPresent()) {
          office(person, signatory.office().get(), signedOn,
              member(signatoryAt, Signatory.OFFICE), what);
        }
        party(instrument, signatory.party(), member(signatoryAt, Signatory.PARTY),
            ViolationCode.SIGNATORY_NOT_PARTY, "signatory \"" + signatory.person() + "\" signs");
      }
      for (int j = 0; j < instrument.witnesses().size(); j++) {
        attribution(instrument.witnesses().get(j), signedOn,
            index(member(at, Instrument.WITNESSES), j), what);
      }
      for (int j = 0; j < instrument.conditions().size(); j++) {
        evidence(instrument.conditions().get(j).evidence(),
            index(member(at, Instrument.CONDITIONS), j), EntryCondition.EVIDENCE);
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
      evidence(instrument.evidence(), at, Instrument.EVIDENCE);
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
      evidence(account.evidence(), at, InstrumentStep.EVIDENCE);
    }

    /** Checks that an actor named as acting for or on an instrument is one of its parties. */
    private void party(Instrument instrument, Ref<Actor> party, Pointer at, ViolationCode code,
        String what) {
      if (ref(party, Actor.class, at) != null && !instrument.parties().contains(party)) {
        report(at, code, "%s for \"%s\", which is not one of the parties %s of instrument \"%s\"",
            what, party, instrument.parties(), instrument.id());
      }
    }

    private static <E extends Enum<E>> String names(Set<E> values) {
      StringJoiner joined = new StringJoiner(", ");
      values.forEach(v -> joined.add(v.name()));
      return joined.toString();
    }

    private void statement(Statement statement, Pointer at, int position) {
      id(statement, at, position);
      Optional<Ref<Engagement>> engagementRef = statement.engagement();
      Engagement engagement =
          engagementRef.isPresent() ? find(engagementRef.get(), Engagement.class) : null;
      Optional<FuzzyDate> date = statement.date();
      if (date.isPresent() && engagement != null) {
        Optional<FuzzyDate> held = engagement.date();
        if (held.isPresent() && date.get().isCertainlyBefore(held.get())) {
          report(member(at, Statement.DATE), ViolationCode.STATEMENT_BEFORE_ENGAGEMENT,
              "statement dated %s is before engagement \"%s\" dated %s, at which it was made",
              date.get(), engagement.id(), held.get());
        }
      }
      if (engagementRef.isPresent()) {
        ref(engagementRef.get(), Engagement.class, at, Statement.ENGAGEMENT);
      }
      topics(statement.topics(), at, Statement.TOPICS);
      for (int j = 0; j < statement.relations().size(); j++) {
        StatementRelation relation = statement.relations().get(j);
        Pointer relationAt = index(member(at, Statement.RELATIONS), j);
        if (find(relation.target(), Statement.class) == null) {
          ref(relation.target(), Statement.class, relationAt, StatementRelation.TARGET);
        }
        evidence(relation.evidence(), relationAt, StatementRelation.EVIDENCE);
      }
      if (!statement.positions().isEmpty()) {
        Pointer positionsAt = member(at, Statement.POSITIONS);
        for (int j = 0; j < statement.positions().size(); j++) {
          position(statement, statement.positions().get(j), index(positionsAt, j));
        }
      }
      evidence(statement.evidence(), at, Statement.EVIDENCE);
      Described what = new Described("statement", statement.id());
      if (statement instanceof JointStatement) {
        JointStatement joint = (JointStatement) statement;
        Pointer issuersAt = member(at, Statement.ISSUERS);
        if (engagement != null && allResolve(joint.issuers())
            && allResolve(engagement.sides())
            && !sameSides(joint.issuers(), engagement.sides())) {
          report(issuersAt, ViolationCode.ISSUERS_NOT_SIDES,
              "issuers %s differ from the sides %s of engagement \"%s\"",
              joint.issuers(), engagement.sides(), engagement.id());
        }
        sides(joint.issuers(), issuersAt, "joint statement");
        if (!joint.signatories().isEmpty()) {
          Pointer signatoriesAt = member(at, JointStatement.SIGNATORIES);
          for (int j = 0; j < joint.signatories().size(); j++) {
            attribution(joint.signatories().get(j), date, index(signatoriesAt, j), what);
          }
        }
      } else if (statement instanceof UnilateralStatement) {
        UnilateralStatement unilateral = (UnilateralStatement) statement;
        ref(unilateral.issuer(), Actor.class, at, UnilateralStatement.ISSUER);
        unilateral.by().ifPresent(by -> attribution(by, date, member(at, UnilateralStatement.BY), what));
      } else if (statement instanceof Remarks) {
        Remarks remarks = (Remarks) statement;
        attribution(remarks.speaker(), date, member(at, Remarks.SPEAKER), what);
        ref(remarks.side(), Actor.class, at, Remarks.SIDE);
      }
    }

    private void position(Statement statement, Position position, Pointer at) {
      for (int k = 0; k < position.holders().size(); k++) {
        if (find(position.holders().get(k), Actor.class) == null) {
          ref(position.holders().get(k), Actor.class, index(member(at, Position.HOLDERS), k));
        }
      }
      for (int k = 0; k < position.objects().size(); k++) {
        PositionObject object = position.objects().get(k);
        Pointer objectAt = index(member(at, Position.OBJECTS), k);
        for (int m = 0; m < object.targets().size(); m++) {
          if (find(object.targets().get(m), Actor.class) == null) {
            ref(object.targets().get(m), Actor.class, index(member(objectAt, PositionObject.TARGETS), m));
          }
        }
        for (int m = 0; m < object.actors().size(); m++) {
          if (find(object.actors().get(m).actor(), Actor.class) == null) {
            ref(object.actors().get(m).actor(), Actor.class,
                member(index(member(objectAt, PositionObject.ACTORS), m), ObjectActor.ACTOR));
          }
        }
        if (object.phenomenon().isPresent()) {
          ref(object.phenomenon().get(), Topic.class, objectAt, PositionObject.PHENOMENON);
        }
      }
      topics(position.topics(), at, Position.TOPICS);
      position.reiteration().ifPresent(reiteration -> {
        Pointer reiterationAt = member(at, Position.REITERATION);
        reiteration.previous().ifPresent(previous -> {
          if (previous.pointsAt(statement)) {
            report(member(reiterationAt, Reiteration.PREVIOUS), ViolationCode.SELF_REFERENCE,
                "a position of statement \"%s\" names that statement as the one it restates",
                statement.id());
          } else {
            ref(previous, Statement.class, reiterationAt, Reiteration.PREVIOUS);
          }
        });
        evidence(reiteration.evidence(), reiterationAt, Reiteration.EVIDENCE);
      });
      if (position.period().isPresent()) {
        evidence(position.period().get().evidence(), member(at, Position.PERIOD),
            DateClaim.EVIDENCE);
      }
      if (position.mutuality().isPresent()) {
        List<Ref<Actor>> holders = holders(statement, position);
        if (holders.size() < 2) {
          report(member(at, Position.MUTUALITY), ViolationCode.MUTUAL_SINGLE_HOLDER,
              "a position marked %s is held by %s alone; a mutual position has two holders or more",
              position.mutuality().get().kind(), holders.isEmpty() ? "no one" : holders.get(0).id());
        }
      }
      evidence(position.evidence(), at, Position.EVIDENCE);
      if (position instanceof Agreement) {
        ((Agreement) position).plannedMeeting().ifPresent(plan ->
            ref(plan, PlannedMeeting.class, at, Agreement.PLANNED_MEETING));
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
        Attribution attribution, Optional<FuzzyDate> date, Pointer at, Described what) {
      Person person = ref(attribution.person(), Person.class, at, Attribution.PERSON);
      Optional<Ref<Office>> office = attribution.office();
      if (office.isPresent()) {
        if (date.isPresent()) {
          office(person, office.get(), date, member(at, Attribution.OFFICE), what);
        } else {
          ref(office.get(), Office.class, at, Attribution.OFFICE);
        }
      }
    }

    private void topic(Topic topic, Pointer at, int position) {
      if (Topics.isBuiltIn(topic.id())) {
        report(member(at, Topic.ID), ViolationCode.DUPLICATE_ID,
            "id \"%s\" is the id of a built-in topic", topic.id());
      } else {
        id(topic, at, position);
      }
      for (int j = 0; j < topic.parents().size(); j++) {
        selfOrRef(topic, topic.parents().get(j), index(member(at, Topic.PARENTS), j),
            "topic \"%s\" is its own parent");
      }
      cycles(topic, at, "topic");
      if (topic.owner().isPresent()) {
        ref(topic.owner().get(), Actor.class, at, Topic.OWNER);
      }
      evidence(topic.evidence(), at, Topic.EVIDENCE);
    }

    // ---------------------------------------------------------------- rules over parts

    /** Reports an id that a record before it has, at {@code position} in the lists' order. */
    private void id(Identified record, Pointer at, int position) {
      if (repeated != null && repeated[position]) {
        report(member(at, Identified.ID), ViolationCode.DUPLICATE_ID,
            "id \"%s\" is already the id of the record at %s",
            record.id(), pointerTo(records.get(record.id())));
      }
    }

    /** The pointer to a record of the dossier: its first place in the lists. */
    private Pointer pointerTo(Identified record) {
      List<List<? extends Identified>> lists = lists(dossier);
      for (int l = 0; l < lists.size(); l++) {
        for (int i = 0; i < lists.get(l).size(); i++) {
          if (lists.get(l).get(i) == record) {
            return index(LIST_POINTERS.get(l), i);
          }
        }
      }
      throw new AssertionError("record " + record.id() + " is in no list of the dossier");
    }

    private void sides(List<Ref<Actor>> sides, Pointer at, String kind) {
      List<State> states = new ArrayList<>(2);
      for (int j = 0; j < sides.size(); j++) {
        Pointer sideAt = index(at, j);
        Actor side = ref(sides.get(j), Actor.class, sideAt);
        if (side != null && !(side instanceof State || side instanceof Grouping)) {
          report(sideAt, ViolationCode.SIDE_NOT_STATE_OR_GROUPING,
              "side \"%s\" is a %s; a side of a %s is a State or a Grouping",
              sides.get(j), kindOf(side), kind);
        } else if (side instanceof State) {
          State state = (State) side;
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
      if (rounds == null) {
        rounds = new HashMap<>();
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
    private void office(Person person, Ref<Office> office, Optional<FuzzyDate> date,
        Pointer at, Described what) {
      Office found = ref(office, Office.class, at);
      if (person != null && found != null) {
        heldOn(person, office, date.orElse(ANY_TIME), at, what);
      }
    }

    /**
     * Reports an office the dossier does not show the person holding at the time: outside every
     * recorded term, or neither recorded nor implied.
     */
    private void heldOn(Person person, Ref<Office> office, FuzzyDate time, Pointer at,
        Described what) {
      // What Dossier.holding answers: a recorded tenure of the office alone answers when there
      // is one; only without one are the engagements that imply it looked up.
      boolean recorded = false;
      for (Tenure tenure : person.tenures()) {
        if (tenure.office().equals(office)) {
          if (!tenure.term().certainlyExcludes(time)) {
            return;
          }
          recorded = true;
        }
      }
      if (!recorded && dossier.holding(Ref.of(person.id()), office, time).isPresent()) {
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

    // The lists below are member {@code name} of the value at {@code parent}: pointers into
    // them are built only for the elements that need one.

    private void dateClaims(List<DateClaim> claims, Pointer parent, String name) {
      for (int j = 0; j < claims.size(); j++) {
        if (!claims.get(j).evidence().isEmpty()) {
          evidence(claims.get(j).evidence(), index(member(parent, name), j), DateClaim.EVIDENCE);
        }
      }
    }

    private void wordings(List<Wording> wordings, Pointer parent, String name) {
      for (int j = 0; j < wordings.size(); j++) {
        if (!wordings.get(j).evidence().isEmpty()) {
          evidence(wordings.get(j).evidence(), index(member(parent, name), j), Wording.EVIDENCE);
        }
      }
    }

    private void topics(List<Ref<Topic>> topics, Pointer parent, String name) {
      for (int j = 0; j < topics.size(); j++) {
        if (find(topics.get(j), Topic.class) == null) {
          unresolved(topics.get(j), Topic.class, index(member(parent, name), j));
        }
      }
    }

    /** Checks an evidence list. */
    private void evidence(List<Evidence> evidence, Pointer parent, String name) {
      for (int k = 0; k < evidence.size(); k++) {
        if (find(evidence.get(k).source(), Source.class) == null) {
          unresolved(evidence.get(k).source(), Source.class,
              member(index(member(parent, name), k), Evidence.SOURCE));
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
     *
     * @return the record, or null if there is none of that kind
     */
    private <T extends Identified> T ref(Ref<?> ref, Class<T> kind, Pointer at) {
      T found = find(ref, kind);
      if (found == null) {
        unresolved(ref, kind, at);
      }
      return found;
    }

    /**
     * Resolves a reference held by member {@code name} of the value at {@code parent}, as {@link
     * #ref(Ref, Class, Pointer)} does; the member's pointer is built only for a violation.
     */
    private <T extends Identified> T ref(Ref<?> ref, Class<T> kind, Pointer parent, String name) {
      T found = find(ref, kind);
      if (found == null) {
        unresolved(ref, kind, member(parent, name));
      }
      return found;
    }

    /** Reports a reference that resolves to no record of the kind. */
    private void unresolved(Ref<?> ref, Class<?> kind, Pointer at) {
      // The first record with each id, as a scan of records() would find; a topic of Entente's
      // vocabulary, which the lookup of topics also finds, is no record of the dossier.
      Identified other = records.get(ref.id());
      if (other != null && Topics.find(other.id()).orElse(null) != other) {
        report(at, ViolationCode.WRONG_REFERENCE_KIND,
            "reference \"%s\" points at a %s, not a %s",
            ref, kindOf(other), kind.getSimpleName());
      } else {
        report(at, ViolationCode.DANGLING_REFERENCE,
            "reference \"%s\" points at no %s in the dossier", ref, kind.getSimpleName());
      }
    }

    /**
     * Resolves a reference silently, as {@link Dossier#find} does: the record, or null if the
     * dossier has none of that kind with that id.
     */
    private <T extends Identified> T find(Ref<?> ref, Class<T> kind) {
      Identified record = records.get(ref.id());
      if (record == null && kind == Topic.class) {
        record = Topics.find(ref.id()).orElse(null);
      }
      return kind.isInstance(record) ? kind.cast(record) : null;
    }

    private boolean allResolve(List<Ref<Actor>> refs) {
      for (int i = 0; i < refs.size(); i++) {
        if (find(refs.get(i), Actor.class) == null) {
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
      if (ignoring.contains(code)) {
        // Not judged here: neither described nor counted.
        return;
      }
      if (violations == null) {
        violations = new ArrayList<>();
      }
      if (violations.size() >= limit) {
        // Counted, not described: neither the pointer nor the message is built.
        notKept++;
        return;
      }
      violations.add(
          new Violation(at.toString(), code, String.format(Locale.ROOT, format, args)));
    }

    /**
     * A record named in a message, as {@code noun "id"}: the text is built only for a violation.
     */
    private record Described(String noun, String id) {
      @Override
      public String toString() {
        return noun + " \"" + id + "\"";
      }
    }

    private static String kindOf(Identified record) {
      return record.getClass().getSimpleName();
    }

    private static String term(Term term) {
      return term.start() + "/" + term.end().map(FuzzyDate::toString).orElse("..");
    }
  }
}
