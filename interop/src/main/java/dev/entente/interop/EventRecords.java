package dev.entente.interop;

import dev.entente.model.Actor;
import dev.entente.model.Agreement;
import dev.entente.model.Attribution;
import dev.entente.model.Dialogue;
import dev.entente.model.DialogueSeries;
import dev.entente.model.Dossier;
import dev.entente.model.Engagement;
import dev.entente.model.Evidence;
import dev.entente.model.GovernmentBody;
import dev.entente.model.Confirmation;
import dev.entente.model.DateClaim;
import dev.entente.model.JointStatement;
import dev.entente.model.Meeting;
import dev.entente.model.MeetingChange;
import dev.entente.model.ObjectActor;
import dev.entente.model.ObjectRole;
import dev.entente.model.Office;
import dev.entente.model.Participant;
import dev.entente.model.PlannedMeeting;
import dev.entente.model.Position;
import dev.entente.model.PositionObject;
import dev.entente.model.Ref;
import dev.entente.model.Remarks;
import dev.entente.model.Source;
import dev.entente.model.State;
import dev.entente.model.Statement;
import dev.entente.model.UnilateralStatement;
import dev.entente.model.Venue;
import dev.entente.time.FuzzyDate;
import dev.entente.time.Precision;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The event records of a dossier, once, for every event-data export: one per dated engagement,
 * per dated position that a codebook can code, and per planned-meeting change that no position
 * already records; with the losses that every event-data export shares (what no event record can
 * hold, per record, and why).
 */
final class EventRecords {

  /** One directed CAMEO event: actor 1 does it, to actor 2 where there is one. */
  static final class Dyad {
    final CodedActor actor1;
    final Optional<CodedActor> actor2;
    final Coding coding;

    Dyad(CodedActor actor1, Optional<CodedActor> actor2, Coding coding) {
      this.actor1 = actor1;
      this.actor2 = actor2;
      this.coding = coding;
    }
  }

  /** A person who took part in an engagement, on a side. */
  static final class Attendee {
    final CodedActor person;
    final CodedActor side;

    Attendee(CodedActor person, CodedActor side) {
      this.person = person;
      this.side = side;
    }
  }

  /** One record. */
  static final class Record {
    String id;
    /** The JSON Pointer of the record in the dossier's JSON form. */
    String pointer;
    Optional<FuzzyDate> date = Optional.empty();
    /** Whether the date is the span of a multi-day engagement (a range of two days). */
    boolean multiDay;
    Coding coding;
    final List<CodedActor> actors = new ArrayList<>();
    final List<CodedActor> recipients = new ArrayList<>();
    final List<Attendee> attendees = new ArrayList<>();
    final List<String> contexts = new ArrayList<>();
    Optional<Venue> venue = Optional.empty();
    String text;
    final List<Source> sources = new ArrayList<>();
    int mentions;
    final List<String> comments = new ArrayList<>();
    final List<Dyad> dyads = new ArrayList<>();
    /** UNCONFIRMED or DISPUTED where the record's claim is; empty where it is not in doubt. */
    Optional<Confirmation> doubt = Optional.empty();
    /** When a planned meeting is expected to take place, one claim per source. */
    final List<DateClaim> windows = new ArrayList<>();
    /** Whether the host was told from the venue, none being recorded. */
    boolean hostFromVenue;
    /** What this record cannot carry, in either event-data export. */
    final List<Loss> losses = new ArrayList<>();
  }

  /** The records of a dossier and the losses of the records left out. */
  static final class Result {
    final List<Record> records = new ArrayList<>();
    final List<Loss> losses = new ArrayList<>();
  }

  private EventRecords() {}

  /**
   * The records and, in document order, every loss the event-data exports share: the records
   * left out (undated, or with no known start) and, per record, what it cannot carry.
   */
  static Result build(Dossier dossier) {
    Result result = new Result();
    List<Engagement> engagements = dossier.engagements();
    for (int i = 0; i < engagements.size(); i++) {
      Engagement engagement = engagements.get(i);
      String pointer = "/engagements/" + i;
      String what = "engagement \"" + engagement.id() + "\" (" + engagementName(dossier, engagement) + ")";
      if (!dated(engagement.date(), pointer, what, result.losses)) {
        continue;
      }
      Record record = engagement(dossier, engagement, pointer);
      add(result, record);
    }
    List<Statement> statements = dossier.statements();
    for (int i = 0; i < statements.size(); i++) {
      Statement statement = statements.get(i);
      String statementPointer = "/statements/" + i;
      for (int r = 0; r < statement.relations().size(); r++) {
        result.losses.add(new Loss(statementPointer + "/relations/" + r,
            "the relation " + statement.relations().get(r).kind() + " of statement \""
                + statement.id() + "\" to \"" + statement.relations().get(r).target().id() + "\"",
            "event records are single events and cannot link one statement to another"));
      }
      if (statement.dateClaims().size() > 1) {
        result.losses.add(new Loss(statementPointer + "/dateClaims",
            "what each source says about the date of statement \"" + statement.id() + "\"",
            "an event record has one date; the sources' claims are not exported"));
      }
      for (int j = 0; j < statement.positions().size(); j++) {
        String pointer = statementPointer + "/positions/" + j;
        String what = "position " + j + " (" + statement.positions().get(j).kind() + ") of statement \""
            + statement.id() + "\"";
        if (!dated(statement.date(), pointer, what, result.losses)) {
          continue;
        }
        Record record = position(dossier, statement, j, pointer);
        add(result, record);
      }
    }
    List<PlannedMeeting> planned = dossier.plannedMeetings();
    for (int i = 0; i < planned.size(); i++) {
      PlannedMeeting meeting = planned.get(i);
      for (int k = 0; k < meeting.lifecycle().size(); k++) {
        MeetingChange change = meeting.lifecycle().get(k);
        String pointer = "/plannedMeetings/" + i + "/lifecycle/" + k;
        Optional<Coding> coding = EventMapping.plannedMeeting(change.status());
        if (coding.isEmpty()) {
          result.losses.add(new Loss(pointer, "the change to HELD of planned meeting \"" + meeting.id()
              + "\"", "the engagement held is the event record; a planned meeting's history is"
              + " not an event"));
          continue;
        }
        if (recordedByPosition(dossier, meeting, change)) {
          continue;
        }
        String what = "the change to " + change.status() + " of planned meeting \"" + meeting.id() + "\"";
        if (!dated(change.date(), pointer, what, result.losses)) {
          continue;
        }
        Record record = plannedChange(dossier, meeting, k, coding.get());
        record.pointer = pointer;
        for (int a = 0; a < change.alternatives().size(); a++) {
          record.losses.add(new Loss(pointer + "/alternatives/" + a, "what other sources report"
              + " of this change (" + change.alternatives().get(a).status() + ")",
              "an event record has one version of an event; the disagreement is in the comment"
                  + " only"));
        }
        add(result, record);
      }
    }
    return result;
  }

  private static void add(Result result, Record record) {
    result.records.add(record);
    result.losses.addAll(record.losses);
  }

  private static boolean dated(Optional<FuzzyDate> date, String pointer, String what, List<Loss> losses) {
    if (date.isEmpty()) {
      losses.add(new Loss(pointer, what, "it is undated, and an event record needs a date"));
      return false;
    }
    if (date.get().isOpenStart() || date.get().isUnknownStart()) {
      losses.add(new Loss(pointer, what, "its date " + date.get() + " has no known start, and an"
          + " event record needs one"));
      return false;
    }
    return true;
  }

  /**
   * Sorts losses into document order by their pointers (engagements, statements, planned
   * meetings; indexes as numbers); losses at one pointer keep their order.
   */
  static void sortByPointer(List<Loss> losses) {
    losses.sort(EventRecords::comparePointers);
  }

  private static int comparePointers(Loss a, Loss b) {
    String[] x = a.pointer().split("/");
    String[] y = b.pointer().split("/");
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c;
      if (i == 1) {
        c = Integer.compare(rank(x[i]), rank(y[i]));
      } else if (isIndex(x[i]) && isIndex(y[i])) {
        c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
      } else {
        c = x[i].compareTo(y[i]);
      }
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }

  /** Whether a pointer segment is an array index: digits only. */
  private static boolean isIndex(String segment) {
    if (segment.isEmpty()) {
      return false;
    }
    for (int i = 0; i < segment.length(); i++) {
      if (segment.charAt(i) < '0' || segment.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static int rank(String member) {
    switch (member) {
      case "engagements":
        return 0;
      case "statements":
        return 1;
      default:
        return 2;
    }
  }

  // ---- Engagements ------------------------------------------------------------------------------

  /** The record of an engagement, whose pointer in the dossier is {@code at}. */
  private static Record engagement(Dossier dossier, Engagement engagement, String at) {
    Record record = new Record();
    record.pointer = at;
    record.id = engagement.id();
    record.date = engagement.date();
    record.multiDay = engagement.date().map(EventRecords::isDayRange).orElse(false);
    record.venue = engagement.venue();
    record.text = engagementName(dossier, engagement);
    List<Ref<Actor>> sides = engagement.sides();
    Optional<Ref<Actor>> host = engagement.host();
    if (host.isEmpty()) {
      host = hostByVenue(dossier, engagement);
      record.hostFromVenue = host.isPresent();
    }
    if (host.isPresent()) {
      Ref<Actor> hostRef = host.get();
      Ref<Actor> visitorRef = sides.get(0).equals(hostRef) ? sides.get(1) : sides.get(0);
      CodedActor visitor = CodedActor.of(dossier, visitorRef, Optional.empty());
      CodedActor hostActor = CodedActor.of(dossier, hostRef, Optional.empty());
      Coding visiting = coding(engagement, EngagementRole.VISITOR);
      record.coding = visiting;
      record.actors.add(visitor);
      record.recipients.add(hostActor);
      record.dyads.add(new Dyad(visitor, Optional.of(hostActor), visiting));
      record.dyads.add(new Dyad(hostActor, Optional.of(visitor),
          coding(engagement, EngagementRole.HOST)));
      if (record.hostFromVenue) {
        record.comments.add("no host recorded: " + hostActor.name() + " is taken as host, the venue"
            + " being in its country");
      }
    } else {
      EngagementRole role = thirdLocation(dossier, engagement)
          ? EngagementRole.THIRD_LOCATION
          : EngagementRole.NO_HOST;
      Coding coding = coding(engagement, role);
      record.coding = coding;
      CodedActor a = CodedActor.of(dossier, sides.get(0), Optional.empty());
      CodedActor b = CodedActor.of(dossier, sides.get(1), Optional.empty());
      record.actors.add(a);
      record.actors.add(b);
      record.dyads.add(new Dyad(a, Optional.of(b), coding));
      record.dyads.add(new Dyad(b, Optional.of(a), coding));
      record.comments.add("no host recorded: both sides are actors, and the event is coded in"
          + " both directions");
    }
    // One entity per side: the people who took part are attendees of their side, never extra
    // actors, which PLOVER's compound-actor rule would expand into dyads of their own.
    for (int i = 0; i < engagement.participants().size(); i++) {
      Participant participant = engagement.participants().get(i);
      CodedActor side = CodedActor.of(dossier, participant.side(), Optional.empty());
      record.attendees.add(new Attendee(CodedActor.of(dossier, participant.person(),
          participant.offices().stream().findFirst()), side));
      String participantAt = at + "/participants/" + i;
      if (participant.offices().size() > 1) {
        record.losses.add(new Loss(participantAt + "/offices", "the offices of " + participant.person().id()
            + " but the first", "an entity object has one office"));
      }
      if (!participant.roles().isEmpty()) {
        record.losses.add(new Loss(participantAt + "/roles", "the roles of " + participant.person().id() + " ("
            + participant.roles().stream().map(Object::toString).collect(Collectors.joining(", "))
            + ")", "neither codebook has participant roles"));
      }
    }
    if (engagement.dateClaims().size() > 1) {
      record.losses.add(new Loss(at + "/dateClaims", "what each source says about the date",
          "an event record has one date"));
    }
    if (engagement.venueClaims().size() > 1) {
      record.losses.add(new Loss(at + "/venueClaims", "what each source says about the venue",
          "an event record has one place"));
    }
    if (engagement.hostClaims().size() > 1) {
      record.losses.add(new Loss(at + "/hostClaims", "what each source says about the host",
          "an event record has one host"));
    }
    record.coding.comment().ifPresent(record.comments::add);
    addContexts(record, PloverContexts.of(dossier, engagement.topics()));
    addSources(dossier, record, engagement.evidence());
    return record;
  }

  /** Whether the date is a range of two days, as a multi-day engagement's is. */
  static boolean isDayRange(FuzzyDate date) {
    return date.isInterval()
        && date.start().map(s -> s.toLocalDate().isPresent()).orElse(false)
        && date.end().map(e -> e.toLocalDate().isPresent()).orElse(false);
  }

  /**
   * The side whose country the venue is in, where exactly one side's is: a state, or a government
   * body of a state.
   */
  private static Optional<Ref<Actor>> hostByVenue(Dossier dossier, Engagement engagement) {
    Optional<String> venueCountry = engagement.venue().flatMap(Venue::country).map(c -> c.alpha3());
    if (venueCountry.isEmpty()) {
      return Optional.empty();
    }
    List<Ref<Actor>> inCountry = new ArrayList<>();
    for (Ref<Actor> side : engagement.sides()) {
      if (stateOf(dossier, side).map(s -> s.country().alpha3().equals(venueCountry.get())).orElse(false)) {
        inCountry.add(side);
      }
    }
    return inCountry.size() == 1 ? Optional.of(inCountry.get(0)) : Optional.empty();
  }

  private static Optional<State> stateOf(Dossier dossier, Ref<Actor> side) {
    Optional<Actor> actor = dossier.find(side, Actor.class);
    if (actor.isPresent() && actor.get() instanceof GovernmentBody) {
      return dossier.find(((GovernmentBody) actor.get()).government(), State.class);
    }
    return dossier.find(side, State.class);
  }

  private static Coding coding(Engagement engagement, EngagementRole role) {
    if (engagement instanceof Dialogue) {
      return EventMapping.dialogue(role);
    }
    return EventMapping.meeting(((Meeting) engagement).kind(), role);
  }

  private static boolean thirdLocation(Dossier dossier, Engagement engagement) {
    if (engagement.venue().isEmpty() || engagement.venue().get().country().isEmpty()) {
      return false;
    }
    String venueCountry = engagement.venue().get().country().get().alpha3();
    for (Ref<Actor> side : engagement.sides()) {
      Optional<State> state = stateOf(dossier, side);
      if (state.isEmpty() || state.get().country().alpha3().equals(venueCountry)) {
        return false;
      }
    }
    return true;
  }

  static String engagementName(Dossier dossier, Engagement engagement) {
    if (engagement.title().isPresent()) {
      return engagement.title().get();
    }
    if (engagement instanceof Dialogue) {
      Dialogue dialogue = (Dialogue) engagement;
      String series = dossier.find(dialogue.series(), DialogueSeries.class)
          .map(DialogueSeries::name)
          .orElse(dialogue.series().id());
      return dialogue.ordinal().isPresent()
          ? series + ", session " + dialogue.ordinal().getAsInt()
          : series;
    }
    Meeting meeting = (Meeting) engagement;
    String kind = meeting.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " between "
        + meeting.sides().stream()
            .map(side -> dossier.find(side, Actor.class).map(Actor::name).orElse(side.id()))
            .collect(Collectors.joining(" and "));
  }

  // ---- Positions --------------------------------------------------------------------------------

  /** The record of a statement's position {@code index}, whose pointer is {@code at}. */
  private static Record position(Dossier dossier, Statement statement, int index, String at) {
    Position position = statement.positions().get(index);
    Record record = new Record();
    record.pointer = at;
    record.id = statement.id() + "/positions/" + index;
    Coding coding = coding(position);
    record.coding = coding;
    List<Ref<Actor>> holders = position.holders();
    if (holders.isEmpty()) {
      // Remarks are held by their speaker, acting as the office named; other statements by
      // their issuers.
      holders = statement instanceof Remarks
          ? List.of(Ref.of(((Remarks) statement).speaker().person().id()))
          : statement.issuers();
    }
    for (Ref<Actor> holder : holders) {
      CodedActor actor = CodedActor.of(dossier, holder, office(statement, holder));
      Optional<CodedActor> same = sameEntity(record.actors, actor);
      if (same.isPresent()) {
        record.losses.add(new Loss(at + "/holders", "the holder " + holder.id() + " as an actor of"
            + " its own", "it has the code " + actor.cameoCode() + " of " + same.get().id()
            + ", already an actor: listing both would count one actor twice"));
      } else {
        record.actors.add(actor);
      }
    }
    // The recipients are the objects' actors in the roles that the kind of position directs at
    // (EventMapping#recipientRoles); a mentioned actor is never one, nor is a holder.
    Set<ObjectRole> recipientRoles = EventMapping.recipientRoles(position, coding);
    for (int o = 0; o < position.objects().size(); o++) {
      PositionObject object = position.objects().get(o);
      String objectAt = at + "/objects/" + o;
      for (ObjectActor roled : object.roledActors(position.kind())) {
        Ref<Actor> ref = roled.actor();
        CodedActor actor = CodedActor.of(dossier, ref, Optional.empty());
        if (roled.role() == ObjectRole.MENTIONED) {
          record.comments.add("mentions " + ref.id() + ", which is no party to the position");
          record.losses.add(new Loss(objectAt, "the mention of " + ref.id(), "a mentioned actor"
              + " is no party to the position: neither actor nor recipient"));
        } else if (!recipientRoles.contains(roled.role())) {
          record.losses.add(new Loss(objectAt, ref.id() + " (" + roled.role().name().toLowerCase(Locale.ROOT)
              + ") as a party to the position", "in a " + position.kind() + " position a "
              + roled.role().name().toLowerCase(Locale.ROOT) + " actor is not whom the event is"
              + " directed at (the party to be deterred or the party cooperated with cannot be told"
              + " apart), so it is no recipient"));
        } else if (sameEntity(record.actors, actor).isPresent()) {
          record.losses.add(new Loss(objectAt, ref.id() + " as a recipient", "it has the code "
              + actor.cameoCode() + " of an actor of the position: no event is directed at its own"
              + " actor"));
        } else if (sameEntity(record.recipients, actor).isEmpty()) {
          record.recipients.add(actor);
        }
      }
      if (object.hedging().isPresent()) {
        object.hedging().ifPresent(hedging -> record.comments.add("hedged " + hedging.level()
            + hedging.wording().map(w -> " (\"" + w + "\")").orElse("")
            + object.conduct().map(c -> ": " + c).orElse("")));
        record.losses.add(new Loss(objectAt + "/hedging", "the hedging "
            + object.hedging().get().level() + " of the conduct", "neither codebook marks hedging;"
            + " the record states the position without it"));
      }
      if (object.phenomenon().isPresent()) {
        record.comments.add("about the phenomenon " + object.phenomenon().get().id() + ", not an actor");
        record.losses.add(new Loss(objectAt + "/phenomenon", "the phenomenon "
            + object.phenomenon().get().id(), "an event record's parties are actors"));
      }
    }
    for (CodedActor actor : record.actors) {
      if (record.recipients.isEmpty()) {
        record.dyads.add(new Dyad(actor, Optional.empty(), coding));
      }
      for (CodedActor recipient : record.recipients) {
        record.dyads.add(new Dyad(actor, Optional.of(recipient), coding));
      }
    }
    addSources(dossier, record, position.evidence());
    addSources(dossier, record, statement.evidence());
    record.date = statement.date();
    statement.confirmation()
        .filter(c -> c == Confirmation.UNCONFIRMED || c == Confirmation.DISPUTED)
        .ifPresent(c -> record.doubt = Optional.of(c));
    record.venue = statement.engagement()
        .flatMap(ref -> dossier.find(ref, Engagement.class))
        .flatMap(Engagement::venue);
    record.text = position.wording()
        .or(() -> position.evidence().stream().map(Evidence::quote).flatMap(Optional::stream).findFirst())
        .orElseGet(() -> position.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": "
            + position.objects().stream()
                .map(o -> o.conduct().orElseGet(() -> o.phenomenon().map(Ref::id).orElse("")))
                .collect(Collectors.joining("; ")));
    coding.comment().ifPresent(record.comments::add);
    record.comments.add("Entente " + position.kind() + " position " + index + " of "
        + statementKind(statement) + " " + statement.id());
    position.intensity().ifPresent(intensity -> {
      record.comments.add("intensity " + intensity.level()
          + intensity.wording().map(w -> " (\"" + w + "\")").orElse(""));
      record.losses.add(new Loss(at + "/intensity", "the intensity " + intensity.level(),
          "neither codebook grades intensity within a category"));
    });
    if (!position.grounds().isEmpty()) {
      record.losses.add(new Loss(at + "/grounds", "the grounds given for the position",
          "event records have no field for reasons"));
    }
    position.reiteration().ifPresent(reiteration -> {
      record.comments.add("restates an earlier position"
          + reiteration.wording().map(w -> " (\"" + w + "\")").orElse("")
          + reiteration.previous().map(p -> ", first taken in " + p.id()).orElse("")
          + reiteration.since().map(d -> ", held since " + d).orElse(""));
      record.losses.add(new Loss(at + "/reiteration", "the mark of a restatement",
          "neither codebook marks a restatement: the record reads as a new event"));
    });
    position.period().ifPresent(period -> {
      record.comments.add("covers " + period.value()
          + period.wording().map(w -> " (\"" + w + "\")").orElse(""));
      record.losses.add(new Loss(at + "/period", "the period " + period.value() + " the position"
          + " covers", "an event record's date is when the position was taken"));
    });
    position.mutuality().ifPresent(mutuality -> {
      record.comments.add("mutual, " + mutuality.kind().name().toLowerCase(Locale.ROOT)
          + mutuality.wording().map(w -> " (\"" + w + "\")").orElse(""));
      record.losses.add(new Loss(at + "/mutuality", "the mutuality of the position",
          "neither codebook marks a mutual position"));
    });
    if (position instanceof Agreement && ((Agreement) position).plannedMeeting().isPresent()) {
      dossier.find(((Agreement) position).plannedMeeting().get(), PlannedMeeting.class)
          .ifPresent(planned -> record.windows.addAll(planned.currentWindows()));
    }
    addContexts(record, PloverContexts.of(dossier, position.topics()));
    return record;
  }

  /** The entity of {@code actors} with the same code and sector as {@code actor}, if any. */
  private static Optional<CodedActor> sameEntity(List<CodedActor> actors, CodedActor actor) {
    if (actor.code().isEmpty() || actor.code().get().equals(CodedActor.IGO)) {
      return actors.stream().filter(a -> a.id().equals(actor.id())).findFirst();
    }
    return actors.stream().filter(a -> a.cameoCode().equals(actor.cameoCode())).findFirst();
  }

  /** A position's coding: an agreement to meet is 036, any other position its kind's code. */
  static Coding coding(Position position) {
    return position instanceof Agreement && ((Agreement) position).plannedMeeting().isPresent()
        ? EventMapping.agreementToMeet()
        : EventMapping.position(position.kind());
  }

  private static Optional<Ref<Office>> office(Statement statement, Ref<Actor> holder) {
    List<Attribution> attributions = new ArrayList<>();
    if (statement instanceof Remarks) {
      attributions.add(((Remarks) statement).speaker());
    } else if (statement instanceof JointStatement) {
      attributions.addAll(((JointStatement) statement).signatories());
    } else {
      ((UnilateralStatement) statement).by().ifPresent(attributions::add);
    }
    return attributions.stream()
        .filter(a -> a.person().id().equals(holder.id()))
        .findFirst()
        .flatMap(Attribution::office);
  }

  private static String statementKind(Statement statement) {
    if (statement instanceof JointStatement) {
      return "joint statement";
    }
    if (statement instanceof Remarks) {
      return "remarks";
    }
    return ((UnilateralStatement) statement).kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  // ---- Planned meetings -------------------------------------------------------------------------

  private static boolean recordedByPosition(Dossier dossier, PlannedMeeting planned, MeetingChange change) {
    if (change.announcedIn().isEmpty()) {
      return false;
    }
    Optional<Statement> statement = dossier.find(change.announcedIn().get(), Statement.class);
    return statement.isPresent() && statement.get().positions().stream()
        .anyMatch(p -> p instanceof Agreement
            && ((Agreement) p).plannedMeeting().map(ref -> ref.pointsAt(planned)).orElse(false));
  }

  private static Record plannedChange(Dossier dossier, PlannedMeeting planned, int index, Coding coding) {
    MeetingChange change = planned.lifecycle().get(index);
    Record record = new Record();
    record.id = planned.id() + "/lifecycle/" + index;
    record.date = change.date();
    record.coding = coding;
    CodedActor a = CodedActor.of(dossier, planned.sides().get(0), Optional.empty());
    CodedActor b = CodedActor.of(dossier, planned.sides().get(1), Optional.empty());
    record.actors.add(a);
    record.actors.add(b);
    record.dyads.add(new Dyad(a, Optional.of(b), coding));
    record.dyads.add(new Dyad(b, Optional.of(a), coding));
    record.venue = change.venue();
    record.text = planned.title().orElse("planned meeting " + planned.id());
    coding.comment().ifPresent(record.comments::add);
    record.comments.add("planned meeting " + planned.id() + " " + change.status());
    for (MeetingChange alternative : change.alternatives()) {
      record.comments.add("disputed: other sources report " + alternative.status()
          + alternative.date().map(d -> " on " + d).orElse(""));
    }
    record.windows.addAll(change.windows().isEmpty() ? planned.currentWindows() : change.windows());
    change.confirmation().or(planned::confirmation)
        .filter(c -> c == Confirmation.UNCONFIRMED || c == Confirmation.DISPUTED)
        .ifPresent(c -> record.doubt = Optional.of(c));
    if (!change.alternatives().isEmpty() && record.doubt.isEmpty()) {
      record.doubt = Optional.of(Confirmation.DISPUTED);
    }
    addContexts(record, PloverContexts.of(dossier, planned.topics()));
    addSources(dossier, record, change.evidence());
    addSources(dossier, record, planned.evidence());
    return record;
  }

  // ---- Shared -----------------------------------------------------------------------------------

  private static void addContexts(Record record, List<String> topicContexts) {
    Set<String> all = new LinkedHashSet<>();
    record.coding.plover().ifPresent(p -> all.addAll(p.contexts()));
    all.addAll(topicContexts);
    record.contexts.addAll(all);
  }

  private static void addSources(Dossier dossier, Record record, List<Evidence> evidence) {
    record.mentions += evidence.size();
    for (Evidence e : evidence) {
      dossier.find(e.source(), Source.class).ifPresent(source -> {
        if (!record.sources.contains(source)) {
          record.sources.add(source);
        }
      });
    }
  }

  // ---- Text shared by the exports ----------------------------------------------------------------

  /** Whether a date is one day, not a range or a coarser precision. */
  static boolean isOneDay(FuzzyDate date) {
    return date.toLocalDate().isPresent() && !date.isInterval();
  }

  /** The precision of a date that is not one day: a range, or its precision in lower case. */
  static String precision(FuzzyDate date) {
    if (date.isInterval()) {
      return "range";
    }
    Precision precision = date.precision();
    return precision.name().toLowerCase(Locale.ROOT);
  }

  /** A venue's name, from building to country, as every export writes it. */
  static String placeName(Venue venue) {
    List<String> parts = new ArrayList<>();
    venue.building().ifPresent(parts::add);
    venue.district().ifPresent(parts::add);
    venue.city().ifPresent(parts::add);
    venue.country().ifPresent(c -> parts.add(c.name()));
    return String.join(", ", parts);
  }

  /** "Publisher, Title (date)", from what the source has. */
  static String citationText(Source source) {
    List<String> parts = new ArrayList<>();
    if (!source.authors().isEmpty()) {
      parts.add(String.join(", ", source.authors()));
    }
    source.publisher().ifPresent(parts::add);
    parts.add(source.title().or(() -> source.url().map(Object::toString)).orElse(source.id()));
    Optional<FuzzyDate> published = source.published();
    return String.join(", ", parts) + published.map(d -> " (" + d + ")").orElse("");
  }
}
