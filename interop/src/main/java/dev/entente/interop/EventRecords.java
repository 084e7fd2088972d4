package dev.entente.interop;

import dev.entente.model.Actor;
import dev.entente.model.Agreement;
import dev.entente.model.Attribution;
import dev.entente.model.Dialogue;
import dev.entente.model.DialogueSeries;
import dev.entente.model.Dossier;
import dev.entente.model.Engagement;
import dev.entente.model.Evidence;
import dev.entente.model.JointStatement;
import dev.entente.model.Meeting;
import dev.entente.model.MeetingChange;
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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The event records of a dossier, once, for every event-data export: one per engagement, per
 * position, and per planned-meeting change that no position already records.
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

  /** One record. */
  static final class Record {
    String id;
    Optional<FuzzyDate> date = Optional.empty();
    Coding coding;
    final List<CodedActor> actors = new ArrayList<>();
    final List<CodedActor> recipients = new ArrayList<>();
    final List<String> contexts = new ArrayList<>();
    Optional<Venue> venue = Optional.empty();
    String text;
    final List<Source> sources = new ArrayList<>();
    final List<String> comments = new ArrayList<>();
    final List<Dyad> dyads = new ArrayList<>();
  }

  private EventRecords() {}

  static List<Record> of(Dossier dossier) {
    List<Record> records = new ArrayList<>();
    for (Engagement engagement : dossier.engagements()) {
      // An event record is dated: an engagement whose sources give no date is left out, and
      // skipped(dossier) says so.
      if (engagement.date().isPresent()) {
        records.add(engagement(dossier, engagement));
      }
    }
    for (Statement statement : dossier.statements()) {
      for (int i = 0; i < statement.positions().size(); i++) {
        records.add(position(dossier, statement, i));
      }
    }
    for (PlannedMeeting planned : dossier.plannedMeetings()) {
      for (int i = 0; i < planned.lifecycle().size(); i++) {
        MeetingChange change = planned.lifecycle().get(i);
        Optional<Coding> coding = EventMapping.plannedMeeting(change.status());
        if (coding.isPresent() && !recordedByPosition(dossier, planned, change)) {
          records.add(plannedChange(dossier, planned, i, coding.get()));
        }
      }
    }
    return records;
  }

  /**
   * What the event-data exports leave out of a dossier and why, one sentence for each record left
   * out, in document order: the engagements whose sources give no date.
   */
  static List<String> skipped(Dossier dossier) {
    List<String> notes = new ArrayList<>();
    for (Engagement engagement : dossier.engagements()) {
      if (engagement.date().isEmpty()) {
        notes.add("engagement \"" + engagement.id() + "\" (" + engagementName(dossier, engagement)
            + ") is undated: an event record needs a date, so it is left out");
      }
    }
    return notes;
  }

  // ---- Engagements ------------------------------------------------------------------------------

  private static Record engagement(Dossier dossier, Engagement engagement) {
    Record record = new Record();
    record.id = engagement.id();
    record.date = engagement.date();
    record.venue = engagement.venue();
    record.text = engagementName(dossier, engagement);
    List<Ref<Actor>> sides = engagement.sides();
    Optional<Ref<Actor>> host = engagement.host();
    if (host.isPresent()) {
      Ref<Actor> hostRef = host.get();
      Ref<Actor> visitorRef = sides.get(0).equals(hostRef) ? sides.get(1) : sides.get(0);
      CodedActor visitor = CodedActor.of(dossier, visitorRef, Optional.empty());
      CodedActor hostActor = CodedActor.of(dossier, hostRef, Optional.empty());
      Coding visiting = coding(engagement, EngagementRole.VISITOR);
      record.coding = visiting;
      record.actors.add(visitor);
      record.actors.addAll(participants(dossier, engagement, visitorRef));
      record.recipients.add(hostActor);
      record.recipients.addAll(participants(dossier, engagement, hostRef));
      record.dyads.add(new Dyad(visitor, Optional.of(hostActor), visiting));
      record.dyads.add(new Dyad(hostActor, Optional.of(visitor),
          coding(engagement, EngagementRole.HOST)));
    } else {
      EngagementRole role = thirdLocation(dossier, engagement)
          ? EngagementRole.THIRD_LOCATION
          : EngagementRole.NO_HOST;
      Coding coding = coding(engagement, role);
      record.coding = coding;
      CodedActor a = CodedActor.of(dossier, sides.get(0), Optional.empty());
      CodedActor b = CodedActor.of(dossier, sides.get(1), Optional.empty());
      record.actors.add(a);
      record.actors.addAll(participants(dossier, engagement, sides.get(0)));
      record.actors.add(b);
      record.actors.addAll(participants(dossier, engagement, sides.get(1)));
      record.dyads.add(new Dyad(a, Optional.of(b), coding));
      record.dyads.add(new Dyad(b, Optional.of(a), coding));
      record.comments.add("no host recorded: both sides are actors, and the event is coded in"
          + " both directions");
    }
    record.coding.comment().ifPresent(record.comments::add);
    for (Participant participant : engagement.participants()) {
      if (participant.offices().size() > 1) {
        record.comments.add(participant.person().id() + " acted as "
            + participant.offices().stream().map(Ref::id).collect(Collectors.joining(" and "))
            + " at once; coded as the first");
      }
    }
    addContexts(record, PloverContexts.of(dossier, engagement.topics()));
    addSources(dossier, record, engagement.evidence());
    return record;
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
      Optional<State> state = dossier.find(side, State.class);
      if (state.isEmpty() || state.get().country().alpha3().equals(venueCountry)) {
        return false;
      }
    }
    return true;
  }

  private static List<CodedActor> participants(Dossier dossier, Engagement engagement, Ref<Actor> side) {
    List<CodedActor> people = new ArrayList<>();
    for (Participant participant : engagement.participants()) {
      if (participant.side().equals(side)) {
        // An actor has one office in event data: the first, as the sources give them.
        people.add(CodedActor.of(dossier, participant.person(),
            participant.offices().stream().findFirst()));
      }
    }
    return people;
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

  private static Record position(Dossier dossier, Statement statement, int index) {
    Position position = statement.positions().get(index);
    Record record = new Record();
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
      record.actors.add(CodedActor.of(dossier, holder, office(statement, holder)));
    }
    // A mentioned actor is no party to the position: never a recipient, only named in a comment.
    Set<Ref<Actor>> targets = new LinkedHashSet<>();
    Set<Ref<Actor>> mentioned = new LinkedHashSet<>();
    for (PositionObject object : position.objects()) {
      targets.addAll(object.actorsAs(position.kind(),
          ObjectRole.ADDRESSEE, ObjectRole.CONDUCT, ObjectRole.SUBJECT));
      mentioned.addAll(object.actorsAs(position.kind(), ObjectRole.MENTIONED));
    }
    mentioned.removeAll(targets);
    for (Ref<Actor> target : targets) {
      record.recipients.add(CodedActor.of(dossier, target, Optional.empty()));
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
    if (statement.date().isPresent()) {
      record.date = statement.date();
    } else {
      Optional<Source> dated = record.sources.stream().filter(s -> s.published().isPresent()).findFirst();
      if (dated.isPresent()) {
        record.date = dated.get().published();
        record.comments.add("the statement is undated: the date is when source " + dated.get().id()
            + " was published, on or after the statement");
      } else {
        record.comments.add("the statement is undated and no source gives a date");
      }
    }
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
    position.intensity().ifPresent(intensity -> record.comments.add("intensity " + intensity.level()
        + intensity.wording().map(w -> " (\"" + w + "\")").orElse("")
        + ": neither codebook grades intensity within a code"));
    for (PositionObject object : position.objects()) {
      object.hedging().ifPresent(hedging -> record.comments.add("hedged " + hedging.level()
          + hedging.wording().map(w -> " (\"" + w + "\")").orElse("")
          + object.conduct().map(c -> ": " + c).orElse("")
          + "; neither codebook marks hedging"));
      object.phenomenon().ifPresent(phenomenon ->
          record.comments.add("about the phenomenon " + phenomenon.id() + ", not an actor"));
    }
    for (Ref<Actor> actor : mentioned) {
      record.comments.add("mentions " + actor.id() + ", which is no party to the position");
    }
    position.reiteration().ifPresent(reiteration -> record.comments.add("restates an earlier"
        + " position" + reiteration.wording().map(w -> " (\"" + w + "\")").orElse("")
        + reiteration.previous().map(p -> ", first taken in " + p.id()).orElse("")
        + reiteration.since().map(d -> ", held since " + d).orElse("")
        + "; neither codebook marks a restatement"));
    position.period().ifPresent(period -> record.comments.add("covers " + period.value()
        + period.wording().map(w -> " (\"" + w + "\")").orElse("")));
    position.mutuality().ifPresent(mutuality -> record.comments.add("mutual, "
        + mutuality.kind().name().toLowerCase(Locale.ROOT)
        + mutuality.wording().map(w -> " (\"" + w + "\")").orElse("")));
    addContexts(record, PloverContexts.of(dossier, position.topics()));
    return record;
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
    for (var window : change.windows()) {
      record.comments.add("meeting window " + window.value()
          + window.wording().map(w -> " (\"" + w + "\")").orElse(""));
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
    for (Evidence e : evidence) {
      dossier.find(e.source(), Source.class).ifPresent(source -> {
        if (!record.sources.contains(source)) {
          record.sources.add(source);
        }
      });
    }
  }
}
