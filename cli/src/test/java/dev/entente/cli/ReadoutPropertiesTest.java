package dev.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.model.Actor;
import dev.entente.model.ActorClaim;
import dev.entente.model.DateClaim;
import dev.entente.model.Dialogue;
import dev.entente.model.DialogueSeries;
import dev.entente.model.Dossier;
import dev.entente.model.Engagement;
import dev.entente.model.EntryCondition;
import dev.entente.model.Evidence;
import dev.entente.model.Instrument;
import dev.entente.model.InstrumentStep;
import dev.entente.model.Meeting;
import dev.entente.model.MeetingChange;
import dev.entente.model.ObjectActor;
import dev.entente.model.Participant;
import dev.entente.model.Person;
import dev.entente.model.PlannedMeeting;
import dev.entente.model.Position;
import dev.entente.model.PositionKind;
import dev.entente.model.PositionObject;
import dev.entente.model.Ref;
import dev.entente.model.Source;
import dev.entente.model.State;
import dev.entente.model.Statement;
import dev.entente.model.StatementRelation;
import dev.entente.model.Tenure;
import dev.entente.model.Topic;
import dev.entente.model.VenueClaim;
import dev.entente.model.Wording;
import dev.entente.testing.generators.ModelArbitraries;
import dev.entente.testing.generators.ModelArbitraries.DossierOptions;
import dev.entente.time.DateWords;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Over generated valid dossiers: the readout shows every fact of a dossier, each record once,
 * and no control character of the dossier's text.
 *
 * <p>A fact, here, is each of these, found in the readout as the readout escapes text ({@link
 * Briefing#text}):
 *
 * <ul>
 *   <li>each engagement's title, or when it has none the name its series or kind gives it; each
 *       of its sides' names, the date as {@link DateWords#when}, the hour and minute it began,
 *       the engagement it was part of, the plan it replaced, and each participant's name;
 *   <li>each statement's title, each issuer's name and its date; each position's verb (in its
 *       plural or third-person singular form), and each of its objects' conduct, phenomenon,
 *       targets and other actors;
 *   <li>each planned meeting's title (or, without one, each side's name), and each account of
 *       each of its changes: the status, the date, the host and venue from then on and the
 *       engagement it was held as;
 *   <li>each instrument's title and each account of each step of its history: the status and the
 *       date;
 *   <li>each piece of evidence of any record: its source's id, its quote and its note;
 *   <li>each source's id, in brackets.
 * </ul>
 *
 * <p>Once: each section lists as many records as the dossier has of that kind.
 */
class ReadoutPropertiesTest {

  @Provide
  Arbitrary<Dossier> dossiers() {
    return ModelArbitraries.validDossiers(DossierOptions.defaults().withMaxRecordsPerKind(3));
  }

  @Property(tries = 150)
  void showsEveryFactOfTheDossier(@ForAll("dossiers") Dossier dossier) {
    String readout = Briefing.of(dossier);
    List<String> missing = new ArrayList<>();
    for (String fact : facts(dossier)) {
      if (!readout.contains(fact)) {
        missing.add(fact);
      }
    }
    assertThat(missing).as("facts missing from the readout:%n%s", readout).isEmpty();
  }

  @Property(tries = 100)
  void listsEachRecordOnce(@ForAll("dossiers") Dossier dossier) {
    String readout = Briefing.of(dossier);
    assertThat(entries(readout, "Engagements")).isEqualTo(dossier.engagements().size());
    assertThat(entries(readout, "Statements")).isEqualTo(dossier.statements().size());
    assertThat(entries(readout, "Planned meetings")).isEqualTo(dossier.plannedMeetings().size());
    assertThat(entries(readout, "Agreements and other instruments"))
        .isEqualTo(dossier.instruments().size());
    assertThat(entries(readout, "Dialogue series")).isEqualTo(dossier.series().size());
    assertThat(entries(readout, "Topics")).isEqualTo(dossier.topics().size());
    assertThat(entries(readout, "Sources")).isEqualTo(dossier.sources().size());
    assertThat(entries(readout, "People"))
        .isEqualTo(dossier.actors().stream().filter(Person.class::isInstance).count());
    assertThat(entries(readout, "States, groupings and bodies"))
        .isEqualTo(dossier.actors().stream().filter(a -> !(a instanceof Person)).count());
    assertThat(entries(readout, "Offices")).isEqualTo(dossier.offices().size());
  }

  @Property(tries = 50)
  void escapesControlCharactersInNames(@ForAll("dossiers") Dossier generated) {
    Dossier dossier = generated.withActors(generated.actors().stream()
        .map(ReadoutPropertiesTest::withControlCharacters).collect(Collectors.toList()));
    String readout = Briefing.of(dossier);

    assertThat(readout.chars().filter(c -> c != '\n' && Character.isISOControl(c)).boxed())
        .as("control characters other than line breaks").isEmpty();
    for (Actor actor : dossier.actors()) {
      assertThat(readout).contains(Briefing.text(actor.name()));
    }
    assertThat(readout).contains("\\u000a\\u0007");
  }

  private static Actor withControlCharacters(Actor actor) {
    if (actor instanceof State) {
      return ((State) actor).withName(actor.name() + "\n\u0007");
    }
    if (actor instanceof Person) {
      return ((Person) actor).withName("\t" + actor.name() + "\u001B[31m");
    }
    return actor;
  }

  /** How many lines of a section start an entry ("- "). */
  private static long entries(String readout, String heading) {
    List<String> lines = Arrays.asList(readout.split("\n", -1));
    int start = -1;
    for (int i = 0; i + 1 < lines.size(); i++) {
      if (lines.get(i).equals(heading) && lines.get(i + 1).equals("-".repeat(heading.length()))) {
        start = i + 2;
      }
    }
    if (start < 0) {
      return 0;
    }
    long count = 0;
    for (int i = start; i < lines.size() && !lines.get(i).isEmpty(); i++) {
      if (lines.get(i).startsWith("- ")) {
        count++;
      }
    }
    return count;
  }

  // ---- the facts ----------------------------------------------------------------------------

  private static List<String> facts(Dossier dossier) {
    List<String> facts = new ArrayList<>();
    List<Evidence> evidence = new ArrayList<>();
    for (Actor actor : dossier.actors()) {
      if (actor instanceof Person) {
        Person person = (Person) actor;
        facts.add(text(person.name()));
        for (Tenure tenure : person.tenures()) {
          evidence.addAll(tenure.evidence());
        }
        for (Wording alias : person.aliases()) {
          facts.add(text(alias.text()));
          evidence.addAll(alias.evidence());
        }
      }
    }
    for (DialogueSeries series : dossier.series()) {
      facts.add(text(series.name()));
      evidence.addAll(series.evidence());
    }
    for (Engagement engagement : dossier.engagements()) {
      facts.add(engagementName(dossier, engagement));
      engagement.date().map(DateWords::when).ifPresent(facts::add);
      engagement.startsAt().ifPresent(t -> facts.add(" at " + t.toLocalTime().format(
          DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT))));
      engagement.partOf().ifPresent(p -> facts.add("    part of: "));
      engagement.replaces().ifPresent(p -> facts.add("    held in place of: "));
      for (Ref<Actor> side : engagement.sides()) {
        facts.add(name(dossier, side));
      }
      for (Participant participant : engagement.participants()) {
        facts.add(name(dossier, participant.person()));
        for (Wording written : participant.titlesAsWritten()) {
          facts.add(text(written.text()));
          evidence.addAll(written.evidence());
        }
      }
      evidence.addAll(engagement.evidence());
      for (ActorClaim claim : engagement.hostClaims()) {
        evidence.addAll(claim.evidence());
      }
      for (VenueClaim claim : engagement.venueClaims()) {
        evidence.addAll(claim.evidence());
      }
      dateClaims(engagement.dateClaims(), facts, evidence);
    }
    for (Statement statement : dossier.statements()) {
      statement.title().map(ReadoutPropertiesTest::text).ifPresent(facts::add);
      statement.date().map(DateWords::when).ifPresent(facts::add);
      for (Ref<Actor> issuer : statement.issuers()) {
        facts.add(name(dossier, issuer));
      }
      evidence.addAll(statement.evidence());
      for (StatementRelation relation : statement.relations()) {
        evidence.addAll(relation.evidence());
      }
      dateClaims(statement.dateClaims(), facts, evidence);
      for (Position position : statement.positions()) {
        facts.add(verb(position, statement, dossier));
        for (PositionObject object : position.objects()) {
          object.conduct().map(ReadoutPropertiesTest::text).ifPresent(facts::add);
          object.phenomenon().map(p -> topicLabel(dossier, p)).ifPresent(facts::add);
          for (Ref<Actor> target : object.targets()) {
            facts.add(name(dossier, target));
          }
          for (ObjectActor actor : object.actors()) {
            facts.add(name(dossier, actor.actor()));
          }
        }
        for (String ground : position.grounds()) {
          facts.add(text(ground));
        }
        evidence.addAll(position.evidence());
        position.reiteration().ifPresent(r -> evidence.addAll(r.evidence()));
        position.period().ifPresent(p -> evidence.addAll(p.evidence()));
      }
    }
    for (PlannedMeeting planned : dossier.plannedMeetings()) {
      if (planned.title().isPresent()) {
        facts.add(text(planned.title().get()));
      } else {
        for (Ref<Actor> side : planned.sides()) {
          facts.add(name(dossier, side));
        }
      }
      evidence.addAll(planned.evidence());
      evidence.addAll(planned.deniedBy());
      for (MeetingChange change : planned.lifecycle()) {
        for (MeetingChange account : change.accounts()) {
          facts.add(label(account.status()));
          account.date().map(DateWords::when).ifPresent(facts::add);
          evidence.addAll(account.evidence());
          account.reason().ifPresent(r -> evidence.addAll(r.evidence()));
          account.heldAs().ifPresent(e -> facts.add("        held as: "));
          account.venue().ifPresent(v -> facts.add("        venue from then on: "));
          account.host().ifPresent(h -> facts.add("        host from then on: " + name(dossier, h)));
          dateClaims(account.windows(), facts, evidence);
        }
      }
    }
    for (Instrument instrument : dossier.instruments()) {
      instrument.title().map(ReadoutPropertiesTest::text).ifPresent(facts::add);
      evidence.addAll(instrument.evidence());
      for (EntryCondition condition : instrument.conditions()) {
        evidence.addAll(condition.evidence());
      }
      for (InstrumentStep step : instrument.history()) {
        for (InstrumentStep account : step.accounts()) {
          facts.add(label(account.status()));
          account.date().map(DateWords::when).ifPresent(facts::add);
          evidence.addAll(account.evidence());
        }
      }
    }
    for (Topic topic : dossier.topics()) {
      facts.add(text(topic.label()));
      evidence.addAll(topic.evidence());
    }
    for (Evidence e : evidence) {
      facts.add(text(e.source().id()));
      e.quote().map(ReadoutPropertiesTest::text).ifPresent(facts::add);
      e.note().map(ReadoutPropertiesTest::text).ifPresent(facts::add);
    }
    for (Source source : dossier.sources()) {
      facts.add("[" + text(source.id()) + "]");
    }
    return facts;
  }

  private static void dateClaims(List<DateClaim> claims, List<String> facts,
      List<Evidence> evidence) {
    for (DateClaim claim : claims) {
      claim.wording().map(ReadoutPropertiesTest::text).ifPresent(facts::add);
      evidence.addAll(claim.evidence());
    }
  }

  /** The title, or the series' name of a session, or the kind of a meeting ("courtesy call"). */
  private static String engagementName(Dossier dossier, Engagement engagement) {
    if (engagement.title().isPresent()) {
      return text(engagement.title().get());
    }
    if (engagement instanceof Dialogue) {
      Ref<DialogueSeries> series = ((Dialogue) engagement).series();
      return dossier.find(series, DialogueSeries.class).map(s -> text(s.name()))
          .orElse(text(series.id()));
    }
    return label(((Meeting) engagement).kind());
  }

  /**
   * The last holder and the verb of a position: "Japan agree" of "Australia and Japan agree",
   * "Japan agrees", "Japan calls on", "Japan denies".
   */
  private static String verb(Position position, Statement statement, Dossier dossier) {
    List<Ref<Actor>> holders =
        position.holders().isEmpty() ? statement.issuers() : position.holders();
    String verb = position.kind() == PositionKind.CALL_ON ? "call on" : label(position.kind());
    if (holders.size() == 1) {
      String[] words = verb.split(" ", 2);
      String first = words[0].endsWith("y") ? words[0].substring(0, words[0].length() - 1) + "ie"
          : words[0].endsWith("ss") ? words[0] + "e" : words[0];
      verb = first + "s" + (words.length > 1 ? " " + words[1] : "");
    }
    return name(dossier, holders.get(holders.size() - 1)) + " " + verb;
  }

  private static String name(Dossier dossier, Ref<? extends Actor> ref) {
    return dossier.find(ref, Actor.class).map(a -> text(a.name())).orElse(text(ref.id()));
  }

  private static String topicLabel(Dossier dossier, Ref<Topic> ref) {
    return dossier.find(ref, Topic.class).map(t -> text(t.label())).orElse(text(ref.id()));
  }

  private static String label(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String text(String text) {
    return Briefing.text(text);
  }
}
