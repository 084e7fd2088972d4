package dev.entente.serialization.internal;

import dev.entente.serialization.EntenteJsonException;
import dev.entente.serialization.JsonProblem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.core.TokenStreamContext;

/**
 * The problems of one document read to its end, and what was left out of the value read because
 * of them: the elements of arrays, by the JSON Pointer of their array in the source, so that the
 * pointers of the value read (whose arrays lack them) can be turned back into pointers into the
 * source.
 */
public final class Problems {

  private final int max;
  // Both made at their first entry: most documents have no problem at all.
  private List<JsonProblem> kept = List.of();
  private int notKept;
  private Map<String, TreeSet<Integer>> dropped = Map.of();
  /** The object whose next member name is being read, while it is; else null. */
  TokenStreamContext awaitingName;
  /** The name of that object's member read last, before the one being read. */
  String nameBefore;

  Problems(int max) {
    this.max = max;
  }

  void add(EntenteJsonException e) {
    for (JsonProblem problem : e.problems()) {
      if (kept.size() < max) {
        if (kept.isEmpty()) {
          kept = new ArrayList<>();
        }
        kept.add(problem);
      } else {
        notKept++;
      }
    }
  }

  /** Records that the array element at {@code element} (a pointer ending in its index) was left out. */
  void dropped(String element) {
    int slash = element.lastIndexOf('/');
    if (dropped.isEmpty()) {
      dropped = new TreeMap<>();
    }
    dropped.computeIfAbsent(element.substring(0, slash), a -> new TreeSet<>())
        .add(Integer.parseInt(element.substring(slash + 1)));
  }

  /** Whether no problem was found. */
  public boolean isEmpty() {
    return kept.isEmpty() && notKept == 0;
  }

  /** The problems kept, in the order found, up to the most asked for. */
  public List<JsonProblem> kept() {
    return Collections.unmodifiableList(kept);
  }

  /** How many more problems were found than were kept. */
  public int notKept() {
    return notKept;
  }

  /** The source pointers of the array elements left out, in order. */
  public List<String> droppedElements() {
    List<String> pointers = new ArrayList<>();
    dropped.forEach((array, indexes) -> indexes.forEach(i -> pointers.add(array + "/" + i)));
    return pointers;
  }

  /**
   * The pointer into the source of what is at {@code pointer} in the value read: each index into
   * an array that lost elements is moved past them.
   */
  public String inSource(String pointer) {
    if (dropped.isEmpty() || pointer.isEmpty()) {
      return pointer;
    }
    StringBuilder source = new StringBuilder();
    int start = 1;
    while (start <= pointer.length()) {
      int end = pointer.indexOf('/', start);
      if (end < 0) {
        end = pointer.length();
      }
      String segment = pointer.substring(start, end);
      TreeSet<Integer> gone = dropped.get(source.toString());
      if (gone != null && isIndex(segment)) {
        int index = Integer.parseInt(segment);
        for (int lost : gone) {
          if (lost <= index) {
            index++;
          } else {
            break;
          }
        }
        segment = Integer.toString(index);
      }
      source.append('/').append(segment);
      start = end + 1;
    }
    return source.toString();
  }

  private static boolean isIndex(String segment) {
    if (segment.isEmpty() || segment.length() > 9) {
      return false;
    }
    for (int i = 0; i < segment.length(); i++) {
      if (segment.charAt(i) < '0' || segment.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
