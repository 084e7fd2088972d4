package dev.entente.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.model.Actor;
import dev.entente.model.CountryCode;
import dev.entente.model.Dossier;
import dev.entente.model.GovernmentBody;
import dev.entente.model.Meeting;
import dev.entente.model.MeetingKind;
import dev.entente.model.Office;
import dev.entente.model.OfficeKind;
import dev.entente.model.Participant;
import dev.entente.model.Person;
import dev.entente.model.Ref;
import dev.entente.model.State;
import dev.entente.model.Topic;
import dev.entente.model.TopicKind;
import dev.entente.model.Topics;
import dev.entente.time.FuzzyDate;
import dev.entente.validation.DossierValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Exports follow chains of records (a body's government, a topic's parents) in loops, not by
 * recursion: valid dossiers with chains thousands long export as short ones do, where they ended
 * in a {@code StackOverflowError}.
 */
class LongChainsTest {

  private static final int BODIES = 3_000;
  private static final int TOPICS = 6_000;

  /**
   * Korea and the United States meet; the Korean participant acts as an office of the last body
   * of a chain of {@link #BODIES} bodies, each the government of the next and the first a body of
   * Korea; the meeting's topic is the last of {@link #TOPICS} topics, each the parent of the next
   * and the first under the built-in topic of security.
   */
  private static Dossier longChains() {
    List<Actor> actors = new ArrayList<>();
    actors.add(State.of("kor", CountryCode.of("KR")));
    actors.add(State.of("usa", CountryCode.of("US")));
    for (int i = 0; i < BODIES; i++) {
      actors.add(GovernmentBody.builder().id("body-" + i).name("Body " + i)
          .government(Ref.of(i == 0 ? "kor" : "body-" + (i - 1))).build());
    }
    actors.add(Person.builder().id("envoy").name("An Envoy").build());
    Office office = Office.builder().id("envoy-office").title("Envoy").kind(OfficeKind.AMBASSADOR)
        .jurisdiction(Ref.of("body-" + (BODIES - 1))).build();
    List<Topic> topics = new ArrayList<>();
    for (int i = 0; i < TOPICS; i++) {
      topics.add(Topic.builder().id("topic-" + i).label("Topic " + i).kind(TopicKind.THEME)
          .addParent(i == 0 ? Topics.SECURITY.ref() : Ref.of("topic-" + (i - 1))).build());
    }
    Meeting meeting = Meeting.builder().id("talks").kind(MeetingKind.MEETING)
        .addSide(Ref.of("kor")).addSide(Ref.of("usa")).date(FuzzyDate.parse("2024-05-01"))
        .addParticipant(Participant.of(Ref.of("envoy"), Ref.of("kor"), Ref.of("envoy-office")))
        .addTopic(Ref.of("topic-" + (TOPICS - 1)))
        .build();
    return Dossier.builder().id("long-chains").title("Long chains").addAllActors(actors)
        .addOffice(office).addEngagement(meeting).addAllTopics(topics).build();
  }

  @Test
  void chainsThousandsLongValidateAndExport() {
    Dossier dossier = longChains();
    assertThat(DossierValidator.validate(dossier)).isEmpty();

    CodedActor envoy =
        CodedActor.of(dossier, Ref.of("envoy"), Optional.of(Ref.of("envoy-office")));
    assertThat(envoy.code()).contains("KOR");
    assertThat(CodedActor.of(dossier, Ref.of("body-" + (BODIES - 1)), Optional.empty()).code())
        .contains("KOR");
    assertThat(PloverContexts.of(dossier, List.of(Ref.of("topic-" + (TOPICS - 1)))))
        .containsExactly("military");

    assertThat(GdeltExport.toString(dossier)).contains("KOR");
    assertThat(PloverExport.toString(dossier)).contains("military");
    assertThat(JsonLdExport.toString(dossier)).contains("body-" + (BODIES - 1));
  }

  @Test
  void contextsFollowParentsDepthFirstInTheirOrderEachOnce() {
    // a under both b and c; b under cyber then trade; c under trade then climate; d under a.
    List<Topic> topics = List.of(
        topic("a", "b", "c"), topic("b", "cyber", "trade"), topic("c", "trade", "climate"),
        topic("d", "a"));
    Dossier dossier = Dossier.builder().id("d").title("t").addAllTopics(topics).build();
    assertThat(PloverContexts.of(dossier, List.of(Ref.of("d"), Ref.of("health"))))
        .containsExactly("cyber", "economic", "environment", "health");
  }

  private static Topic topic(String id, String... parents) {
    Topic.Builder topic = Topic.builder().id(id).label(id).kind(TopicKind.THEME);
    for (String parent : parents) {
      topic.addParent(Ref.of(parent));
    }
    return topic.build();
  }
}
