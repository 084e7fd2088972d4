package dev.entente.validation;

import dev.entente.model.Dialogue;
import dev.entente.model.Engagement;
import dev.entente.time.FuzzyDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ordinal rules of a dossier's dialogues, found in one indexed pass rather than by comparing
 * every pair of sessions of a series: 100,000 sessions of one series are checked in time {@code n
 * log n}.
 *
 * <p>Each session is checked against the sessions of its series listed before it, as the
 * validator walks them: a session that repeats an earlier ordinal is a {@link
 * ViolationCode#DUPLICATE_ORDINAL} (naming the first session with it), and a session with a new
 * ordinal is {@link ViolationCode#ORDINALS_OUT_OF_ORDER} when an earlier dated session with a lower
 * ordinal certainly comes after it, or one with a higher ordinal certainly before it. Of those,
 * it names the one that makes the order most plainly wrong: the latest-starting lower session,
 * else the earliest-ending higher one.
 */
final class SessionOrdinals {

  /** What is wrong with a session's ordinal, and the session it clashes with. */
  record Clash(ViolationCode code, Dialogue other) {}

  /** The clashes, by session; null while there is none (an IdentityHashMap's table is eager). */
  private Map<Dialogue, Clash> clashes;
  /**
   * The dialogues with an ordinal, per series id and ordinal, in document order; empty (and
   * immutable) while no dialogue has an ordinal, as in most dossiers.
   */
  private Map<String, Map<Integer, List<Dialogue>>> byOrdinal = Map.of();

  SessionOrdinals(List<Engagement> engagements) {
    Map<String, List<Dialogue>> perSeries = Map.of();
    for (Engagement engagement : engagements) {
      if (engagement instanceof Dialogue && ((Dialogue) engagement).ordinal().isPresent()) {
        Dialogue dialogue = (Dialogue) engagement;
        if (perSeries.isEmpty()) {
          perSeries = new HashMap<>();
          byOrdinal = new HashMap<>();
        }
        perSeries.computeIfAbsent(dialogue.series().id(), s -> new ArrayList<>()).add(dialogue);
      }
    }
    for (Map.Entry<String, List<Dialogue>> series : perSeries.entrySet()) {
      check(series.getKey(), series.getValue());
    }
  }

  /** The clash of a session's ordinal with an earlier session, if any. */
  Clash clash(Dialogue dialogue) {
    return clashes == null ? null : clashes.get(dialogue);
  }

  private void clash(Dialogue dialogue, Clash clash) {
    if (clashes == null) {
      clashes = new IdentityHashMap<>();
    }
    clashes.put(dialogue, clash);
  }

  /** The sessions of a series with an ordinal, in document order; empty if none. */
  List<Dialogue> withOrdinal(String series, int ordinal) {
    return byOrdinal.getOrDefault(series, Map.of()).getOrDefault(ordinal, List.of());
  }

  private void check(String series, List<Dialogue> sessions) {
    Map<Integer, List<Dialogue>> ordinals = new HashMap<>();
    byOrdinal.put(series, ordinals);
    int[] sorted = new int[sessions.size()];
    for (int i = 0; i < sorted.length; i++) {
      sorted[i] = sessions.get(i).ordinal().getAsInt();
    }
    Arrays.sort(sorted);
    int distinct = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[distinct++] = sorted[i];
      }
    }
    sorted = Arrays.copyOf(sorted, distinct);
    // Over the ordinals' ranks: the latest earliest day of the lower sessions seen so far, and
    // (ranks reversed) the earliest latest day of the higher ones.
    Extremes lower = new Extremes(sorted.length, true);
    Extremes higher = new Extremes(sorted.length, false);
    for (Dialogue dialogue : sessions) {
      int ordinal = dialogue.ordinal().getAsInt();
      List<Dialogue> same = ordinals.computeIfAbsent(ordinal, o -> new ArrayList<>(1));
      if (!same.isEmpty()) {
        clash(dialogue, new Clash(ViolationCode.DUPLICATE_ORDINAL, same.get(0)));
      } else if (dialogue.date().isPresent()) {
        int rank = Arrays.binarySearch(sorted, ordinal);
        FuzzyDate date = dialogue.date().get();
        Dialogue before = lower.query(rank);
        Dialogue after = higher.query(sorted.length - 1 - rank);
        if (before != null && date.isCertainlyBefore(before.date().get())) {
          clash(dialogue, new Clash(ViolationCode.ORDINALS_OUT_OF_ORDER, before));
        } else if (after != null && after.date().get().isCertainlyBefore(date)) {
          clash(dialogue, new Clash(ViolationCode.ORDINALS_OUT_OF_ORDER, after));
        }
      }
      same.add(dialogue);
      if (dialogue.date().isPresent()) {
        int rank = Arrays.binarySearch(sorted, ordinal);
        lower.add(rank, dialogue);
        higher.add(sorted.length - 1 - rank, dialogue);
      }
    }
  }

  /**
   * A Fenwick tree over ranks that answers, for the ranks below one, the dated session with the
   * latest earliest day ({@code latestStart}) or the earliest latest day.
   */
  private static final class Extremes {
    private final Dialogue[] tree;
    private final boolean latestStart;

    Extremes(int size, boolean latestStart) {
      this.tree = new Dialogue[size + 1];
      this.latestStart = latestStart;
    }

    void add(int rank, Dialogue dialogue) {
      for (int i = rank + 1; i < tree.length; i += i & -i) {
        if (tree[i] == null || better(dialogue, tree[i])) {
          tree[i] = dialogue;
        }
      }
    }

    /** The best session of the ranks below {@code rank}, or null if there is none. */
    Dialogue query(int rank) {
      Dialogue best = null;
      for (int i = rank; i > 0; i -= i & -i) {
        if (tree[i] != null && (best == null || better(tree[i], best))) {
          best = tree[i];
        }
      }
      return best;
    }

    private boolean better(Dialogue a, Dialogue b) {
      FuzzyDate x = a.date().get();
      FuzzyDate y = b.date().get();
      return latestStart ? x.earliest().isAfter(y.earliest()) : x.latest().isBefore(y.latest());
    }
  }
}
