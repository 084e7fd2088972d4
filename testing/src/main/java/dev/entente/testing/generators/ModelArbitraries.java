package dev.entente.testing.generators;

import dev.entente.model.Accusation;
import dev.entente.model.Actor;
import dev.entente.model.Agreement;
import dev.entente.model.Appeal;
import dev.entente.model.Appreciation;
import dev.entente.model.Attribution;
import dev.entente.model.Commitment;
import dev.entente.model.Concern;
import dev.entente.model.Condemnation;
import dev.entente.model.CountryCode;
import dev.entente.model.DateClaim;
import dev.entente.model.Denial;
import dev.entente.model.Dialogue;
import dev.entente.model.DialogueSeries;
import dev.entente.model.Dossier;
import dev.entente.model.Engagement;
import dev.entente.model.EntryCondition;
import dev.entente.model.Evidence;
import dev.entente.model.ExternalId;
import dev.entente.model.GovernmentBody;
import dev.entente.model.Grouping;
import dev.entente.model.Hedging;
import dev.entente.model.Hope;
import dev.entente.model.Identified;
import dev.entente.model.Instrument;
import dev.entente.model.InstrumentStep;
import dev.entente.model.Intensity;
import dev.entente.model.Intention;
import dev.entente.model.Interest;
import dev.entente.model.JointStatement;
import dev.entente.model.Meeting;
import dev.entente.model.MeetingChange;
import dev.entente.model.Monitoring;
import dev.entente.model.Mutuality;
import dev.entente.model.ObjectActor;
import dev.entente.model.Office;
import dev.entente.model.Opposition;
import dev.entente.model.Participant;
import dev.entente.model.Person;
import dev.entente.model.PersonName;
import dev.entente.model.PlannedMeeting;
import dev.entente.model.Position;
import dev.entente.model.PositionObject;
import dev.entente.model.Recognition;
import dev.entente.model.Ref;
import dev.entente.model.Reiteration;
import dev.entente.model.Remarks;
import dev.entente.model.Signatory;
import dev.entente.model.Source;
import dev.entente.model.State;
import dev.entente.model.Statement;
import dev.entente.model.StatementRelation;
import dev.entente.model.Support;
import dev.entente.model.Tenure;
import dev.entente.model.Term;
import dev.entente.model.Topic;
import dev.entente.model.UnilateralStatement;
import dev.entente.model.Venue;
import dev.entente.model.Welcome;
import dev.entente.model.Wording;
import dev.entente.time.FuzzyDate;
import java.net.URI;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitrary;

/**
 * jqwik generators of valid values of every type of Entente's core model, for users' property
 * tests and for Entente's own (the JSON and YAML round trips run on them).
 *
 * <p>jqwik is an optional dependency of {@code entente-testing}: a test that uses these
 * arbitraries has {@code net.jqwik:jqwik} on its path already.
 *
 * <pre>{@code
 * // the provider of a property's @ForAll("dossiers") parameter
 * Arbitrary<Dossier> dossiers() {
 *   return ModelArbitraries.validDossiers(
 *       DossierOptions.defaults().withMaxRecordsPerKind(3).withSources(false));
 * }
 * }</pre>
 *
 * <p>The knobs: {@link #dossiers(int)} and {@link #validDossiers(int)} bound the records of each
 * kind; {@link DossierOptions} also says which parts a valid dossier has (engagements,
 * statements, planned meetings, instruments, sources, topics of its own) and whether now and then a nested
 * list is long (20 to 60 elements). Valid dossiers have, now and then, days at both ends of the
 * calendar ({@link FuzzyDate#MIN_DAY}, {@link FuzzyDate#MAX_DAY} and days near them).
 *
 * <p>Every value these arbitraries produce builds without an exception: each respects the
 * {@code @Value.Check} invariants of its type (two distinct sides, host among the sides, a term
 * that does not end before it starts, a source with a title or URL, ...). Optional members are
 * sometimes present and sometimes absent, lists are sometimes empty and sometimes up to {@link
 * #MAX_LIST_SIZE} long, every enum constant occurs, and text is drawn from many scripts (Latin,
 * Hangul, Cyrillic, Arabic, Devanagari, CJK), with combining marks, astral-plane characters,
 * quotes and backslashes.
 *
 * <p>References in the values of single types point at arbitrary ids, and so do those of {@link
 * #dossiers()}: such a dossier is well-formed record by record but may not pass {@link
 * dev.entente.validation.DossierValidator}. {@link #validDossiers()} builds dossiers that do.
 */
public final class ModelArbitraries {

  /** The longest list of a nested member (names, evidence, positions ...). */
  public static final int MAX_LIST_SIZE = 8;

  private ModelArbitraries() {}

  // =========================================================== scalars and times

  /** Text from many scripts, never blank, without control characters or unpaired surrogates. */
  public static Arbitrary<String> texts() {
    return ScalarArbitraries.texts();
  }

  /** Ids matching {@link Ref#ID_PATTERN}: kebab-case words, odd characters, up to 128 long. */
  public static Arbitrary<String> ids() {
    return ScalarArbitraries.ids();
  }

  /** References to arbitrary ids. */
  public static <T extends Identified> Arbitrary<Ref<T>> refs() {
    return ScalarArbitraries.<T>refs();
  }

  /** BCP 47 language tags that {@code Locale.Builder} accepts. */
  public static Arbitrary<String> languageTags() {
    return ScalarArbitraries.languageTags();
  }

  /** ISO 15924 script codes. */
  public static Arbitrary<String> scripts() {
    return ScalarArbitraries.scripts();
  }

  /** Identifiers in external registers, of every scheme. */
  public static Arbitrary<ExternalId> externalIds() {
    return ScalarArbitraries.externalIds();
  }

  /** ISO 3166-1 codes (current and withdrawn), and now and then the user-assigned XK. */
  public static Arbitrary<CountryCode> countryCodes() {
    return ScalarArbitraries.countryCodes();
  }

  /** URIs of web pages, with paths, queries, fragments and percent-encoded non-ASCII text. */
  public static Arbitrary<URI> uris() {
    return ScalarArbitraries.uris();
  }

  /** Times of day, whole minutes, seconds or with fractions, all exact through ISO text. */
  public static Arbitrary<LocalTime> localTimes() {
    return ScalarArbitraries.localTimes();
  }

  /** Instants with region and fixed-offset zones, between years 1900 and 2100. */
  public static Arbitrary<ZonedDateTime> zonedDateTimes() {
    return ScalarArbitraries.zonedDateTimes();
  }

  // ================================================================= fuzzy dates

  /** Fuzzy dates of every EDTF form Entente supports, years 1 to 9999, recent years favoured. */
  public static Arbitrary<FuzzyDate> fuzzyDates() {
    return FuzzyDateArbitraries.fuzzyDates();
  }

  /** Fuzzy dates of every form whose years lie roughly between the given ones. */
  public static Arbitrary<FuzzyDate> fuzzyDates(int minYear, int maxYear) {
    return FuzzyDateArbitraries.fuzzyDates(minYear, maxYear);
  }

  // ================================================================== provenance

  /** Evidence from an arbitrary source, with or without quote and note. */
  public static Arbitrary<Evidence> evidence() {
    return ProvenanceArbitraries.evidence();
  }

  /** A text as written, with one or more pieces of evidence. */
  public static Arbitrary<Wording> wordings() {
    return ProvenanceArbitraries.wordings();
  }

  /** Claims of a time, with or without wording and reference. */
  public static Arbitrary<DateClaim> dateClaims() {
    return ProvenanceArbitraries.dateClaims();
  }

  /**
   * Sources of every kind, with and without each optional member; always a title, a URL or both,
   * and an exact instant of publication within the published day when both are given.
   */
  public static Arbitrary<Source> sources() {
    return ProvenanceArbitraries.sources();
  }

  // ====================================================================== actors

  /** Names in a script, with or without language and romanization. */
  public static Arbitrary<PersonName> personNames() {
    return ActorArbitraries.personNames();
  }

  /** Terms, open or closed, that never end certainly before they start. */
  public static Arbitrary<Term> terms() {
    return ActorArbitraries.terms();
  }

  /** Tenures of arbitrary offices. */
  public static Arbitrary<Tenure> tenures() {
    return ActorArbitraries.tenures();
  }

  /** Offices of every kind. */
  public static Arbitrary<Office> offices() {
    return ActorArbitraries.offices();
  }

  /** States. */
  public static Arbitrary<State> states() {
    return ActorArbitraries.states();
  }

  /** Groupings of every kind, with distinct members that never include the grouping. */
  public static Arbitrary<Grouping> groupings() {
    return ActorArbitraries.groupings();
  }

  /** Government bodies, part of another body or not. */
  public static Arbitrary<GovernmentBody> governmentBodies() {
    return ActorArbitraries.governmentBodies();
  }

  /** Persons with names in several scripts, aliases and tenures. */
  public static Arbitrary<Person> persons() {
    return ActorArbitraries.persons();
  }

  /** Actors of all four kinds. */
  public static Arbitrary<Actor> actors() {
    return ActorArbitraries.actors();
  }

  // ============================================ engagements and planned meetings

  /** Venues naming at least one of country, city, district or building. */
  public static Arbitrary<Venue> venues() {
    return EngagementArbitraries.venues();
  }

  /** Participants with distinct roles. */
  public static Arbitrary<Participant> participants() {
    return EngagementArbitraries.participants();
  }

  /** Recurring formats, with distinct principal kinds. */
  public static Arbitrary<DialogueSeries> dialogueSeries() {
    return EngagementArbitraries.dialogueSeries();
  }

  /** Dialogues: sessions of a series, with or without an ordinal. */
  public static Arbitrary<Dialogue> dialogues() {
    return EngagementArbitraries.dialogues();
  }

  /** Meetings of every kind. */
  public static Arbitrary<Meeting> meetings() {
    return EngagementArbitraries.meetings();
  }

  /** Engagements of both kinds. */
  public static Arbitrary<Engagement> engagements() {
    return EngagementArbitraries.engagements();
  }

  /** Changes of every status; only HELD names the engagement, only open statuses have windows. */
  public static Arbitrary<MeetingChange> meetingChanges() {
    return EngagementArbitraries.meetingChanges();
  }

  /** Planned meetings: a kind or a series (never both), two sides, a non-empty lifecycle. */
  public static Arbitrary<PlannedMeeting> plannedMeetings() {
    return EngagementArbitraries.plannedMeetings();
  }

  // =================================================================== positions

  /** Hedgings of every level, with or without wording. */
  public static Arbitrary<Hedging> hedgings() {
    return PositionArbitraries.hedgings();
  }

  /** Intensities of every level, with or without wording. */
  public static Arbitrary<Intensity> intensities() {
    return PositionArbitraries.intensities();
  }

  /** Objects naming targets, a phenomenon, a conduct, or any combination of them. */
  public static Arbitrary<PositionObject> positionObjects() {
    return PositionArbitraries.positionObjects();
  }

  /** Condemnations: at least one object, each naming the conduct condemned. */
  public static Arbitrary<Condemnation> condemnations() {
    return PositionArbitraries.condemnations();
  }

  /** Expressions of concern. */
  public static Arbitrary<Concern> concerns() {
    return PositionArbitraries.concerns();
  }

  /** Welcomes. */
  public static Arbitrary<Welcome> welcomes() {
    return PositionArbitraries.welcomes();
  }

  /** Statements of support. */
  public static Arbitrary<Support> supports() {
    return PositionArbitraries.supports();
  }

  /** Recognitions. */
  public static Arbitrary<Recognition> recognitions() {
    return PositionArbitraries.recognitions();
  }

  /** Agreements, naming a planned meeting or not. */
  public static Arbitrary<Agreement> agreements() {
    return PositionArbitraries.agreements();
  }

  /** Commitments. */
  public static Arbitrary<Commitment> commitments() {
    return PositionArbitraries.commitments();
  }

  /** Pledges to monitor. */
  public static Arbitrary<Monitoring> monitorings() {
    return PositionArbitraries.monitorings();
  }

  /** Hopes. */
  public static Arbitrary<Hope> hopes() {
    return PositionArbitraries.hopes();
  }

  /** Oppositions. */
  public static Arbitrary<Opposition> oppositions() {
    return PositionArbitraries.oppositions();
  }

  /** Appeals. */
  public static Arbitrary<Appeal> appeals() {
    return PositionArbitraries.appeals();
  }

  /** Expressions of interest. */
  public static Arbitrary<Interest> interests() {
    return PositionArbitraries.interests();
  }

  /** Expressions of appreciation. */
  public static Arbitrary<Appreciation> appreciations() {
    return PositionArbitraries.appreciations();
  }

  /** Stated intentions. */
  public static Arbitrary<Intention> intentions() {
    return PositionArbitraries.intentions();
  }

  /** Accusations: at least one object, each naming the conduct or phenomenon accused of. */
  public static Arbitrary<Accusation> accusations() {
    return PositionArbitraries.accusations();
  }

  /** Denials: at least one object. */
  public static Arbitrary<Denial> denials() {
    return PositionArbitraries.denials();
  }

  /** Actors of a position's object, with every role. */
  public static Arbitrary<ObjectActor> objectActors() {
    return PositionArbitraries.objectActors();
  }

  /** Reiterations, with at least one member. */
  public static Arbitrary<Reiteration> reiterations() {
    return PositionArbitraries.reiterations();
  }

  /** Mutualities of both kinds. */
  public static Arbitrary<Mutuality> mutualities() {
    return PositionArbitraries.mutualities();
  }

  /** Positions of every {@link dev.entente.model.PositionKind}, one arbitrary per kind. */
  public static Arbitrary<Position> positions() {
    return PositionArbitraries.positions();
  }

  // ================================================================== statements

  /** Statement relations of every kind, with or without evidence. */
  public static Arbitrary<StatementRelation> statementRelations() {
    return StatementArbitraries.statementRelations();
  }

  /** Attributions, with or without an office. */
  public static Arbitrary<Attribution> attributions() {
    return StatementArbitraries.attributions();
  }

  /** Joint statements of two distinct issuers, of a kind that can be joint or of none. */
  public static Arbitrary<JointStatement> jointStatements() {
    return StatementArbitraries.jointStatements();
  }

  /** Unilateral statements of every kind that can be unilateral. */
  public static Arbitrary<UnilateralStatement> unilateralStatements() {
    return StatementArbitraries.unilateralStatements();
  }

  /** Remarks, with or without a quote. */
  public static Arbitrary<Remarks> remarks() {
    return StatementArbitraries.remarks();
  }

  /** Statements of all three kinds. */
  public static Arbitrary<Statement> statements() {
    return StatementArbitraries.statements();
  }

  // ================================================================= instruments

  /** Signatories, with or without an office. */
  public static Arbitrary<Signatory> signatories() {
    return InstrumentArbitraries.signatories();
  }

  /** Conditions of entry into force of every kind; OTHER always has a wording. */
  public static Arbitrary<EntryCondition> entryConditions() {
    return InstrumentArbitraries.entryConditions();
  }

  /**
   * Steps of every status; RATIFIED names a party, SUSPENDED and TERMINATED sometimes do, the
   * rest never. Some list other accounts of their step as alternatives.
   */
  public static Arbitrary<InstrumentStep> instrumentSteps() {
    return InstrumentArbitraries.instrumentSteps();
  }

  /**
   * Instruments of every kind, with two or more distinct parties; their histories need not follow
   * the state machine of {@link dev.entente.model.InstrumentStatus}.
   */
  public static Arbitrary<Instrument> instruments() {
    return InstrumentArbitraries.instruments();
  }

  // ========================================================= topics and dossiers

  /** Topics of every kind, with distinct parents other than themselves. */
  public static Arbitrary<Topic> topics() {
    return DossierArbitraries.topics();
  }

  /** Dossiers of up to 4 records of each kind; see {@link #dossiers(int)}. */
  public static Arbitrary<Dossier> dossiers() {
    return DossierArbitraries.dossiers();
  }

  /**
   * Dossiers of up to {@code maxRecordsPerKind} records of each kind, every record well-formed
   * but references pointing at arbitrary ids: such a dossier need not pass validation.
   */
  public static Arbitrary<Dossier> dossiers(int maxRecordsPerKind) {
    return DossierArbitraries.dossiers(maxRecordsPerKind);
  }

  // ============================================================================ valid dossiers

  /** Valid dossiers with the {@linkplain DossierOptions#defaults() default options}. */
  public static Arbitrary<Dossier> validDossiers() {
    return validDossiers(DossierOptions.defaults());
  }

  /** Valid dossiers of up to {@code maxRecordsPerKind} records of each kind, with every part. */
  public static Arbitrary<Dossier> validDossiers(int maxRecordsPerKind) {
    return validDossiers(DossierOptions.defaults().withMaxRecordsPerKind(maxRecordsPerKind));
  }

  /**
   * Dossiers that {@link dev.entente.validation.DossierValidator#validate} finds no fault with:
   * every reference resolves to a record of the right kind, ids are unique, sides are states or
   * groupings, participants and signatories hold their offices on the dates concerned,
   * statements are not dated before their engagements, lifecycles are in order, ordinals of a
   * series are unique and in order, instruments' signatories and steps are by their parties and
   * their histories follow the state machine in date order, each party ratifying once.
   *
   * <p>They are built from jqwik's combinators and shrink: a property that fails for a dossier
   * is reported with a smaller one that fails too, with fewer records (down to the two states,
   * one office and one person every such dossier has), shorter lists, fewer optional members
   * and plainer dates, and still valid.
   */
  public static Arbitrary<Dossier> validDossiers(DossierOptions options) {
    return VALID_DOSSIERS.computeIfAbsent(options,
        o -> new ValidDossierDrafts(o).dossier().map(ValidDossierAssembly::assemble));
  }

  /**
   * One arbitrary per options: jqwik looks generators up by arbitrary, and the same instance is
   * found at once where an equal one would be compared part by part.
   */
  private static final Map<DossierOptions, Arbitrary<Dossier>> VALID_DOSSIERS =
      new ConcurrentHashMap<>();

  /**
   * What {@link #validDossiers(DossierOptions)} puts in a dossier.
   *
   * @param maxRecordsPerKind the most records of each kind (at least 2 states, 1 office and 1
   *     person are always there)
   * @param engagements whether there are engagements (and so participants, held meetings)
   * @param statements whether there are statements (and so positions)
   * @param plannedMeetings whether there are planned meetings
   * @param sources whether there are sources (and so evidence and wordings)
   * @param topics whether the dossier defines topics of its own (built-in ones are always used)
   * @param longLists whether now and then a nested list (positions, evidence, names, grounds,
   *     participants, lifecycle changes ...) has 20 to 60 elements rather than a few
   * @param instruments whether there are instruments (with signatories, conditions and
   *     histories; signed at an engagement when there are engagements)
   */
  public record DossierOptions(
      int maxRecordsPerKind, boolean engagements, boolean statements, boolean plannedMeetings,
      boolean sources, boolean topics, boolean longLists, boolean instruments) {

    /** Validates the size. */
    public DossierOptions {
      if (maxRecordsPerKind < 1) {
        throw new IllegalArgumentException("maxRecordsPerKind must be 1 or more");
      }
    }

    /** Options with instruments, as before there was a choice. */
    public DossierOptions(
        int maxRecordsPerKind, boolean engagements, boolean statements, boolean plannedMeetings,
        boolean sources, boolean topics, boolean longLists) {
      this(maxRecordsPerKind, engagements, statements, plannedMeetings, sources, topics, longLists,
          true);
    }

    /** Options without long lists and with instruments, as before there was a choice. */
    public DossierOptions(
        int maxRecordsPerKind, boolean engagements, boolean statements, boolean plannedMeetings,
        boolean sources, boolean topics) {
      this(maxRecordsPerKind, engagements, statements, plannedMeetings, sources, topics, false,
          true);
    }

    /** Up to 5 records of each kind, every part included, short lists. */
    public static DossierOptions defaults() {
      return new DossierOptions(5, true, true, true, true, true, false, true);
    }

    /** These options with another size. */
    public DossierOptions withMaxRecordsPerKind(int max) {
      return new DossierOptions(
          max, engagements, statements, plannedMeetings, sources, topics, longLists, instruments);
    }

    /** These options with or without engagements. */
    public DossierOptions withEngagements(boolean on) {
      return new DossierOptions(
          maxRecordsPerKind, on, statements, plannedMeetings, sources, topics, longLists,
          instruments);
    }

    /** These options with or without statements. */
    public DossierOptions withStatements(boolean on) {
      return new DossierOptions(
          maxRecordsPerKind, engagements, on, plannedMeetings, sources, topics, longLists,
          instruments);
    }

    /** These options with or without planned meetings. */
    public DossierOptions withPlannedMeetings(boolean on) {
      return new DossierOptions(
          maxRecordsPerKind, engagements, statements, on, sources, topics, longLists, instruments);
    }

    /** These options with or without sources. */
    public DossierOptions withSources(boolean on) {
      return new DossierOptions(
          maxRecordsPerKind, engagements, statements, plannedMeetings, on, topics, longLists,
          instruments);
    }

    /** These options with or without topics of the dossier's own. */
    public DossierOptions withTopics(boolean on) {
      return new DossierOptions(
          maxRecordsPerKind, engagements, statements, plannedMeetings, sources, on, longLists,
          instruments);
    }

    /** These options with or without a long nested list now and then (20 to 60 elements). */
    public DossierOptions withLongLists(boolean on) {
      return new DossierOptions(
          maxRecordsPerKind, engagements, statements, plannedMeetings, sources, topics, on,
          instruments);
    }

    /** These options with or without instruments. */
    public DossierOptions withInstruments(boolean on) {
      return new DossierOptions(
          maxRecordsPerKind, engagements, statements, plannedMeetings, sources, topics, longLists,
          on);
    }
  }
}
