package dev.entente.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemLocatorTest {

  @Test
  void nothingToLocateLooksAtNoSource() {
    // No source at all: any location work would fail on it.
    ProblemLocator locator = new ProblemLocator(null, 100);

    assertThat(locator.violations(List.of(), 0, "")).isEmpty();
    assertThat(locator.violations(List.of(), 0, "/prefix")).isEmpty();
  }

  @Test
  void aValidReadHasNoViolationsAndAnInvalidOneStillHasThemLocated() {
    EntenteJson json = EntenteJson.standard();
    String valid = json.write(SampleDossiers.dossier());
    assertThat(json.readDossierWithViolations(valid).violations()).isEmpty();

    ReadResult<?> invalid = json.readDossierWithViolations(
        json.write(ValidationTest.invalid()).getBytes(StandardCharsets.UTF_8));
    assertThat(invalid.violations()).isNotEmpty()
        .allSatisfy(p -> assertThat(p.hasLocation()).isTrue());
  }
}
