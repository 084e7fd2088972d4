package dev.entente.examples.cubanamibia2024;

import static dev.entente.examples.cubanamibia2024.CubaNamibia2024.CUBA;
import static dev.entente.examples.cubanamibia2024.CubaNamibia2024.CU_FOREIGN_TRADE;
import static dev.entente.examples.cubanamibia2024.CubaNamibia2024.CU_PRESIDENT;
import static dev.entente.examples.cubanamibia2024.CubaNamibia2024.DIAZ_CANEL;
import static dev.entente.examples.cubanamibia2024.CubaNamibia2024.MBUMBA;
import static dev.entente.examples.cubanamibia2024.CubaNamibia2024.MOU;
import static dev.entente.examples.cubanamibia2024.CubaNamibia2024.MUSHELENGA;
import static dev.entente.examples.cubanamibia2024.CubaNamibia2024.NAMIBIA;
import static dev.entente.examples.cubanamibia2024.CubaNamibia2024.NA_INTERNATIONAL_RELATIONS;
import static dev.entente.examples.cubanamibia2024.CubaNamibia2024.NA_PRESIDENT;
import static dev.entente.examples.cubanamibia2024.CubaNamibia2024.NBC;
import static dev.entente.examples.cubanamibia2024.CubaNamibia2024.PEREZ_OLIVA;
import static dev.entente.examples.cubanamibia2024.CubaNamibia2024.SIGNING;
import static dev.entente.testing.EntenteAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.entente.model.Attribution;
import dev.entente.model.Confirmation;
import dev.entente.model.Dossier;
import dev.entente.model.Evidence;
import dev.entente.model.Holding;
import dev.entente.model.Instrument;
import dev.entente.model.InstrumentKind;
import dev.entente.model.InstrumentStatus;
import dev.entente.model.InstrumentStep;
import dev.entente.model.MeetingKind;
import dev.entente.model.Office;
import dev.entente.model.OfficeKind;
import dev.entente.model.Person;
import dev.entente.model.Ref;
import dev.entente.model.Signatory;
import dev.entente.model.Topics;
import dev.entente.time.FuzzyDate;
import dev.entente.validation.DossierValidator;
import dev.entente.validation.Violation;
import dev.entente.validation.ViolationCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The Cuba-Namibia memorandum of 2024: signed by two ministers who are not counterparts, in the
 * presence of the two presidents, its witnesses; the day of the signing disputed.
 */
class CubaNamibia2024Test {

  private static final Dossier DOSSIER = CubaNamibia2024.dossier();
  private static final Instrument MEMORANDUM = DOSSIER.instrument(MOU).orElseThrow();
  private static final FuzzyDate DAY = FuzzyDate.parse("2024-12-16");

  @Test
  void isAMemorandumOfCubaAndNamibiaOnEconomyAndTrade() {
    assertThat(DOSSIER).instrument(MOU)
        .hasKind(InstrumentKind.MEMORANDUM_OF_UNDERSTANDING)
        .hasParties(CUBA, NAMIBIA)
        .hasHistory(InstrumentStatus.SIGNED)
        .hasStatus(InstrumentStatus.SIGNED);
    assertThat(MEMORANDUM.topics()).containsExactly(Topics.ECONOMY.ref(), Topics.TRADE.ref());
    assertThat(MEMORANDUM.title()).isEmpty();
    assertThat(MEMORANDUM.text()).isEmpty();
    assertThat(MEMORANDUM.conditions()).isEmpty();
  }

  @Test
  void wasWitnessedByTheTwoPresidentsInTheirOffices() {
    assertThat(DOSSIER).instrument(MOU)
        .wasWitnessedBy(DIAZ_CANEL)
        .wasWitnessedBy(MBUMBA);
    assertThat(MEMORANDUM.witnesses()).containsExactly(
        Attribution.of(DIAZ_CANEL, CU_PRESIDENT), Attribution.of(MBUMBA, NA_PRESIDENT));
    for (Attribution witness : MEMORANDUM.witnesses()) {
      Office office = DOSSIER.office(witness.office().orElseThrow()).orElseThrow();
      assertThat(office.kind()).isEqualTo(OfficeKind.HEAD_OF_STATE);
    }
  }

  @Test
  void aSignatoryIsNoWitnessAndTheAssertionSaysWhoWitnessed() {
    assertThatThrownBy(() -> assertThat(DOSSIER).instrument(MOU).wasWitnessedBy(PEREZ_OLIVA))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("perez-oliva")
        .hasMessageContaining("diaz-canel")
        .hasMessageContaining("mbumba");
  }

  @Test
  void wasSignedForEachPartyByAMinisterWhoIsNotTheOthersCounterpart() {
    assertThat(DOSSIER).instrument(MOU)
        .wasSignedAt(SIGNING)
        .wasSignedBy(PEREZ_OLIVA, CUBA)
        .wasSignedBy(MUSHELENGA, NAMIBIA);
    assertThat(MEMORANDUM.signatories()).containsExactly(
        Signatory.of(PEREZ_OLIVA, CU_FOREIGN_TRADE, CUBA),
        Signatory.of(MUSHELENGA, NA_INTERNATIONAL_RELATIONS, NAMIBIA));
    assertThat(MEMORANDUM.signatories())
        .extracting(s -> DOSSIER.office(s.office().orElseThrow()).orElseThrow().kind())
        .containsExactly(OfficeKind.MINISTER, OfficeKind.FOREIGN_MINISTER);
  }

  @Test
  void theSigningIsACeremonyInHavanaWithTheSignatoriesAndTheWitnesses() {
    assertThat(DOSSIER).engagement(SIGNING)
        .isMeetingOfKind(MeetingKind.SIGNING)
        .isOn(DAY)
        .isHeldIn("Havana")
        .isHostedBy(CUBA)
        .hasParticipant(DIAZ_CANEL, CU_PRESIDENT)
        .hasParticipant(MBUMBA, NA_PRESIDENT)
        .hasParticipant(PEREZ_OLIVA, CU_FOREIGN_TRADE)
        .hasParticipant(MUSHELENGA, NA_INTERNATIONAL_RELATIONS);
    assertThat(DOSSIER.engagement(SIGNING).orElseThrow().venue().orElseThrow().building())
        .hasValue("Palace of the Revolution");
  }

  @Test
  void everyOfficeAtTheSigningRestsOnTakingPartInIt() {
    Map<Ref<Person>, Ref<Office>> offices = Map.of(
        DIAZ_CANEL, CU_PRESIDENT, MBUMBA, NA_PRESIDENT,
        PEREZ_OLIVA, CU_FOREIGN_TRADE, MUSHELENGA, NA_INTERNATIONAL_RELATIONS);
    offices.forEach((person, office) -> {
      assertThat(DOSSIER.person(person).orElseThrow().tenures()).as("tenures of %s", person)
          .isEmpty();
      Holding holding = DOSSIER.holding(person, office, DAY).orElseThrow();
      assertThat(holding.isImplied()).as("holding of %s", person).isTrue();
      assertThat(holding.impliedBy()).containsExactly(SIGNING);
    });
    // the ceremony says nothing of any other day
    assertThat(DOSSIER.holding(MBUMBA, NA_PRESIDENT, FuzzyDate.parse("2024-12-20"))).isEmpty();
  }

  @Test
  void aWitnessInAnOfficeTheDossierDoesNotShowHimHoldingIsReported() {
    List<Attribution> witnesses = new ArrayList<>(MEMORANDUM.witnesses());
    witnesses.add(Attribution.of(MBUMBA, CU_PRESIDENT));
    Dossier broken = DOSSIER.withRecord(MEMORANDUM.withWitnesses(witnesses));
    List<Violation> violations = DossierValidator.validate(broken);
    assertThat(violations).extracting(Violation::code, Violation::pointer)
        .containsExactly(tuple(ViolationCode.OFFICE_NOT_HELD, "/instruments/0/witnesses/2/office"));
    assertThat(violations.get(0).message()).contains("\"mbumba\"", "cu-president");
  }

  @Test
  void theDayIsDisputedByAReportThatSaysTuesdayAndGivesNoDate() {
    InstrumentStep signed = MEMORANDUM.history().get(0);
    assertThat(signed.confirmation()).hasValue(Confirmation.DISPUTED);
    assertThat(signed.accounts()).extracting(InstrumentStep::status)
        .containsExactly(InstrumentStatus.SIGNED, InstrumentStatus.SIGNED);
    assertThat(signed.accounts()).extracting(InstrumentStep::date)
        .containsExactly(Optional.of(DAY), Optional.empty());
    InstrumentStep tuesday = signed.alternatives().get(0);
    assertThat(tuesday.evidence()).extracting(Evidence::source).containsExactly(NBC);
    assertThat(tuesday.wording()).hasValueSatisfying(w -> assertThat(w).endsWith("on Tuesday"));
    // the accounts agree on the status, so the status is settled
    assertThat(MEMORANDUM.status().isDisputed()).isFalse();
  }
}
