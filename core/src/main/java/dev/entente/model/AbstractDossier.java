package dev.entente.model;

import dev.entente.time.FuzzyDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * Optional<Person> who = dossier.find(Ref.of("cho-tae-yul"), Person.class);
 * }</pre>
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
    // Loops rather than records(), and a map sized once: every validated dossier builds its index.
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
   * The record a reference points at, if the dossier has one of the given kind. Topics of
   * Entente's vocabulary resolve too.
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
    for (Engagement engagement : engagements()) {
      if (engagement.date().isPresent() && !engagement.date().get().mayOverlap(time)) {
        continue;
      }
      for (Participant participant : engagement.participants()) {
        if (participant.person().equals(person) && participant.offices().contains(office)) {
          impliedBy.add(Ref.of(engagement.id()));
          break;
        }
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
