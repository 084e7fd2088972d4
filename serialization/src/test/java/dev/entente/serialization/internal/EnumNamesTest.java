package dev.entente.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.model.ConditionKind;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The table an enumeration's codec finds its values in by the parser's characters. */
class EnumNamesTest {

  private static Map<String, ConditionKind> byName() {
    Map<String, ConditionKind> byName = new LinkedHashMap<>();
    for (ConditionKind kind : ConditionKind.values()) {
      byName.put(ScalarCodecs.kebab(kind), kind);
      byName.put(kind.name(), kind);
    }
    return byName;
  }

  /** The name inside a larger buffer, as a parser's text buffer holds it. */
  private static ConditionKind find(NameTable<ConditionKind> names, String text) {
    char[] buffer = ("[[" + text + "]]").toCharArray();
    return names.find(buffer, 2, text.length());
  }

  @Test
  void everyNameFindsItsValueAtAnyOffset() {
    NameTable<ConditionKind> names = new NameTable<>(byName());

    byName().forEach((name, kind) -> assertThat(find(names, name)).as(name).isSameAs(kind));
  }

  @Test
  void textNearANameFindsWhatTheMapFindsForIt() {
    Map<String, ConditionKind> byName = byName();
    NameTable<ConditionKind> names = new NameTable<>(byName);

    assertThat(find(names, "")).isNull();
    for (String name : byName.keySet()) {
      char[] changed = name.toCharArray();
      changed[changed.length - 1]++;
      for (String near : new String[] {name.substring(1), name.substring(0, name.length() - 1),
          name + "s", " " + name, new String(changed), name.toLowerCase(java.util.Locale.ROOT)}) {
        assertThat(find(names, near)).as(near).isEqualTo(byName.get(near));
      }
    }
  }
}
