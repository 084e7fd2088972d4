package dev.entente.cli;

import dev.entente.model.Actor;
import dev.entente.model.Agreement;
import dev.entente.model.Appeal;
import dev.entente.model.Attribution;
import dev.entente.model.DateClaim;
import dev.entente.model.Dialogue;
import dev.entente.model.DialogueSeries;
import dev.entente.model.Dossier;
import dev.entente.model.Engagement;
import dev.entente.model.EntryCondition;
import dev.entente.model.Evidence;
import dev.entente.model.Finding;
import dev.entente.model.Instrument;
import dev.entente.model.InstrumentStep;
import dev.entente.model.JointStatement;
import dev.entente.model.Meeting;
import dev.entente.model.MeetingChange;
import dev.entente.model.MutualityKind;
import dev.entente.model.ObjectActor;
import dev.entente.model.ObjectRole;
import dev.entente.model.Office;
import dev.entente.model.Participant;
import dev.entente.model.Person;
import dev.entente.model.PersonName;
import dev.entente.model.PlannedMeeting;
import dev.entente.model.Position;
import dev.entente.model.PositionObject;
import dev.entente.model.Ref;
import dev.entente.model.Remarks;
import dev.entente.model.Signatory;
import dev.entente.model.Source;
import dev.entente.model.Statement;
import dev.entente.model.StatementKind;
import dev.entente.model.Tenure;
import dev.entente.model.Topic;
import dev.entente.model.UnilateralStatement;
import dev.entente.model.Venue;
import dev.entente.model.Wording;
import dev.entente.time.FuzzyDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A plain-text readout of a {@link Dossier}, for a person to check against the sources: who met
 * whom, as which office, where and when; what each statement says; which meetings are planned;
 * and where the sources differ.
 *
 * <pre>{@code
 * System.out.print(Briefing.of(KoreaUkDialogue2024.dossier()));
 * }</pre>
 */
public final class Briefing {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

  private final Dossier dossier;
  private final StringBuilder out = new StringBuilder();

  private Briefing(Dossier dossier) {
    this.dossier = dossier;
  }

  /** The briefing of a dossier, as lines of text ending in a line break. */
  public static String of(Dossier dossier) {
    return new Briefing(dossier).render();
  }

  private String render() {
    String title = dossier.title().orElse(dossier.id());
    line(title);
    line("=".repeat(title.length()));
    dossier.description().ifPresent(d -> {
      line("");
      line(d);
    });
    people();
    engagements();
    statements();
    plannedMeetings();
    instruments();
    sources();
    return out.toString();
  }

  private void people() {
    List<Person> people = dossier.actors().stream()
        .filter(Person.class::isInstance).map(Person.class::cast).collect(Collectors.toList());
    if (people.isEmpty()) {
      return;
    }
    section("People");
    for (Person person : people) {
      List<String> forms = new ArrayList<>();
      for (PersonName name : person.names()) {
        forms.add(name.text() + nameParts(name));
      }
      line("- " + person.name() + (forms.isEmpty() ? "" : " (" + String.join(", ", forms) + ")"));
      for (Tenure tenure : person.tenures()) {
        String ordinal = tenure.ordinal().isPresent()
            ? ordinal(tenure.ordinal().getAsInt()) + " " : "";
        line("    " + ordinal + office(tenure.office()) + ", " + when(tenure.term().start())
            + " to " + tenure.term().end().map(Briefing::when).orElse("(no end recorded)"));
      }
      for (Wording alias : person.aliases()) {
        line("    also written \"" + alias.text() + "\" " + by(alias.evidence()));
      }
    }
  }

  /**
   * The parts of a written name, when recorded: " [family 조, given 태열, family name first]".
   */
  private static String nameParts(PersonName name) {
    List<String> parts = new ArrayList<>();
    name.family().ifPresent(f -> parts.add("family " + f));
    name.given().ifPresent(g -> parts.add("given " + g));
    name.order().ifPresent(o -> parts.add(o.familyFirst()
        ? "family name first" + (o.familyUpperCase() ? ", in capitals" : "")
        : "given name first" + (o.familyUpperCase() ? ", family name in capitals" : "")));
    return parts.isEmpty() ? "" : " [" + String.join(", ", parts) + "]";
  }

  private void engagements() {
    if (dossier.engagements().isEmpty()) {
      return;
    }
    section("Engagements");
    for (Engagement engagement : dossier.engagements()) {
      line("- " + engagement.date().map(Briefing::when).orElse("(date unknown)") + ": "
          + engagementName(engagement)
          + engagement.venue().map(v -> ", " + venue(v)).orElse(""));
      List<String> sides = new ArrayList<>();
      for (Ref<Actor> side : engagement.sides()) {
        sides.add(name(side) + (engagement.host().filter(side::equals).isPresent() ? " (host)" : ""));
      }
      line("    sides: " + String.join(" and ", sides));
      engagement.initiator().ifPresent(i -> line("    at the request of " + name(i)));
      if (!engagement.hostClaims().isEmpty()) {
        line("    host: " + finding(engagement.hostFinding(), this::name));
      }
      if (!engagement.venueClaims().isEmpty()) {
        line("    venue: " + finding(engagement.venueFinding(), Briefing::venue));
      }
      engagement.replaces().ifPresent(p -> line("    held in place of: " + plannedName(p)));
      for (Participant participant : engagement.participants()) {
        String roles = participant.roles().stream()
            .map(r -> r.name().toLowerCase(Locale.ROOT).replace('_', '-'))
            .collect(Collectors.joining(", "));
        String written = participant.titlesAsWritten().stream()
            .map(w -> "\"" + w.text() + "\" " + by(w.evidence()))
            .collect(Collectors.joining("; "));
        line("    " + name(participant.person())
            + (participant.offices().isEmpty() ? "" : ", " + participant.offices().stream()
                .map(this::office).collect(Collectors.joining(" and ")))
            + " for " + name(participant.side())
            + (roles.isEmpty() ? "" : " [" + roles + "]")
            + (written.isEmpty() ? "" : "; styled " + written));
      }
      dateClaims(engagement.dateClaims());
      topics(engagement.topics());
    }
  }

  private void statements() {
    if (dossier.statements().isEmpty()) {
      return;
    }
    section("Statements");
    for (Statement statement : dossier.statements()) {
      line("- " + statement.date().map(Briefing::when).orElse("(undated)") + ": "
          + statementName(statement)
          + statement.confirmation().map(c -> " [" + c.name().toLowerCase(Locale.ROOT) + "]")
              .orElse(""));
      statement.engagement().ifPresent(e -> line("    at: " + engagementName(e)));
      statement.relations().forEach(r -> line("    " + label(r.kind()) + ": "
          + statementName(r.target())
          + (r.evidence().isEmpty() ? "" : " " + by(r.evidence()))));
      topics(statement.topics());
      if (statement instanceof Remarks) {
        ((Remarks) statement).quote().ifPresent(q -> line("    \"" + q + "\""));
      }
      dateClaims(statement.dateClaims());
      for (Position position : statement.positions()) {
        position(statement, position);
      }
      if (statement.confirmation().isPresent()) {
        for (Evidence evidence : statement.evidence()) {
          evidence.note().ifPresent(n -> line("    note (" + evidence.source() + "): " + n));
        }
      }
    }
  }

  private void position(Statement statement, Position position) {
    List<Ref<Actor>> holders =
        position.holders().isEmpty() ? statement.issuers() : position.holders();
    String intensity = position.intensity()
        .map(i -> " (" + i.wording().orElse(i.level().name().toLowerCase(Locale.ROOT)) + ")")
        .orElse("");
    line("    * " + names(holders) + " " + verb(position) + intensity + ":");
    for (PositionObject object : position.objects()) {
      String hedge = object.hedging()
          .map(h -> "[" + h.level().name().toLowerCase(Locale.ROOT)
              + h.wording().map(w -> ": \"" + w + "\"").orElse("") + "] ")
          .orElse("");
      List<String> about = new ArrayList<>();
      if (!object.targets().isEmpty()) {
        about.add(names(object.targets()));
      }
      List<String> mentioned = new ArrayList<>();
      for (ObjectActor actor : object.actors()) {
        if (actor.role() == ObjectRole.MENTIONED) {
          mentioned.add(name(actor.actor()));
        } else if (actor.role() == ObjectRole.ofTarget(position.kind())) {
          about.add(name(actor.actor()));
        } else {
          about.add(name(actor.actor()) + " (" + actor.role().name().toLowerCase(Locale.ROOT) + ")");
        }
      }
      String targets = about.isEmpty() ? "" : String.join(", ", about) + ": ";
      String what = object.conduct().orElse(object.phenomenon().map(this::topicLabel).orElse(""));
      if (object.conduct().isPresent() && object.phenomenon().isPresent()) {
        what += " [" + topicLabel(object.phenomenon().get()) + "]";
      }
      line("        " + targets + hedge + what
          + (mentioned.isEmpty() ? "" : " (mentions " + String.join(", ", mentioned) + ")"));
    }
    position.reiteration().ifPresent(r -> line("        restates an earlier position"
        + r.wording().map(w -> " (\"" + w + "\")").orElse("")
        + r.since().map(d -> ", held since " + d).orElse("")
        + r.previous().map(p -> ", first taken in " + p.id()).orElse("")));
    position.period().ifPresent(p -> line("        covers " + p.value()
        + p.wording().map(w -> " (\"" + w + "\")").orElse("")));
    position.mutuality().ifPresent(m -> line("        mutual: "
        + (m.kind() == MutualityKind.JOINT ? "held jointly" : "each towards the other")
        + m.wording().map(w -> " (\"" + w + "\")").orElse("")));
    if (!position.grounds().isEmpty()) {
      line("        grounds: " + String.join("; ", position.grounds()));
    }
    if (position instanceof Agreement) {
      ((Agreement) position).plannedMeeting().ifPresent(p ->
          line("        yields the planned meeting: " + plannedName(p)));
    }
    topics(position.topics(), "        ");
  }

  private void plannedMeetings() {
    if (dossier.plannedMeetings().isEmpty()) {
      return;
    }
    section("Planned meetings");
    for (PlannedMeeting planned : dossier.plannedMeetings()) {
      line("- " + plannedName(planned.id()) + ": "
          + finding(planned.status(), s -> s.name().toLowerCase(Locale.ROOT)));
      line("    sides: " + names(planned.sides())
          + planned.host().map(h -> "; to be hosted by " + name(h)).orElse(""));
      planned.confirmation().ifPresent(c ->
          line("    the plan itself: " + c.name().toLowerCase(Locale.ROOT)));
      Finding<Boolean> existence = planned.existence();
      if (existence.isDisputed()) {
        // Alternatives in value order: false (the denials), then true (the reports).
        line("    its existence is denied " + by(existence.alternatives().get(0).evidence())
            + "; reported " + by(existence.alternatives().get(1).evidence()));
      }
      if (!planned.principals().isEmpty()) {
        line("    principals: " + planned.principals().stream().map(this::office)
            .collect(Collectors.joining("; ")));
      }
      for (MeetingChange change : planned.lifecycle()) {
        boolean disputed = !change.alternatives().isEmpty();
        for (MeetingChange account : change.accounts()) {
          change(account, prefix(disputed, account == change));
        }
      }
    }
  }

  private void instruments() {
    if (dossier.instruments().isEmpty()) {
      return;
    }
    section("Instruments");
    for (Instrument instrument : dossier.instruments()) {
      line("- " + label(instrument.kind())
          + instrument.title().map(t -> " \"" + t + "\"").orElse("")
          + " of " + names(instrument.parties()) + ": " + finding(instrument.status(), Briefing::label));
      instrument.signing().ifPresent(e -> line("    signed at: " + engagementName(e)));
      for (Signatory signatory : instrument.signatories()) {
        line("    signed for " + name(signatory.party()) + " by " + name(signatory.person())
            + signatory.office().map(o -> " (" + office(o) + ")").orElse(""));
      }
      for (Attribution witness : instrument.witnesses()) {
        line("    witnessed by " + attribution(witness));
      }
      for (EntryCondition condition : instrument.conditions()) {
        line("    enters into force on " + label(condition.kind())
            + condition.wording().map(w -> ": \"" + w + "\"").orElse("")
            + (condition.evidence().isEmpty() ? "" : " " + by(condition.evidence())));
      }
      for (InstrumentStep step : instrument.history()) {
        boolean disputed = !step.alternatives().isEmpty();
        for (InstrumentStep account : step.accounts()) {
          String prefix = prefix(disputed, account == step);
          line(prefix + account.date().map(Briefing::when).orElse("(date not known)") + ": "
              + label(account.status())
              + account.party().map(p -> " by " + name(p)).orElse("")
              + account.wording().map(w -> " (\"" + w + "\")").orElse("")
              + account.confirmation().map(c -> " [" + label(c) + "]").orElse("")
              + (account.evidence().isEmpty() ? "" : " " + by(account.evidence())));
        }
      }
      instrument.text().ifPresent(t -> line("    text: " + dossier.find(t, Source.class)
          .flatMap(Source::title).orElse(t.id())));
      topics(instrument.topics());
    }
  }

  /** How an account of a step starts its line: "either" and "or" when the step is disputed. */
  private static String prefix(boolean disputed, boolean first) {
    return disputed ? (first ? "    either " : "        or ") : "    ";
  }

  /** An enum constant as prose: {@code IN_FORCE} as "in force". */
  private static String label(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** One account of a step of a planned meeting's life. */
  private void change(MeetingChange change, String prefix) {
    line(prefix + change.date().map(Briefing::when).orElse("(date not known)") + ": "
        + change.status().name().toLowerCase(Locale.ROOT)
        + change.initiator().map(i -> " by " + name(i)).orElse("")
        + change.confirmation().map(c -> " [" + c.name().toLowerCase(Locale.ROOT) + "]").orElse("")
        + " " + by(change.evidence())
        + change.announcedIn().map(s -> ", announced in " + statementName(s)).orElse(""));
    change.reason().ifPresent(r -> line("        because: "
        + label(r.kind())
        + r.side().map(side -> " (" + name(side) + ")").orElse("")
        + r.wording().map(w -> ", \"" + w + "\"").orElse("") + " " + by(r.evidence())));
    change.host().ifPresent(h -> line("        host from then on: " + name(h)));
    change.venue().ifPresent(v -> line("        venue from then on: " + venue(v)));
    for (DateClaim window : change.windows()) {
      line("        to be held " + claim(window));
    }
    change.heldAs().ifPresent(e -> line("        held as: " + engagementName(e)));
  }

  /** A finding: its value if settled; each alternative with its sources if disputed. */
  private static <T> String finding(Finding<T> finding, Function<T, String> label) {
    if (finding.isUnknown()) {
      return "not known";
    }
    if (finding.isSettled()) {
      return label.apply(finding.value().orElseThrow());
    }
    return "disputed: " + finding.alternatives().stream()
        .map(a -> label.apply(a.value()) + " " + by(a.evidence()))
        .collect(Collectors.joining(" or "));
  }

  private void sources() {
    if (dossier.sources().isEmpty()) {
      return;
    }
    section("Sources");
    for (Source source : dossier.sources()) {
      List<String> parts = new ArrayList<>();
      source.publisher().ifPresent(parts::add);
      if (!source.authors().isEmpty()) {
        parts.add(String.join(", ", source.authors()));
      }
      source.section().ifPresent(parts::add);
      source.title().ifPresent(t -> parts.add("\"" + t + "\""));
      source.published().ifPresent(p -> parts.add("published " + when(p)));
      source.localTime().ifPresent(t -> parts.add("time stamp " + t));
      line("- [" + source.id() + "] " + String.join(", ", parts));
      source.url().ifPresent(u -> line("    " + u));
      source.note().ifPresent(n -> line("    " + n));
    }
  }

  // ---- pieces ------------------------------------------------------------------------------

  private void dateClaims(List<DateClaim> claims) {
    for (DateClaim claim : claims) {
      line("    date " + claim(claim));
    }
  }

  private String claim(DateClaim claim) {
    String value = when(claim.value());
    String resolved = claim.wording()
        .map(w -> "\"" + w + "\"" + claim.reference().map(r -> " (from " + when(r) + ")")
            .orElse("") + " = " + value)
        .orElse(value);
    return resolved + " " + by(claim.evidence());
  }

  private void topics(List<Ref<Topic>> topics) {
    topics(topics, "    ");
  }

  private void topics(List<Ref<Topic>> topics, String indent) {
    if (!topics.isEmpty()) {
      line(indent + "topics: " + topics.stream().map(this::topicLabel)
          .collect(Collectors.joining(", ")));
    }
  }

  private static String by(List<Evidence> evidence) {
    if (evidence.isEmpty()) {
      return "";
    }
    return "(per " + evidence.stream().map(e -> e.source().id()).distinct()
        .collect(Collectors.joining(", ")) + ")";
  }

  private static String verb(Position position) {
    if (position instanceof Appeal) {
      return "call on";
    }
    return label(position.kind());
  }

  private String engagementName(Ref<Engagement> ref) {
    return dossier.find(ref, Engagement.class).map(this::engagementName).orElse(ref.id());
  }

  private String engagementName(Engagement engagement) {
    if (engagement.title().isPresent()) {
      return engagement.title().get();
    }
    if (engagement instanceof Dialogue) {
      Dialogue dialogue = (Dialogue) engagement;
      String series = dossier.find(dialogue.series(), DialogueSeries.class)
          .map(DialogueSeries::name).orElse(dialogue.series().id());
      String round = dialogue.round().map(y -> ", " + y + " round").orElse("");
      return (dialogue.ordinal().isPresent()
          ? ordinal(dialogue.ordinal().getAsInt()) + " " + series : series) + round;
    }
    Meeting meeting = (Meeting) engagement;
    return label(meeting.kind())
        + " of " + participantsOrSides(meeting);
  }

  private String participantsOrSides(Engagement engagement) {
    if (engagement.participants().isEmpty()) {
      return names(engagement.sides());
    }
    return engagement.participants().stream().map(p -> name(p.person()))
        .collect(Collectors.joining(" and "));
  }

  private String statementName(Ref<Statement> ref) {
    return dossier.find(ref, Statement.class).map(this::statementName).orElse(ref.id());
  }

  private String statementName(Statement statement) {
    String title = statement.title().map(t -> " \"" + t + "\"").orElse("");
    if (statement instanceof JointStatement) {
      JointStatement joint = (JointStatement) statement;
      String signed = joint.signatories().isEmpty() ? ""
          : ", signed by " + joint.signatories().stream().map(this::attribution)
              .collect(Collectors.joining(" and "));
      String kind = joint.kind().filter(k -> k != StatementKind.JOINT_STATEMENT)
          .map(k -> "joint " + label(k)).orElse("joint statement");
      return kind + title + " of " + names(joint.issuers()) + signed;
    }
    if (statement instanceof UnilateralStatement) {
      UnilateralStatement one = (UnilateralStatement) statement;
      return label(one.kind()) + title + " of "
          + name(one.issuer());
    }
    Remarks remarks = (Remarks) statement;
    return "remarks" + title + " of " + attribution(remarks.speaker());
  }

  private String plannedName(Ref<PlannedMeeting> ref) {
    return plannedName(ref.id());
  }

  private String plannedName(String id) {
    return dossier.plannedMeeting(Ref.of(id))
        .flatMap(PlannedMeeting::title).orElse(id);
  }

  private String attribution(Attribution attribution) {
    return name(attribution.person())
        + attribution.office().map(o -> " (" + office(o) + ")").orElse("");
  }

  private String office(Ref<Office> ref) {
    return dossier.find(ref, Office.class)
        .map(o -> o.title() + ", " + name(o.jurisdiction()))
        .orElse(ref.id());
  }

  private String names(List<? extends Ref<? extends Actor>> refs) {
    List<String> names = refs.stream().map(this::name).collect(Collectors.toList());
    if (names.size() < 2) {
      return String.join("", names);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " and "
        + names.get(names.size() - 1);
  }

  private String name(Ref<? extends Actor> ref) {
    return dossier.find(ref, Actor.class).map(Actor::name).orElse(ref.id());
  }

  private String topicLabel(Ref<Topic> ref) {
    return dossier.find(ref, Topic.class).map(Topic::label).orElse(ref.id());
  }

  private static String venue(Venue venue) {
    List<String> parts = new ArrayList<>();
    venue.building().ifPresent(parts::add);
    venue.district().ifPresent(parts::add);
    venue.city().ifPresent(parts::add);
    venue.country().ifPresent(c -> parts.add(c.alpha2()));
    return String.join(", ", parts);
  }

  /** A fuzzy time for a reader: {@code 21 October 2024}, or the EDTF text with its bounds. */
  static String when(FuzzyDate time) {
    Optional<java.time.LocalDate> day = time.toLocalDate();
    if (day.isPresent()) {
      return day.get().format(DAY);
    }
    return time + " (" + time.earliest().format(DAY) + " to " + time.latest().format(DAY) + ")";
  }

  static String ordinal(int n) {
    int lastTwo = n % 100;
    String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th"
        : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
    return n + suffix;
  }

  private void section(String heading) {
    line("");
    line(heading);
    line("-".repeat(heading.length()));
  }

  private void line(String text) {
    // Names and texts are the document's: a line break or an escape in one must not forge lines.
    out.append(Console.printable(text)).append('\n');
  }

}
