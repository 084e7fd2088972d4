package dev.entente.cli;

import static dev.entente.time.DateWords.on;
import static dev.entente.time.DateWords.when;

import dev.entente.model.Actor;
import dev.entente.model.ActorClaim;
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
import dev.entente.model.ExternalId;
import dev.entente.model.Finding;
import dev.entente.model.GovernmentBody;
import dev.entente.model.Grouping;
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
import dev.entente.model.State;
import dev.entente.model.Statement;
import dev.entente.model.StatementKind;
import dev.entente.model.Tenure;
import dev.entente.model.Topic;
import dev.entente.model.UnilateralStatement;
import dev.entente.model.Venue;
import dev.entente.model.VenueClaim;
import dev.entente.model.Wording;
import dev.entente.time.DateWords;
import dev.entente.time.FuzzyDate;
import dev.entente.time.Precision;
import dev.entente.time.Qualifier;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
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
 * which agreements were made; and where the sources differ.
 *
 * <p>Every record of the dossier is shown once, in English prose: dates with their qualifiers
 * ("about 10 November 2023", "first half of 2025", "no later than 1 February 2024"), verbs that
 * agree with their subjects, and after each line that cites a source the source's quote and note.
 * Control characters in the dossier's text are shown escaped (a line feed as a backslash and
 * {@code n}, others as Unicode escapes), so that no text of the dossier breaks or hides a line.
 *
 * <pre>{@code
 * System.out.print(Briefing.of(KoreaUkDialogue2024.dossier()));
 * }</pre>
 */
public final class Briefing {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM u", Locale.ENGLISH);

  private final Dossier dossier;
  private final StringBuilder out = new StringBuilder();
  /** Evidence named on the line being built whose quote or note follows that line. */
  private final List<Evidence> pending = new ArrayList<>();

  private Briefing(Dossier dossier) {
    this.dossier = dossier;
  }

  /** The briefing of a dossier, as lines of text ending in a line break. */
  public static String of(Dossier dossier) {
    return new Briefing(dossier).render();
  }

  private String render() {
    String title = text(dossier.title().orElse(dossier.id()));
    line(title);
    line("=".repeat(title.length()));
    dossier.description().ifPresent(d -> {
      line("");
      line(text(d));
    });
    actors();
    people();
    offices();
    series();
    engagements();
    statements();
    plannedMeetings();
    instruments();
    topics();
    sources();
    return out.toString();
  }

  // ---- actors -------------------------------------------------------------------------------

  private void actors() {
    List<Actor> actors = dossier.actors().stream()
        .filter(a -> !(a instanceof Person)).collect(Collectors.toList());
    if (actors.isEmpty()) {
      return;
    }
    section("States, groupings and bodies");
    for (Actor actor : actors) {
      List<String> about = new ArrayList<>();
      if (actor instanceof State) {
        about.add("state, " + ((State) actor).country().alpha2());
      } else if (actor instanceof Grouping) {
        Grouping grouping = (Grouping) actor;
        grouping.fullName().ifPresent(f -> about.add(text(f)));
        about.add(label(grouping.kind()));
        if (!grouping.members().isEmpty()) {
          about.add("members: " + names(grouping.members()));
        }
        grouping.partOf().ifPresent(p -> about.add("part of " + name(p)));
      } else if (actor instanceof GovernmentBody) {
        GovernmentBody body = (GovernmentBody) actor;
        about.add("body of the government of " + name(body.government()));
        body.partOf().ifPresent(p -> about.add("part of " + name(p)));
      }
      about.addAll(externalIds(actor.externalIds()));
      line("- " + text(actor.name()) + " (" + String.join("; ", about) + ")");
    }
  }

  private static List<String> externalIds(List<ExternalId> ids) {
    return ids.stream().map(ExternalId::toString).collect(Collectors.toList());
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
        forms.add(text(name.text()) + nameParts(name));
      }
      forms.addAll(externalIds(person.externalIds()));
      line("- " + text(person.name())
          + (forms.isEmpty() ? "" : " (" + String.join(", ", forms) + ")"));
      for (Tenure tenure : person.tenures()) {
        String ordinal = tenure.ordinal().isPresent()
            ? ordinal(tenure.ordinal().getAsInt()) + " " : "";
        line("    " + ordinal + office(tenure.office()) + ": took office "
            + on(tenure.term().start())
            + tenure.term().end().map(e -> ", left office " + on(e)).orElse(", no end recorded")
            + per(tenure.evidence()));
      }
      for (Wording alias : person.aliases()) {
        line("    also written \"" + text(alias.text()) + "\"" + per(alias.evidence()));
      }
    }
  }

  /**
   * The parts of a written name, when recorded: " [Hang, family 조, given 태열, family name
   * first]".
   */
  private static String nameParts(PersonName name) {
    List<String> parts = new ArrayList<>();
    parts.add(text(name.script()));
    name.language().ifPresent(l -> parts.add(text(l)));
    name.romanization().ifPresent(r -> parts.add("romanized by " + text(r)));
    name.family().ifPresent(f -> parts.add("family " + text(f)));
    name.given().ifPresent(g -> parts.add("given " + text(g)));
    name.order().ifPresent(o -> parts.add(o.familyFirst()
        ? "family name first" + (o.familyUpperCase() ? ", in capitals" : "")
        : "given name first" + (o.familyUpperCase() ? ", family name in capitals" : "")));
    return " [" + String.join(", ", parts) + "]";
  }

  private void offices() {
    if (dossier.offices().isEmpty()) {
      return;
    }
    section("Offices");
    for (Office office : dossier.offices()) {
      List<String> about = new ArrayList<>();
      office.shortTitle().ifPresent(t -> about.add("\"" + text(t) + "\""));
      about.add(label(office.kind()));
      office.body().ifPresent(b -> about.add("in " + name(b)));
      about.addAll(externalIds(office.externalIds()));
      line("- " + office(Ref.of(office.id())) + " (" + String.join("; ", about) + ")");
    }
  }

  private void series() {
    if (dossier.series().isEmpty()) {
      return;
    }
    section("Dialogue series");
    for (DialogueSeries series : dossier.series()) {
      line("- " + text(series.name()) + ": " + label(series.level()) + " dialogue of "
          + names(series.sides())
          + series.established().map(e -> ", established " + on(e)).orElse("")
          + per(series.evidence()));
      if (!series.principalKinds().isEmpty()) {
        line("    principals on each side: " + series.principalKinds().stream()
            .map(Briefing::label).collect(Collectors.joining(", ")));
      }
    }
  }

  // ---- engagements --------------------------------------------------------------------------

  private void engagements() {
    if (dossier.engagements().isEmpty()) {
      return;
    }
    section("Engagements");
    for (Engagement engagement : dossier.engagements()) {
      Finding<FuzzyDate> date = engagement.dateFinding();
      line("- " + engagement.date().map(DateWords::when)
          .orElse(date.isDisputed() ? "(date disputed)" : "(date unknown)") + ": "
          + engagementName(engagement)
          + (engagement.title().isPresent() ? " (" + untitledName(engagement) + ")" : "")
          + engagement.venue().map(v -> ", " + venue(v)).orElse("")
          + per(engagement.evidence()));
      engagement.startsAt().ifPresent(t -> line("    began " + instant(t)));
      List<String> sides = new ArrayList<>();
      for (Ref<Actor> side : engagement.sides()) {
        sides.add(name(side) + (engagement.host().filter(side::equals).isPresent() ? " (host)" : ""));
      }
      line("    sides: " + String.join(" and ", sides));
      engagement.initiator().ifPresent(i -> line("    at the request of " + name(i)));
      engagement.partOf().ifPresent(p -> line("    part of: " + engagementName(p)));
      if (!engagement.hostClaims().isEmpty()) {
        line("    host: " + settled(engagement.hostFinding(), this::name));
        for (ActorClaim claim : engagement.hostClaims()) {
          line("        " + name(claim.value()) + wording(claim.wording()) + per(claim.evidence()));
        }
      }
      if (!engagement.venueClaims().isEmpty()) {
        line("    venue: " + settled(engagement.venueFinding(), Briefing::venue));
        for (VenueClaim claim : engagement.venueClaims()) {
          line("        " + venue(claim.value()) + wording(claim.wording())
              + per(claim.evidence()));
        }
      }
      engagement.replaces().ifPresent(p -> line("    held in place of: " + plannedName(p)));
      for (Participant participant : engagement.participants()) {
        String roles = participant.roles().stream()
            .map(r -> r.name().toLowerCase(Locale.ROOT).replace('_', '-'))
            .collect(Collectors.joining(", "));
        line("    " + name(participant.person())
            + (participant.offices().isEmpty() ? "" : ", " + participant.offices().stream()
                .map(this::office).collect(Collectors.joining(" and ")))
            + " for " + name(participant.side())
            + (roles.isEmpty() ? "" : " [" + roles + "]"));
        for (Wording written : participant.titlesAsWritten()) {
          line("        styled \"" + text(written.text()) + "\"" + per(written.evidence()));
        }
      }
      if (date.isDisputed()) {
        line("    date: " + settled(date, DateWords::when));
      }
      dateClaims(engagement.dateClaims());
      topics(engagement.topics());
    }
  }

  // ---- statements ---------------------------------------------------------------------------

  private void statements() {
    if (dossier.statements().isEmpty()) {
      return;
    }
    section("Statements");
    for (Statement statement : dossier.statements()) {
      line("- " + statement.date().map(DateWords::when).orElse("(undated)") + ": "
          + statementName(statement)
          + statement.confirmation().map(c -> " [" + label(c) + "]").orElse("")
          + per(statement.evidence()));
      statement.engagement().ifPresent(e -> line("    at: " + engagementName(e)));
      statement.relations().forEach(r -> line("    " + label(r.kind()) + ": "
          + statementName(r.target()) + per(r.evidence())));
      topics(statement.topics());
      if (statement instanceof Remarks) {
        ((Remarks) statement).quote().ifPresent(q -> line("    \"" + text(q) + "\""));
      }
      dateClaims(statement.dateClaims());
      for (Position position : statement.positions()) {
        position(statement, position);
      }
    }
  }

  private void position(Statement statement, Position position) {
    List<Ref<Actor>> holders =
        position.holders().isEmpty() ? statement.issuers() : position.holders();
    String intensity = position.intensity()
        .map(i -> " (" + label(i.level())
            + i.wording().map(w -> ": \"" + text(w) + "\"").orElse("") + ")")
        .orElse("");
    line("    * " + names(holders) + " " + verb(position, holders.size() == 1) + intensity
        + wording(position.wording()) + per(position.evidence()) + ":");
    for (PositionObject object : position.objects()) {
      line("        " + object(position, object));
    }
    position.reiteration().ifPresent(r -> line("        restates an earlier position"
        + wording(r.wording())
        + r.since().map(d -> ", held since " + when(d)).orElse("")
        + r.previous().map(p -> ", first taken in " + statementName(p)).orElse("")
        + per(r.evidence())));
    position.period().ifPresent(p -> line("        for the time " + claim(p, Briefing::period)));
    position.mutuality().ifPresent(m -> line("        mutual: "
        + (m.kind() == MutualityKind.JOINT ? "held jointly" : "each towards the other")
        + wording(m.wording())));
    if (!position.grounds().isEmpty()) {
      line("        grounds: " + position.grounds().stream().map(Briefing::text)
          .collect(Collectors.joining("; ")));
    }
    if (position instanceof Agreement) {
      ((Agreement) position).plannedMeeting().ifPresent(p ->
          line("        yields the planned meeting: " + plannedName(p)));
    }
    topics(position.topics(), "        ");
  }

  /**
   * An object of a position: "Democratic People's Republic of Korea: [reported] deployment of its
   * troops (mentions Russian Federation)"; never empty, as an object names something.
   */
  private String object(Position position, PositionObject object) {
    String hedge = object.hedging()
        .map(h -> "[" + label(h.level())
            + h.wording().map(w -> ": \"" + text(w) + "\"").orElse("") + "]")
        .orElse("");
    List<String> about = new ArrayList<>();
    for (Ref<Actor> target : object.targets()) {
      about.add(name(target));
    }
    List<String> mentioned = new ArrayList<>();
    for (ObjectActor actor : object.actors()) {
      if (actor.role() == ObjectRole.MENTIONED) {
        mentioned.add(name(actor.actor()));
      } else if (actor.role() == ObjectRole.ofTarget(position.kind())) {
        about.add(name(actor.actor()));
      } else {
        about.add(name(actor.actor()) + " (" + label(actor.role()) + ")");
      }
    }
    List<String> what = new ArrayList<>();
    if (!hedge.isEmpty()) {
      what.add(hedge);
    }
    object.conduct().ifPresent(c -> what.add(text(c)));
    object.phenomenon().map(this::topicLabel)
        .ifPresent(p -> what.add(object.conduct().isPresent() ? "[" + p + "]" : p));
    String mentions = mentioned.isEmpty() ? ""
        : "mentions " + String.join(", ", mentioned);
    String targets = String.join(", ", about);
    String rest = String.join(" ", what);
    if (targets.isEmpty()) {
      return rest.isEmpty() ? mentions : rest + (mentions.isEmpty() ? "" : " (" + mentions + ")");
    }
    return targets + (rest.isEmpty() ? "" : ": " + rest)
        + (mentions.isEmpty() ? "" : " (" + mentions + ")");
  }

  // ---- planned meetings ---------------------------------------------------------------------

  private void plannedMeetings() {
    if (dossier.plannedMeetings().isEmpty()) {
      return;
    }
    section("Planned meetings");
    for (PlannedMeeting planned : dossier.plannedMeetings()) {
      line("- " + plannedName(planned) + ": "
          + settled(planned.status(), Briefing::label) + per(planned.evidence()));
      List<String> what = new ArrayList<>();
      planned.kind().ifPresent(k -> what.add(label(k)));
      planned.series().ifPresent(s -> what.add((planned.ordinal().isPresent()
          ? ordinal(planned.ordinal().getAsInt()) + " session of " : "a session of ")
          + seriesName(s)));
      if (planned.series().isEmpty() && planned.ordinal().isPresent()) {
        what.add(ordinal(planned.ordinal().getAsInt()) + " of its kind");
      }
      line("    " + (what.isEmpty() ? "" : String.join(", ", what) + " between ")
          + (what.isEmpty() ? "sides: " : "") + names(planned.sides())
          + planned.host().map(h -> "; to be hosted by " + name(h)).orElse(""));
      planned.confirmation().ifPresent(c -> line("    the plan itself: " + label(c)));
      if (!planned.deniedBy().isEmpty()) {
        line("    its existence is denied" + per(planned.deniedBy()));
      }
      if (!planned.principals().isEmpty()) {
        line("    principals: " + planned.principals().stream().map(this::office)
            .collect(Collectors.joining("; ")));
      }
      topics(planned.topics());
      for (MeetingChange change : planned.lifecycle()) {
        boolean disputed = !change.alternatives().isEmpty();
        for (MeetingChange account : change.accounts()) {
          change(account, prefix(disputed, account == change));
        }
      }
    }
  }

  /** One account of a step of a planned meeting's life. */
  private void change(MeetingChange change, String prefix) {
    line(prefix + change.date().map(DateWords::when).orElse("(date not known)") + ": "
        + label(change.status())
        + change.initiator().map(i -> " by " + name(i)).orElse("")
        + change.confirmation().map(c -> " [" + label(c) + "]").orElse("")
        + per(change.evidence())
        + change.announcedIn().map(s -> ", announced in " + statementName(s)).orElse(""));
    change.reason().ifPresent(r -> line("        because: "
        + label(r.kind())
        + r.side().map(side -> " (" + name(side) + ")").orElse("")
        + r.wording().map(w -> ", \"" + text(w) + "\"").orElse("") + per(r.evidence())));
    change.host().ifPresent(h -> line("        host from then on: " + name(h)));
    change.venue().ifPresent(v -> line("        venue from then on: " + venue(v)));
    for (DateClaim window : change.windows()) {
      line("        to be held " + claim(window, DateWords::on));
    }
    change.heldAs().ifPresent(e -> line("        held as: " + engagementName(e)));
  }

  // ---- instruments --------------------------------------------------------------------------

  private void instruments() {
    if (dossier.instruments().isEmpty()) {
      return;
    }
    section("Agreements and other instruments");
    for (Instrument instrument : dossier.instruments()) {
      line("- " + label(instrument.kind())
          + instrument.title().map(t -> " \"" + text(t) + "\"").orElse("")
          + " of " + names(instrument.parties()) + ": "
          + settled(instrument.status(), Briefing::label) + per(instrument.evidence()));
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
            + condition.wording().map(w -> ": \"" + text(w) + "\"").orElse("")
            + per(condition.evidence()));
      }
      for (InstrumentStep step : instrument.history()) {
        boolean disputed = !step.alternatives().isEmpty();
        for (InstrumentStep account : step.accounts()) {
          String prefix = prefix(disputed, account == step);
          line(prefix + account.date().map(DateWords::when).orElse("(date not known)") + ": "
              + label(account.status())
              + account.party().map(p -> " by " + name(p)).orElse("")
              + wording(account.wording())
              + account.confirmation().map(c -> " [" + label(c) + "]").orElse("")
              + per(account.evidence()));
        }
      }
      instrument.text().ifPresent(t -> line("    text: " + dossier.find(t, Source.class)
          .flatMap(Source::title).map(Briefing::text).orElse(t.id())
          + " [" + text(t.id()) + "]"));
      topics(instrument.topics());
    }
  }

  // ---- topics and sources -------------------------------------------------------------------

  private void topics() {
    if (dossier.topics().isEmpty()) {
      return;
    }
    section("Topics");
    for (Topic topic : dossier.topics()) {
      List<String> about = new ArrayList<>();
      about.add(label(topic.kind()));
      if (!topic.parents().isEmpty()) {
        about.add("under " + topic.parents().stream().map(this::topicLabel)
            .collect(Collectors.joining(", ")));
      }
      topic.owner().ifPresent(o -> about.add("of " + name(o)));
      topic.date().ifPresent(d -> about.add(when(d)));
      topic.venue().ifPresent(v -> about.add("in " + venue(v)));
      about.addAll(externalIds(topic.externalIds()));
      line("- " + text(topic.label()) + " (" + String.join("; ", about) + ")"
          + per(topic.evidence()));
      topic.description().ifPresent(d -> line("    " + text(d)));
    }
  }

  private void sources() {
    if (dossier.sources().isEmpty()) {
      return;
    }
    section("Sources");
    for (Source source : dossier.sources()) {
      List<String> parts = new ArrayList<>();
      parts.add(label(source.kind()));
      source.publisher().ifPresent(p -> parts.add(text(p)));
      if (!source.authors().isEmpty()) {
        parts.add(source.authors().stream().map(Briefing::text).collect(Collectors.joining(", ")));
      }
      source.section().ifPresent(s -> parts.add(text(s)));
      source.title().ifPresent(t -> parts.add("\"" + text(t) + "\""));
      source.published().ifPresent(p -> parts.add("published " + when(p)));
      source.publishedAt().ifPresent(t -> parts.add("published " + instant(t)));
      source.localTime().ifPresent(t -> parts.add("time stamp " + time(t)));
      source.language().ifPresent(l -> parts.add("in " + text(l)
          + source.originalLanguage().map(o -> ", translated from " + text(o)).orElse("")));
      if (source.language().isEmpty()) {
        source.originalLanguage().ifPresent(o -> parts.add("translated from " + text(o)));
      }
      line("- [" + text(source.id()) + "] " + String.join(", ", parts));
      source.url().ifPresent(u -> line("    " + text(u.toString())));
      source.note().ifPresent(n -> line("    " + text(n)));
    }
  }

  // ---- pieces -------------------------------------------------------------------------------

  /** How an account of a step starts its line: "either" and "or" when the step is disputed. */
  private static String prefix(boolean disputed, boolean first) {
    return disputed ? (first ? "    either " : "        or ") : "    ";
  }

  /** An enum constant as prose: {@code IN_FORCE} as "in force". */
  private static String label(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /**
   * A finding without its sources, which the accounts it is drawn from give: its value if
   * settled, "disputed: a or b" if not.
   */
  private static <T> String settled(Finding<T> finding, Function<T, String> label) {
    if (finding.isUnknown()) {
      return "not known";
    }
    if (finding.isSettled()) {
      return label.apply(finding.value().orElseThrow());
    }
    return "disputed: " + finding.alternatives().stream()
        .map(a -> label.apply(a.value())).collect(Collectors.joining(" or "));
  }

  private void dateClaims(List<DateClaim> claims) {
    for (DateClaim claim : claims) {
      line("    date: " + claim(claim, DateWords::when));
    }
  }

  /**
   * A date claim: its time, said as {@code time} says it, with the source's words and the time
   * they were reckoned from: {@code in the first half of 2025 ("first half of next year",
   * reckoned from 22 to 31 October 2024) (per a)}.
   */
  private String claim(DateClaim claim, Function<FuzzyDate, String> time) {
    String words = claim.wording()
        .map(w -> " (\"" + text(w) + "\"" + claim.reference()
            .map(r -> ", reckoned from " + when(r)).orElse("") + ")")
        .orElse(claim.reference().map(r -> " (reckoned from " + when(r) + ")").orElse(""));
    return time.apply(claim.value()) + words + per(claim.evidence());
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

  /**
   * " (per a, b)" for a line that cites sources, or nothing; the quotes and notes of the evidence
   * follow the line.
   */
  private String per(List<Evidence> evidence) {
    if (evidence.isEmpty()) {
      return "";
    }
    for (Evidence e : evidence) {
      if (e.quote().isPresent() || e.note().isPresent()) {
        pending.add(e);
      }
    }
    return " (per " + evidence.stream().map(e -> text(e.source().id())).distinct()
        .collect(Collectors.joining(", ")) + ")";
  }

  private static String wording(Optional<String> wording) {
    return wording.map(w -> " (\"" + text(w) + "\")").orElse("");
  }

  /** The verb of a position, agreeing with one holder or several: "agrees", "call on". */
  static String verb(Position position, boolean singular) {
    String base = position instanceof Appeal ? "call on" : label(position.kind());
    if (!singular) {
      return base;
    }
    int space = base.indexOf(' ');
    String verb = space < 0 ? base : base.substring(0, space);
    String rest = space < 0 ? "" : base.substring(space);
    return thirdPerson(verb) + rest;
  }

  private static String thirdPerson(String verb) {
    if (verb.endsWith("s") || verb.endsWith("sh") || verb.endsWith("ch") || verb.endsWith("x")
        || verb.endsWith("z") || verb.endsWith("o")) {
      return verb + "es";
    }
    if (verb.endsWith("y") && verb.length() > 1 && "aeiou".indexOf(verb.charAt(verb.length() - 2)) < 0) {
      return verb.substring(0, verb.length() - 1) + "ies";
    }
    return verb + "s";
  }

  private String engagementName(Ref<Engagement> ref) {
    return dossier.find(ref, Engagement.class).map(this::engagementName).orElse(text(ref.id()));
  }

  private String engagementName(Engagement engagement) {
    if (engagement.title().isPresent()) {
      return text(engagement.title().get());
    }
    return untitledName(engagement);
  }

  /**
   * The name an engagement has from what it is: "9th ROK-UK Strategic Dialogue", "courtesy call
   * of David Lammy and Yoon Suk Yeol".
   */
  private String untitledName(Engagement engagement) {
    if (engagement instanceof Dialogue) {
      Dialogue dialogue = (Dialogue) engagement;
      String series = seriesName(dialogue.series());
      String round = dialogue.round().map(y -> ", " + y + " round").orElse("");
      return (dialogue.ordinal().isPresent()
          ? ordinal(dialogue.ordinal().getAsInt()) + " " + series : series) + round;
    }
    Meeting meeting = (Meeting) engagement;
    return label(meeting.kind()) + " of " + participantsOrSides(meeting);
  }

  private String seriesName(Ref<DialogueSeries> ref) {
    return dossier.find(ref, DialogueSeries.class).map(s -> text(s.name()))
        .orElse(text(ref.id()));
  }

  private String participantsOrSides(Engagement engagement) {
    if (engagement.participants().isEmpty()) {
      return names(engagement.sides());
    }
    return engagement.participants().stream().map(p -> name(p.person()))
        .collect(Collectors.joining(" and "));
  }

  private String statementName(Ref<Statement> ref) {
    return dossier.find(ref, Statement.class).map(this::statementName).orElse(text(ref.id()));
  }

  private String statementName(Statement statement) {
    String title = statement.title().map(t -> " \"" + text(t) + "\"").orElse("");
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
      return label(one.kind()) + title + " of " + name(one.issuer())
          + one.by().map(b -> ", by " + attribution(b)).orElse("");
    }
    Remarks remarks = (Remarks) statement;
    return "remarks" + title + " of " + attribution(remarks.speaker())
        + " for " + name(remarks.side());
  }

  private String plannedName(Ref<PlannedMeeting> ref) {
    return dossier.plannedMeeting(ref).map(this::plannedName).orElse(text(ref.id()));
  }

  /**
   * A planned meeting's title, or a name made from what it is: "2nd ROK-UK 2+2 between Republic
   * of Korea and United Kingdom", "visit between United States and Australia".
   */
  private String plannedName(PlannedMeeting planned) {
    if (planned.title().isPresent()) {
      return text(planned.title().get());
    }
    String what;
    if (planned.series().isPresent()) {
      String series = seriesName(planned.series().get());
      what = planned.ordinal().isPresent()
          ? ordinal(planned.ordinal().getAsInt()) + " " + series : series;
    } else {
      what = planned.kind().map(Briefing::label).orElse("meeting");
    }
    return "planned " + what + " between " + names(planned.sides());
  }

  private String attribution(Attribution attribution) {
    return name(attribution.person())
        + attribution.office().map(o -> " (" + office(o) + ")").orElse("");
  }

  private String office(Ref<Office> ref) {
    return dossier.find(ref, Office.class)
        .map(o -> text(o.title()) + ", " + name(o.jurisdiction()))
        .orElse(text(ref.id()));
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
    return dossier.find(ref, Actor.class).map(a -> text(a.name())).orElse(text(ref.id()));
  }

  private String topicLabel(Ref<Topic> ref) {
    return dossier.find(ref, Topic.class).map(t -> text(t.label())).orElse(text(ref.id()));
  }

  private static String venue(Venue venue) {
    List<String> parts = new ArrayList<>();
    venue.building().ifPresent(b -> parts.add(text(b)));
    venue.district().ifPresent(d -> parts.add(text(d)));
    venue.city().ifPresent(c -> parts.add(text(c)));
    venue.country().ifPresent(c -> parts.add(c.alpha2()));
    parts.addAll(externalIds(venue.externalIds()));
    return parts.isEmpty() ? "(place not named)" : String.join(", ", parts);
  }

  // ---- times --------------------------------------------------------------------------------

  /**
   * A time a position holds for: "until 2025" for {@code ../2025}, which as a point in time is "no
   * later than 2025"; otherwise as {@link #when}.
   */
  private static String period(FuzzyDate time) {
    if (time.isOpenStart() && !time.isOpenEnd()) {
      return "until " + time.end().map(DateWords::when).orElse("an unknown date");
    }
    return when(time);
  }

  /** An exact time: "21 October 2024 at 15:00 (Asia/Seoul, UTC+09:00)". */
  private static String instant(ZonedDateTime time) {
    ZoneOffset offset = time.getOffset();
    String utc = offset.getTotalSeconds() == 0 ? "UTC" : "UTC" + offset.getId();
    String zone = time.getZone() instanceof ZoneOffset ? utc : time.getZone().getId() + ", " + utc;
    return time.toLocalDate().format(DAY) + " at " + time(time.toLocalTime()) + " (" + zone + ")";
  }

  private static String time(LocalTime time) {
    return time.format(DateTimeFormatter.ofPattern(
        time.getNano() != 0 ? "HH:mm:ss.SSS" : time.getSecond() != 0 ? "HH:mm:ss" : "HH:mm",
        Locale.ROOT));
  }

  static String ordinal(int n) {
    int lastTwo = n % 100;
    String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th"
        : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
    return n + suffix;
  }

  /**
   * Text of the dossier as the readout shows it, through {@link Console#printable(String)}:
   * control characters, terminal escapes and bidirectional controls as Java Unicode escapes, so
   * that no name or note breaks, hides or reorders a line.
   */
  static String text(String text) {
    return Console.printable(text);
  }

  private void section(String heading) {
    line("");
    line(heading);
    line("-".repeat(heading.length()));
  }

  /** A line, then the quotes and notes of the evidence it cites, indented beneath it. */
  private void line(String line) {
    out.append(line).append('\n');
    if (pending.isEmpty()) {
      return;
    }
    int depth = 0;
    while (depth < line.length() && line.charAt(depth) == ' ') {
      depth++;
    }
    if (line.startsWith("- ", depth)) {
      depth += 2;
    }
    String indent = " ".repeat(depth + 4);
    List<Evidence> cited = new ArrayList<>(pending);
    pending.clear();
    for (Evidence evidence : cited) {
      String source = text(evidence.source().id());
      evidence.quote().ifPresent(q -> out.append(indent).append(source).append(" quotes: \"")
          .append(text(q)).append("\"\n"));
      evidence.note().ifPresent(n -> out.append(indent).append(source).append(" note: ")
          .append(text(n)).append('\n'));
    }
  }
}
