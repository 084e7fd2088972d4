package dev.entente.testing;

import static dev.entente.testing.DossierAssertTest.failure;
import static dev.entente.testing.EntenteAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.entente.model.Attribution;
import dev.entente.model.ConditionKind;
import dev.entente.model.Confirmation;
import dev.entente.model.Dossier;
import dev.entente.model.EntryCondition;
import dev.entente.model.Evidence;
import dev.entente.model.Instrument;
import dev.entente.model.InstrumentKind;
import dev.entente.model.InstrumentStatus;
import dev.entente.model.InstrumentStep;
import dev.entente.model.Ref;
import dev.entente.model.Signatory;
import dev.entente.model.Source;
import dev.entente.model.SourceKind;
import dev.entente.time.FuzzyDate;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.error.AssertJMultipleFailuresError;
import org.junit.jupiter.api.Test;

/** Assertions on instruments pass and fail as they say, hard and soft. */
class InstrumentAssertTest {

  private static final Evidence PRESS = Evidence.of(Ref.of("src-1"));
  private static final Evidence WIRE = Evidence.of(Ref.of("wire"));

  /** An arrangement signed at fm-1, ratified by Korea, in force. */
  private static Instrument arrangement() {
    return Instrument.builder()
        .id("kor-usa-arrangement")
        .kind(InstrumentKind.ARRANGEMENT)
        .addParties(Ref.of("kor"), Ref.of("usa"))
        .signing(Ref.of("fm-1"))
        .addSignatories(Signatory.of(Ref.of("cho"), Ref.of("kor-fm"), Ref.of("kor")),
            Signatory.builder().person(Ref.of("blinken")).party(Ref.of("usa")).build())
        .addWitnesses(Attribution.builder().person(Ref.of("blinken")).build())
        .addConditions(EntryCondition.builder().kind(ConditionKind.NOTIFICATION).build())
        .addHistory(InstrumentStep.builder().status(InstrumentStatus.SIGNED)
            .date(FuzzyDate.parse("2024-01-10")).addEvidence(PRESS).build())
        .addHistory(InstrumentStep.builder().status(InstrumentStatus.RATIFIED)
            .party(Ref.of("kor")).date(FuzzyDate.parse("2024-03")).build())
        .addHistory(InstrumentStep.builder().status(InstrumentStatus.IN_FORCE)
            .date(FuzzyDate.parse("2024-04-01")).addEvidence(PRESS).build())
        .build();
  }

  /** The arrangement whose entry into force one source reports and another does not. */
  private static Instrument disputed() {
    Instrument a = arrangement();
    InstrumentStep last = InstrumentStep.builder().status(InstrumentStatus.IN_FORCE)
        .date(FuzzyDate.parse("2024-04-01")).addEvidence(PRESS)
        .confirmation(Confirmation.DISPUTED)
        .addAlternative(InstrumentStep.builder().status(InstrumentStatus.RATIFIED)
            .party(Ref.of("usa")).date(FuzzyDate.parse("2024-04-01")).addEvidence(WIRE).build())
        .build();
    return a.withHistory(a.history().get(0), a.history().get(1), last);
  }

  private static Dossier dossier() {
    Dossier d = SampleDossiers.korUsa();
    return d.withInstruments(arrangement());
  }

  @Test
  void theSampleWithTheArrangementIsValid() {
    assertThat(dossier()).isValid();
    Dossier withWire = dossier().withInstruments(disputed());
    List<Source> sources = new ArrayList<>(withWire.sources());
    sources.add(Source.builder().id("wire").kind(SourceKind.NEWS_ARTICLE).title("Wire report")
        .build());
    assertThat(withWire.withSources(sources)).isValid();
  }

  @Test
  void hasKindAndHasParties() {
    assertThat(dossier()).instrument("kor-usa-arrangement").hasKind(InstrumentKind.ARRANGEMENT)
        .hasParties(Ref.of("usa"), Ref.of("kor"));
    assertThat(failure(() -> assertThat(arrangement()).hasKind(InstrumentKind.TREATY)))
        .isEqualTo("Expecting instrument \"kor-usa-arrangement\" to be of kind TREATY, but it is"
            + " of kind ARRANGEMENT");
    assertThat(failure(() -> assertThat(arrangement()).hasParties(Ref.of("kor"), Ref.of("jpn"))))
        .isEqualTo("Expecting instrument \"kor-usa-arrangement\" to have the parties [kor, jpn],"
            + " but its parties are [kor, usa]");
  }

  @Test
  void wasSignedByWasSignedAtAndWasWitnessedBy() {
    assertThat(arrangement()).wasSignedBy(Ref.of("cho"), Ref.of("kor"))
        .wasSignedBy(Ref.of("blinken"), Ref.of("usa")).wasSignedAt(Ref.of("fm-1"))
        .wasWitnessedBy(Ref.of("blinken"));
    assertThat(failure(() -> assertThat(arrangement()).wasSignedBy(Ref.of("cho"), Ref.of("usa"))))
        .isEqualTo("Expecting instrument \"kor-usa-arrangement\" to be signed by cho for usa, but"
            + " its signatories are [cho for kor as kor-fm, blinken for usa]");
    assertThat(failure(() -> assertThat(arrangement()).wasSignedAt(Ref.of("fm-2"))))
        .isEqualTo("Expecting instrument \"kor-usa-arrangement\" to be signed at fm-2, but its"
            + " signing is fm-1");
    assertThat(failure(() -> assertThat(arrangement()).wasWitnessedBy(Ref.of("cho"))))
        .isEqualTo("Expecting instrument \"kor-usa-arrangement\" to be witnessed by cho, but its"
            + " witnesses are [blinken]");
  }

  @Test
  void hasHistoryAndHasStatus() {
    assertThat(arrangement()).hasHistory(InstrumentStatus.SIGNED, InstrumentStatus.RATIFIED,
        InstrumentStatus.IN_FORCE).hasStatus(InstrumentStatus.IN_FORCE);
    assertThat(failure(() -> assertThat(arrangement()).hasHistory(InstrumentStatus.SIGNED)))
        .isEqualTo("Expecting instrument \"kor-usa-arrangement\" to have the history [SIGNED],"
            + " but it has [SIGNED, RATIFIED, IN_FORCE]");
    assertThat(failure(() -> assertThat(disputed()).hasStatus(InstrumentStatus.IN_FORCE)))
        .isEqualTo("Expecting instrument \"kor-usa-arrangement\" to have the settled status"
            + " IN_FORCE, but it is disputed: RATIFIED (per wire) or IN_FORCE (per src-1)");
    assertThat(failure(() -> assertThat(arrangement().withHistory())
            .hasStatus(InstrumentStatus.SIGNED)))
        .isEqualTo("Expecting instrument \"kor-usa-arrangement\" to have the settled status"
            + " SIGNED, but it is unknown");
  }

  @Test
  void hasStatusDisputedBetween() {
    assertThat(disputed())
        .hasStatusDisputedBetween(InstrumentStatus.IN_FORCE, InstrumentStatus.RATIFIED);
    assertThat(failure(() -> assertThat(arrangement())
            .hasStatusDisputedBetween(InstrumentStatus.IN_FORCE, InstrumentStatus.RATIFIED)))
        .isEqualTo("Expecting the status of instrument \"kor-usa-arrangement\" to be disputed"
            + " between [IN_FORCE, RATIFIED], but it is settled: IN_FORCE (per src-1)");
  }

  @Test
  void wasRatifiedBy() {
    assertThat(arrangement()).wasRatifiedBy(Ref.of("kor"));
    assertThat(failure(() -> assertThat(arrangement()).wasRatifiedBy(Ref.of("kor"),
            Ref.of("usa"))))
        .isEqualTo("Expecting instrument \"kor-usa-arrangement\" to be ratified by [kor, usa], but"
            + " it was ratified by [kor]");
  }

  @Test
  void hasConditionAndEntersIntoForceOn() {
    assertThat(arrangement()).hasCondition(ConditionKind.NOTIFICATION)
        .entersIntoForceOn("2024-04-01");
    assertThat(failure(() -> assertThat(arrangement()).hasCondition(ConditionKind.SIGNATURE)))
        .isEqualTo("Expecting instrument \"kor-usa-arrangement\" to have a condition of entry into"
            + " force of kind SIGNATURE, but its conditions are [NOTIFICATION]");
    assertThat(failure(() -> assertThat(arrangement()).entersIntoForceOn("2024-04")))
        .isEqualTo("Expecting instrument \"kor-usa-arrangement\" to enter into force on 2024-04,"
            + " but its IN_FORCE step is dated 2024-04-01");
    Instrument signedOnly = arrangement().withHistory(arrangement().history().get(0));
    assertThat(failure(() -> assertThat(signedOnly).entersIntoForceOn("2024-04-01")))
        .isEqualTo("Expecting instrument \"kor-usa-arrangement\" to enter into force on"
            + " 2024-04-01, but its history has no IN_FORCE step: [SIGNED]");
  }

  @Test
  void aMissingInstrumentIsReported() {
    assertThat(failure(() -> assertThat(dossier()).instrument("nope")))
        .isEqualTo("Expecting dossier \"kor-usa\" to have an instrument \"nope\", but its"
            + " instruments are [kor-usa-arrangement]");
    assertThat(dossier()).instrument(Ref.of("kor-usa-arrangement"))
        .hasKind(InstrumentKind.ARRANGEMENT);
  }

  @Test
  void softAssertionsCollectEveryFailure() {
    EntenteSoftAssertions softly = new EntenteSoftAssertions();
    softly.assertThat(arrangement()).hasKind(InstrumentKind.TREATY)
        .wasRatifiedBy(Ref.of("usa"));
    softly.assertThat(dossier()).instrument("nope").hasStatus(InstrumentStatus.IN_FORCE);
    softly.assertThat(dossier()).instrument("kor-usa-arrangement")
        .hasStatus(InstrumentStatus.IN_FORCE);

    AssertJMultipleFailuresError error =
        catchThrowableOfType(AssertJMultipleFailuresError.class, softly::assertAll);
    assertThat(error.getFailures()).extracting(Throwable::getMessage).satisfiesExactly(
        m -> assertThat(m).contains("to be of kind TREATY"),
        m -> assertThat(m).contains("to be ratified by [usa]"),
        m -> assertThat(m).contains("to have an instrument \"nope\""),
        m -> assertThat(m).contains("Expecting actual not to be null"));
  }
}
