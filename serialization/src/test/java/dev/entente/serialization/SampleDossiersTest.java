package dev.entente.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.model.Actor;
import dev.entente.model.Dossier;
import dev.entente.validation.DossierValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

class SampleDossiersTest {

  @Test
  void theSamplesAreValidAndReadBackEqual() {
    for (Dossier sample : List.of(SampleDossiers.dossier(), SampleDossiers.everyType(),
        SampleDossiers.minimal())) {
      assertThat(DossierValidator.validate(sample)).as(sample.id()).isEmpty();
      String json = EntenteJson.standard().write(sample);
      assertThat(EntenteJson.standard().readDossier(json)).as(sample.id()).isEqualTo(sample);
    }
  }

  @Test
  void everyTypeKeepsTheStorysIndexes() {
    Dossier story = SampleDossiers.dossier();
    Dossier every = SampleDossiers.everyType();
    assertThat(every.actors()).startsWith(story.actors().toArray(new Actor[0]));
    assertThat(every.engagements().subList(0, story.engagements().size()))
        .isEqualTo(story.engagements());
    assertThat(every.statements().subList(0, story.statements().size()))
        .isEqualTo(story.statements());
    assertThat(every.statements()).hasSizeGreaterThan(story.statements().size());
  }
}
