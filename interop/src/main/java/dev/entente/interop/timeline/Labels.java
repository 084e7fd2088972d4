package dev.entente.interop.timeline;

import dev.entente.model.Actor;
import dev.entente.model.DateClaim;
import dev.entente.model.Dialogue;
import dev.entente.model.DialogueSeries;
import dev.entente.model.Dossier;
import dev.entente.model.Engagement;
import dev.entente.model.Evidence;
import dev.entente.model.Instrument;
import dev.entente.model.InstrumentStep;
import dev.entente.model.JointStatement;
import dev.entente.model.Meeting;
import dev.entente.model.MeetingChange;
import dev.entente.model.ObjectActor;
import dev.entente.model.PlannedMeeting;
import dev.entente.model.Position;
import dev.entente.model.PositionObject;
import dev.entente.model.Ref;
import dev.entente.model.Remarks;
import dev.entente.model.Source;
import dev.entente.model.Statement;
import dev.entente.model.UnilateralStatement;
import dev.entente.model.Venue;
import dev.entente.time.DateWords;
import dev.entente.time.FuzzyDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The words a timeline shows for the records of one dossier: short labels and tooltips. */
final class Labels {

  private final Dossier dossier;

  Labels(Dossier dossier) {
    this.dossier = dossier;
  }

  /** An enum constant in lower-case words: {@code COURTESY_CALL} is "courtesy call". */
  static String words(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** 1st, 2nd, 3rd, 4th, 11th, 21st. */
  static String ordinal(int n) {
    int tens = n % 100;
    String suffix = tens >= 11 && tens <= 13 ? "th"
        : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
    return n + suffix;
  }

  /**
   * A date in words, as the readout says it: "21 October 2024", "first half of 2025", "from 3
   * February 2023 on" ({@link DateWords#when}).
   */
  static String date(FuzzyDate date) {
    return DateWords.when(date);
  }

  String actor(Ref<? extends Actor> ref) {
    return dossier.actor(ref).map(Actor::name).orElse(ref.id());
  }

  /** "A", "A and B", "A, B and C". */
  static String and(List<String> names) {
    int n = names.size();
    return n <= 1 ? String.join("", names)
        : String.join(", ", names.subList(0, n - 1)) + " and " + names.get(n - 1);
  }

  private String actors(List<? extends Ref<? extends Actor>> refs) {
    return refs.stream().map(this::actor).collect(Collectors.joining(", "));
  }

  String source(Ref<Source> ref) {
    return dossier.source(ref).map(source -> source.title()
        .or(source::publisher)
        .orElse(source.url().map(Object::toString).orElse(ref.id()))).orElse(ref.id());
  }

  private String sources(List<Evidence> evidence) {
    return evidence.stream().map(e -> source(e.source())).distinct()
        .collect(Collectors.joining("; "));
  }

  // ------------------------------------------------------------------------ engagements

  String engagement(Engagement engagement) {
    String what;
    if (engagement instanceof Dialogue) {
      Dialogue dialogue = (Dialogue) engagement;
      what = dialogue.ordinal().isPresent() ? ordinal(dialogue.ordinal().getAsInt())
          : dialogue.round().map(year -> year + " round").orElse("session");
    } else {
      what = engagement.title().orElse(words(((Meeting) engagement).kind()));
    }
    return engagement.venue().flatMap(Venue::city).map(city -> what + " · " + city).orElse(what);
  }

  String engagementDetails(Engagement engagement) {
    List<String> lines = new ArrayList<>();
    if (engagement instanceof Dialogue) {
      Dialogue dialogue = (Dialogue) engagement;
      String series = dossier.series(dialogue.series()).map(DialogueSeries::name)
          .orElse(dialogue.series().id());
      lines.add(engagement.title().orElse(
          (dialogue.ordinal().isPresent() ? ordinal(dialogue.ordinal().getAsInt()) + " " : "")
              + series + dialogue.round().map(year -> ", " + year + " round").orElse("")));
    } else {
      lines.add(engagement.title().orElse(words(((Meeting) engagement).kind())));
      engagement.title().ifPresent(t -> lines.add(words(((Meeting) engagement).kind())));
    }
    engagement.date().or(() -> engagement.dateFinding().value())
        .ifPresent(date -> lines.add("date: " + date(date)));
    engagement.startsAt().ifPresent(start -> lines.add("starts: " + start));
    lines.add("sides: " + actors(engagement.sides()));
    engagement.host().ifPresent(host -> lines.add("host: " + actor(host)));
    engagement.venue().ifPresent(venue -> lines.add("venue: " + venue(venue)));
    if (!engagement.participants().isEmpty()) {
      lines.add("participants: " + engagement.participants().stream()
          .map(p -> actor(p.person())).distinct().collect(Collectors.joining(", ")));
    }
    engagement.partOf().ifPresent(whole -> lines.add("part of: "
        + dossier.engagement(whole).map(this::engagement).orElse(whole.id())));
    engagement.replaces().ifPresent(plan -> lines.add("in place of: "
        + dossier.plannedMeeting(plan).map(this::plan).orElse(plan.id())));
    if (!engagement.evidence().isEmpty()) {
      lines.add("sources: " + sources(engagement.evidence()));
    }
    return String.join("\n", lines);
  }

  static String venue(Venue venue) {
    List<String> parts = new ArrayList<>();
    venue.building().ifPresent(parts::add);
    venue.district().ifPresent(parts::add);
    venue.city().ifPresent(parts::add);
    venue.country().ifPresent(country -> parts.add(country.toString()));
    return String.join(", ", parts);
  }

  // ------------------------------------------------------------------------ statements

  String statement(Statement statement) {
    if (statement.title().isPresent()) {
      return statement.title().get();
    }
    if (statement instanceof JointStatement) {
      return ((JointStatement) statement).kind().map(Labels::words).orElse("joint statement")
          + " of " + and(statement.issuers().stream().map(this::actor).collect(Collectors.toList()));
    }
    if (statement instanceof UnilateralStatement) {
      UnilateralStatement unilateral = (UnilateralStatement) statement;
      return actor(unilateral.issuer()) + ", " + words(unilateral.kind());
    }
    Remarks remarks = (Remarks) statement;
    return actor(remarks.speaker().person()) + ", remarks";
  }

  String statementDetails(Statement statement) {
    List<String> lines = new ArrayList<>();
    lines.add(statement(statement));
    statement.date().ifPresent(date -> lines.add("date: " + date(date)));
    lines.add("by: " + actors(statement.issuers()));
    for (Position position : statement.positions()) {
      lines.add("• " + position(position));
    }
    statement.confirmation().ifPresent(c -> lines.add("confirmation: " + words(c)));
    if (!statement.evidence().isEmpty()) {
      lines.add("sources: " + sources(statement.evidence()));
    }
    return String.join("\n", lines);
  }

  /** "condemnation (in the strongest terms) by X of Y: conduct (reported)". */
  String position(Position position) {
    StringBuilder text = new StringBuilder(words(position.kind()));
    position.intensity().flatMap(i -> i.wording()).ifPresent(w -> text.append(" (").append(w)
        .append(')'));
    if (!position.holders().isEmpty()) {
      text.append(" by ").append(actors(position.holders()));
    }
    List<String> objects = new ArrayList<>();
    for (PositionObject object : position.objects()) {
      objects.add(object(object));
    }
    if (!objects.isEmpty()) {
      text.append(": ").append(String.join("; ", objects));
    }
    return text.toString();
  }

  private String object(PositionObject object) {
    List<String> parts = new ArrayList<>();
    List<String> who = new ArrayList<>();
    object.targets().forEach(target -> who.add(actor(target)));
    for (ObjectActor actor : object.actors()) {
      who.add(actor(actor.actor()));
    }
    if (!who.isEmpty()) {
      parts.add(String.join(", ", who));
    }
    object.phenomenon().ifPresent(topic -> parts.add(
        dossier.topic(topic).map(t -> t.label()).orElse(topic.id())));
    object.conduct().ifPresent(parts::add);
    String text = String.join(" — ", parts);
    return object.hedging().map(h -> text + " (" + h.wording().orElse(words(h.level())) + ")")
        .orElse(text);
  }

  // ------------------------------------------------------------------------ instruments

  String instrument(Instrument instrument) {
    return instrument.title().orElse(words(instrument.kind()) + " of "
        + and(instrument.parties().stream().map(this::actor).collect(Collectors.toList())));
  }

  String step(InstrumentStep step) {
    return words(step.status()) + step.party().map(party -> " · " + actor(party)).orElse("");
  }

  String stepDetails(Instrument instrument, InstrumentStep step, boolean disputed) {
    List<String> lines = new ArrayList<>();
    lines.add(instrument(instrument) + ": " + words(step.status())
        + (disputed ? " (one of the disputed accounts of this step)" : ""));
    step.date().ifPresent(date -> lines.add("date: " + date(date)));
    step.party().ifPresent(party -> lines.add("party: " + actor(party)));
    step.wording().ifPresent(wording -> lines.add("\u201c" + wording + "\u201d"));
    step.confirmation().ifPresent(c -> lines.add("confirmation: " + words(c)));
    if (!step.evidence().isEmpty()) {
      lines.add("sources: " + sources(step.evidence()));
    }
    return String.join("\n", lines);
  }

  // ------------------------------------------------------------------------ planned meetings

  String plan(PlannedMeeting plan) {
    if (plan.title().isPresent()) {
      return plan.title().get();
    }
    String what = plan.series()
        .map(series -> dossier.series(series).map(DialogueSeries::name).orElse(series.id()))
        .orElse(plan.kind().map(Labels::words).orElse("meeting"));
    return "planned " + (plan.ordinal().isPresent()
        ? ordinal(plan.ordinal().getAsInt()) + " " : "") + what;
  }

  String planDetails(PlannedMeeting plan) {
    List<String> lines = new ArrayList<>();
    lines.add(plan(plan));
    lines.add("sides: " + actors(plan.sides()));
    lines.add("status: " + plan.status().value().map(Labels::words).orElse("disputed"));
    if (!plan.deniedBy().isEmpty()) {
      lines.add("denied by: " + sources(plan.deniedBy()));
    }
    return String.join("\n", lines);
  }

  String change(MeetingChange change) {
    return words(change.status());
  }

  String changeDetails(PlannedMeeting plan, MeetingChange change, boolean disputed) {
    List<String> lines = new ArrayList<>();
    lines.add(plan(plan) + ": " + words(change.status())
        + (disputed ? " (one of the disputed accounts of this step)" : ""));
    change.date().ifPresent(date -> lines.add("date: " + date(date)));
    change.initiator().ifPresent(side -> lines.add("by: " + actor(side)));
    change.reason().ifPresent(reason -> lines.add("reason: " + words(reason.kind())
        + reason.wording().map(w -> ": " + w).orElse("")));
    change.host().ifPresent(host -> lines.add("host: " + actor(host)));
    change.venue().ifPresent(venue -> lines.add("venue: " + venue(venue)));
    change.heldAs().ifPresent(held -> lines.add("held as: "
        + dossier.engagement(held).map(this::engagement).orElse(held.id())));
    if (!change.evidence().isEmpty()) {
      lines.add("sources: " + sources(change.evidence()));
    }
    return String.join("\n", lines);
  }

  String window(DateClaim window) {
    return window.wording().orElse(date(window.value()));
  }

  String windowDetails(PlannedMeeting plan, MeetingChange change, DateClaim window) {
    List<String> lines = new ArrayList<>();
    lines.add(plan(plan) + ": expected " + window.wording().map(w -> "\u201c" + w + "\u201d ")
        .orElse(""));
    lines.add("window: " + date(window.value()));
    lines.add("given when " + words(change.status())
        + change.date().map(date -> ", " + date(date)).orElse(""));
    if (!window.evidence().isEmpty()) {
      lines.add("sources: " + sources(window.evidence()));
    }
    return String.join("\n", lines);
  }
}
