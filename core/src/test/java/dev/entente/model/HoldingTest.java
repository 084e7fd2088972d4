package dev.entente.model;

import static dev.entente.fixtures.Fixture.day;
import static dev.entente.fixtures.Fixture.dossier;
import static dev.entente.fixtures.Fixture.replace;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.fixtures.Fixture;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A person's holding of an office, recorded or implied by participation: {@link Dossier#holding}. */
class HoldingTest {

  private static final Dossier VALID = dossier();
  private static final Ref<Person> CHO = Ref.of("cho");
  private static final Ref<Office> KOR_FM = Ref.of("kor-fm");

  private static Dossier withCho(Person cho) {
    return VALID.withActors(replace(VALID.actors(), 4, cho));
  }

  @Test
  void aRecordedTenureIsTheHolding() {
    Holding holding = VALID.holding(CHO, KOR_FM, day("2024-01-10")).orElseThrow();
    assertThat(holding.isImplied()).isFalse();
    assertThat(holding.tenure()).contains(Fixture.cho().tenures().get(0));
    assertThat(holding.impliedBy()).isEmpty();
    assertThat(holding.person()).isEqualTo(CHO);
    assertThat(holding.office()).isEqualTo(KOR_FM);
  }

  @Test
  void withoutARecordedTenureTheParticipationImpliesTheHolding() {
    Dossier dossier = withCho(Fixture.cho().withTenures(List.of()));
    Holding holding = dossier.holding(CHO, KOR_FM, day("2024-01-10")).orElseThrow();
    assertThat(holding.isImplied()).isTrue();
    assertThat(holding.tenure()).isEmpty();
    assertThat(holding.impliedBy()).containsExactly(Ref.of("fm-1"));
    // A fuzzy time that may be fm-1's day is implied too; a day that is not, is not.
    assertThat(dossier.holding(CHO, KOR_FM, day("2024-01"))).isPresent();
    assertThat(dossier.holding(CHO, KOR_FM, day("2024-01-11"))).isEmpty();
  }

  @Test
  void recordedTenuresTakePrecedenceOverParticipation() {
    // Cho took part in fm-1 as foreign minister on 2024-01-10, but his recorded term starts later:
    // the record says he did not hold it then.
    Dossier dossier = withCho(Fixture.cho().withTenures(
        Fixture.tenure("kor-fm", Term.from(day("2024-03-01")))));
    assertThat(dossier.holding(CHO, KOR_FM, day("2024-01-10"))).isEmpty();
    assertThat(dossier.holding(CHO, KOR_FM, day("2024-03-01")).flatMap(Holding::tenure))
        .isPresent();
  }

  @Test
  void anUndatedParticipationMayImplyTheHoldingAtAnyTime() {
    Dossier dossier = withCho(Fixture.cho().withTenures(List.of()));
    Dialogue undated = ((Dialogue) dossier.engagements().get(0)).withDate(Optional.empty());
    dossier = dossier.withEngagements(replace(dossier.engagements(), 0, undated));
    assertThat(dossier.holding(CHO, KOR_FM, day("1999")).map(Holding::impliedBy))
        .contains(List.of(Ref.of("fm-1")));
  }

  @Test
  void thereIsNoHoldingOfAnotherOfficeOrByAnUnknownPerson() {
    assertThat(VALID.holding(CHO, Ref.of("us-secstate"), day("2024-01-10"))).isEmpty();
    assertThat(VALID.holding(Ref.of("lammy"), KOR_FM, day("2024-01-10"))).isEmpty();
    assertThat(VALID.holding(Ref.of("kor"), KOR_FM, day("2024-01-10"))).isEmpty();
  }

  @Test
  void aHoldingIsEitherRecordedOrImplied() {
    Tenure tenure = Fixture.cho().tenures().get(0);
    Ref<Engagement> fm1 = Ref.of("fm-1");
    Fixture.assertRejected(() -> new Holding(CHO, KOR_FM, Optional.of(tenure), List.of(fm1)),
        "Holding.impliedBy", List.of(fm1));
    Fixture.assertRejected(() -> Holding.implied(CHO, KOR_FM, List.of()),
        "Holding.impliedBy", List.of());
    Fixture.assertRejected(
        () -> new Holding(CHO, Ref.of("us-secstate"), Optional.of(tenure), List.of()),
        "Holding.tenure", KOR_FM);
    assertThat(Holding.recorded(CHO, tenure).office()).isEqualTo(KOR_FM);
  }
}
