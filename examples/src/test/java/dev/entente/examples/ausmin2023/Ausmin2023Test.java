package dev.entente.examples.ausmin2023;

import static dev.entente.examples.ausmin2023.Ausmin2023.AUSMIN_33;
import static dev.entente.examples.ausmin2023.Ausmin2023.AU_DEFENCE;
import static dev.entente.examples.ausmin2023.Ausmin2023.AU_DEPUTY_PM;
import static dev.entente.examples.ausmin2023.Ausmin2023.MARLES;
import static dev.entente.testing.EntenteAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.model.Dialogue;
import dev.entente.model.Dossier;
import dev.entente.model.Office;
import dev.entente.model.OfficeKind;
import dev.entente.model.Participant;
import dev.entente.model.Position;
import dev.entente.model.PositionKind;
import dev.entente.model.Statement;
import dev.entente.time.FuzzyDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 33rd AUSMIN: one minister in two offices, an appreciation, a commitment with a period. */
class Ausmin2023Test {

  private static final Dossier DOSSIER = Ausmin2023.dossier();

  @Test
  void marlesTookPartAsDeputyPrimeMinisterAndDefenceMinisterAtOnce() {
    Dialogue ausmin = DOSSIER.find(AUSMIN_33, Dialogue.class).orElseThrow();
    Participant marles = ausmin.participants().stream()
        .filter(p -> p.person().equals(MARLES)).findFirst().orElseThrow();
    assertThat(marles.offices()).containsExactly(AU_DEPUTY_PM, AU_DEFENCE);
    assertThat(DOSSIER.find(AU_DEPUTY_PM, Office.class).orElseThrow().kind())
        .isEqualTo(OfficeKind.DEPUTY_HEAD_OF_GOVERNMENT);
    assertThat(DOSSIER).dialogue(AUSMIN_33).hasOrdinal(33).isOn("2023-07-29");
  }

  @Test
  void marlesThankedTheUnitedStatesForItsHelpInTheSearch() {
    Statement remarks = DOSSIER.find(dev.entente.model.Ref.of("marles-opening-remarks"),
        Statement.class).orElseThrow();
    assertThat(remarks.positions()).extracting(Position::kind)
        .containsExactly(PositionKind.APPRECIATE);
  }

  @Test
  void theRocketCommitmentRunsUntil2025() {
    List<Position> positions = DOSSIER.statements().get(0).positions();
    assertThat(positions.get(1).period().orElseThrow().value())
        .isEqualTo(FuzzyDate.parse("../2025"));
    assertThat(positions.get(1).period().orElseThrow().wording()).hasValue("by 2025");
  }
}
