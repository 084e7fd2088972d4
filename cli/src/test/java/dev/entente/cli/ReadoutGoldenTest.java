package dev.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.examples.anzmin2024.Anzmin2024;
import dev.entente.examples.ausmin2023.Ausmin2023;
import dev.entente.examples.indiacanada2023.IndiaCanada2023;
import dev.entente.examples.japanaustralia2021.JapanAustralia2021;
import dev.entente.examples.japanrok2023.JapanRokBusan2023;
import dev.entente.examples.japanuk2023.JapanUk2023;
import dev.entente.examples.koreauk2024.KoreaUkDialogue2024;
import dev.entente.examples.lifecycles2023.PostponedVisits2023;
import dev.entente.examples.usrok2023.UsRok2023;
import dev.entente.model.Dossier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The readout of every example dossier, compared with its golden file in {@link #DIRECTORY}.
 * When a change to the readout is intended, rewrite the files with {@code mvn -B -pl cli -am
 * verify -Dtest=ReadoutGoldenTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dentente.regenerateGolden=true} and review the diff.
 */
class ReadoutGoldenTest {

  /** The golden files, relative to the cli module, where Maven runs its tests. */
  static final Path DIRECTORY = Path.of("src", "test", "golden", "readout");
  private static final String REGENERATE = "entente.regenerateGolden";

  /** Every example dossier, by the name of its class: the article first. */
  static Stream<Arguments> examples() {
    return Stream.of(
        example("KoreaUkDialogue2024", KoreaUkDialogue2024::dossier),
        example("Anzmin2024", Anzmin2024::dossier),
        example("Ausmin2023", Ausmin2023::dossier),
        example("IndiaCanada2023", IndiaCanada2023::dossier),
        example("JapanAustralia2021", JapanAustralia2021::dossier),
        example("JapanRokBusan2023", JapanRokBusan2023::dossier),
        example("JapanUk2023", JapanUk2023::dossier),
        example("PostponedVisits2023", PostponedVisits2023::dossier),
        example("UsRok2023", UsRok2023::dossier));
  }

  private static Arguments example(String name, Supplier<Dossier> dossier) {
    return Arguments.of(name, dossier.get());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void readsOutAsItsGoldenFile(String name, Dossier dossier) throws IOException {
    Path golden = DIRECTORY.resolve(name + ".txt");
    String readout = Briefing.of(dossier);
    if (Boolean.getBoolean(REGENERATE)) {
      Files.createDirectories(DIRECTORY);
      Files.writeString(golden, readout, StandardCharsets.UTF_8);
      return;
    }
    assertThat(golden).as("the golden readout of %s (tests run in the cli directory)", name)
        .isRegularFile();
    assertThat(readout)
        .as("the readout of %s differs from %s; if the change is intended, regenerate it with"
            + " -D%s=true and review the diff", name, golden, REGENERATE)
        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  @Test
  void everyExamplePackageHasAGoldenFileAndNoOtherFileIsThere() throws IOException {
    Set<String> examples = examples().map(a -> (String) a.get()[0]).collect(Collectors.toSet());
    // Each example is a package of dev.entente.examples with one class that has dossier().
    Path sources = Path.of("..", "examples", "src", "main", "java", "dev", "entente", "examples");
    assertThat(sources).as("the examples' sources, beside the cli module").isDirectory();
    List<String> packages;
    try (Stream<Path> dirs = Files.list(sources)) {
      packages = dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString())
          .sorted().collect(Collectors.toList());
    }
    List<String> classesWithDossiers = packages.stream()
        .flatMap(ReadoutGoldenTest::classesWithADossierMethod).sorted()
        .collect(Collectors.toList());
    assertThat(classesWithDossiers).as("example classes with dossier()")
        .containsExactlyInAnyOrderElementsOf(examples);
    if (Boolean.getBoolean(REGENERATE)) {
      return;
    }
    try (Stream<Path> files = Files.list(DIRECTORY)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .as("golden readouts in %s", DIRECTORY)
          .containsExactlyInAnyOrderElementsOf(
              examples.stream().map(n -> n + ".txt").collect(Collectors.toList()));
    }
  }

  private static Stream<String> classesWithADossierMethod(String pkg) {
    Path dir = Path.of("..", "examples", "src", "main", "java", "dev", "entente", "examples", pkg);
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".java"))
          .filter(f -> read(f).contains("public static Dossier dossier()"))
          .map(f -> f.getFileName().toString().replace(".java", ""))
          .collect(Collectors.toList()).stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
