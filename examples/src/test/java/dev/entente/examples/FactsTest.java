package dev.entente.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.examples.anzmin2024.Anzmin2024;
import dev.entente.examples.cubanamibia2024.CubaNamibia2024;
import dev.entente.examples.japanuk2023.JapanUk2023;
import dev.entente.examples.lifecycles2023.PostponedVisits2023;
import dev.entente.examples.usrok2023.UsRok2023;
import dev.entente.model.Dossier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fact of the examples built from published texts quotes its source, and the quote is in the
 * excerpt of that source stored under {@code excerpts/}.
 */
class FactsTest {

  static Stream<Arguments> dossiers() {
    return Stream.of(
        Arguments.of("PostponedVisits2023", PostponedVisits2023.dossier()),
        Arguments.of("JapanUk2023", JapanUk2023.dossier()),
        Arguments.of("UsRok2023", UsRok2023.dossier()),
        Arguments.of("Anzmin2024", Anzmin2024.dossier()),
        Arguments.of("CubaNamibia2024", CubaNamibia2024.dossier()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dossiers")
  void everyEvidenceQuotesItsStoredExcerpt(String name, Dossier dossier) {
    assertThat(QuoteCheck.evidence(dossier)).as("the evidence of %s", name).isNotEmpty();
    assertThat(QuoteCheck.problems(dossier, QuoteCheck::storedExcerpt))
        .as("the evidence of %s that its excerpts do not bear out", name)
        .isEmpty();
  }
}
