package dev.entente.validation;

import static dev.entente.fixtures.Fixture.dossier;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.fixtures.Fixture;
import dev.entente.model.Actor;
import dev.entente.model.Dossier;
import dev.entente.model.Engagement;
import dev.entente.model.GovernmentBody;
import dev.entente.model.Grouping;
import dev.entente.model.GroupingKind;
import dev.entente.model.Ref;
import dev.entente.model.Topic;
import dev.entente.model.TopicKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * References that must form hierarchies (part of, members, government, parents) are refused when
 * records refer to one another in a cycle, and a body's government must not be a person.
 */
class ReferenceCyclesTest {

  private static final Dossier VALID = dossier();

  private static Dossier withActors(Actor... added) {
    List<Actor> actors = new ArrayList<>(VALID.actors());
    actors.addAll(List.of(added));
    return VALID.withActors(actors);
  }

  private static Grouping grouping(String id) {
    return Grouping.builder().id(id).name(id).kind(GroupingKind.ALLIANCE).build();
  }

  private static GovernmentBody body(String id, String government) {
    return GovernmentBody.builder().id(id).name(id).government(Ref.of(government)).build();
  }

  private static Topic topic(String id, String... parents) {
    Topic.Builder topic = Topic.builder().id(id).label(id).kind(TopicKind.THEME);
    for (String parent : parents) {
      topic.addParent(Ref.of(parent));
    }
    return topic.build();
  }

  private static Violation only(Dossier dossier) {
    List<Violation> violations = DossierValidator.validate(dossier);
    assertThat(violations).hasSize(1);
    return violations.get(0);
  }

  @Test
  void twoGroupingsPartOfEachOtherAreOneCycle() {
    Violation v = only(withActors(grouping("a").withPartOf(Ref.of("b")),
        grouping("b").withPartOf(Ref.of("a"))));
    assertThat(v.code()).isEqualTo(ViolationCode.REFERENCE_CYCLE);
    assertThat(v.pointer()).isEqualTo("/actors/7/partOf");
    assertThat(v.message()).contains("grouping \"b\"", "partOf", "[a, b]");
  }

  @Test
  void twoGroupingsMembersOfEachOtherAreOneCycle() {
    Violation v = only(withActors(grouping("a").withMembers(Ref.of("kor"), Ref.of("b")),
        grouping("b").withMembers(Ref.of("usa"), Ref.of("a"))));
    assertThat(v.code()).isEqualTo(ViolationCode.REFERENCE_CYCLE);
    assertThat(v.pointer()).isEqualTo("/actors/7/members/1");
  }

  @Test
  void bodiesThatAreEachOthersGovernmentOrPartAreCycles() {
    Violation government = only(withActors(body("a", "b"), body("b", "a")));
    assertThat(government.code()).isEqualTo(ViolationCode.REFERENCE_CYCLE);
    assertThat(government.pointer()).isEqualTo("/actors/7/government");

    Violation partOf = only(withActors(body("a", "kor").withPartOf(Ref.of("b")),
        body("b", "kor").withPartOf(Ref.of("a"))));
    assertThat(partOf.code()).isEqualTo(ViolationCode.REFERENCE_CYCLE);
    assertThat(partOf.pointer()).isEqualTo("/actors/7/partOf");
  }

  @Test
  void topicsParentsOfEachOtherAreOneCycleHoweverManyReferencesCloseIt() {
    // a → b → c → a, and c → b too: one cycle of three topics, reported once.
    Dossier dossier = VALID.withTopics(topic("a", "b"), topic("b", "c", "security"),
        topic("c", "security", "b", "a"));
    Violation v = only(dossier);
    assertThat(v.code()).isEqualTo(ViolationCode.REFERENCE_CYCLE);
    assertThat(v.pointer()).isEqualTo("/topics/2/parents/1");
    assertThat(v.message()).contains("topic \"c\"", "[a, b, c]");
  }

  @Test
  void engagementsPartOfEachOtherAreOneCycle() {
    List<Engagement> engagements = new ArrayList<>(VALID.engagements());
    engagements.add(Fixture.call().withId("x").withPartOf(Ref.of("y")));
    engagements.add(Fixture.call().withId("y").withPartOf(Ref.of("x")));
    Violation v = only(VALID.withEngagements(engagements));
    assertThat(v.code()).isEqualTo(ViolationCode.REFERENCE_CYCLE);
    assertThat(v.pointer()).isEqualTo("/engagements/4/partOf");
  }

  @Test
  void aRecordReferringToItselfIsASelfReferenceNotACycle() {
    Violation v = only(withActors(grouping("a").withPartOf(Ref.of("a"))));
    assertThat(v.code()).isEqualTo(ViolationCode.SELF_REFERENCE);
  }

  @Test
  void longChainsAreNoCycleAndALongCycleIsFoundWithoutRecursion() {
    List<Topic> chain = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      chain.add(topic("t" + i, i == 0 ? "security" : "t" + (i - 1)));
    }
    assertThat(DossierValidator.validate(VALID.withTopics(chain))).isEmpty();
    chain.set(0, topic("t0", "t19999"));
    Violation v = only(VALID.withTopics(chain));
    assertThat(v.code()).isEqualTo(ViolationCode.REFERENCE_CYCLE);
    assertThat(v.pointer()).isEqualTo("/topics/19999/parents/0");
  }

  @Test
  void aBodyWhoseGovernmentIsAPersonIsRefused() {
    Violation v = only(withActors(body("ministry", "cho")));
    assertThat(v.code()).isEqualTo(ViolationCode.GOVERNMENT_IS_PERSON);
    assertThat(v.pointer()).isEqualTo("/actors/6/government");
    assertThat(v.message()).contains("\"ministry\"", "\"cho\"");
    assertThat(DossierValidator.validate(withActors(body("ministry", "kor"),
        body("agency", "ministry")))).isEmpty();
  }
}
