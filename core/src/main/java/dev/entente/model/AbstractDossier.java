package dev.entente.model;

import dev.entente.time.FuzzyDate;
import java.text.Normalizer;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * Everything about one story: actors and their offices, dialogue series, engagements, planned
 * meetings, statements with their positions, instruments, topics and sources, cross-referenced by
 * id.
 *
 * <p>Building a dossier checks each value on its own. Whether every reference resolves, ids are
 * unique and dates agree is checked by {@code dev.entente.validation.DossierValidator}, which
 * reports every violation at once.
 *
 * <pre>{@code
 * Dossier dossier = Dossier.builder()
 *     .id("rok-uk-strategic-dialogue-2024")
 *     .title("The 9th ROK-UK Foreign Ministerial Strategic Dialogue")
 *     .addActors(korea, uk, cho, lammy)
 *     .addEngagements(dialogue)
 *     .addStatements(outcome)
 *     .addSources(article)
 *     .build();
 * }</pre>
 *
 * <h2>Looking records up</h2>
 *
 * <p>Each kind of record has its lookup, named after the kind and taking a reference of that
 * kind: {@link #actor(Ref)}, {@link #person(Ref)}, {@link #state(Ref)}, {@link #office(Ref)},
 * {@link #series(Ref)}, {@link #engagement(Ref)}, {@link #plannedMeeting(Ref)}, {@link
 * #statement(Ref)}, {@link #instrument(Ref)}, {@link #topic(Ref)} (Entente's vocabulary of topics
 * too) and {@link #source(Ref)}. Each returns an {@code Optional}: empty when the dossier has no
 * record of that kind with that id, which a dossier not yet validated may well lack.
 *
 * <pre>{@code
 * Ref<Person> cho = Ref.of("cho-tae-yul");
 * Optional<Person> who = dossier.person(cho);            // no Person.class
 * Person sure = dossier.person(cho).orElseThrow();
 * Optional<Actor> side = dossier.actor(cho);             // any Ref<? extends Actor>
 * }</pre>
 *
 * <p>Why one method per kind rather than one generic {@code find(Ref<T>)}: Java erases a {@code
 * Ref}'s type argument, so at run time a {@code Ref<Person>} does not know it wants a person, and a
 * generic lookup could only cast blindly. A reference read from a document whose id names an office
 * would then come back as a "person" and fail with a {@code ClassCastException} far from the
 * lookup. A lookup per kind knows its kind, checks the record against it, and answers empty for a
 * record of another kind. The kinds are the dossier's lists, a closed set, so the methods are few;
 * where the kind is only known at run time, {@link #find(Ref, Class)} takes it as a class, and
 * {@link #get(Ref, Class)} is the form that throws, naming the kind and the id. No lookup per kind
 * throws: {@code orElseThrow()} says the same, and a dossier being read may lack any record.
 *
 * <p>Beyond ids: {@link #state(CountryCode)} finds a state by its code, {@link
 * #personsNamed(String)} persons by any of their names, and {@link #sessions(Ref)} a series'
 * sessions in order. {@link #withRecord(Identified)} replaces one record, found by its id.
 */
@Value.Immutable
@EntenteStyle
abstract sealed class AbstractDossier implements Identified, Extensible permits Dossier {

  /**
   * Implemented by the generated {@code Dossier.Builder}: the builder is an
   * {@link ExtensibleBuilder}.
   */
  interface Builder extends ExtensibleBuilder<Dossier, Dossier.Builder> {}

  /** {@value}: the name of {@link #title()}, in pointers and written forms. */
  public static final String TITLE = "title";

  /** {@value}: the name of {@link #description()}, in pointers and written forms. */
  public static final String DESCRIPTION = "description";

  /** {@value}: the name of {@link #actors()}, in pointers and written forms. */
  public static final String ACTORS = "actors";

  /** {@value}: the name of {@link #offices()}, in pointers and written forms. */
  public static final String OFFICES = "offices";

  /** {@value}: the name of {@link #series()}, in pointers and written forms. */
  public static final String SERIES = "series";

  /** {@value}: the name of {@link #engagements()}, in pointers and written forms. */
  public static final String ENGAGEMENTS = "engagements";

  /** {@value}: the name of {@link #plannedMeetings()}, in pointers and written forms. */
  public static final String PLANNED_MEETINGS = "plannedMeetings";

  /** {@value}: the name of {@link #statements()}, in pointers and written forms. */
  public static final String STATEMENTS = "statements";

  /** {@value}: the name of {@link #instruments()}, in pointers and written forms. */
  public static final String INSTRUMENTS = "instruments";

  /** {@value}: the name of {@link #topics()}, in pointers and written forms. */
  public static final String TOPICS = "topics";

  /** {@value}: the name of {@link #sources()}, in pointers and written forms. */
  public static final String SOURCES = "sources";

  @Override
  public abstract String id();

  /** A title for the story. */
  public abstract Optional<String> title();

  /** A summary of the story. */
  public abstract Optional<String> description();

  /** States, groupings, government bodies and persons. */
  public abstract List<Actor> actors();

  /** Offices that persons hold. */
  public abstract List<Office> offices();

  /** Recurring bilateral formats. */
  public abstract List<DialogueSeries> series();

  /** Dialogues and meetings that took place. */
  public abstract List<Engagement> engagements();

  /** Meetings agreed or proposed, with their lifecycles. */
  public abstract List<PlannedMeeting> plannedMeetings();

  /** Joint and unilateral statements and remarks, with their positions. */
  public abstract List<Statement> statements();

  /** Treaties, memoranda and other instruments, with their signings and histories. */
  public abstract List<Instrument> instruments();

  /** Topics beyond Entente's vocabulary ({@link Topics}): regions, initiatives, agreements. */
  public abstract List<Topic> topics();

  /** The documents the facts come from. */
  public abstract List<Source> sources();

  /** Every record that has an id, in the order of the lists above. */
  public final Stream<Identified> records() {
    return Stream.of(
            actors(),
            offices(),
            series(),
            engagements(),
            plannedMeetings(),
            statements(),
            instruments(),
            topics(),
            sources())
        .flatMap(List::stream);
  }

  @Value.Lazy
  Map<String, Identified> index() {
    // Loops rather than records(), and a map sized once. Built at the first lookup: validation
    // resolves references through an index of its own, and looks up here only the holdings of
    // offices that no tenure records (Dossier.holding).
    List<List<? extends Identified>> lists = List.of(actors(), offices(), series(), engagements(),
        plannedMeetings(), statements(), instruments(), topics(), sources());
    int size = 0;
    for (List<? extends Identified> records : lists) {
      size += records.size();
    }
    Map<String, Identified> index = new HashMap<>(size * 4 / 3 + 1);
    for (List<? extends Identified> records : lists) {
      for (Identified record : records) {
        index.putIfAbsent(record.id(), record);
      }
    }
    return index;
  }

  /**
   * The engagements in which a person took part as an office, in order, by the person's and the
   * office's ids: built once, so that looking up holdings for every statement does not walk every
   * engagement each time.
   */
  @Value.Lazy
  Map<List<String>, List<Engagement>> participations() {
    Map<List<String>, List<Engagement>> participations = new HashMap<>();
    for (Engagement engagement : engagements()) {
      for (Participant participant : engagement.participants()) {
        for (Ref<Office> office : participant.offices()) {
          List<Engagement> listed = participations.computeIfAbsent(
              List.of(participant.person().id(), office.id()), k -> new ArrayList<>());
          // A person listed twice in one engagement (which validation reports) implies once.
          if (listed.isEmpty() || listed.get(listed.size() - 1) != engagement) {
            listed.add(engagement);
          }
        }
      }
    }
    return participations;
  }

  /**
   * The record a reference points at, if the dossier has one of the given kind. Topics of
   * Entente's vocabulary resolve too.
   *
   * <p>Where the kind is known when writing the code, the lookup of that kind says the same
   * without repeating it: {@code person(ref)} for {@code find(ref, Person.class)}.
   *
   * @param ref the reference
   * @param kind the kind expected, such as {@code Person.class} or {@code Actor.class}
   */
  public final <T extends Identified> Optional<T> find(Ref<?> ref, Class<T> kind) {
    Identified record = index().get(ref.id());
    if (record == null && kind.isAssignableFrom(Topic.class)) {
      record = Topics.find(ref.id()).orElse(null);
    }
    return kind.isInstance(record) ? Optional.of(kind.cast(record)) : Optional.empty();
  }

  /**
   * The record a reference points at.
   *
   * @throws java.util.NoSuchElementException if the dossier has no record of that kind with that
   *     id
   */
  public final <T extends Identified> T get(Ref<?> ref, Class<T> kind) {
    return find(ref, kind)
        .orElseThrow(() -> new java.util.NoSuchElementException(
            "no " + kind.getSimpleName() + " with id \"" + ref.id() + "\" in dossier " + id()));
  }

  // ---- Lookups by kind, by country code, by name and by series; replacing a record by id -----

  /**
   * The actor a reference points at: a state, grouping, government body or person.
   *
   * @param ref a reference to any kind of actor, such as a {@code Ref<Actor>} or a {@code
   *     Ref<Person>}
   * @return the actor, or empty if the dossier has no actor with that id
   */
  public final Optional<Actor> actor(Ref<? extends Actor> ref) {
    return find(ref, Actor.class);
  }

  /**
   * The person a reference points at.
   *
   * @param ref the reference
   * @return the person, or empty if the dossier has no person with that id
   */
  public final Optional<Person> person(Ref<Person> ref) {
    return find(ref, Person.class);
  }

  /**
   * The state a reference points at.
   *
   * @param ref the reference
   * @return the state, or empty if the dossier has no state with that id
   */
  public final Optional<State> state(Ref<State> ref) {
    return find(ref, State.class);
  }

  /**
   * The office a reference points at.
   *
   * @param ref the reference
   * @return the office, or empty if the dossier has no office with that id
   */
  public final Optional<Office> office(Ref<Office> ref) {
    return find(ref, Office.class);
  }

  /**
   * The dialogue series a reference points at.
   *
   * @param ref the reference
   * @return the series, or empty if the dossier has no series with that id
   */
  public final Optional<DialogueSeries> series(Ref<DialogueSeries> ref) {
    return find(ref, DialogueSeries.class);
  }

  /**
   * The engagement a reference points at: a dialogue or a meeting.
   *
   * @param ref a reference to any kind of engagement
   * @return the engagement, or empty if the dossier has no engagement with that id
   */
  public final Optional<Engagement> engagement(Ref<? extends Engagement> ref) {
    return find(ref, Engagement.class);
  }

  /**
   * The planned meeting a reference points at.
   *
   * @param ref the reference
   * @return the planned meeting, or empty if the dossier has none with that id
   */
  public final Optional<PlannedMeeting> plannedMeeting(Ref<PlannedMeeting> ref) {
    return find(ref, PlannedMeeting.class);
  }

  /**
   * The statement a reference points at: joint or unilateral, or remarks.
   *
   * @param ref a reference to any kind of statement
   * @return the statement, or empty if the dossier has no statement with that id
   */
  public final Optional<Statement> statement(Ref<? extends Statement> ref) {
    return find(ref, Statement.class);
  }

  /**
   * The instrument a reference points at.
   *
   * @param ref the reference
   * @return the instrument, or empty if the dossier has no instrument with that id
   */
  public final Optional<Instrument> instrument(Ref<Instrument> ref) {
    return find(ref, Instrument.class);
  }

  /**
   * The topic a reference points at: one of the dossier's {@link #topics()} or, failing that, one
   * of Entente's vocabulary ({@link Topics}), which every dossier knows without listing it.
   *
   * @param ref the reference
   * @return the topic, or empty if neither the dossier nor the vocabulary has that id
   */
  public final Optional<Topic> topic(Ref<Topic> ref) {
    return find(ref, Topic.class);
  }

  /**
   * The source a reference points at.
   *
   * @param ref the reference
   * @return the source, or empty if the dossier has no source with that id
   */
  public final Optional<Source> source(Ref<Source> ref) {
    return find(ref, Source.class);
  }

  /**
   * The state with this ISO 3166-1 code.
   *
   * <pre>{@code
   * Optional<State> korea = dossier.state(CountryCode.of("KR"));
   * }</pre>
   *
   * @param country the code
   * @return the first state in {@link #actors()} with that code (a valid dossier has at most one),
   *     or empty if none has it
   */
  public final Optional<State> state(CountryCode country) {
    Objects.requireNonNull(country, "country");
    for (Actor actor : actors()) {
      if (actor instanceof State && ((State) actor).country().equals(country)) {
        return Optional.of((State) actor);
      }
    }
    return Optional.empty();
  }

  /**
   * The persons known by this name: whose primary {@linkplain Person#name() name}, one of whose
   * {@linkplain Person#names() written forms} or one of whose {@linkplain Person#aliases()
   * aliases} is the name given, regardless of case and of how it is spaced.
   *
   * <p>Names are compared in Unicode's composed form (NFC), in lower case, with leading and
   * trailing white space removed and each run of white space inside taken as one space: {@code
   * "cho  tae-yul"} finds Cho Tae-yul, and {@code "조태열"} finds him by his name in Hangul. Hyphens
   * and other punctuation count: {@code "Cho Taeyul"} does not find him.
   *
   * <p>A list, not an {@code Optional}: names are not unique, in the world (two ministers of the
   * same name, years apart) or in a dossier (an alias one source misspelled that is another
   * person's name), and the lookup should not pick one of them silently. Choose among them, or
   * refer to the person by id.
   *
   * @param name the name as written
   * @return the persons so named, in the order of {@link #actors()}; empty if none is
   */
  public final List<Person> personsNamed(String name) {
    String wanted = comparableName(Objects.requireNonNull(name, "name"));
    List<Person> found = new ArrayList<>();
    for (Actor actor : actors()) {
      if (actor instanceof Person && isNamed((Person) actor, wanted)) {
        found.add((Person) actor);
      }
    }
    return Collections.unmodifiableList(found);
  }

  private static boolean isNamed(Person person, String wanted) {
    if (comparableName(person.name()).equals(wanted)) {
      return true;
    }
    for (PersonName form : person.names()) {
      if (comparableName(form.text()).equals(wanted)) {
        return true;
      }
    }
    for (Wording alias : person.aliases()) {
      if (comparableName(alias.text()).equals(wanted)) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\p{Z}]+");

  /** The name in NFC, lower case, trimmed, with each run of white space as one space. */
  private static String comparableName(String name) {
    String composed = Normalizer.normalize(name, Normalizer.Form.NFC);
    return WHITE_SPACE.matcher(composed).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
  }

  /**
   * The sessions of a dialogue series, in order: by {@linkplain Dialogue#ordinal() ordinal}, then
   * by {@linkplain Dialogue#date() date}, then by {@linkplain Dialogue#round() round}.
   *
   * <p>Sessions without an ordinal come after the numbered ones, and within each of these
   * orders sessions without the key come after those with it: a numbered session known only by
   * its number sorts among the numbered ones, an unnumbered undated session last. Sessions equal
   * in all three keep the order of {@link #engagements()}.
   *
   * <pre>{@code
   * List<Dialogue> sessions = dossier.sessions(Ref.of("rok-uk-strategic-dialogue"));
   * }</pre>
   *
   * @param series the series
   * @return its sessions among {@link #engagements()}; empty if it has none here
   */
  public final List<Dialogue> sessions(Ref<DialogueSeries> series) {
    Objects.requireNonNull(series, "series");
    List<Dialogue> sessions = new ArrayList<>();
    for (Engagement engagement : engagements()) {
      if (engagement instanceof Dialogue && ((Dialogue) engagement).series().equals(series)) {
        sessions.add((Dialogue) engagement);
      }
    }
    sessions.sort(SESSION_ORDER); // List.sort is stable
    return Collections.unmodifiableList(sessions);
  }

  private static final Comparator<Dialogue> SESSION_ORDER = Comparator
      .comparing((Dialogue d) -> d.ordinal().isPresent() ? d.ordinal().getAsInt() : null,
          Comparator.nullsLast(Comparator.<Integer>naturalOrder()))
      .thenComparing(d -> d.date().orElse(null),
          Comparator.nullsLast(Comparator.<FuzzyDate>naturalOrder()))
      .thenComparing(d -> d.round().orElse(null),
          Comparator.nullsLast(Comparator.<Year>naturalOrder()));

  /**
   * This dossier with one record replaced: the record of the dossier with the same id, in its
   * list and at its place, becomes the one given. The way to correct one record of a dossier
   * without rebuilding its lists.
   *
   * <pre>{@code
   * Dossier corrected = dossier.withRecord(lammy.withName("David Lammy"));
   * }</pre>
   *
   * <p>The record given must be of the same kind as the one it replaces, in the sense of the
   * dossier's lists: an actor for an actor (a state may become a grouping), an engagement for an
   * engagement, and so on. If the dossier has several records with that id (which validation
   * reports), the one that the lookups find, the first in the order of {@link #records()}, is
   * replaced.
   *
   * @param record the new record
   * @return a dossier with that record in place of the old one
   * @throws InvalidValueException if no record of the dossier has that id, if the one that has
   *     it is of another kind (the exception names the id and both kinds), or if the record is
   *     of no kind that a dossier holds
   */
  public final Dossier withRecord(Identified record) {
    if (record == null) {
      throw new InvalidValueException("Dossier", "record", null, "may not be null");
    }
    String list = listOf(record);
    if (list == null) {
      throw new InvalidValueException("Dossier", "record", record.id(),
          "a " + record.getClass().getSimpleName() + " is no kind of record that a dossier holds");
    }
    Identified old = index().get(record.id());
    if (old == null) {
      throw new InvalidValueException("Dossier", list, record.id(),
          "no record of the dossier has this id, so there is nothing to replace");
    }
    String oldList = listOf(old);
    if (!list.equals(oldList)) {
      throw new InvalidValueException("Dossier", oldList, record.id(),
          "the record with this id is a " + old.getClass().getSimpleName() + " (in " + oldList
              + "), and a " + record.getClass().getSimpleName() + " (in " + list
              + ") cannot replace it");
    }
    Dossier dossier = (Dossier) this;
    switch (list) {
      case ACTORS:
        return dossier.withActors(replace(actors(), old, (Actor) record));
      case OFFICES:
        return dossier.withOffices(replace(offices(), old, (Office) record));
      case SERIES:
        return dossier.withSeries(replace(series(), old, (DialogueSeries) record));
      case ENGAGEMENTS:
        return dossier.withEngagements(replace(engagements(), old, (Engagement) record));
      case PLANNED_MEETINGS:
        return dossier.withPlannedMeetings(
            replace(plannedMeetings(), old, (PlannedMeeting) record));
      case STATEMENTS:
        return dossier.withStatements(replace(statements(), old, (Statement) record));
      case INSTRUMENTS:
        return dossier.withInstruments(replace(instruments(), old, (Instrument) record));
      case TOPICS:
        return dossier.withTopics(replace(topics(), old, (Topic) record));
      default:
        return dossier.withSources(replace(sources(), old, (Source) record));
    }
  }

  /** The name of the list a record of this kind goes in, or null for no kind a dossier holds. */
  private static String listOf(Identified record) {
    if (record instanceof Actor) {
      return ACTORS;
    } else if (record instanceof Office) {
      return OFFICES;
    } else if (record instanceof DialogueSeries) {
      return SERIES;
    } else if (record instanceof Engagement) {
      return ENGAGEMENTS;
    } else if (record instanceof PlannedMeeting) {
      return PLANNED_MEETINGS;
    } else if (record instanceof Statement) {
      return STATEMENTS;
    } else if (record instanceof Instrument) {
      return INSTRUMENTS;
    } else if (record instanceof Topic) {
      return TOPICS;
    } else if (record instanceof Source) {
      return SOURCES;
    }
    return null;
  }

  /** The list with the old record, the very one, replaced by the new. */
  private static <T extends Identified> List<T> replace(List<T> records, Identified old,
      T record) {
    List<T> replaced = new ArrayList<>(records);
    for (int i = 0; i < replaced.size(); i++) {
      if (replaced.get(i) == old) {
        replaced.set(i, record);
        return replaced;
      }
    }
    throw new AssertionError("the record with id " + old.id() + " is not in its list");
  }

  // ---- End of lookups and replacing ------------------------------------------------------------


  /**
   * Whether the person held the office at the time, as far as the dossier shows: the recorded
   * tenure of it, or else the engagements that imply it.
   *
   * <p>When the person has recorded tenures of the office, they alone answer: the holding is the
   * first whose term does not certainly exclude the time, and there is none if every one does.
   * When no tenure of the office is recorded, taking part in an engagement as the office
   * ({@link Participant#offices()}) implies that the person held it then: the holding is
   * {@linkplain Holding#isImplied() implied} by every such engagement dated on a day that may be
   * the time, or undated (it may have been then). Being named as a signatory, speaker, issuing
   * official or witness implies nothing.
   *
   * <pre>{@code
   * dossier.holding(Ref.of("cho-tae-yul"), Ref.of("rok-foreign-minister"),
   *         FuzzyDate.parse("2024-10-21"))
   *     .ifPresent(h -> System.out.println(h.isImplied() ? "implied by " + h.impliedBy()
   *         : "recorded: " + h.tenure().orElseThrow().term()));
   * }</pre>
   *
   * @param person the person
   * @param office the office
   * @param time the day or fuzzy time asked about
   * @return the holding; empty if the person is not a person of the dossier, if every recorded
   *     tenure of the office certainly excludes the time, or if no tenure is recorded and no
   *     engagement implies it then
   */
  public final Optional<Holding> holding(Ref<Person> person, Ref<Office> office, FuzzyDate time) {
    Optional<Person> found = find(person, Person.class);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    boolean recorded = false;
    for (Tenure tenure : found.get().tenures()) {
      if (tenure.office().equals(office)) {
        if (!tenure.term().certainlyExcludes(time)) {
          return Optional.of(Holding.recorded(person, tenure));
        }
        recorded = true;
      }
    }
    if (recorded) {
      return Optional.empty();
    }
    List<Ref<Engagement>> impliedBy = new ArrayList<>();
    for (Engagement engagement : participations().getOrDefault(
        List.of(person.id(), office.id()), List.of())) {
      if (engagement.date().isEmpty() || engagement.date().get().mayOverlap(time)) {
        impliedBy.add(Ref.of(engagement.id()));
      }
    }
    return impliedBy.isEmpty()
        ? Optional.empty() : Optional.of(Holding.implied(person, office, impliedBy));
  }

  @Value.Check
  final void check() {
    Checks.id("Dossier", this);
    Checks.notBlank("Dossier", "title", title());
    Checks.notBlank("Dossier", "description", description());
  }
}
