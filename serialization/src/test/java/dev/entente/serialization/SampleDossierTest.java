package dev.entente.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.validation.DossierValidator;
import org.junit.jupiter.api.Test;

class SampleDossierTest {

  @Test
  void theSampleIsValidAndReadsBackEqual() {
    assertThat(DossierValidator.validate(SampleDossier.dossier())).isEmpty();
    String json = EntenteJson.standard().write(SampleDossier.dossier());
    assertThat(EntenteJson.standard().readDossier(json)).isEqualTo(SampleDossier.dossier());
  }
}
