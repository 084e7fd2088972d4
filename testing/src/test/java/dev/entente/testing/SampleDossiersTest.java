package dev.entente.testing;

import static dev.entente.testing.EntenteAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.model.Dossier;
import dev.entente.model.Engagement;
import dev.entente.model.Statement;
import dev.entente.serialization.EntenteJson;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each published sample is what its documentation promises: valid, stable, and as indexed. */
class SampleDossiersTest {

  private static final List<Supplier<Dossier>> SAMPLES =
      List.of(SampleDossiers::korUsa, SampleDossiers::franceJapan);

  @Test
  void everySampleIsValidEqualOnEachCallAndReadsBackEqual() {
    for (Supplier<Dossier> sample : SAMPLES) {
      Dossier dossier = sample.get();
      assertThat(dossier).as(dossier.id()).isValid();
      assertThat(sample.get()).isEqualTo(dossier);
      String json = EntenteJson.standard().write(dossier);
      assertThat(EntenteJson.standard().readDossier(json)).as(dossier.id()).isEqualTo(dossier);
    }
  }

  @Test
  void theRecordsOfKorUsaAreItsRecords() {
    Dossier dossier = SampleDossiers.korUsa();
    assertThat(dossier.engagements().get(0)).isEqualTo(SampleDossiers.dialogue());
    assertThat(dossier.engagements().get(2)).isEqualTo(SampleDossiers.call());
    assertThat(dossier.statements().get(0)).isEqualTo(SampleDossiers.statement());
  }

  @Test
  void franceJapanHasTheRecordsItsDocumentationIndexes() {
    Dossier dossier = SampleDossiers.franceJapan();
    assertThat(dossier.actors()).extracting(a -> a.id())
        .containsExactly("fr", "jp", "kp", "g7", "minister");
    assertThat(dossier.engagements()).extracting(Engagement::id).containsExactly("talks");
    assertThat(dossier.statements()).extracting(Statement::id).containsExactly("joint", "quote");
    assertThat(dossier.plannedMeetings().get(0).lifecycle()).hasSize(2);
    assertThat(dossier.sources().get(0).title()).hasValueSatisfying(title ->
        assertThat(title).contains("\"", "\t"));
    assertThat(dossier.statements().stream().flatMap(s -> s.positions().stream())
        .map(p -> p.getClass().getSimpleName()).collect(Collectors.toList()))
        .containsExactly("Condemnation", "Concern", "Support");
  }
}
