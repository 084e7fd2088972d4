package dev.entente.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.time.FuzzyDate;
import java.lang.reflect.InvocationTargetException;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The builder interfaces: the members every position, engagement, statement, actor and
 * extensible value has are set through them, once, for every kind, and the kinds are found from
 * the sealed hierarchies themselves so that a new kind is covered without being listed.
 */
class SharedBuildersTest {

  private static final Ref<Actor> ROK = Ref.of("rok");
  private static final Ref<Actor> UK = Ref.of("uk");
  private static final Ref<Topic> TOPIC = Ref.of("dprk-russia");
  private static final Evidence EVIDENCE = Evidence.of(Ref.of("s1"));
  private static final PositionObject OBJECT = PositionObject.builder()
      .addTarget(Ref.of("dprk")).conduct("arms transfers to Russia").build();
  private static final Intensity STRONGEST =
      Intensity.of(IntensityLevel.STRONGEST, "in the strongest terms");
  private static final FuzzyDate DAY = FuzzyDate.parse("2024-10-22");
  private static final Reiteration REITERATED = Reiteration.of("reiterated");
  private static final DateClaim INTO_2025 =
      DateClaim.builder().value(FuzzyDate.parse("2024-10-22/2025")).wording("into 2025").build();
  private static final Mutuality MUTUAL = Mutuality.of(MutualityKind.JOINT, "mutual");

  /** The generated classes of the kinds of a sealed interface, from its permitted subclasses. */
  private static List<Class<?>> kinds(Class<?> sealed) {
    return Arrays.stream(sealed.getPermittedSubclasses())
        .map(abstractType -> abstractType.getPermittedSubclasses()[0])
        .collect(Collectors.toList());
  }

  /** A kind's own {@code builder()}. */
  private static Object builderOf(Class<?> kind) {
    try {
      return kind.getMethod("builder").invoke(null);
    } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
      throw new AssertionError(kind.getSimpleName() + " has no public builder()", e);
    }
  }

  // Positions

  static Stream<Class<?>> positionKinds() {
    return kinds(Position.class).stream();
  }

  /** Sets every shared member through the interface: written once, for any kind. */
  private static <T extends Position, B extends PositionBuilder<T, B>> T everyPositionMember(
      B builder) {
    return builder
        .addHolder(ROK)
        .addAllHolders(List.of(UK))
        .addObject(OBJECT)
        .intensity(STRONGEST)
        .addGround("a breach of Security Council resolutions")
        .addTopic(TOPIC)
        .wording("condemned")
        .reiteration(REITERATED)
        .period(INTO_2025)
        .mutuality(MUTUAL)
        .addEvidence(EVIDENCE)
        .putUnknownMember("note", "\"kept\"")
        .build();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Position everyPositionMember(Class<?> kind) {
    return everyPositionMember((PositionBuilder) builderOf(kind));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("positionKinds")
  void everyPositionKindTakesTheSharedMembersThroughItsBuilderInterface(Class<?> kind) {
    Position position = everyPositionMember(kind);

    assertThat(position).isInstanceOf(kind);
    assertThat(position.holders()).containsExactly(ROK, UK);
    assertThat(position.objects()).containsExactly(OBJECT);
    assertThat(position.intensity()).contains(STRONGEST);
    assertThat(position.grounds()).containsExactly("a breach of Security Council resolutions");
    assertThat(position.topics()).containsExactly(TOPIC);
    assertThat(position.wording()).contains("condemned");
    assertThat(position.reiteration()).contains(REITERATED);
    assertThat(position.period()).contains(INTO_2025);
    assertThat(position.mutuality()).contains(MUTUAL);
    assertThat(position.evidence()).containsExactly(EVIDENCE);
    assertThat(position.unknownMembers()).containsExactly(Map.entry("note", "\"kept\""));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  @ParameterizedTest(name = "{0}")
  @MethodSource("positionKinds")
  void aPositionBuildersSettersReplaceAndClear(Class<?> kind) {
    PositionBuilder builder = (PositionBuilder) builderOf(kind);
    builder.addObject(OBJECT).addHolder(ROK).holders(List.of(UK)).intensity(STRONGEST)
        .intensity(Optional.empty()).wording("noted").wording(Optional.empty())
        .reiteration(REITERATED).reiteration(Optional.empty()).period(INTO_2025)
        .period(Optional.empty()).mutuality(MUTUAL).mutuality(Optional.empty())
        .addTopic(TOPIC).topics(List.of()).unknownMembers(Map.of("a", "1"))
        .unknownMembers(Map.of("b", "2"));
    Position position = (Position) builder.build();

    assertThat(position.holders()).containsExactly(UK);
    assertThat(position.intensity()).isEmpty();
    assertThat(position.wording()).isEmpty();
    assertThat(position.reiteration()).isEmpty();
    assertThat(position.period()).isEmpty();
    assertThat(position.mutuality()).isEmpty();
    assertThat(position.topics()).isEmpty();
    assertThat(position.unknownMembers()).containsExactly(Map.entry("b", "2"));
  }

  // Engagements

  private static final ZonedDateTime START =
      ZonedDateTime.parse("2024-10-22T15:00+09:00[Asia/Seoul]");

  /** Each kind's own required members; the test below checks that every kind is here. */
  private static final Map<Class<?>, Supplier<EngagementBuilder<?, ?>>> ENGAGEMENTS = Map.of(
      Dialogue.class, () -> Dialogue.builder().series(Ref.of("strategic-dialogue")),
      Meeting.class, () -> Meeting.builder().kind(MeetingKind.PHONE_CALL));

  private static <T extends Engagement, B extends EngagementBuilder<T, B>> T everyEngagementMember(
      B builder) {
    return builder
        .id("dialogue-9")
        .title("9th Strategic Dialogue")
        .addSide(ROK)
        .addAllSides(List.of(UK))
        .host(ROK)
        .date(DAY)
        .startsAt(START)
        .addDateClaim(DateClaim.builder().value(DAY).wording("on Tuesday").build())
        .venue(Venue.builder().city("Seoul").build())
        .addParticipant(Participant.builder().person(Ref.of("cho")).side(ROK).build())
        .partOf(Ref.of("lammy-visit"))
        .addTopic(TOPIC)
        .addEvidence(EVIDENCE)
        .putAllUnknownMembers(Map.of("note", "true"))
        .build();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Engagement everyEngagementMember(Class<?> kind) {
    return everyEngagementMember((EngagementBuilder) ENGAGEMENTS.get(kind).get());
  }

  static Stream<Class<?>> engagementKinds() {
    return kinds(Engagement.class).stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("engagementKinds")
  void everyEngagementKindTakesTheSharedMembersThroughItsBuilderInterface(Class<?> kind) {
    assertThat(ENGAGEMENTS).containsKey(kind);
    Engagement engagement = everyEngagementMember(kind);

    assertThat(engagement).isInstanceOf(kind);
    assertThat(engagement.id()).isEqualTo("dialogue-9");
    assertThat(engagement.title()).contains("9th Strategic Dialogue");
    assertThat(engagement.sides()).containsExactly(ROK, UK);
    assertThat(engagement.host()).contains(ROK);
    assertThat(engagement.date()).contains(DAY);
    assertThat(engagement.startsAt()).contains(START);
    assertThat(engagement.dateClaims()).extracting(DateClaim::wording)
        .containsExactly(Optional.of("on Tuesday"));
    assertThat(engagement.venue().flatMap(Venue::city)).contains("Seoul");
    assertThat(engagement.participants()).extracting(Participant::person)
        .containsExactly(Ref.of("cho"));
    assertThat(engagement.partOf()).contains(Ref.of("lammy-visit"));
    assertThat(engagement.topics()).containsExactly(TOPIC);
    assertThat(engagement.evidence()).containsExactly(EVIDENCE);
    assertThat(engagement.unknownMembers()).containsExactly(Map.entry("note", "true"));
  }

  // Statements

  /** Each kind's own required members; the test below checks that every kind is here. */
  private static final Map<Class<?>, Supplier<StatementBuilder<?, ?>>> STATEMENTS = Map.of(
      JointStatement.class, () -> JointStatement.builder().addIssuers(ROK, UK),
      UnilateralStatement.class, () -> UnilateralStatement.builder()
          .kind(StatementKind.READOUT).issuer(ROK),
      Remarks.class, () -> Remarks.builder()
          .speaker(Attribution.builder().person(Ref.of("cho")).build()).side(ROK));

  private static <T extends Statement, B extends StatementBuilder<T, B>> T everyStatementMember(
      B builder, Position position) {
    return builder
        .id("outcome")
        .title("Joint Statement")
        .date(DAY)
        .addDateClaim(DateClaim.builder().value(DAY).build())
        .engagement(Ref.of("dialogue-9"))
        .addRelation(StatementRelation.of(RelationKind.REFERS_TO, Ref.of("earlier")))
        .addPosition(position)
        .confirmation(Confirmation.values()[0])
        .addEvidence(EVIDENCE)
        .putUnknownMember("note", "null")
        .build();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Statement everyStatementMember(Class<?> kind, Position position) {
    return everyStatementMember((StatementBuilder) STATEMENTS.get(kind).get(), position);
  }

  static Stream<Class<?>> statementKinds() {
    return kinds(Statement.class).stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("statementKinds")
  void everyStatementKindTakesTheSharedMembersThroughItsBuilderInterface(Class<?> kind) {
    assertThat(STATEMENTS).containsKey(kind);
    Position welcome = Welcome.builder().addObject(OBJECT).build();
    Statement statement = everyStatementMember(kind, welcome);

    assertThat(statement).isInstanceOf(kind);
    assertThat(statement.id()).isEqualTo("outcome");
    assertThat(statement.title()).contains("Joint Statement");
    assertThat(statement.date()).contains(DAY);
    assertThat(statement.dateClaims()).hasSize(1);
    assertThat(statement.engagement()).contains(Ref.of("dialogue-9"));
    assertThat(statement.relations()).extracting(StatementRelation::target)
        .containsExactly(Ref.of("earlier"));
    assertThat(statement.positions()).containsExactly(welcome);
    assertThat(statement.confirmation()).contains(Confirmation.values()[0]);
    assertThat(statement.evidence()).containsExactly(EVIDENCE);
    assertThat(statement.unknownMembers()).containsExactly(Map.entry("note", "null"));
  }

  // Actors

  /** Each kind's own required members; the test below checks that every kind is here. */
  private static final Map<Class<?>, Supplier<ActorBuilder<?, ?>>> ACTORS = Map.of(
      State.class, () -> State.builder().country(CountryCode.of("KOR")),
      Grouping.class, () -> Grouping.builder().kind(GroupingKind.values()[0]),
      GovernmentBody.class, () -> GovernmentBody.builder().government(ROK),
      Person.class, Person::builder);

  private static <T extends Actor, B extends ActorBuilder<T, B>> T everyActorMember(B builder) {
    return builder
        .id("rok")
        .name("Republic of Korea")
        .addExternalId(ExternalId.parse("wikidata:Q884"))
        .putUnknownMember("note", "[]")
        .build();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Actor everyActorMember(Class<?> kind) {
    return everyActorMember((ActorBuilder) ACTORS.get(kind).get());
  }

  static Stream<Class<?>> actorKinds() {
    return kinds(Actor.class).stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("actorKinds")
  void everyActorKindTakesTheSharedMembersThroughItsBuilderInterface(Class<?> kind) {
    assertThat(ACTORS).containsKey(kind);
    Actor actor = everyActorMember(kind);

    assertThat(actor).isInstanceOf(kind);
    assertThat(actor.id()).isEqualTo("rok");
    assertThat(actor.name()).isEqualTo("Republic of Korea");
    assertThat(actor.externalIds()).containsExactly(ExternalId.parse("wikidata:Q884"));
    assertThat(actor.unknownMembers()).containsExactly(Map.entry("note", "[]"));
  }

  // Every value

  /** Every generated value type: the kinds of each {@code Abstract*} type in this package. */
  static Stream<Arguments> everyValueType() throws Exception {
    Set<Class<?>> seen = new java.util.LinkedHashSet<>();
    for (Class<?> sealed : List.of(Position.class, Engagement.class, Statement.class,
        Actor.class, Claim.class)) {
      seen.addAll(kinds(sealed));
    }
    for (Class<?> type : List.of(Evidence.class, Wording.class, Source.class,
        Term.class, Tenure.class, PersonName.class, Office.class, Venue.class, Participant.class,
        DialogueSeries.class, MeetingChange.class, ChangeReason.class, PlannedMeeting.class, Hedging.class,
        Intensity.class, PositionObject.class, StatementRelation.class, Attribution.class,
        Topic.class, Dossier.class, ObjectActor.class, Reiteration.class, Mutuality.class,
        Signatory.class, EntryCondition.class, InstrumentStep.class, Instrument.class)) {
      seen.add(type);
    }
    return seen.stream().map(type -> Arguments.of(type.getSimpleName(), type));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyValueType")
  void everyValueTypesBuilderIsAnExtensibleBuilderOfItsOwnType(String name, Class<?> type)
      throws Exception {
    Object builder = builderOf(type);

    assertThat(builder).isInstanceOf(ExtensibleBuilder.class);
    // The self type: each setter returns the builder itself, typed as the kind's own builder.
    assertThat(builder.getClass().getMethod("putAllUnknownMembers", Map.class).getReturnType())
        .isEqualTo(builder.getClass());
    assertThat(builder.getClass().getMethod("build").getReturnType()).isEqualTo(type);
  }

  @Test
  void everyAbstractValueTypeIsCoveredAbove() throws Exception {
    Set<String> covered = everyValueType().map(a -> (String) a.get()[0])
        .collect(Collectors.toCollection(java.util.TreeSet::new));
    java.nio.file.Path classes = java.nio.file.Path.of(
        Position.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Set<String> abstractTypes;
    try (Stream<java.nio.file.Path> files =
        java.nio.file.Files.list(classes.resolve("dev/entente/model"))) {
      abstractTypes = files.map(f -> f.getFileName().toString())
          .filter(f -> f.startsWith("Abstract") && f.endsWith(".class") && !f.contains("$"))
          .map(f -> f.substring("Abstract".length(), f.length() - ".class".length()))
          .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    assertThat(covered).isEqualTo(abstractTypes);
  }
}
