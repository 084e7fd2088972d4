package dev.entente.model;

import static dev.entente.fixtures.Fixture.ARTICLE;
import static dev.entente.fixtures.Fixture.ROK;
import static dev.entente.fixtures.Fixture.UK;
import static dev.entente.fixtures.Fixture.assertRejected;
import static dev.entente.fixtures.Fixture.conduct;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.time.FuzzyDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The kinds added in format 1.1, the marks every position may carry (reiteration, period,
 * mutuality), the roles of the actors a position is about, and dated event topics.
 */
class PositionMarkersAndRolesTest {

  private static final Ref<Actor> DPRK = Ref.of("dprk");
  private static final Ref<Actor> RUSSIA = Ref.of("russia");
  private static final Ref<Topic> TERRORISM = Topics.TERRORISM.ref();

  // Accusation and denial

  @Test
  void rejectsAnAccusationWithoutObjects() {
    assertRejected(() -> Accusation.builder().build(), "Accusation.objects", List.of())
        .hasMessageContaining("an accusation names at least one conduct, event or phenomenon");
  }

  @Test
  void rejectsAnAccusationOfAnActorAlone() {
    PositionObject actorOnly = PositionObject.builder()
        .addActors(ObjectActor.of(DPRK, ObjectRole.CONDUCT)).build();
    assertRejected(() -> Accusation.builder().addObjects(actorOnly).build(),
        "Accusation.objects", actorOnly)
        .hasMessageContaining("every object of an accusation names the conduct");
  }

  @Test
  void rejectsADenialOfNothing() {
    assertRejected(() -> Denial.builder().build(), "Denial.objects", List.of())
        .hasMessageContaining("a denial denies at least one thing");
  }

  @Test
  void aDenialMayDenyAConductItself() {
    Denial denial = Denial.builder().addObjects(conduct("any arms transfer to Russia")).build();
    assertThat(denial.kind()).isEqualTo(PositionKind.DENY);
  }

  // Condemnation of a phenomenon or an event alone

  @Test
  void aCondemnationMayCondemnAPhenomenonWithoutConductText() {
    Condemnation condemnation = Condemnation.builder()
        .addObjects(PositionObject.builder().phenomenon(TERRORISM).build())
        .build();
    assertThat(condemnation.objects().get(0).conduct()).isEmpty();
    assertThat(condemnation.objects().get(0).phenomenon()).contains(TERRORISM);
  }

  @Test
  void stillRejectsACondemnationOfAnActorAlone() {
    PositionObject targetOnly = PositionObject.builder().addTargets(DPRK).build();
    assertRejected(() -> Condemnation.builder().addObjects(targetOnly).build(),
        "Condemnation.objects", targetOnly)
        .hasMessageContaining("names the conduct, or the event or phenomenon");
  }

  // Roles of the actors of an object

  @Test
  void targetsReadAsConductExceptInACallWhereTheyAreAddressed() {
    for (PositionKind kind : PositionKind.values()) {
      assertThat(ObjectRole.ofTarget(kind))
          .isEqualTo(kind == PositionKind.CALL_ON ? ObjectRole.ADDRESSEE : ObjectRole.CONDUCT);
    }
  }

  @Test
  void roledActorsListTargetsWithTheirKindsRoleThenStatedRoles() {
    PositionObject object = PositionObject.builder()
        .addTargets(DPRK)
        .addActors(ObjectActor.of(RUSSIA, ObjectRole.MENTIONED))
        .conduct("deployment of its troops to support Russia's war")
        .build();
    assertThat(object.roledActors(PositionKind.CONDEMN)).containsExactly(
        ObjectActor.of(DPRK, ObjectRole.CONDUCT), ObjectActor.of(RUSSIA, ObjectRole.MENTIONED));
    assertThat(object.roledActors(PositionKind.CALL_ON)).first()
        .isEqualTo(ObjectActor.of(DPRK, ObjectRole.ADDRESSEE));
    assertThat(object.actorsAs(PositionKind.CONDEMN, ObjectRole.CONDUCT, ObjectRole.ADDRESSEE))
        .containsExactly(DPRK);
    assertThat(object.actorsAs(PositionKind.CONDEMN, ObjectRole.MENTIONED)).containsExactly(RUSSIA);
  }

  @Test
  void anObjectMayNameOnlyActorsWithRoles() {
    PositionObject object = PositionObject.builder()
        .addActors(ObjectActor.of(UK, ObjectRole.SUBJECT)).build();
    assertThat(object.targets()).isEmpty();
    assertThat(object.actorsAs(PositionKind.SUPPORT, ObjectRole.SUBJECT)).containsExactly(UK);
  }

  @Test
  void rejectsAnActorNamedBothAsTargetAndWithARole() {
    assertRejected(() -> PositionObject.builder().addTargets(DPRK)
            .addActors(ObjectActor.of(DPRK, ObjectRole.SUBJECT)).build(),
        "PositionObject.actors", DPRK)
        .hasMessageContaining("an actor is named once in an object");
  }

  @Test
  void rejectsAnActorNamedTwiceWithRoles() {
    assertRejected(() -> PositionObject.builder()
            .addActors(ObjectActor.of(DPRK, ObjectRole.CONDUCT), ObjectActor.of(DPRK, ObjectRole.MENTIONED))
            .build(),
        "PositionObject.actors", DPRK);
  }

  // Reiteration, period, mutuality

  @Test
  void anyPositionMayBeMarkedAsRestatedHeldForATimeAndMutual() {
    DateClaim intoNextYear = DateClaim.builder()
        .value(FuzzyDate.parse("2024-10-21/2025")).wording("into 2025").addEvidence(ARTICLE).build();
    Concern concern = Concern.builder()
        .addHolders(ROK, UK)
        .addObjects(conduct("military cooperation between Russia and the DPRK"))
        .reiteration(Reiteration.of("reiterated"))
        .period(intoNextYear)
        .mutuality(Mutuality.of(MutualityKind.JOINT, "mutual"))
        .build();
    assertThat(concern.reiteration().flatMap(Reiteration::wording)).contains("reiterated");
    assertThat(concern.period()).contains(intoNextYear);
    assertThat(concern.mutuality().map(Mutuality::kind)).contains(MutualityKind.JOINT);
    assertThat(Welcome.builder().build().reiteration()).isEmpty();
  }

  @Test
  void aReiterationMayBeKnownOnlyFromWhenThePositionWasFirstTaken() {
    Reiteration since2023 = Reiteration.builder().since(FuzzyDate.parse("2023")).build();
    assertThat(since2023.wording()).isEmpty();
    assertThat(since2023.since()).contains(FuzzyDate.parse("2023"));
  }

  @Test
  void rejectsAnEmptyReiteration() {
    assertRejected(() -> Reiteration.builder().build(), "Reiteration.wording", "(none)")
        .hasMessageContaining("records its wording, the previous statement, since when, or evidence");
  }

  @Test
  void rejectsAReiterationWithBlankWording() {
    assertRejected(() -> Reiteration.of(" "), "Reiteration.wording", " ");
  }

  @Test
  void rejectsAMutualityWithBlankWording() {
    assertRejected(() -> Mutuality.of(MutualityKind.RECIPROCAL, ""), "Mutuality.wording", "");
  }

  // Event topics with a date and a place

  @Test
  void anEventTopicHasItsOwnDateAndPlace() {
    Topic attack = Topic.builder().id("the-attack").label("The attack").kind(TopicKind.EVENT)
        .date(FuzzyDate.parse("2024-09"))
        .venue(Venue.builder().country(CountryCode.of("UA")).city("Kyiv").build())
        .build();
    assertThat(attack.date()).contains(FuzzyDate.parse("2024-09"));
    assertThat(attack.venue().flatMap(Venue::city)).contains("Kyiv");
  }

  @Test
  void rejectsADateOnATopicThatIsNoEvent() {
    assertRejected(() -> Topic.builder().id("pillar-2").label("Pillar II")
            .kind(TopicKind.INITIATIVE).date(FuzzyDate.parse("2021")).build(),
        "Topic.date", "2021")
        .hasMessageContaining("this topic's kind is INITIATIVE");
  }

  @Test
  void rejectsAVenueOnATopicThatIsNoEvent() {
    Venue london = Venue.builder().city("London").build();
    assertRejected(() -> Topic.builder().id("terror").label("Terrorism")
            .kind(TopicKind.PHENOMENON).venue(london).build(),
        "Topic.venue", london);
  }
}
