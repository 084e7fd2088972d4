package dev.entente.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.model.Dialogue;
import dev.entente.model.Dossier;
import dev.entente.model.Evidence;
import dev.entente.model.Ref;
import dev.entente.model.Source;
import dev.entente.model.Venue;
import dev.entente.model.VenueClaim;
import dev.entente.serialization.EntenteJson;
import dev.entente.testing.SampleDossiers;
import dev.entente.testing.generators.ModelArbitraries;
import dev.entente.validation.DossierValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Example;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * MAPPING.md's "not exported" tables held to the losses the exports report, both ways: every
 * loss's pointer is among the pointers of a row that applies to its export, and every pointer a
 * row names is the pointer of some loss. The losses are those of the example dossiers, the
 * samples and generated valid dossiers (a fixed seed: the same dossiers each run), with doubtful
 * claims both left out and marked). A jqwik container, as its generators run only there.
 */
class NotExportedTablesTest {

  private static final Path MAPPING = Path.of("MAPPING.md");
  private static final Pattern POINTER = Pattern.compile("`([^`]+)`");
  private static final Set<String> EVENT_EXPORTS = Set.of("PLOVER", "GDELT");

  /** A row of a table: the fact it names, the exports it applies to, its pointer patterns. */
  record Row(String fact, Set<String> exports, List<String> pointers) {

    boolean covers(String export, String pointer) {
      return exports.contains(export)
          && pointers.stream().anyMatch(p -> pointer.matches(regex(p)));
    }
  }

  private static Map<String, List<Loss>> lossesByExport;
  private static List<Row> rows;

  /** A pointer pattern as a regular expression: {@code *} an index, {@code **} any path. */
  static String regex(String pattern) {
    List<String> parts = new ArrayList<>();
    for (String part : pattern.split("/", -1)) {
      parts.add(part.equals("**") ? ".*" : part.equals("*") ? "[0-9]+" : Pattern.quote(part));
    }
    return String.join("/", parts);
  }

  @BeforeContainer
  static void exportTheCorpus() throws IOException {
    List<Dossier> corpus = new ArrayList<>();
    for (Path file : EveryExampleExportTest.examples().toList()) {
      corpus.add(EntenteJson.standard().readDossier(Files.readString(file, StandardCharsets.UTF_8)));
    }
    corpus.add(SampleDossiers.franceJapan());
    corpus.add(SampleDossiers.korUsa());
    corpus.add(withAgreeingVenueClaims(EntenteJson.standard().readDossier(
        Files.readString(EveryExampleExportTest.ARTICLE, StandardCharsets.UTF_8))));
    RandomGenerator<Dossier> generator = ModelArbitraries.validDossiers().generator(1000);
    Random random = new Random(20261203L);
    for (int i = 0; i < 100; i++) {
      corpus.add(generator.next(random).value());
    }
    EventExportOptions marked = EventExportOptions.defaults()
        .withDoubtfulClaims(EventExportOptions.DoubtfulClaims.MARK);
    lossesByExport = new LinkedHashMap<>();
    lossesByExport.put("PLOVER", new ArrayList<>());
    lossesByExport.put("GDELT", new ArrayList<>());
    lossesByExport.put("JSON-LD", new ArrayList<>());
    for (Dossier dossier : corpus) {
      lossesByExport.get("PLOVER").addAll(PloverExport.losses(dossier));
      lossesByExport.get("PLOVER").addAll(PloverExport.losses(dossier, marked));
      lossesByExport.get("GDELT").addAll(GdeltExport.losses(dossier));
      lossesByExport.get("GDELT").addAll(GdeltExport.losses(dossier, marked));
      lossesByExport.get("JSON-LD").addAll(JsonLdExport.losses(dossier));
    }
    String doc = Files.readString(MAPPING, StandardCharsets.UTF_8);
    rows = new ArrayList<>();
    rows.addAll(table(doc, "### Not exported (each a `Loss`, per record)", EVENT_EXPORTS));
    rows.addAll(table(doc, "### Not exported to JSON-LD", Set.of("JSON-LD")));
  }

  /**
   * The dossier with two sources' accounts of its first dialogue's venue, which agree (neither
   * the examples nor the generators have a record that is exported with several venue claims).
   */
  private static Dossier withAgreeingVenueClaims(Dossier dossier) {
    Dialogue dialogue = dossier.engagements().stream().filter(Dialogue.class::isInstance)
        .map(Dialogue.class::cast).filter(d -> d.venue().isPresent() && d.date().isPresent())
        .findFirst().orElseThrow();
    Venue venue = dialogue.venue().get();
    Ref<Source> source = Ref.of(dossier.sources().get(0).id());
    Dossier claimed = dossier.withRecord(dialogue.withVenueClaims(
        VenueClaim.of(venue, Evidence.of(source)), VenueClaim.of(venue, Evidence.quoting(source, "x"))));
    assertThat(DossierValidator.validate(claimed)).isEmpty();
    return claimed;
  }

  /** The first table after the heading; a row marked "(PLOVER only)" or "(GDELT)" is scoped. */
  static List<Row> table(String doc, String heading, Set<String> exports) {
    int at = doc.indexOf(heading + "\n");
    assertThat(at).as("the heading %s in MAPPING.md", heading).isNotNegative();
    List<Row> table = new ArrayList<>();
    boolean inTable = false;
    for (String line : doc.substring(at).split("\n")) {
      if (line.startsWith("|")) {
        inTable = true;
        String[] cells = line.substring(1, line.length() - 1).split("\\|", -1);
        if (cells.length != 3 || cells[0].isBlank() || cells[0].trim().equals("model fact")
            || cells[0].startsWith("---")) {
          assertThat(cells).as("a row of three cells: %s", line).hasSize(3);
          continue;
        }
        List<String> pointers = new ArrayList<>();
        Matcher m = POINTER.matcher(cells[2]);
        while (m.find()) {
          pointers.add(m.group(1));
        }
        assertThat(pointers).as("the pointers of %s", line).isNotEmpty();
        Set<String> scope = exports;
        for (String export : exports) {
          if (cells[0].contains("(" + export + " only)") || cells[0].contains("(" + export + ")")) {
            scope = Set.of(export);
          }
        }
        table.add(new Row(cells[0].trim(), scope, pointers));
      } else if (inTable) {
        break;
      }
    }
    assertThat(table).as("the table after %s", heading).isNotEmpty();
    return table;
  }

  @Example
  void patternsMatchPointersAsDocumented() {
    assertThat("/statements/3/positions/0/intensity")
        .matches(regex("/statements/*/positions/*/intensity"));
    assertThat("/statements/3/positions/x/intensity")
        .doesNotMatch(regex("/statements/*/positions/*/intensity"));
    assertThat("/statements/3/positions/0/evidence/2/note").matches(regex("**/evidence/*/note"));
    assertThat("/engagements/1/participants/0").doesNotMatch(regex("/engagements/*"));
  }

  @Example
  void everyLossIsARowOfTheTableOfItsExport() {
    for (Map.Entry<String, List<Loss>> export : lossesByExport.entrySet()) {
      assertThat(export.getValue()).as(export.getKey()).isNotEmpty();
      // one loss for each pointer pattern MAPPING.md lacks
      Map<String, String> undocumented = new TreeMap<>();
      for (Loss loss : export.getValue()) {
        if (rows.stream().noneMatch(r -> r.covers(export.getKey(), loss.pointer()))) {
          undocumented.putIfAbsent(loss.pointer().replaceAll("/[0-9]+", "/*"),
              loss.what() + ": " + loss.reason());
        }
      }
      assertThat(undocumented).as("losses of %s that MAPPING.md does not list", export.getKey())
          .isEmpty();
    }
  }

  @Example
  void everyPointerOfTheTablesIsOneTheExportsReport() {
    Set<String> unreported = new TreeSet<>();
    for (Row row : rows) {
      for (String pattern : row.pointers()) {
        String regex = regex(pattern);
        boolean reported = row.exports().stream().anyMatch(export -> lossesByExport.get(export)
            .stream().anyMatch(loss -> loss.pointer().matches(regex)));
        if (!reported) {
          unreported.add(pattern + " of \"" + row.fact() + "\" " + row.exports());
        }
      }
    }
    assertThat(unreported).as("pointers MAPPING.md lists that no export reports").isEmpty();
  }
}
