package dev.entente.testing.generators;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.model.Dialogue;
import dev.entente.model.Dossier;
import dev.entente.model.Engagement;
import dev.entente.model.Participant;
import dev.entente.model.PersonName;
import dev.entente.model.Source;
import dev.entente.validation.DossierValidator;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The generators reach the 1.1 additions for people, time and unknowns: undated dialogues known
 * by ordinal or round, participants with two offices, names with parts and order, sources known
 * by publisher and date, and valid dossiers with undated sessions and two-office participants.
 */
class PeopleTimeUnknownsArbitrariesTest {

  @Provide
  Arbitrary<Dialogue> dialogues() {
    return ModelArbitraries.dialogues();
  }

  @Provide
  Arbitrary<Participant> participants() {
    return ModelArbitraries.participants();
  }

  @Provide
  Arbitrary<PersonName> personNames() {
    return ModelArbitraries.personNames();
  }

  @Provide
  Arbitrary<Source> sources() {
    return ModelArbitraries.sources();
  }

  @Provide
  Arbitrary<Dossier> validDossiers() {
    return ModelArbitraries.validDossiers();
  }

  @Property(tries = 500)
  void dialoguesAreSometimesUndatedAndThenKnownByOrdinalOrRound(@ForAll("dialogues") Dialogue d) {
    if (d.date().isEmpty()) {
      assertThat(d.ordinal().isPresent() || d.round().isPresent()).isTrue();
      assertThat(d.startsAt()).isEmpty();
    }
    Statistics.label("dated").collect(d.date().isPresent());
    Statistics.label("round").collect(d.round().isPresent());
    Statistics.label("dated").coverage(c -> c.check(false).count(n -> n > 0));
    Statistics.label("round").coverage(c -> c.check(true).count(n -> n > 0));
  }

  @Property(tries = 500)
  void participantsSometimesActAsTwoOffices(@ForAll("participants") Participant p) {
    assertThat(p.offices()).doesNotHaveDuplicates();
    Statistics.collect(p.offices().size());
    Statistics.coverage(c -> c.check(2).count(n -> n > 0));
  }

  @Property(tries = 500)
  void namesSometimesHavePartsInAnOrder(@ForAll("personNames") PersonName name) {
    name.family().ifPresent(family -> assertThat(name.text()).containsIgnoringCase(family));
    Statistics.collect(name.order().map(Enum::name).orElse("none"));
    Statistics.coverage(c -> {
      c.check("FAMILY_UPPER_GIVEN").count(n -> n > 0);
      c.check("GIVEN_FAMILY").count(n -> n > 0);
    });
  }

  @Property(tries = 500)
  void sourcesAreSometimesKnownByPublisherAndDateOnly(@ForAll("sources") Source s) {
    boolean byPublisher = s.title().isEmpty() && s.url().isEmpty();
    if (byPublisher) {
      assertThat(s.publisher()).isPresent();
      assertThat(s.published().isPresent() || s.publishedAt().isPresent()).isTrue();
    }
    Statistics.collect(byPublisher);
    Statistics.coverage(c -> c.check(true).count(n -> n > 0));
  }

  @Property(tries = 200)
  void validDossiersHaveUndatedSessionsAndTwoOfficeParticipants(
      @ForAll("validDossiers") Dossier dossier) {
    assertThat(DossierValidator.validate(dossier)).isEmpty();
    boolean undated = dossier.engagements().stream().map(Engagement::date)
        .anyMatch(java.util.Optional::isEmpty);
    boolean twoOffices = dossier.engagements().stream()
        .flatMap(e -> e.participants().stream()).anyMatch(p -> p.offices().size() > 1);
    Statistics.label("undated").collect(undated);
    Statistics.label("two offices").collect(twoOffices);
    Statistics.label("undated").coverage(c -> c.check(true).count(n -> n > 0));
    Statistics.label("two offices").coverage(c -> c.check(true).count(n -> n > 0));
  }
}
