package dev.entente.interop;

import dev.entente.model.Dossier;
import dev.entente.model.Ref;
import dev.entente.model.Topic;
import dev.entente.model.Topics;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Topics as PLOVER contexts. Every built-in topic ({@link Topics}) has its contexts here; a
 * dossier's own topic takes the contexts of its parents, transitively (AUKUS Pillar II, under
 * defence technology: military, technology). A topic with neither (a region) has no context: a
 * region is a place, not a context.
 */
public final class PloverContexts {

  private static final Map<String, List<String>> BUILT_IN = new LinkedHashMap<>();

  static {
    BUILT_IN.put(Topics.SECURITY.id(), List.of("military"));
    BUILT_IN.put(Topics.DEFENCE.id(), List.of("military"));
    BUILT_IN.put(Topics.DEFENCE_TECHNOLOGY.id(), List.of("military", "technology"));
    BUILT_IN.put(Topics.NON_PROLIFERATION.id(), List.of("cbrn"));
    BUILT_IN.put(Topics.SANCTIONS.id(), List.of("economic", "diplomatic"));
    BUILT_IN.put(Topics.TERRORISM.id(), List.of("terrorism"));
    BUILT_IN.put(Topics.CYBER.id(), List.of("cyber"));
    BUILT_IN.put(Topics.ECONOMY.id(), List.of("economic"));
    BUILT_IN.put(Topics.TRADE.id(), List.of("economic"));
    BUILT_IN.put(Topics.FTA.id(), List.of("economic"));
    BUILT_IN.put(Topics.SUPPLY_CHAINS.id(), List.of("economic"));
    BUILT_IN.put(Topics.SCIENCE_TECHNOLOGY.id(), List.of("technology"));
    BUILT_IN.put(Topics.AI.id(), List.of("technology"));
    BUILT_IN.put(Topics.QUANTUM.id(), List.of("technology"));
    BUILT_IN.put(Topics.BIO.id(), List.of("technology"));
    BUILT_IN.put(Topics.SPACE.id(), List.of("technology"));
    BUILT_IN.put(Topics.ENERGY.id(), List.of("economic"));
    BUILT_IN.put(Topics.CLEAN_ENERGY.id(), List.of("environment", "economic"));
    BUILT_IN.put(Topics.NUCLEAR_ENERGY.id(), List.of("economic"));
    BUILT_IN.put(Topics.CLIMATE.id(), List.of("environment"));
    BUILT_IN.put(Topics.DEVELOPMENT.id(), List.of("economic", "humanitarian"));
    BUILT_IN.put(Topics.HUMANITARIAN.id(), List.of("humanitarian"));
    BUILT_IN.put(Topics.HUMAN_RIGHTS.id(), List.of("human_rights"));
    BUILT_IN.put(Topics.HEALTH.id(), List.of("health"));
    BUILT_IN.put(Topics.MIGRATION.id(), List.of("migration"));
    BUILT_IN.put(Topics.MARITIME.id(), List.of("military", "territory"));
    BUILT_IN.put(Topics.MULTILATERALISM.id(), List.of("diplomatic"));
    BUILT_IN.put(Topics.PEOPLE_TO_PEOPLE.id(), List.of("diplomatic"));
  }

  private PloverContexts() {}

  /** The contexts of a built-in topic, by its id; empty for other ids. */
  public static List<String> ofBuiltIn(String topicId) {
    return BUILT_IN.getOrDefault(topicId, List.of());
  }

  /**
   * The contexts of these topics in order, without repeats, resolved against the dossier. Parents
   * are followed depth first, each topic once, with a stack of their own rather than by
   * recursion: a chain of thousands of parents resolves as a short one does, and a cycle (which
   * the validator reports) ends where it comes back.
   */
  public static List<String> of(Dossier dossier, Collection<Ref<Topic>> topics) {
    Set<String> contexts = new LinkedHashSet<>();
    // A topic seen under an earlier topic has given all its contexts already.
    Set<String> seen = new HashSet<>();
    Deque<Ref<Topic>> stack = new ArrayDeque<>();
    for (Ref<Topic> first : topics) {
      stack.push(first);
      while (!stack.isEmpty()) {
        Ref<Topic> ref = stack.pop();
        if (!seen.add(ref.id())) {
          continue;
        }
        if (Topics.isBuiltIn(ref.id())) {
          contexts.addAll(ofBuiltIn(ref.id()));
          continue;
        }
        Optional<Topic> topic = dossier.find(ref, Topic.class);
        if (topic.isPresent()) {
          List<Ref<Topic>> parents = topic.get().parents();
          // Pushed last first, so that the first parent is followed first, as a recursion would.
          for (int i = parents.size() - 1; i >= 0; i--) {
            stack.push(parents.get(i));
          }
        }
      }
    }
    return new ArrayList<>(contexts);
  }
}
