package dev.entente.testing.generators;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.model.Actor;
import dev.entente.model.Agreement;
import dev.entente.model.Appeal;
import dev.entente.model.Attribution;
import dev.entente.model.Commitment;
import dev.entente.model.Concern;
import dev.entente.model.Condemnation;
import dev.entente.model.CountryCode;
import dev.entente.model.DateClaim;
import dev.entente.model.Dialogue;
import dev.entente.model.DialogueSeries;
import dev.entente.model.Dossier;
import dev.entente.model.Engagement;
import dev.entente.model.Evidence;
import dev.entente.model.ExternalId;
import dev.entente.model.GovernmentBody;
import dev.entente.model.Grouping;
import dev.entente.model.Hedging;
import dev.entente.model.Hope;
import dev.entente.model.Intensity;
import dev.entente.model.Instrument;
import dev.entente.model.InstrumentStatus;
import dev.entente.model.InstrumentStep;
import dev.entente.model.JointStatement;
import dev.entente.model.Meeting;
import dev.entente.model.MeetingChange;
import dev.entente.model.Monitoring;
import dev.entente.model.Office;
import dev.entente.model.Opposition;
import dev.entente.model.Participant;
import dev.entente.model.Person;
import dev.entente.model.PersonName;
import dev.entente.model.PlannedMeeting;
import dev.entente.model.Position;
import dev.entente.model.PositionKind;
import dev.entente.model.PositionObject;
import dev.entente.model.Recognition;
import dev.entente.model.Ref;
import dev.entente.model.Remarks;
import dev.entente.model.Signatory;
import dev.entente.model.Source;
import dev.entente.model.State;
import dev.entente.model.Statement;
import dev.entente.model.StatementKind;
import dev.entente.model.StatementRelation;
import dev.entente.model.Support;
import dev.entente.model.Tenure;
import dev.entente.model.Term;
import dev.entente.model.Topic;
import dev.entente.model.UnilateralStatement;
import dev.entente.model.Venue;
import dev.entente.model.Welcome;
import dev.entente.model.Wording;
import dev.entente.testing.generators.ModelArbitraries.DossierOptions;
import dev.entente.time.FuzzyDate;
import dev.entente.time.Precision;
import dev.entente.validation.DossierValidator;
import dev.entente.validation.Violation;
import java.lang.reflect.Method;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

class ModelArbitrariesTest {

  /** Every type, by name, with its arbitrary. */
  private static final Map<String, Arbitrary<?>> TYPES = Map.ofEntries(
      Map.entry("Ref", ModelArbitraries.refs()),
      Map.entry("ExternalId", ModelArbitraries.externalIds()),
      Map.entry("CountryCode", ModelArbitraries.countryCodes()),
      Map.entry("FuzzyDate", ModelArbitraries.fuzzyDates()),
      Map.entry("Evidence", ModelArbitraries.evidence()),
      Map.entry("Wording", ModelArbitraries.wordings()),
      Map.entry("DateClaim", ModelArbitraries.dateClaims()),
      Map.entry("Source", ModelArbitraries.sources()),
      Map.entry("PersonName", ModelArbitraries.personNames()),
      Map.entry("Term", ModelArbitraries.terms()),
      Map.entry("Tenure", ModelArbitraries.tenures()),
      Map.entry("Office", ModelArbitraries.offices()),
      Map.entry("State", ModelArbitraries.states()),
      Map.entry("Grouping", ModelArbitraries.groupings()),
      Map.entry("GovernmentBody", ModelArbitraries.governmentBodies()),
      Map.entry("Person", ModelArbitraries.persons()),
      Map.entry("Actor", ModelArbitraries.actors()),
      Map.entry("Venue", ModelArbitraries.venues()),
      Map.entry("Participant", ModelArbitraries.participants()),
      Map.entry("DialogueSeries", ModelArbitraries.dialogueSeries()),
      Map.entry("Dialogue", ModelArbitraries.dialogues()),
      Map.entry("Meeting", ModelArbitraries.meetings()),
      Map.entry("Engagement", ModelArbitraries.engagements()),
      Map.entry("MeetingChange", ModelArbitraries.meetingChanges()),
      Map.entry("PlannedMeeting", ModelArbitraries.plannedMeetings()),
      Map.entry("StatementRelation", ModelArbitraries.statementRelations()),
      Map.entry("Attribution", ModelArbitraries.attributions()),
      Map.entry("Hedging", ModelArbitraries.hedgings()),
      Map.entry("Intensity", ModelArbitraries.intensities()),
      Map.entry("PositionObject", ModelArbitraries.positionObjects()),
      Map.entry("Condemnation", ModelArbitraries.condemnations()),
      Map.entry("Concern", ModelArbitraries.concerns()),
      Map.entry("Welcome", ModelArbitraries.welcomes()),
      Map.entry("Support", ModelArbitraries.supports()),
      Map.entry("Recognition", ModelArbitraries.recognitions()),
      Map.entry("Agreement", ModelArbitraries.agreements()),
      Map.entry("Commitment", ModelArbitraries.commitments()),
      Map.entry("Monitoring", ModelArbitraries.monitorings()),
      Map.entry("Hope", ModelArbitraries.hopes()),
      Map.entry("Opposition", ModelArbitraries.oppositions()),
      Map.entry("Appeal", ModelArbitraries.appeals()),
      Map.entry("Interest", ModelArbitraries.interests()),
      Map.entry("Appreciation", ModelArbitraries.appreciations()),
      Map.entry("Intention", ModelArbitraries.intentions()),
      Map.entry("Accusation", ModelArbitraries.accusations()),
      Map.entry("Denial", ModelArbitraries.denials()),
      Map.entry("ObjectActor", ModelArbitraries.objectActors()),
      Map.entry("Reiteration", ModelArbitraries.reiterations()),
      Map.entry("Mutuality", ModelArbitraries.mutualities()),
      Map.entry("Position", ModelArbitraries.positions()),
      Map.entry("JointStatement", ModelArbitraries.jointStatements()),
      Map.entry("UnilateralStatement", ModelArbitraries.unilateralStatements()),
      Map.entry("Remarks", ModelArbitraries.remarks()),
      Map.entry("Statement", ModelArbitraries.statements()),
      Map.entry("Signatory", ModelArbitraries.signatories()),
      Map.entry("EntryCondition", ModelArbitraries.entryConditions()),
      Map.entry("InstrumentStep", ModelArbitraries.instrumentSteps()),
      Map.entry("Instrument", ModelArbitraries.instruments()),
      Map.entry("Topic", ModelArbitraries.topics()));

  @Provide
  Arbitrary<Tuple.Tuple2<String, Object>> anyValue() {
    // oneOf rather than a flatMap over the names, so that edge cases come from every type
    return Arbitraries.oneOf(TYPES.entrySet().stream()
        .map(e -> e.getValue().map(value -> Tuple.of(e.getKey(), (Object) value)))
        .collect(Collectors.toList()));
  }

  // Without edge cases: they would all come from the first few types and crowd out the rest.
  @Property(tries = 2000, edgeCases = EdgeCasesMode.NONE)
  void everyValueOfEveryTypeEqualsItsRebuiltCopy(@ForAll("anyValue") Tuple.Tuple2<String, Object> t) {
    Statistics.collect(t.get1());
    Object value = t.get2();
    Object copy = rebuild(value);
    assertThat(copy).isEqualTo(value).hasSameHashCodeAs(value);
    assertThat(copy.toString()).isEqualTo(value.toString());
    Statistics.coverage(c -> {
      for (String name : TYPES.keySet()) {
        c.check(name).count(n -> n > 0);
      }
    });
  }

  /** A copy of the value built anew from its parts. */
  private static Object rebuild(Object v) {
    if (v instanceof Ref) {
      return Ref.of(((Ref<?>) v).id());
    } else if (v instanceof ExternalId) {
      return ExternalId.parse(v.toString());
    } else if (v instanceof CountryCode) {
      CountryCode c = (CountryCode) v;
      return c.isUserAssigned()
          ? CountryCode.ofUserAssigned(c.alpha2(), c.alpha3(), c.name())
          : CountryCode.of(c.toString());
    } else if (v instanceof FuzzyDate) {
      return FuzzyDate.parse(v.toString());
    } else if (v.getClass().getPackageName().equals("dev.entente.model")) {
      return rebuildWithItsBuilder(v);
    }
    throw new AssertionError("no rebuild for " + v.getClass());
  }

  /**
   * A generated value built anew with its builder: every attribute that has a setter of the same
   * name taking the accessor's type (the Iterable, Optional or Map overload, not the element one)
   * is set from the value.
   */
  private static Object rebuildWithItsBuilder(Object v) {
    try {
      Object builder = v.getClass().getMethod("builder").invoke(null);
      for (Method setter : builder.getClass().getMethods()) {
        if (setter.getParameterCount() != 1 || setter.getDeclaringClass() != builder.getClass()) {
          continue;
        }
        Method accessor;
        try {
          accessor = v.getClass().getMethod(setter.getName());
        } catch (NoSuchMethodException noAttribute) {
          continue;
        }
        Class<?> type = setter.getParameterTypes()[0];
        if (!type.isArray() && type.isAssignableFrom(accessor.getReturnType())) {
          setter.invoke(builder, accessor.invoke(v));
        }
      }
      return builder.getClass().getMethod("build").invoke(builder);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot rebuild " + v.getClass(), e);
    }
  }

  // ------------------------------------------------------------------ text, ids, times

  @Property(tries = 2000)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.STANDARD)
  void textsAreNeverBlankAndWellFormed(@ForAll("texts") String text) {
    assertThat(text).isNotBlank();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      assertThat(Character.isISOControl(c)).as("control char in %s", text).isFalse();
      if (Character.isHighSurrogate(c)) {
        assertThat(i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)))
            .as("unpaired surrogate in %s", text).isTrue();
        i++;
      } else {
        assertThat(Character.isLowSurrogate(c)).as("unpaired surrogate in %s", text).isFalse();
      }
    }
    Statistics.label("script").collect(text.codePoints()
        .mapToObj(cp -> cp > 0xFFFF ? "ASTRAL" : Character.UnicodeScript.of(cp).toString())
        .filter(s -> !s.equals("COMMON"))
        .findFirst().orElse("COMMON"));
    Statistics.label("combining").collect(text.codePoints()
        .anyMatch(cp -> Character.getType(cp) == Character.NON_SPACING_MARK));
    Statistics.label("script").coverage(c -> {
      for (String script : List.of("LATIN", "HANGUL", "CYRILLIC", "ARABIC", "DEVANAGARI", "HAN",
          "ASTRAL")) {
        c.check(script).count(n -> n > 0);
      }
    });
    Statistics.label("combining").coverage(c -> c.check(true).count(n -> n > 0));
  }

  @Provide
  Arbitrary<String> texts() {
    return ModelArbitraries.texts();
  }

  @Property(tries = 1000)
  void idsMatchThePattern(@ForAll("ids") String id) {
    assertThat(id).matches(Ref.ID_PATTERN);
  }

  @Provide
  Arbitrary<String> ids() {
    return ModelArbitraries.ids();
  }

  @Property(tries = 500)
  void zonedDateTimesAndLocalTimesAreExactThroughIsoText(
      @ForAll("zonedDateTimes") ZonedDateTime z, @ForAll("localTimes") LocalTime t) {
    assertThat(ZonedDateTime.parse(z.toString())).isEqualTo(z);
    assertThat(LocalTime.parse(t.toString())).isEqualTo(t);
    Statistics.label("zone").collect(z.getZone().getClass().getSimpleName());
    Statistics.label("nanos").collect(t.getNano() != 0);
  }

  @Provide
  Arbitrary<ZonedDateTime> zonedDateTimes() {
    return ModelArbitraries.zonedDateTimes();
  }

  @Provide
  Arbitrary<LocalTime> localTimes() {
    return ModelArbitraries.localTimes();
  }

  @Property(tries = 2000)
  void fuzzyDatesCoverEveryForm(@ForAll("fuzzyDates") FuzzyDate date) {
    assertThat(FuzzyDate.parse(date.toString())).isEqualTo(date);
    String text = date.toString();
    Statistics.label("precision").collect(date.precision());
    Statistics.label("qualifier").collect(text.contains("?") ? "?" : text.contains("~") ? "~"
        : text.contains("%") ? "%" : "none");
    Statistics.label("form").collect(form(text));
    Statistics.label("precision").coverage(c -> {
      for (Precision p : Precision.values()) {
        c.check(p).count(n -> n > 0);
      }
    });
    Statistics.label("form").coverage(c -> {
      for (String f : List.of("season", "quarter", "quadrimester", "semester", "X", "open",
          "unknown", "closed")) {
        c.check(f).count(n -> n > 0);
      }
    });
  }

  private static String form(String text) {
    if (text.contains("..")) {
      return "open";
    } else if (text.startsWith("/") || text.endsWith("/")) {
      return "unknown";
    } else if (text.contains("/")) {
      return "closed";
    } else if (text.contains("X")) {
      return "X";
    }
    String plain = text.replaceAll("[?~%]", "");
    if (plain.length() == 7) {
      int code = Integer.parseInt(plain.substring(5));
      return code >= 41 ? "semester" : code >= 40 ? "semester" : code >= 37 ? "quadrimester"
          : code >= 33 ? "quarter" : code >= 21 ? "season" : "month";
    }
    return plain.length() == 4 ? "year" : "day";
  }

  @Provide
  Arbitrary<FuzzyDate> fuzzyDates() {
    return ModelArbitraries.fuzzyDates();
  }

  // ------------------------------------------------------------------ kinds and optionals

  @Property(tries = 500)
  void everyKindOfActorEngagementStatementAndPositionOccurs(
      @ForAll("actors") Actor actor, @ForAll("engagements") Engagement engagement,
      @ForAll("statements") Statement statement, @ForAll("positions") Position position) {
    Statistics.label("actor").collect(actor.getClass().getSimpleName());
    Statistics.label("engagement").collect(engagement.getClass().getSimpleName());
    Statistics.label("statement").collect(statement.getClass().getSimpleName());
    Statistics.label("position").collect(position.kind());
    checkEveryKindOccurred();
  }

  @Property(tries = 1000)
  void statementKindsAreThoseTheirFormAllows(@ForAll("statements") Statement statement) {
    if (statement instanceof JointStatement) {
      ((JointStatement) statement).kind().ifPresent(kind -> {
        assertThat(kind.canBeJoint()).as("joint kind %s", kind).isTrue();
        Statistics.label("joint kind").collect(kind);
      });
    } else if (statement instanceof UnilateralStatement) {
      StatementKind kind = ((UnilateralStatement) statement).kind();
      assertThat(kind.canBeUnilateral()).as("unilateral kind %s", kind).isTrue();
      Statistics.label("unilateral kind").collect(kind);
    }
    Statistics.label("topics").collect(!statement.topics().isEmpty());
    Statistics.label("joint kind").coverage(c -> {
      for (StatementKind kind : StatementKind.values()) {
        c.check(kind).count(n -> kind.canBeJoint() ? n > 0 : n == 0);
      }
    });
    Statistics.label("unilateral kind").coverage(c -> {
      for (StatementKind kind : StatementKind.values()) {
        c.check(kind).count(n -> kind.canBeUnilateral() ? n > 0 : n == 0);
      }
    });
    Statistics.label("topics").coverage(c -> c.check(true).count(n -> n > 0));
  }

  @Property(tries = 500)
  void instrumentStepsNameAPartyOnlyWhenTakenByOne(@ForAll("instrumentSteps") InstrumentStep step) {
    for (InstrumentStep account : step.accounts()) {
      if (account.status() == InstrumentStatus.RATIFIED) {
        assertThat(account.party()).isPresent();
      }
      if (!account.status().isByParty()) {
        assertThat(account.party()).isEmpty();
      }
      Statistics.label("status").collect(account.status());
    }
    Statistics.label("alternatives").collect(!step.alternatives().isEmpty());
    Statistics.label("status").coverage(c -> {
      for (InstrumentStatus status : InstrumentStatus.values()) {
        c.check(status).count(n -> n > 0);
      }
    });
    Statistics.label("alternatives").coverage(c -> c.check(true).count(n -> n > 0));
  }

  @Provide
  Arbitrary<InstrumentStep> instrumentSteps() {
    return ModelArbitraries.instrumentSteps();
  }

  @Provide
  Arbitrary<Actor> actors() {
    return ModelArbitraries.actors();
  }

  @Provide
  Arbitrary<Engagement> engagements() {
    return ModelArbitraries.engagements();
  }

  @Provide
  Arbitrary<Statement> statements() {
    return ModelArbitraries.statements();
  }

  @Provide
  Arbitrary<Position> positions() {
    return ModelArbitraries.positions();
  }

  @Property(tries = 1000)
  void everyOptionalMemberOfASourceIsSometimesPresentAndSometimesAbsent(
      @ForAll("sources") Source s) {
    Statistics.label("kind").collect(s.kind());
    Statistics.label("title").collect(s.title().isPresent());
    Statistics.label("url").collect(s.url().isPresent());
    Statistics.label("publisher").collect(s.publisher().isPresent());
    Statistics.label("authors").collect(!s.authors().isEmpty());
    Statistics.label("section").collect(s.section().isPresent());
    Statistics.label("published").collect(s.published().isPresent());
    Statistics.label("publishedAt").collect(s.publishedAt().isPresent());
    Statistics.label("both published").collect(
        s.published().isPresent() && s.publishedAt().isPresent());
    Statistics.label("localTime").collect(s.localTime().isPresent());
    Statistics.label("language").collect(s.language().isPresent());
    Statistics.label("note").collect(s.note().isPresent());
    for (String label : List.of("title", "url", "publisher", "authors", "section", "published",
        "publishedAt", "both published", "localTime", "language", "note")) {
      Statistics.label(label).coverage(c -> {
        c.check(true).count(n -> n > 0);
        c.check(false).count(n -> n > 0);
      });
    }
  }

  @Provide
  Arbitrary<Source> sources() {
    return ModelArbitraries.sources();
  }

  @Property(tries = 500)
  void plannedMeetingsHaveKindsSeriesAndEveryStatus(@ForAll("plannedMeetings") PlannedMeeting p) {
    Statistics.label("kind or series").collect(
        p.kind().isPresent() ? "kind" : p.series().isPresent() ? "series" : "neither");
    Statistics.label("status").collect(p.status());
    Statistics.label("host").collect(p.host().isPresent());
    Statistics.label("heldAs").collect(p.lifecycle().stream().anyMatch(c -> c.heldAs().isPresent()));
    Statistics.label("kind or series").coverage(c -> {
      c.check("kind").count(n -> n > 0);
      c.check("series").count(n -> n > 0);
      c.check("neither").count(n -> n > 0);
    });
    Statistics.label("heldAs").coverage(c -> c.check(true).count(n -> n > 0));
  }

  @Provide
  Arbitrary<PlannedMeeting> plannedMeetings() {
    return ModelArbitraries.plannedMeetings();
  }

  // ------------------------------------------------------------------ dossiers

  @Property(tries = 100)
  void dossiersEqualTheirRebuiltCopies(@ForAll("dossiers") Dossier d) {
    assertThat(rebuild(d)).isEqualTo(d).hasSameHashCodeAs(d);
    Statistics.label("records").collect(d.records().count() > 10 ? "more than 10" : "10 or fewer");
  }

  @Provide
  Arbitrary<Dossier> dossiers() {
    return ModelArbitraries.dossiers();
  }

  @Property(tries = 1000)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.STANDARD)
  void validDossiersHaveNoViolation(@ForAll("validDossiers") Dossier d) {
    List<Violation> violations = DossierValidator.validate(d);
    assertThat(violations)
        .as(() -> "violations:\n" + violations.stream().map(Violation::toString)
            .collect(Collectors.joining("\n")) + "\nin " + d)
        .isEmpty();
    assertThat(rebuild(d)).isEqualTo(d);
    collectKinds(d);
  }

  private static void collectKinds(Dossier d) {
    d.actors().forEach(a -> Statistics.label("actor").collect(a.getClass().getSimpleName()));
    d.engagements().forEach(e ->
        Statistics.label("engagement").collect(e.getClass().getSimpleName()));
    d.statements().forEach(s -> Statistics.label("statement").collect(s.getClass().getSimpleName()));
    d.statements().stream().flatMap(s -> s.positions().stream())
        .forEach(p -> Statistics.label("position").collect(p.kind()));
    d.plannedMeetings().forEach(p -> Statistics.label("plan status").collect(p.status()));
    d.instruments().forEach(i -> Statistics.label("instrument status").collect(
        i.status().isDisputed() ? "disputed" : i.status().value().map(String::valueOf)
            .orElse("unknown")));
    Statistics.label("size").collect(String.format(Locale.ROOT, "%02d records",
        Math.min(d.records().count() / 10 * 10, 60)));
    checkEveryKindOccurred();
  }
  /**
   * Every kind of actor, engagement, statement and position was collected at least once: the
   * kinds the model's sealed interfaces permit.
   */
  private static void checkEveryKindOccurred() {
    for (Map.Entry<String, Class<?>> union : Map.<String, Class<?>>of("actor", Actor.class,
        "engagement", Engagement.class, "statement", Statement.class).entrySet()) {
      Statistics.label(union.getKey()).coverage(c -> {
        for (String kind : ValidDossierShrinkingTest.kindsOf(union.getValue())) {
          c.check(kind).count(n -> n > 0);
        }
      });
    }
    Statistics.label("position").coverage(c -> {
      for (PositionKind kind : PositionKind.values()) {
        c.check(kind).count(n -> n > 0);
      }
    });
  }

  @Provide
  Arbitrary<Dossier> validDossiers() {
    return ModelArbitraries.validDossiers();
  }

  @Property(tries = 300)
  void validDossiersHaveInstrumentsOfEveryShape(@ForAll("validDossiers") Dossier d) {
    for (Instrument instrument : d.instruments()) {
      assertThat(instrument.parties()).hasSizeGreaterThanOrEqualTo(2);
      for (Signatory signatory : instrument.signatories()) {
        assertThat(instrument.parties()).contains(signatory.party());
      }
      assertThat(instrument.ratifiedBy()).hasSize((int) instrument.history().stream()
          .filter(step -> step.status() == InstrumentStatus.RATIFIED).count());
      Statistics.label("signed at an engagement").collect(instrument.signing().isPresent()
          && instrument.history().stream().anyMatch(s -> s.status() == InstrumentStatus.SIGNED));
      Statistics.label("ratified by two").collect(instrument.ratifiedBy().size() >= 2);
      Statistics.label("disputed step").collect(
          instrument.history().stream().anyMatch(s -> !s.alternatives().isEmpty()));
      Statistics.label("signatory in office").collect(
          instrument.signatories().stream().anyMatch(s -> s.office().isPresent()));
    }
    for (String label : List.of("signed at an engagement", "ratified by two", "disputed step",
        "signatory in office")) {
      Statistics.label(label).coverage(c -> c.check(true).count(n -> n > 0));
    }
  }

  @Property(tries = 200)
  void validDossiersWithPartsLeftOutStillHaveNoViolation(@ForAll("partialDossiers") Dossier d) {
    List<Violation> violations = DossierValidator.validate(d);
    assertThat(violations)
        .as(() -> "violations:\n" + violations.stream().map(Violation::toString)
            .collect(Collectors.joining("\n")) + "\nin " + d)
        .isEmpty();
  }

  @Provide
  Arbitrary<Dossier> partialDossiers() {
    return Arbitraries.oneOf(
        ModelArbitraries.validDossiers(DossierOptions.defaults().withSources(false)),
        ModelArbitraries.validDossiers(DossierOptions.defaults().withEngagements(false)),
        ModelArbitraries.validDossiers(DossierOptions.defaults().withStatements(false)
            .withPlannedMeetings(false).withTopics(false)),
        ModelArbitraries.validDossiers(1),
        ModelArbitraries.validDossiers(12));
  }

  @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
  void validDossiersWithLongListsHaveNoViolationAndSometimesAListOfTwentyOrMore(
      @ForAll("longListDossiers") Dossier d) {
    List<Violation> violations = DossierValidator.validate(d);
    assertThat(violations)
        .as(() -> "violations:\n" + violations.stream().map(Violation::toString)
            .collect(Collectors.joining("\n")) + "\nin " + d)
        .isEmpty();
    int longest = d.statements().stream()
        .flatMap(st -> Stream.concat(
            Stream.of(st.positions().size(), st.evidence().size(),
                st.dateClaims().size()),
            st.positions().stream().flatMap(p -> Stream.of(
                p.objects().size(), p.grounds().size(), p.evidence().size()))))
        .mapToInt(Integer::intValue).max().orElse(0);
    Statistics.label("a statement's list of 20 or more").collect(longest >= 20);
    Statistics.label("a statement's list of 20 or more")
        .coverage(c -> c.check(true).count(n -> n > 0));
  }

  @Provide
  Arbitrary<Dossier> longListDossiers() {
    return ModelArbitraries.validDossiers(DossierOptions.defaults().withLongLists(true));
  }

  @Example
  void optionsWithoutTheLongListsKnobHaveNoLongLists() {
    assertThat(new DossierOptions(3, true, true, true, true, true))
        .isEqualTo(DossierOptions.defaults().withMaxRecordsPerKind(3))
        .extracting(DossierOptions::longLists).isEqualTo(false);
    assertThat(DossierOptions.defaults().withLongLists(true).withTopics(false).longLists())
        .isTrue();
  }
}
