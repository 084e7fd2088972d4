package dev.entente.validation;

import dev.entente.model.Identified;
import dev.entente.model.Ref;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The cycles of a dossier's references that must form a hierarchy: groupings and bodies part of
 * one another, groupings members of one another, bodies the government of one another,
 * engagements part of one another, topics parents of one another. Found once, in time linear in
 * the references, by Tarjan's algorithm with a stack of its own (a chain of thousands of records
 * needs no deep recursion).
 *
 * <p>Each cycle is reported once: at the first reference, into the cycle, of the record of the
 * cycle listed last. A record that refers to itself is not a cycle here; the validator reports it
 * as a {@link ViolationCode#SELF_REFERENCE}.
 */
final class ReferenceCycles {

  /**
   * A reference that closes a cycle.
   *
   * @param member the reference's member, such as {@code partOf}
   * @param index its index in that member's list, or -1 for a single reference
   * @param ids the ids of the records of the cycle, in document order
   */
  record Closing(String member, int index, List<String> ids) {}

  /** The closings, by record; null while there is none (an IdentityHashMap's table is eager). */
  private Map<Identified, List<Closing>> closings;

  /** The references of a record that close a cycle, in the order the relations were added. */
  List<Closing> closing(Identified record) {
    return closings == null ? List.of() : closings.getOrDefault(record, List.of());
  }

  /**
   * Finds the cycles of one relation.
   *
   * @param member the name of the member that holds the references
   * @param listed whether the member is a list (pointers then name the element)
   * @param records the records that may hold the references, in document order
   * @param targets the references of each record (none for records without the member)
   */
  <T extends Identified> void relation(String member, boolean listed, List<? extends T> records,
      Function<T, List<? extends Ref<?>>> targets) {
    // Without a reference there is no cycle: most dossiers hold none of most relations.
    boolean any = false;
    for (int i = 0; i < records.size() && !any; i++) {
      any = !targets.apply(records.get(i)).isEmpty();
    }
    if (!any) {
      return;
    }
    // The nodes: each id once, its first record, as references resolve.
    List<T> nodes = new ArrayList<>(records.size());
    Map<String, Integer> byId = new HashMap<>();
    for (T record : records) {
      if (byId.putIfAbsent(record.id(), nodes.size()) == null) {
        nodes.add(record);
      }
    }
    int n = nodes.size();
    int[][] edges = new int[n][];
    for (int i = 0; i < n; i++) {
      List<? extends Ref<?>> refs = targets.apply(nodes.get(i));
      int[] out = new int[refs.size()];
      int count = 0;
      for (Ref<?> ref : refs) {
        Integer target = byId.get(ref.id());
        if (target != null && target != i) {
          out[count++] = target;
        }
      }
      edges[i] = Arrays.copyOf(out, count);
    }
    for (int[] component : components(edges)) {
      if (component.length < 2) {
        continue;
      }
      Arrays.sort(component);
      int last = component[component.length - 1];
      T record = nodes.get(last);
      List<? extends Ref<?>> refs = targets.apply(record);
      int into = -1;
      for (int j = 0; j < refs.size() && into < 0; j++) {
        Integer target = byId.get(refs.get(j).id());
        if (target != null && target != last && Arrays.binarySearch(component, target) >= 0) {
          into = j;
        }
      }
      List<String> ids = new ArrayList<>(component.length);
      for (int node : component) {
        ids.add(nodes.get(node).id());
      }
      if (closings == null) {
        closings = new IdentityHashMap<>();
      }
      closings.computeIfAbsent(record, r -> new ArrayList<>(1))
          .add(new Closing(member, listed ? into : -1, ids));
    }
  }

  /** The strongly connected components of a graph, by Tarjan's algorithm, iteratively. */
  private static List<int[]> components(int[][] edges) {
    int n = edges.length;
    int[] index = new int[n];
    int[] low = new int[n];
    boolean[] onStack = new boolean[n];
    Arrays.fill(index, -1);
    int[] stack = new int[n];
    int top = 0;
    // The depth-first walk: the node of each frame and the next edge to follow from it.
    int[] frameNode = new int[n];
    int[] frameEdge = new int[n];
    int next = 0;
    List<int[]> components = new ArrayList<>();
    for (int root = 0; root < n; root++) {
      if (index[root] >= 0) {
        continue;
      }
      int depth = 0;
      frameNode[0] = root;
      frameEdge[0] = 0;
      index[root] = low[root] = next++;
      stack[top++] = root;
      onStack[root] = true;
      while (depth >= 0) {
        int node = frameNode[depth];
        if (frameEdge[depth] < edges[node].length) {
          int target = edges[node][frameEdge[depth]++];
          if (index[target] < 0) {
            index[target] = low[target] = next++;
            stack[top++] = target;
            onStack[target] = true;
            depth++;
            frameNode[depth] = target;
            frameEdge[depth] = 0;
          } else if (onStack[target]) {
            low[node] = Math.min(low[node], index[target]);
          }
          continue;
        }
        if (low[node] == index[node]) {
          int start = top;
          do {
            start--;
          } while (stack[start] != node);
          int[] component = Arrays.copyOfRange(stack, start, top);
          for (int member : component) {
            onStack[member] = false;
          }
          top = start;
          components.add(component);
        }
        depth--;
        if (depth >= 0) {
          int parent = frameNode[depth];
          low[parent] = Math.min(low[parent], low[node]);
        }
      }
    }
    return components;
  }
}
