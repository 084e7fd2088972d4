package dev.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.examples.Examples;
import dev.entente.model.Dossier;
import dev.entente.testing.GoldenFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

  /** Every example dossier, by the name of its class: the article first. */
  static Stream<Arguments> examples() {
    return Examples.all().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void readsOutAsItsGoldenFile(String name, Dossier dossier) {
    GoldenFile.check(DIRECTORY.resolve(name + ".txt"), Briefing.of(dossier));
  }

  @Test
  void everyExampleHasAGoldenFileAndNoOtherFileIsThere() throws IOException {
    // Examples.all() lists every example: the examples module's own tests check it.
    if (GoldenFile.regenerating()) {
      return;
    }
    try (Stream<Path> files = Files.list(DIRECTORY)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .as("golden readouts in %s", DIRECTORY)
          .containsExactlyInAnyOrderElementsOf(Examples.all().keySet().stream()
              .map(n -> n + ".txt").collect(Collectors.toList()));
    }
  }
}
