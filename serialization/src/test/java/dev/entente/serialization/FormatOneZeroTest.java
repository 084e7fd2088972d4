package dev.entente.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.model.Appeal;
import dev.entente.model.Dossier;
import dev.entente.model.ObjectActor;
import dev.entente.model.ObjectRole;
import dev.entente.model.Position;
import dev.entente.model.PositionKind;
import dev.entente.model.PositionObject;
import dev.entente.model.Ref;
import dev.entente.model.Topic;
import dev.entente.serialization.internal.Codecs;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Documents written by the 1.0 writer, kept verbatim under {@code golden/1.0}, still read: in
 * strict mode, into values that a current writer writes back as the same document, save for the
 * version it states.
 */
class FormatOneZeroTest {

  private static final EntenteJson JSON = EntenteJson.standard();
  private static final JsonMapper TREES = JsonMapper.builder().build();

  static List<Path> goldenFiles() throws IOException, URISyntaxException {
    Path dir = Path.of(FormatOneZeroTest.class.getResource("golden/1.0").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void thereAreGoldenFilesToRead() throws Exception {
    assertThat(goldenFiles()).hasSizeGreaterThanOrEqualTo(3);
  }

  @ParameterizedTest
  @MethodSource("goldenFiles")
  void aOneZeroDocumentReadsAndWritesBackUnchangedButForItsVersion(Path file) throws IOException {
    String text = Files.readString(file);
    JsonNode original = TREES.readTree(text);
    assertThat(original.get("entente").asString()).isEqualTo("1.0");

    Dossier dossier = JSON.readDossier(text);
    JsonNode written = TREES.readTree(JSON.write(dossier));

    assertThat(written.get("entente").asString()).isEqualTo(Codecs.FORMAT_VERSION);
    ObjectNode expected = ((ObjectNode) original).deepCopy();
    expected.put("entente", Codecs.FORMAT_VERSION);
    assertThat(written).isEqualTo(expected);
  }

  @Test
  void theFormatVersionIsNewerThanOneZero() {
    assertThat(Codecs.FORMAT_VERSION).startsWith("1.").isNotEqualTo("1.0");
  }

  @Test
  void anUnknownMajorVersionIsRefusedNamingTheVersionAndWhatIsRead() {
    assertThatThrownBy(() -> JSON.readDossier("{\"entente\":\"2.0\",\"id\":\"d\"}"))
        .isInstanceOf(EntenteJsonException.class)
        .hasMessageContaining("format version \"2.0\" is not supported")
        .hasMessageContaining("reads 1.x");
  }

  @Test
  void oneZeroTargetsReadAsConductActorsExceptTheAddresseesOfAnAppeal() throws Exception {
    Path file = goldenFiles().stream()
        .filter(f -> f.getFileName().toString().equals("korea-uk-2024.json")).findFirst()
        .orElseThrow();
    Dossier dossier = JSON.readDossier(Files.readString(file));
    Position condemnation = dossier.statements().get(1).positions().get(0);
    PositionObject object = condemnation.objects().get(0);

    assertThat(object.actors()).isEmpty();
    assertThat(object.roledActors(condemnation.kind()))
        .containsExactly(ObjectActor.of(Ref.of("dprk"), ObjectRole.CONDUCT));

    Appeal appeal = JSON.read("{\"type\":\"appeal\",\"objects\":[{\"targets\":[\"dprk\"],"
        + "\"conduct\":\"cease its launches\"}]}", Appeal.class);
    assertThat(appeal.objects().get(0).roledActors(appeal.kind()))
        .containsExactly(ObjectActor.of(Ref.of("dprk"), ObjectRole.ADDRESSEE));
  }

  @Test
  void aOneOneObjectStatesEachActorsRoleAndKeepsThemApartFromTargets() {
    String text = "{\"targets\":[\"dprk\"],\"actors\":[{\"actor\":\"russia\","
        + "\"role\":\"mentioned\"}],\"conduct\":\"troops sent to support Russia's war\"}";
    PositionObject object = JSON.read(text, PositionObject.class);

    assertThat(object.actorsAs(PositionKind.CONDEMN, ObjectRole.MENTIONED))
        .containsExactly(Ref.of("russia"));
    assertThat(object.actorsAs(PositionKind.CONDEMN, ObjectRole.CONDUCT))
        .containsExactly(Ref.of("dprk"));
    assertThat(TREES.readTree(JSON.write(object))).isEqualTo(TREES.readTree(text));
  }

  @Test
  void refusesAnActorNamedBothAsTargetAndWithARole() {
    assertThatThrownBy(() -> JSON.read("{\"targets\":[\"dprk\"],\"actors\":[{\"actor\":"
        + "\"dprk\",\"role\":\"subject\"}]}", PositionObject.class))
        .isInstanceOf(EntenteJsonException.class)
        .hasMessageContaining("an actor is named once in an object");
  }

  @Test
  void refusesADateOnATopicThatIsNoEvent() {
    assertThatThrownBy(() -> JSON.read("{\"id\":\"t\",\"label\":\"T\",\"kind\":\"theme\","
        + "\"date\":\"2024\"}", Topic.class))
        .isInstanceOf(EntenteJsonException.class)
        .hasMessageContaining("only an event topic has a date");
  }
}
