package dev.entente.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Entente's vocabulary of common diplomatic themes. A reference to any of these ids resolves in
 * every dossier without being declared; a dossier extends the vocabulary with topics of its own
 * (regions, initiatives, agreements, events) and may not redefine these ids.
 *
 * <pre>{@code
 * position.withTopics(Topics.NON_PROLIFERATION.ref(), Topics.SECURITY.ref())
 * Topics.find("cyber")   // Optional[Topic{id=cyber, label=Cyber, ...}]
 * }</pre>
 */
public final class Topics {

  private static final Map<String, Topic> VOCABULARY = new LinkedHashMap<>();

  /** Security in general, including peace and stability. */
  public static final Topic SECURITY = theme("security", "Security");
  /** Defence and military cooperation. */
  public static final Topic DEFENCE = theme("defence", "Defence", SECURITY);
  /** Defence technology and industry. */
  public static final Topic DEFENCE_TECHNOLOGY =
      theme("defence-technology", "Defence technology", DEFENCE);
  /** Non-proliferation of weapons of mass destruction and missiles. */
  public static final Topic NON_PROLIFERATION =
      theme("non-proliferation", "Non-proliferation", SECURITY);
  /** Sanctions and their enforcement. */
  public static final Topic SANCTIONS = theme("sanctions", "Sanctions", SECURITY);
  /** Terrorism and counter-terrorism. */
  public static final Topic TERRORISM = theme("terrorism", "Terrorism", SECURITY);
  /** Cyber security and cooperation. */
  public static final Topic CYBER = theme("cyber", "Cyber", SECURITY);
  /** The economy in general. */
  public static final Topic ECONOMY = theme("economy", "Economic cooperation");
  /** Trade. */
  public static final Topic TRADE = theme("trade", "Trade", ECONOMY);
  /** Free trade agreements and their upgrades. */
  public static final Topic FTA = theme("fta", "Free trade agreement", TRADE);
  /** Supply chains and economic security. */
  public static final Topic SUPPLY_CHAINS = theme("supply-chains", "Supply chains", ECONOMY);
  /** Science and technology in general. */
  public static final Topic SCIENCE_TECHNOLOGY =
      theme("science-technology", "Science and technology");
  /** Artificial intelligence. */
  public static final Topic AI = theme("ai", "Artificial intelligence", SCIENCE_TECHNOLOGY);
  /** Quantum science and technology. */
  public static final Topic QUANTUM = theme("quantum", "Quantum science and technology",
      SCIENCE_TECHNOLOGY);
  /** Biotechnology and the bio-economy. */
  public static final Topic BIO = theme("bio", "Biotechnology", SCIENCE_TECHNOLOGY);
  /** Space. */
  public static final Topic SPACE = theme("space", "Space", SCIENCE_TECHNOLOGY);
  /** Energy in general. */
  public static final Topic ENERGY = theme("energy", "Energy");
  /** Clean energy, including renewables and nuclear power. */
  public static final Topic CLEAN_ENERGY = theme("clean-energy", "Clean energy", ENERGY);
  /** Civil nuclear energy. */
  public static final Topic NUCLEAR_ENERGY = theme("nuclear-energy", "Nuclear energy", ENERGY);
  /** Climate change. */
  public static final Topic CLIMATE = theme("climate", "Climate change");
  /** Development cooperation and aid. */
  public static final Topic DEVELOPMENT = theme("development", "Development cooperation");
  /** Humanitarian affairs. */
  public static final Topic HUMANITARIAN = theme("humanitarian", "Humanitarian affairs");
  /** Human rights. */
  public static final Topic HUMAN_RIGHTS = theme("human-rights", "Human rights");
  /** Health. */
  public static final Topic HEALTH = theme("health", "Health");
  /** Migration and refugees. */
  public static final Topic MIGRATION = theme("migration", "Migration");
  /** Maritime affairs and security. */
  public static final Topic MARITIME = theme("maritime", "Maritime affairs", SECURITY);
  /** Multilateral cooperation: the UN, the G7, the G20. */
  public static final Topic MULTILATERALISM = theme("multilateralism", "Multilateral cooperation");
  /** Education, culture and people-to-people ties. */
  public static final Topic PEOPLE_TO_PEOPLE =
      theme("people-to-people", "Education, culture and people-to-people ties");

  private static final Map<String, Topic> BY_ID = Collections.unmodifiableMap(VOCABULARY);

  private Topics() {}

  private static Topic theme(String id, String label, Topic... parents) {
    Topic topic = Topic.builder().id(id).label(label).kind(TopicKind.THEME)
        .addAllParents(Arrays.stream(parents).map(Topic::ref).collect(Collectors.toList()))
        .build();
    VOCABULARY.put(id, topic);
    return topic;
  }

  /** Every topic of the vocabulary, in a stable order. */
  public static List<Topic> all() {
    return List.copyOf(BY_ID.values());
  }

  /** The vocabulary's topic with this id, if there is one. */
  public static Optional<Topic> find(String id) {
    return Optional.ofNullable(BY_ID.get(id));
  }

  /** Whether the id is one of the vocabulary's. */
  public static boolean isBuiltIn(String id) {
    return BY_ID.containsKey(id);
  }
}
