package dev.entente.testing;

import static dev.entente.testing.EntenteAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.entente.model.Dossier;
import dev.entente.model.PositionKind;
import dev.entente.model.Ref;
import dev.entente.time.FuzzyDate;
import java.time.LocalDate;
import org.assertj.core.api.SoftAssertions;
import org.assertj.core.error.AssertJMultipleFailuresError;
import org.junit.jupiter.api.Test;

/** Failures of Entente's assertions are collected, not thrown, in soft assertions. */
class SoftAssertionsTest {

  private final Dossier dossier = SampleDossiers.korUsa();

  @Test
  void everyFailureIsCollectedAndReportedTogether() {
    EntenteSoftAssertions softly = new EntenteSoftAssertions();
    softly.assertThat(dossier).hasViolation(dev.entente.validation.ViolationCode.DUPLICATE_ID);
    softly.assertThat(dossier).dialogue("fm-1").hasOrdinal(9).isHeldIn("Seoul");
    softly.assertThat(dossier).statement("js-1").position(PositionKind.CONDEMN).targets(Ref.of("rus"));
    softly.assertThat(dossier).statement("js-404").isDated("2024-01-10");
    softly.assertThat(FuzzyDate.parse("2025-40")).contains(LocalDate.of(2025, 7, 1));
    softly.assertThatJson("{}").isValidDossier();
    softly.assertThat(dossier.title()).hasValue("Another title");

    AssertJMultipleFailuresError error =
        catchThrowableOfType(AssertJMultipleFailuresError.class, softly::assertAll);
    assertThat(error.getFailures()).extracting(Throwable::getMessage).satisfiesExactly(
        m -> assertThat(m).contains("to have a duplicate-id violation"),
        m -> assertThat(m).contains("to have ordinal 9, but its ordinal is 1"),
        m -> assertThat(m).contains("to be held in \"Seoul\", but its venue is (none)"),
        m -> assertThat(m).contains("to target [rus] in one object"),
        m -> assertThat(m).contains("to have a statement \"js-404\""),
        m -> assertThat(m).contains("Expecting actual not to be null"),
        m -> assertThat(m).contains("to contain 2025-07-01"),
        m -> assertThat(m).contains("to be a valid dossier"),
        m -> assertThat(m).contains("Another title"));
  }

  @Test
  void passingChecksCollectNothing() {
    EntenteSoftAssertions.assertEntenteSoftly(softly -> {
      softly.assertThat(dossier).isValid();
      softly.assertThat(dossier).dialogue("fm-1").hasOrdinal(1).isOn("2024-01-10");
      softly.assertThat(dossier).statement("js-1").position(PositionKind.AGREE).isHeldBy(
          Ref.of("kor"), Ref.of("usa"));
    });
  }

  @Test
  void plainSoftAssertionsTakeEntenteAssertionsThroughCheck() {
    SoftAssertions softly = new SoftAssertions();
    softly.check(() -> assertThat(dossier).isValid());
    softly.check(() -> assertThat(dossier).dialogue("fm-1").hasOrdinal(2));
    softly.check(() -> assertThat(dossier).hasViolationCount(3));
    assertThat(softly.errorsCollected()).extracting(Throwable::getMessage).satisfiesExactly(
        m -> assertThat(m).contains("to have ordinal 2"),
        m -> assertThat(m).contains("to have 3 violations"));
  }
}
