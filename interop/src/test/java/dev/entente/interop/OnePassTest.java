package dev.entente.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.model.Dossier;
import dev.entente.testing.SampleDossiers;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Writing an export returns, from the same pass, exactly the losses its {@code losses} reports. */
class OnePassTest {

  private final Dossier dossier = SampleDossiers.franceJapan();
  private final EventExportOptions mark = EventExportOptions.defaults()
      .withDoubtfulClaims(EventExportOptions.DoubtfulClaims.MARK);

  @Test
  void gdeltTableAndSideFileInOnePassAreWhatTheSeparateCallsGive() {
    StringBuilder table = new StringBuilder();
    StringBuilder extras = new StringBuilder();
    List<Loss> losses = GdeltExport.write(dossier, table, extras, mark);

    assertThat(losses).isNotEmpty().isEqualTo(GdeltExport.losses(dossier, mark));
    StringBuilder alone = new StringBuilder();
    assertThat(GdeltExport.write(dossier, alone, mark)).isEqualTo(losses);
    assertThat(table.toString()).isEqualTo(alone.toString());
    StringBuilder extrasAlone = new StringBuilder();
    GdeltExport.writeExtras(dossier, extrasAlone, mark);
    assertThat(extras.toString()).isEqualTo(extrasAlone.toString());
  }

  @Test
  void ploverAndJsonLdReturnTheirLossesFromTheirWrite() {
    assertThat(PloverExport.write(dossier, new StringBuilder(), mark))
        .isEqualTo(PloverExport.losses(dossier, mark));
    StringBuilder jsonLd = new StringBuilder();
    assertThat(JsonLdExport.write(dossier, jsonLd)).isNotEmpty()
        .isEqualTo(JsonLdExport.losses(dossier));
    assertThat(jsonLd.toString()).isEqualTo(JsonLdExport.toString(dossier));
  }
}
