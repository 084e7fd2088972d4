package dev.entente.examples.indiacanada2023;

import static dev.entente.examples.indiacanada2023.IndiaCanada2023.ACCUSATION;
import static dev.entente.examples.indiacanada2023.IndiaCanada2023.CANADA;
import static dev.entente.examples.indiacanada2023.IndiaCanada2023.DENIAL;
import static dev.entente.examples.indiacanada2023.IndiaCanada2023.INDIA;
import static dev.entente.examples.indiacanada2023.IndiaCanada2023.KILLING;
import static dev.entente.examples.indiacanada2023.IndiaCanada2023.MEA_RELEASE;
import static dev.entente.testing.EntenteAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.entente.model.Dossier;
import dev.entente.model.HedgeLevel;
import dev.entente.model.IntensityLevel;
import dev.entente.model.ObjectRole;
import dev.entente.model.PositionKind;
import dev.entente.model.RelationKind;
import dev.entente.model.Source;
import dev.entente.model.Statement;
import dev.entente.model.StatementRelation;
import dev.entente.model.Topic;
import dev.entente.model.TopicKind;
import dev.entente.time.FuzzyDate;
import org.junit.jupiter.api.Test;

/** September 2023: an accusation, and a denial in a statement that responds to it. */
class IndiaCanada2023Test {

  private static final Dossier DOSSIER = IndiaCanada2023.dossier();

  @Test
  void hasNoEngagement() {
    // Neither statement was made at a meeting; ExampleDossiersTest checks it is valid all the same.
    assertThat(DOSSIER.engagements()).isEmpty();
  }

  @Test
  void canadaAccusedIndiaOfALinkToTheKillingAsAnAllegation() {
    assertThat(DOSSIER).statement(ACCUSATION)
        .isIssuedBy(CANADA).isDated("2023-09-18")
        .hasPositionKinds(PositionKind.ACCUSE, PositionKind.CALL_ON)
        .position(PositionKind.ACCUSE)
        .isHeldBy(CANADA)
        .namesAs(ObjectRole.CONDUCT, INDIA)
        .targets(INDIA)
        .isAboutPhenomenon(KILLING)
        .hasHedging(HedgeLevel.ALLEGED)
        .hasConduct("agents of the Government of India");
  }

  @Test
  void theKillingIsADatedEventWithItsPlace() {
    Topic killing = DOSSIER.find(KILLING, Topic.class).orElseThrow();
    assertThat(killing.kind()).isEqualTo(TopicKind.EVENT);
    assertThat(killing.date()).hasValue(FuzzyDate.parse("2023-06-18"));
    assertThat(killing.venue().orElseThrow().city()).hasValue("Surrey");
  }

  @Test
  void indiaDeniedItTheNextDayInAStatementRespondingToCanadas() {
    Statement reply = DOSSIER.find(DENIAL, Statement.class).orElseThrow();
    assertThat(reply.relations())
        .extracting(StatementRelation::kind, StatementRelation::target)
        .containsExactly(tuple(RelationKind.RESPONDS_TO, ACCUSATION),
            tuple(RelationKind.DENIES, ACCUSATION));
    assertThat(reply.relations().get(1).evidence()).singleElement()
        .satisfies(e -> assertThat(e.quote()).hasValueSatisfying(q -> assertThat(q)
            .startsWith("We have seen and reject the statement")));
    assertThat(DOSSIER).statement(DENIAL)
        .isIssuedBy(INDIA).isDated("2023-09-19")
        .hasPositionKinds(PositionKind.DENY, PositionKind.CALL_ON)
        .position(PositionKind.DENY)
        .isHeldBy(INDIA)
        .namesAs(ObjectRole.CONDUCT, INDIA)
        .hasHedging(HedgeLevel.ALLEGED)
        .hasConduct("involvement in any act of violence in Canada");
    assertThat(DOSSIER.find(ACCUSATION, Statement.class).orElseThrow().relations()).isEmpty();
  }

  @Test
  void eachSideCalledOnTheOther() {
    assertThat(DOSSIER).statement(ACCUSATION).position(PositionKind.CALL_ON)
        .namesAs(ObjectRole.ADDRESSEE, INDIA)
        .hasIntensity(IntensityLevel.STRONG)
        .isReiterated();
    assertThat(DOSSIER).statement(DENIAL).position(PositionKind.CALL_ON)
        .namesAs(ObjectRole.ADDRESSEE, CANADA);
  }

  @Test
  void theMinistrysReleaseIsKnownWithoutAPageOfItsOwn() {
    Source release = DOSSIER.find(MEA_RELEASE, Source.class).orElseThrow();
    assertThat(release.url()).isEmpty();
    assertThat(release.publisher()).hasValue("Ministry of External Affairs, Government of India");
  }
}
