package dev.entente.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.model.Identified;
import dev.entente.model.Ref;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/** The table of references read lately grows with the document and keeps what it holds. */
class SharedRefsTableTest {

  private static final JsonFactory JSON = JsonFactory.builder().build();

  /** {@code ["id-0", "id-1", …]}. */
  private static String ids(int count) {
    List<String> quoted = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      quoted.add("\"id-" + i + "\"");
    }
    return "[" + String.join(",", quoted) + "]";
  }

  /**
   * Reads the strings of {@code json} as references through {@code table}, as the codecs do:
   * found, or made and remembered. Returns the ids found.
   */
  private static List<String> read(String json, SharedRefs table, Map<String, Ref<?>> made,
      List<Integer> sizes) {
    return read(json, table, made, sizes, true);
  }

  /** As above; or, unless {@code remember}, only looked up, the table left as it is. */
  private static List<String> read(String json, SharedRefs table, Map<String, Ref<?>> made,
      List<Integer> sizes, boolean remember) {
    List<String> found = new ArrayList<>();
    try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), json)) {
      p.nextToken();
      while (p.nextToken() == JsonToken.VALUE_STRING) {
        int slot = table.slot(p);
        Ref<Identified> ref = table.at(slot, p);
        if (ref != null) {
          assertThat(ref.id()).isEqualTo(p.getString());
          assertThat(ref).isSameAs(made.get(p.getString()));
          found.add(ref.id());
        } else if (remember) {
          Ref<Identified> fresh = Ref.of(p.getString());
          made.put(fresh.id(), fresh);
          table.remember(slot, fresh);
          // Just remembered: found at once, whatever the table did to make room.
          assertThat(table.at(table.slot(p), p)).isSameAs(fresh);
        }
        sizes.add(table.size());
      }
    }
    return found;
  }

  @Test
  void aFewReferencesTakeASmallTableAndManyDoubleItUpToItsLimit() {
    SharedRefs table = new SharedRefs();
    List<Integer> sizes = new ArrayList<>();
    read(ids(6), table, new HashMap<>(), sizes);
    assertThat(sizes).containsOnly(SharedRefs.FIRST_SIZE);

    SharedRefs big = new SharedRefs();
    List<Integer> grown = new ArrayList<>();
    read(ids(2_000), big, new HashMap<>(), grown);
    assertThat(grown).isSorted().contains(SharedRefs.FIRST_SIZE, 32, 64, 128)
        .last().isEqualTo(SharedRefs.MAX_SIZE);
    assertThat(big.taken()).isLessThanOrEqualTo(SharedRefs.MAX_SIZE);
  }

  @Test
  void doublingKeepsEveryReferenceTheTableHeld() {
    for (int count : new int[] {9, 17, 40, 100, 129, 1_000}) {
      SharedRefs table = new SharedRefs();
      Map<String, Ref<?>> made = new HashMap<>();
      String json = ids(count);
      read(json, table, made, new ArrayList<>());
      int held = table.taken();

      // A second pass, looking up only, finds exactly the references the table holds, each the
      // same object: none was lost when it doubled.
      List<String> found = read(json, table, made, new ArrayList<>(), false);
      assertThat(found).as("ids found of %s read", count).hasSize(held).doesNotHaveDuplicates();
    }
  }
}
