package dev.entente.examples;

import static dev.entente.testing.EntenteAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.examples.koreauk2024.KoreaUkDialogue2024;
import dev.entente.model.Dossier;
import dev.entente.serialization.EntenteJson;
import dev.entente.testing.GoldenFile;
import dev.entente.validation.DossierValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every example dossier keeps: it validates with no violation, reads back equal from its
 * JSON (the article has its own tests besides, with YAML and a user's mapper), and its JSON is a
 * file in {@code examples/data}, which tools in other languages and the interop module's export
 * checks read; and {@link Examples#all()} lists every one.
 */
class ExampleDossiersTest {

  static Stream<Arguments> dossiers() {
    return Examples.all().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @Test
  void theRegistryListsEveryExampleClass() throws IOException {
    // Each example is a package of dev.entente.examples with a class that has dossier().
    Path sources = Path.of("src", "main", "java", "dev", "entente", "examples");
    List<String> classes;
    try (Stream<Path> files = Files.walk(sources, 2)) {
      classes = files.filter(f -> f.getNameCount() == sources.getNameCount() + 2)
          .filter(f -> f.toString().endsWith(".java"))
          .filter(f -> read(f).contains("public static Dossier dossier()"))
          .map(f -> f.getFileName().toString().replace(".java", ""))
          .collect(Collectors.toList());
    }
    assertThat(classes).as("example classes with dossier() under %s", sources).isNotEmpty();
    assertThat(Examples.all().keySet()).containsExactlyInAnyOrderElementsOf(classes);
    assertThat(Examples.all().keySet()).first().isEqualTo("KoreaUkDialogue2024");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dossiers")
  void isValidAndReadsBackEqualFromItsJson(String name, Dossier dossier) {
    assertThat(dossier).isValid();
    assertThat(DossierValidator.validate(dossier)).as("violations of %s", name).isEmpty();
    EntenteJson json = EntenteJson.standard();
    assertThat(json.readDossier(json.write(dossier))).as("%s read back", name).isEqualTo(dossier);
  }

  /** The article's file keeps the name the README gives it; the others are named by their id. */
  static Path dataFile(Dossier dossier) {
    return dossier.id().equals(KoreaUkDialogue2024.dossier().id())
        ? Path.of("data", "korea-uk-2024.json") : Path.of("data", dossier.id() + ".json");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dossiers")
  void isTheJsonOfItsDataFile(String name, Dossier dossier) {
    GoldenFile.check(dataFile(dossier), Main.json(dossier));
  }

  @Test
  void noOtherFileIsInTheDataDirectory() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("data"))) {
      assertThat(files.map(Path::getFileName).map(Path::toString))
          .containsExactlyInAnyOrderElementsOf(Examples.all().values().stream()
              .map(d -> dataFile(d).getFileName().toString()).collect(Collectors.toList()));
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
