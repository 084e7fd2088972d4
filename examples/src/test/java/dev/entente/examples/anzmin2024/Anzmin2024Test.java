package dev.entente.examples.anzmin2024;

import static dev.entente.examples.anzmin2024.Anzmin2024.ANZMIN_2;
import static dev.entente.examples.anzmin2024.Anzmin2024.ANZMIN_2024;
import static dev.entente.examples.anzmin2024.Anzmin2024.LUXON;
import static dev.entente.examples.anzmin2024.Anzmin2024.LUXON_REMARKS;
import static dev.entente.examples.anzmin2024.Anzmin2024.NEW_ZEALAND;
import static dev.entente.examples.anzmin2024.Anzmin2024.NZ_DEPUTY_PM;
import static dev.entente.examples.anzmin2024.Anzmin2024.NZ_FOREIGN;
import static dev.entente.examples.anzmin2024.Anzmin2024.PETERS;
import static dev.entente.examples.anzmin2024.Anzmin2024.PILLAR_II;
import static dev.entente.examples.anzmin2024.Anzmin2024.SERIES;
import static dev.entente.examples.anzmin2024.Anzmin2024.SYDNEY;
import static dev.entente.testing.EntenteAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.model.Dialogue;
import dev.entente.model.Dossier;
import dev.entente.model.Interest;
import dev.entente.model.PositionKind;
import dev.entente.model.Remarks;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ANZMIN 2024: a session named by its year, a second session by number, an interest. */
class Anzmin2024Test {

  private static final Dossier DOSSIER = Anzmin2024.dossier();

  @Test
  void theMelbourneSessionIsTheRoundOf2024AndTheFirstByNumber() {
    assertThat(DOSSIER).dialogue(ANZMIN_2024)
        .isSessionOf(SERIES).isRound(2024).hasOrdinal(1)
        .isOn("2024-02-01").isHeldIn("Melbourne").isHostedBy(Anzmin2024.AUSTRALIA)
        .hasParticipantAs(PETERS, List.of(NZ_DEPUTY_PM, NZ_FOREIGN));
  }

  @Test
  void theAucklandSessionOfTheSameYearIsKnownByItsNumberAlone() {
    Dialogue auckland = DOSSIER.find(ANZMIN_2, Dialogue.class).orElseThrow();
    assertThat(auckland.round()).isEmpty();
    assertThat(auckland).isSessionOf(SERIES).hasOrdinal(2).isOn("2024-12-06")
        .isHeldIn("Auckland").isHostedBy(NEW_ZEALAND);
    assertThat(DOSSIER.engagements()).filteredOn(Dialogue.class::isInstance)
        .map(e -> ((Dialogue) e).round())
        .containsExactly(java.util.Optional.of(Year.of(2024)), java.util.Optional.empty());
  }

  @Test
  void luxonExpressedNewZealandsInterestInExploringPillarTwoInSydney() {
    assertThat(DOSSIER).statement(LUXON_REMARKS)
        .isIssuedBy(NEW_ZEALAND).isDated("2023-12-20").isMadeAt(SYDNEY)
        .hasPositionKinds(PositionKind.EXPRESS_INTEREST)
        .position(PositionKind.EXPRESS_INTEREST)
        .isHeldBy(NEW_ZEALAND)
        .hasTopic(PILLAR_II)
        .hasConduct("exploring pillar two of AUKUS, and the new technologies and the"
            + " opportunities that may mean for New Zealand to participate");
    Remarks remarks = DOSSIER.find(LUXON_REMARKS, Remarks.class).orElseThrow();
    assertThat(remarks.speaker().person()).isEqualTo(LUXON);
    assertThat(remarks.positions().get(0)).isInstanceOf(Interest.class);
    assertThat(remarks.positions().get(0).wording()).hasValue("We are interested in exploring");
    assertThat(remarks.positions().get(0).evidence()).hasSize(2);
  }
}
