package dev.entente.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.model.Dossier;
import dev.entente.serialization.internal.Codecs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.json.JsonMapper;

/**
 * The YAML Entente writes reads the same in a YAML 1.1 reader, SnakeYAML 1.x (as PyYAML and many
 * older tools read YAML): every string Entente writes is read back as that string, never as a
 * number, a boolean, a date or null; and Entente's own reader still reads it back.
 */
class YamlOtherReadersTest {

  private static final EntenteJson YAML =
      EntenteJson.builder().format(EntenteJson.Format.YAML).lenient(true).build();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Strings that a plain YAML scalar would not keep, in YAML 1.1 or 1.2, and some that it would. */
  static List<String> knownCases() {
    return List.of("1.0", "1.10", "2024-10-21", "2024-10", "2024", "2024-10-21T10:00:00Z",
        "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5",
        "yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF", "y", "Y",
        "n", "N", "true", "True", "TRUE", "false", "False", "FALSE", "yEs", "nO",
        "~", "null", "Null", "NULL", "", " ", "  x", "x  ", "\tx",
        "0777", "0o17", "0x1F", "0X1f", "0b101", "1:20", "190:20:30", "-1:20", "1:20.5",
        ".inf", ".Inf", ".INF", "-.inf", "+.inf", ".nan", ".NaN", ".NAN",
        "1_000", "1_000.5", "+1", "-1", "+0.5", "-0", "1e3", "1E3", "1e+3", "6.8523015e+5",
        ".5", "5.", "0.", "00", "+", "-", "<<", "=", "- x", "-x", "? x", "?", ": x", ":", "#x",
        "a #b", "a: b", "a:b", "@x", "`x", "!x", "!!str", "&x", "*x", "|", ">", "%x", "'x",
        "\"x", "[x", "]", "{x", "}", ",x", "x,", "x]", "a\nb", "a\n", "\n", "a\r\nb",
        "a\u0085b", "a\u2028b", "a\u2029b", "\u007f", "a\u0080b", "\u009f", "\u0000", "\u001b",
        "\ufffe", "\u00a0", "x\u00a0", "é", "조", "😀", "\\", "\\n",
        "a\tb", "press-release", "Cho Tae-yul", "KR", "NO", "Norway", "20th", "1st");
  }

  @ParameterizedTest
  @MethodSource("knownCases")
  void aKnownCaseIsReadAsTheSameStringByAYaml11Reader(String text) {
    assertSameInBothReaders(text);
  }

  @Property(tries = 2000)
  void everyStringIsReadAsTheSameStringByAYaml11Reader(@ForAll("tricky") String text) {
    Assume.that(wellFormed(text));
    assertSameInBothReaders(text);
  }

  @Test
  void theSampleDossierReadsInAYaml11ReaderAsItsJsonDoes() throws Exception {
    Dossier dossier = SampleDossiers.dossier();
    String yaml = YAML.write(dossier);

    assertThat(yaml).startsWith("---\nentente: \"" + Codecs.FORMAT_VERSION + "\"\n");
    Object json = JSON.readValue(EntenteJson.standard().write(dossier), Object.class);
    assertThat(yaml11().<Object>load(yaml)).isEqualTo(json);
    assertThat(YAML.readDossier(yaml)).isEqualTo(dossier);
  }

  /**
   * Strings from an alphabet of YAML's indicators, digits and the letters of its keywords, in any
   * order; the keywords and known cases in any casing; and any characters at all.
   */
  @Provide
  Arbitrary<String> tricky() {
    Arbitrary<String> yamlish = Arbitraries.strings()
        .withChars("0123456789.+-_:eExXoObB ~<=#&*!|>'\"%@`[]{},?\\\t\nyYnNtTrRuUfFaAlLsSiI")
        .withChars('\u0085', '\u2028', '\u2029', '\u00a0', 'é', '\ufeff', '\u007f', '\u0080',
            '\u009f', '\u0000', '\u001b', '\ufffe')
        .ofMaxLength(12);
    Arbitrary<String> known = Arbitraries.of(knownCases());
    Arbitrary<String> recased = known.flatMap(s -> Arbitraries.integers().between(0, 1 << 10)
        .map(mask -> recase(s, mask)));
    Arbitrary<String> any = Arbitraries.strings().ofMaxLength(20);
    Arbitrary<String> joined = Arbitraries.strings().withChars("-:. _")
        .ofMinLength(1).ofMaxLength(1).flatMap(sep -> Arbitraries.of(knownCases())
            .list().ofMinSize(2).ofMaxSize(3).map(parts -> String.join(sep, parts)));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, yamlish), net.jqwik.api.Tuple.of(2, recased),
        net.jqwik.api.Tuple.of(2, any), net.jqwik.api.Tuple.of(1, joined));
  }

  private static String recase(String text, int mask) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append((mask >> (i % 10) & 1) == 1 ? Character.toUpperCase(c) : c);
    }
    return out.toString();
  }

  /**
   * Writes the string as a member's value and as a member's name (unknown members of a dossier),
   * and as an element of an array; reads the YAML with SnakeYAML 1.x and with Entente.
   */
  private static void assertSameInBothReaders(String text) {
    Assume.that(!isMemberOfDossier(text));
    String value = JSON.writeValueAsString(text);
    Dossier dossier = Dossier.builder().id("d")
        .putUnknownMember("value", value)
        .putUnknownMember("list", "[" + value + ",1,true]")
        .putUnknownMember(text, value)
        .build();

    String yaml = YAML.write(dossier);

    Map<String, Object> read;
    try {
      read = yaml11().load(yaml);
    } catch (org.yaml.snakeyaml.error.YAMLException e) {
      throw new AssertionError("SnakeYAML 1.x cannot read what was written of " + codePoints(text)
          + "\n" + yaml, e);
    }
    List<Object> list = new ArrayList<>();
    list.add(text);
    list.add(1);
    list.add(true);
    assertThat(read).as("as SnakeYAML 1.x reads %s%n%s", codePoints(text), yaml)
        .containsEntry("entente", Codecs.FORMAT_VERSION)
        .containsEntry("value", text)
        .containsEntry("list", list)
        .containsEntry(text, text)
        .hasSize(5);
    assertThat(YAML.readDossier(yaml)).as("as Entente reads%n%s", yaml).isEqualTo(dossier);
  }

  private static String codePoints(String text) {
    return text.codePoints().mapToObj(c -> String.format("U+%04X", c))
        .collect(java.util.stream.Collectors.joining(" "));
  }

  /** The dossier's own members, and the two this test adds: an unknown member cannot be one. */
  private static boolean isMemberOfDossier(String name) {
    return List.of("entente", "id", "value", "list", Dossier.TITLE, Dossier.DESCRIPTION,
        Dossier.ACTORS, Dossier.OFFICES, Dossier.SERIES, Dossier.ENGAGEMENTS,
        Dossier.PLANNED_MEETINGS, Dossier.STATEMENTS, Dossier.TOPICS, Dossier.SOURCES)
        .contains(name);
  }

  /** Whether every surrogate in the text is half of a pair: no document holds a lone one. */
  private static boolean wellFormed(String text) {
    return text.codePoints().noneMatch(c -> c >= 0xD800 && c <= 0xDFFF);
  }

  private static Yaml yaml11() {
    return new Yaml(new SafeConstructor(new LoaderOptions()));
  }
}
