package dev.entente.interop;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The PLOVER categories with their quad codes and modes, and the general contexts, as the PLOVER
 * manual gives them ({@code PLOVER.categories.tsv}, {@code PLOVER.contexts.txt}, written from the
 * manual; see {@code NOTICE.md}).
 */
final class PloverTables {

  private static final Map<String, Integer> QUADS = new LinkedHashMap<>();
  private static final Map<String, Set<String>> MODES = new LinkedHashMap<>();
  private static final Set<String> CONTEXTS = new LinkedHashSet<>();

  static {
    for (String line : lines("PLOVER.categories.tsv")) {
      if (line.startsWith("category\t")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      QUADS.put(cells[0], Integer.parseInt(cells[1]));
      MODES.put(cells[0], cells[2].isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(cells[2].split(","))));
    }
    CONTEXTS.addAll(lines("PLOVER.contexts.txt"));
  }

  private PloverTables() {}

  /** The quad code of a category, from the "Quad category" line of its section in the manual. */
  static int quadCode(String category) {
    Integer quad = QUADS.get(category);
    if (quad == null) {
      throw new IllegalArgumentException("no PLOVER category " + category);
    }
    return quad;
  }

  /** The modes the manual gives a category; empty where it gives none. */
  static Set<String> modes(String category) {
    return MODES.getOrDefault(category, Set.of());
  }

  /** Whether the manual's table of general contexts has this context. */
  static boolean isContext(String context) {
    return CONTEXTS.contains(context);
  }

  /** The lines of a table, without blank lines and {@code #} remarks. */
  private static List<String> lines(String name) {
    List<String> lines = new ArrayList<>();
    for (String line : CameoCodebook.lines(name)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        lines.add(line);
      }
    }
    return lines;
  }
}
