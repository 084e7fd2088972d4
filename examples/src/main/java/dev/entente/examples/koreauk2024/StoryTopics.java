package dev.entente.examples.koreauk2024;

import static dev.entente.examples.koreauk2024.KoreaUkDialogue2024.*;

import dev.entente.model.CountryCode;
import dev.entente.model.Evidence;
import dev.entente.model.Ref;
import dev.entente.model.Topic;
import dev.entente.model.TopicKind;
import dev.entente.model.Topics;
import dev.entente.model.Venue;
import java.util.List;

/** The topics this dossier defines beside the built-in ones. */
final class StoryTopics {

  private StoryTopics() {}

  static List<Topic> topics() {
    return List.of(
        Topic.builder()
            .id(PILLAR_ONE.id())
            .label("AUKUS Pillar I")
            .kind(TopicKind.INITIATIVE)
            .owner(AUKUS)
            .addParents(Topics.DEFENCE.ref())
            .description("Nuclear-powered submarines for Australia, from the US and the UK.")
            .addEvidence(Evidence.of(ARTICLE))
            .build(),
        Topic.builder()
            .id(PILLAR_TWO.id())
            .label("AUKUS Pillar II")
            .kind(TopicKind.INITIATIVE)
            .owner(AUKUS)
            .addParents(Topics.DEFENCE_TECHNOLOGY.ref())
            .description("Co-development of advanced military technologies across eight areas.")
            .addEvidence(Evidence.of(ARTICLE))
            .build(),
        Topic.builder()
            .id(DOWNING_STREET_ACCORD.id())
            .label("Downing Street Accord")
            .kind(TopicKind.AGREEMENT)
            .description("Established the ROK-UK Global Strategic Partnership during President"
                + " Yoon's state visit to the UK in November 2023.")
            .addEvidence(Evidence.of(MOFA_PRESS_RELEASE))
            .build(),
        Topic.builder()
            .id(KOREA_UK_FTA.id())
            .label("Korea-UK free trade agreement")
            .kind(TopicKind.AGREEMENT)
            .addParents(Topics.FTA.ref())
            .build(),
        Topic.builder()
            .id(WAR_IN_UKRAINE.id())
            .label("Russia's war of aggression against Ukraine")
            .kind(TopicKind.EVENT)
            .venue(Venue.builder().country(CountryCode.of("UA")).build())
            .addParents(Topics.SECURITY.ref())
            .build(),
        region(NORTHEAST_ASIA, "Northeast Asia"),
        region(MIDDLE_EAST, "Middle East"),
        region(UKRAINE_REGION, "Ukraine"),
        region(INDO_PACIFIC, "Indo-Pacific"),
        region(EURO_ATLANTIC, "Euro-Atlantic"),
        region(KOREAN_PENINSULA, "Korean Peninsula"));
  }

  private static Topic region(Ref<Topic> ref, String label) {
    return Topic.builder().id(ref.id()).label(label).kind(TopicKind.REGION).build();
  }
}
