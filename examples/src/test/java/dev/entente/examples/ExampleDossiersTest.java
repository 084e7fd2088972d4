package dev.entente.examples;

import static dev.entente.testing.EntenteAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.examples.anzmin2024.Anzmin2024;
import dev.entente.examples.ausmin2023.Ausmin2023;
import dev.entente.examples.cubanamibia2024.CubaNamibia2024;
import dev.entente.examples.indiacanada2023.IndiaCanada2023;
import dev.entente.examples.japanaustralia2021.JapanAustralia2021;
import dev.entente.examples.japanrok2023.JapanRokBusan2023;
import dev.entente.examples.japanuk2023.JapanUk2023;
import dev.entente.examples.lifecycles2023.PostponedVisits2023;
import dev.entente.examples.usrok2023.UsRok2023;
import dev.entente.model.Dossier;
import dev.entente.serialization.EntenteJson;
import dev.entente.validation.DossierValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every example dossier beyond the article keeps: it validates with no violation, reads
 * back equal from its JSON (the article has its own tests, with YAML and a user's mapper), and
 * its JSON is the file {@code examples/data/<id>.json}, which tools in other languages and the
 * interop module's export checks read.
 */
class ExampleDossiersTest {

  private static final String REGENERATE = "entente.regenerateGolden";

  static Stream<Arguments> dossiers() {
    return Stream.of(
        Arguments.of("PostponedVisits2023", PostponedVisits2023.dossier()),
        Arguments.of("Ausmin2023", Ausmin2023.dossier()),
        Arguments.of("JapanRokBusan2023", JapanRokBusan2023.dossier()),
        Arguments.of("Anzmin2024", Anzmin2024.dossier()),
        Arguments.of("IndiaCanada2023", IndiaCanada2023.dossier()),
        Arguments.of("JapanAustralia2021", JapanAustralia2021.dossier()),
        Arguments.of("JapanUk2023", JapanUk2023.dossier()),
        Arguments.of("UsRok2023", UsRok2023.dossier()),
        Arguments.of("CubaNamibia2024", CubaNamibia2024.dossier()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dossiers")
  void isValidAndReadsBackEqualFromItsJson(String name, Dossier dossier) {
    assertThat(dossier).isValid();
    assertThat(DossierValidator.validate(dossier)).as("violations of %s", name).isEmpty();
    EntenteJson json = EntenteJson.standard();
    assertThat(json.readDossier(json.write(dossier))).as("%s read back", name).isEqualTo(dossier);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dossiers")
  void isTheJsonOfItsDataFile(String name, Dossier dossier) throws IOException {
    Path file = Path.of("data", dossier.id() + ".json");
    String text = Main.json(dossier);
    if (Boolean.getBoolean(REGENERATE)) {
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return;
    }
    assertThat(file).as("the data file of %s (tests run in the examples directory)", name)
        .isRegularFile();
    assertThat(text)
        .as("the JSON of %s differs from %s; if the change is intended, regenerate it with"
            + " mvn -B -pl examples verify -D%s=true and review the diff", name, file, REGENERATE)
        .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
