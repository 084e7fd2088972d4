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

import dev.entente.model.CountryCode;
import dev.entente.model.Dialogue;
import dev.entente.model.Dossier;
import dev.entente.model.Holding;
import dev.entente.model.Interest;
import dev.entente.model.Office;
import dev.entente.model.Person;
import dev.entente.model.PositionKind;
import dev.entente.model.Ref;
import dev.entente.model.Remarks;
import dev.entente.model.State;
import dev.entente.time.FuzzyDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
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
    List<Dialogue> sessions = DOSSIER.sessions(SERIES);
    assertThat(sessions).extracting(Dialogue::id)
        .containsExactly(ANZMIN_2024.id(), ANZMIN_2.id());
    Dialogue auckland = sessions.get(1);
    assertThat(auckland.round()).isEmpty();
    assertThat(auckland).isSessionOf(SERIES).hasOrdinal(2).isOn("2024-12-06")
        .isHeldIn("Auckland").isHostedBy(NEW_ZEALAND);
    assertThat(sessions).extracting(Dialogue::round)
        .containsExactly(Optional.of(Year.of(2024)), Optional.empty());
  }

  @Test
  void petersHeldBothOfficesOnTheDayOfTheSessionAsHisPartInItImplies() {
    Person peters = DOSSIER.personsNamed("winston  peters").get(0);
    assertThat(peters.id()).isEqualTo(PETERS.id());
    assertThat(peters.tenures()).isEmpty();
    for (Ref<Office> office : List.of(NZ_DEPUTY_PM, NZ_FOREIGN)) {
      Holding holding = DOSSIER.holding(PETERS, office, FuzzyDate.parse("2024-02-01"))
          .orElseThrow();
      assertThat(holding.isImplied()).isTrue();
      assertThat(holding.impliedBy()).containsExactly(ANZMIN_2024);
    }
    // the session says nothing of the day of the Sydney meeting, weeks before
    assertThat(DOSSIER.holding(PETERS, NZ_FOREIGN, FuzzyDate.parse("2023-12-20"))).isEmpty();
  }

  @Test
  void eachSideIsFoundByItsCountryCode() {
    State newZealand = DOSSIER.state(CountryCode.of("NZ")).orElseThrow();
    assertThat(newZealand.id()).isEqualTo(NEW_ZEALAND.id());
    assertThat(DOSSIER.state(CountryCode.of("AU")).map(State::name)).hasValue("Australia");
    assertThat(DOSSIER.state(CountryCode.of("GB"))).isEmpty();
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
