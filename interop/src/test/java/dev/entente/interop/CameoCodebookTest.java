package dev.entente.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CameoCodebookTest {

  private final CameoCodebook book = CameoCodebook.standard();

  @Test
  void readsScoresAndQuadClassesFromTheTables() {
    assertThat(book.get("043").description()).isEqualTo("Host a visit");
    assertThat(book.get("043").goldstein()).isEqualTo(2.8);
    assertThat(book.get("043").quadClass()).isEqualTo(1);
    assertThat(book.get("111").description()).isEqualTo("Criticize or denounce");
    assertThat(book.get("111").quadClass()).isEqualTo(3);
    assertThat(book.get("0874").goldstein()).isEqualTo(10.0);
    assertThat(book.get("0874").quadClass()).isEqualTo(2);
    assertThat(book.get("195").quadClass()).isEqualTo(4);
    // GDELT's convention, not the file's header: root 09 (investigate) is verbal conflict
    assertThat(book.get("090").quadClass()).isEqualTo(3);
    assertThat(book.get("019").quadClass()).isEqualTo(1);
    assertThat(book.get("0311").baseCode()).isEqualTo("031");
    assertThat(book.get("0311").rootCode()).isEqualTo("03");
  }

  @Test
  void splitsTheRowThatRunsIntoTheNextCode() {
    assertThat(book.get("1056").description()).isEqualTo("Demand de-escalation of military engagement");
    assertThat(book.get("106").description()).isEqualTo("Demand withdrawal");
    assertThat(book.get("106").goldstein()).isEqualTo(-5.0);
  }

  @Test
  void repairsTheMisEncodedQuotesFromThePloverTable() {
    assertThat(book.get("044").description()).isEqualTo("Meet at a 'third' location");
    assertThat(book.codes()).allSatisfy(c -> assertThat(c.description()).doesNotContain("\u00d2", "\r"));
  }

  @Test
  void everyCodeHasAScore() {
    assertThat(book.codes()).hasSizeGreaterThan(290);
    assertThat(book.codes()).allSatisfy(c -> assertThat(c.goldstein()).isBetween(-10.0, 10.0));
  }

  @Test
  void readsTheCameoToPloverTable() {
    assertThat(book.plover("042")).contains(new PloverEvent("CONSULT", java.util.Optional.of("visit"), List.of()));
    assertThat(book.plover("111").get().mode()).contains("disapprove");
    assertThat(book.plover("036").get().contexts()).containsExactly("diplomatic");
    assertThat(book.plover("094").get().contexts()).containsExactly("military", "legal");
    assertThat(book.plover("012")).isEmpty();
    assertThat(book.plover("020")).isEmpty();
  }
}
