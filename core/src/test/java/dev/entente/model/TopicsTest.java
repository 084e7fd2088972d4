package dev.entente.model;

import static dev.entente.fixtures.Fixture.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Topics, and Entente's built-in vocabulary of themes. */
class TopicsTest {

  private static Topic.Builder pillarTwo() {
    return Topic.builder()
        .id("aukus-pillar-2")
        .label("AUKUS Pillar II")
        .kind(TopicKind.INITIATIVE)
        .owner(Ref.of("aukus"))
        .addParents(Topics.DEFENCE_TECHNOLOGY.ref());
  }

  private static List<Topic> declaredConstants() throws IllegalAccessException {
    List<Topic> constants = new ArrayList<>();
    for (Field field : Topics.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == Topic.class) {
        constants.add((Topic) field.get(null));
      }
    }
    return constants;
  }

  @Test
  void aTopicRefersToItselfById() {
    Topic topic = pillarTwo().build();
    assertThat(topic.ref()).isEqualTo(Ref.of("aukus-pillar-2"));
    assertThat(topic.ref().pointsAt(topic)).isTrue();
  }

  @Test
  void rejectsATopicWithABadId() {
    assertRejected(() -> pillarTwo().id("Pillar II").build(), "Topic.id", "Pillar II");
  }

  @Test
  void rejectsATopicWithABlankLabel() {
    assertRejected(() -> pillarTwo().label(" ").build(), "Topic.label", " ");
  }

  @Test
  void rejectsATopicWithABlankDescription() {
    assertRejected(() -> pillarTwo().description("").build(), "Topic.description", "");
  }

  @Test
  void rejectsATopicWithAParentTwice() {
    assertRejected(
        () -> pillarTwo().addParents(Topics.DEFENCE_TECHNOLOGY.ref()).build(),
        "Topic.parents",
        Topics.DEFENCE_TECHNOLOGY.ref());
  }

  @Test
  void everyConstantOfTheVocabularyHasItsOwnId() throws IllegalAccessException {
    List<Topic> constants = declaredConstants();
    assertThat(constants).extracting(Topic::id).doesNotHaveDuplicates();
    assertThat(Topics.all()).containsExactlyInAnyOrderElementsOf(constants);
  }

  @Test
  void everyParentInTheVocabularyResolvesWithinIt() {
    for (Topic topic : Topics.all()) {
      assertThat(topic.parents())
          .as("parents of %s", topic.id())
          .allSatisfy(parent -> assertThat(Topics.isBuiltIn(parent.id())).isTrue());
    }
  }

  @Test
  void theVocabularyIsMadeOfThemes() {
    assertThat(Topics.all()).extracting(Topic::kind).containsOnly(TopicKind.THEME);
  }

  @Test
  void findsABuiltInTopicById() {
    assertThat(Topics.find("cyber")).containsSame(Topics.CYBER);
    assertThat(Topics.CYBER.parents()).containsExactly(Topics.SECURITY.ref());
    assertThat(Topics.isBuiltIn("non-proliferation")).isTrue();
  }

  @Test
  void findsNothingForAnIdOutsideTheVocabulary() {
    assertThat(Topics.find("aukus-pillar-2")).isEmpty();
    assertThat(Topics.isBuiltIn("aukus-pillar-2")).isFalse();
  }

  @Test
  void theVocabularyCannotBeChangedFromOutside() {
    List<Topic> all = Topics.all();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> all.add(pillarTwo().build()))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
