package dev.entente.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.model.Dossier;
import dev.entente.model.ObjectActor;
import dev.entente.model.ObjectRole;
import dev.entente.model.Position;
import dev.entente.model.PositionKind;
import dev.entente.model.PositionObject;
import dev.entente.model.Ref;
import dev.entente.model.Statement;
import dev.entente.serialization.EntenteJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every example dossier, as the examples module writes it to {@code examples/data} (that module
 * depends on this one, so its dossiers come in as files), exported three ways and held to the
 * references: PLOVER records to the schema written from the manual, GDELT rows to GDELT's
 * published column list, JSON-LD to schema.org's vocabulary; and to the points that once went
 * wrong: no self-dyads, no cooperation directed at whom a position is against, quad classes by
 * the codebooks, no invented day, and every loss pointing at a fact of the dossier.
 */
class EveryExampleExportTest {

  private static final Path DATA = Path.of("../examples/data");
  /** The article's dossier among them. */
  static final Path ARTICLE = DATA.resolve("korea-uk-2024.json");
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Pattern POSITION_RECORD =
      Pattern.compile(".*:([^:/]+)/positions/([0-9]+)");

  static Stream<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(DATA)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  private static Dossier read(Path file) throws IOException {
    return EntenteJson.standard().readDossier(Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void theExamplesAreThere() throws IOException {
    // the article and the eight examples of the disputes, agreements, positions and validator
    // issues; a missing directory would make every parameterized test vacuous
    assertThat(examples()).hasSizeGreaterThanOrEqualTo(9)
        .contains(ARTICLE);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void ploverRecordsKeepToTheManualAndToTheirPositions(Path file) throws IOException {
    Dossier dossier = read(file);
    String text = PloverExport.toString(dossier);
    for (String line : text.split("\n")) {
      if (line.isEmpty()) {
        continue;
      }
      JsonNode record = JSON.readTree(line);
      assertThat(PloverSchema.errors(record)).as(line).isEmpty();
      boolean hasEvent = record.get("event").size() > 0;
      assertThat(record.path("has_event").asBoolean(true)).as(line).isEqualTo(hasEvent);
      if (hasEvent) {
        assertThat(record.get("quad_code").asInt()).as(line)
            .isEqualTo(PloverTables.quadCode(record.get("event").get(0).asString()));
      }
      // one entity per code: a state and its minister are not two actors (compound actors)
      Set<String> actors = new HashSet<>();
      record.path("actor").forEach(a -> assertThat(
          actors.add(a.path("code").asString() + a.path("sector").asString()))
          .as("one actor counted once in %s", line).isTrue());
      record.path("recipient").forEach(r -> {
        if (!r.path("code").asString().equals("IGO")) {
          assertThat(actors).as("no self-dyad in %s", line)
              .doesNotContain(r.path("code").asString() + r.path("sector").asString());
        }
      });
      Matcher position = POSITION_RECORD.matcher(record.get("id").asString());
      if (position.matches()) {
        checkRecipients(dossier, position.group(1), Integer.parseInt(position.group(2)), record);
      }
    }
  }

  /**
   * The recipients of a position's record are actors of its objects, never one only mentioned,
   * never a holder; and a pledge, an agreement or an intention is never directed at its subject,
   * which may be the party to be deterred as well as the party cooperated with.
   */
  private static void checkRecipients(Dossier dossier, String statementId, int index,
      JsonNode record) {
    Statement statement = dossier.statement(Ref.of(statementId)).orElseThrow();
    Position position = statement.positions().get(index);
    Map<String, ObjectRole> roles = new HashMap<>();
    for (PositionObject object : position.objects()) {
      for (ObjectActor actor : object.roledActors(position.kind())) {
        roles.putIfAbsent(actor.actor().id(), actor.role());
      }
    }
    boolean undirected = Set.of(PositionKind.COMMIT, PositionKind.AGREE, PositionKind.INTEND,
        PositionKind.EXPRESS_INTEREST).contains(position.kind());
    record.path("recipient").forEach(r -> {
      String id = r.path("entente_id").asString();
      assertThat(roles).as("%s: the recipient %s is an object of the position", record.get("id"), id)
          .containsKey(id);
      assertThat(roles.get(id)).as("%s: %s", record.get("id"), id).isNotEqualTo(ObjectRole.MENTIONED);
      if (undirected) {
        assertThat(roles.get(id)).as("%s: a %s directed at its subject %s", record.get("id"),
            position.kind(), id).isNotEqualTo(ObjectRole.SUBJECT);
      }
      assertThat(position.holders()).as("%s: %s", record.get("id"), id)
          .doesNotContain(Ref.of(id));
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void gdeltRowsAreGdeltsColumnsWithTheCodebooksQuadClasses(Path file) throws IOException {
    Dossier dossier = read(file);
    String table = GdeltExport.toString(dossier);
    if (table.isEmpty()) {
      return;
    }
    StringBuilder extras = new StringBuilder();
    GdeltExport.writeExtras(dossier, extras, EventExportOptions.defaults());
    Set<String> extraIds = new HashSet<>();
    for (String line : extras.toString().split("\n")) {
      extraIds.add(line.split("\t", -1)[0]);
    }
    CameoCodebook cameo = CameoCodebook.standard();
    for (Map<String, String> row : GdeltExportTest.read(table)) {
      String code = row.get("EventCode");
      assertThat(row.get("QuadClass")).as(row.toString())
          .isEqualTo(Integer.toString(cameo.get(code).quadClass()));
      assertThat(code).startsWith(row.get("EventBaseCode")).startsWith(row.get("EventRootCode"));
      assertThat(row.get("EventRootCode")).hasSize(2);
      String actor1 = row.get("Actor1Code");
      if (!actor1.equals("IGO")) {
        assertThat(row.get("Actor2Code")).as("no self-dyad in %s", row).isNotEqualTo(actor1);
      }
      // no invented day: SQLDATE is a day or nothing, and agrees with MonthYear and Year
      String day = row.get("SQLDATE");
      assertThat(day).matches("|[0-9]{8}");
      assertThat(row.get("MonthYear")).matches("|[0-9]{6}");
      if (!day.isEmpty()) {
        assertThat(day).startsWith(row.get("MonthYear")).startsWith(row.get("Year"));
      }
      assertThat(row.get("ActionGeo_CountryCode")).matches("|[A-Z]{2}");
      assertThat(extraIds).as("the side file has the row %s", row.get("GLOBALEVENTID"))
          .contains(row.get("GLOBALEVENTID"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void jsonLdKeepsToSchemaOrg(Path file) throws IOException {
    assertThat(JsonLdVocabularyTest.violations(read(file))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everyLossPointsAtAFactOfTheDossier(Path file) throws IOException {
    Dossier dossier = read(file);
    JsonNode tree = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
    List<Loss> losses = new ArrayList<>();
    losses.addAll(PloverExport.losses(dossier));
    losses.addAll(GdeltExport.losses(dossier));
    losses.addAll(JsonLdExport.losses(dossier));
    for (Loss loss : losses) {
      assertThat(tree.at(loss.pointer()).isMissingNode()).as("%s", loss).isFalse();
      assertThat(loss.what()).as("%s", loss).isNotBlank();
      assertThat(loss.reason()).as("%s", loss).isNotBlank();
    }
  }
}
