package dev.entente.examples.japanrok2023;

import static dev.entente.examples.japanrok2023.JapanRokBusan2023.KAMIKAWA;
import static dev.entente.examples.japanrok2023.JapanRokBusan2023.LAUNCH;
import static dev.entente.examples.japanrok2023.JapanRokBusan2023.YONHAP;
import static dev.entente.testing.EntenteAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.model.Dossier;
import dev.entente.model.NameOrder;
import dev.entente.model.Person;
import dev.entente.model.PersonName;
import dev.entente.model.Position;
import dev.entente.model.PositionKind;
import dev.entente.model.Source;
import dev.entente.model.Topic;
import dev.entente.time.FuzzyDate;
import org.junit.jupiter.api.Test;

/** Busan, 26 November 2023: name order, a dated event, a reiteration, a source by agency only. */
class JapanRokBusan2023Test {

  private static final Dossier DOSSIER = JapanRokBusan2023.dossier();

  @Test
  void keepsTheMinistersNameInTheOrdersItIsWritten() {
    Person kamikawa = DOSSIER.find(KAMIKAWA, Person.class).orElseThrow();
    assertThat(kamikawa.names()).extracting(PersonName::text, n -> n.order().orElseThrow())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("KAMIKAWA Yoko", NameOrder.FAMILY_UPPER_GIVEN),
            org.assertj.core.groups.Tuple.tuple("Kamikawa Yoko", NameOrder.FAMILY_GIVEN),
            org.assertj.core.groups.Tuple.tuple("Yoko Kamikawa", NameOrder.GIVEN_FAMILY));
  }

  @Test
  void theCondemnedLaunchIsAnEventWithTheDatesItsSourcesGive() {
    Topic launch = DOSSIER.find(LAUNCH, Topic.class).orElseThrow();
    assertThat(launch.date()).hasValue(FuzzyDate.parse("2023-11-21/2023-11-22"));
    Position condemnation = DOSSIER.statements().get(0).positions().get(0);
    assertThat(condemnation.kind()).isEqualTo(PositionKind.CONDEMN);
    assertThat(condemnation.objects().get(0).phenomenon()).hasValue(LAUNCH);
    assertThat(condemnation.objects().get(0).conduct()).isEmpty();
  }

  @Test
  void theCallAndTheReplyAreBothReiterations() {
    assertThat(DOSSIER.statements()).flatExtracting(s -> s.positions())
        .extracting(p -> p.kind(), p -> p.reiteration().isPresent())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(PositionKind.CONDEMN, false),
            org.assertj.core.groups.Tuple.tuple(PositionKind.CALL_ON, true),
            org.assertj.core.groups.Tuple.tuple(PositionKind.RECOGNISE, true));
  }

  @Test
  void theYonhapReportIsKnownByItsAgencyAndDayAlone() {
    Source yonhap = DOSSIER.find(YONHAP, Source.class).orElseThrow();
    assertThat(yonhap.title()).isEmpty();
    assertThat(yonhap.url()).isEmpty();
    assertThat(yonhap.publisher()).hasValue("Yonhap News Agency");
    assertThat(yonhap.published()).hasValue(FuzzyDate.parse("2023-11-26"));
  }
}
