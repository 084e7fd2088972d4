package dev.entente.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.model.Dossier;
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
}
