package dev.entente.testing;

import static dev.entente.testing.EntenteAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.entente.model.Dossier;
import dev.entente.model.JointStatement;
import dev.entente.model.Ref;
import dev.entente.validation.ViolationCode;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class DossierAssertTest {

  static String failure(ThrowingCallable assertion) {
    AssertionError error = catchThrowableOfType(AssertionError.class, assertion);
    assertThat(error).as("the assertion should have failed").isNotNull();
    return error.getMessage();
  }

  private static final String RUS_DANGLING = "/statements/0/issuers/1: dangling-reference:"
      + " reference \"rus\" points at no Actor in the dossier";
  private static final String SOURCE_TWICE =
      "/sources/1/id: duplicate-id: id \"src-1\" is already the id of the record at /sources/0";

  private final Dossier valid = SampleDossiers.korUsa();

  /**
   * The statement's second issuer is "rus", which the dossier does not have, and the one source
   * is there twice.
   */
  private final Dossier dangling = valid.withStatements(List.of(
          ((JointStatement) valid.statements().get(0)).withIssuers(Ref.of("kor"), Ref.of("rus"))))
      .withSources(valid.sources().get(0), valid.sources().get(0));

  @Test
  void isValid() {
    assertThat(valid).isValid();
    assertThat(failure(() -> assertThat(dangling).isValid())).isEqualTo(
        "Expecting dossier \"kor-usa\" to be valid, but it has 2 violations:\n"
            + "  " + RUS_DANGLING + "\n"
            + "  " + SOURCE_TWICE);
  }

  @Test
  void hasViolation() {
    assertThat(dangling).hasViolation(ViolationCode.DANGLING_REFERENCE)
        .hasViolation(ViolationCode.DANGLING_REFERENCE, "/statements/0/issuers/1");
    assertThat(failure(() -> assertThat(valid).hasViolation(ViolationCode.DUPLICATE_ID)))
        .isEqualTo("Expecting dossier \"kor-usa\" to have a duplicate-id violation, but its"
            + " violations are:\n  (no violations)");
    assertThat(failure(() -> assertThat(dangling)
        .hasViolation(ViolationCode.DANGLING_REFERENCE, "/statements/0/issuers/0")))
        .startsWith("Expecting dossier \"kor-usa\" to have a dangling-reference violation at"
            + " /statements/0/issuers/0, but its violations are:\n"
            + "  /statements/0/issuers/1: dangling-reference: ");
  }

  @Test
  void hasViolationAt() {
    assertThat(dangling).hasViolationAt("/statements/0/issuers/1");
    assertThat(failure(() -> assertThat(dangling).hasViolationAt("/engagements/0")))
        .startsWith("Expecting dossier \"kor-usa\" to have a violation at /engagements/0, but its"
            + " violations are:\n  /statements/0/issuers/1: dangling-reference: reference \"rus\"");
  }

  @Test
  void hasNoViolationsExcept() {
    assertThat(valid).hasNoViolationsExcept();
    assertThat(dangling)
        .hasNoViolationsExcept(ViolationCode.DANGLING_REFERENCE, ViolationCode.DUPLICATE_ID);
    assertThat(failure(() -> assertThat(dangling)
        .hasNoViolationsExcept(ViolationCode.DANGLING_REFERENCE)))
        .isEqualTo("Expecting dossier \"kor-usa\" to have no violations except"
            + " [dangling-reference], but it has these others:\n  " + SOURCE_TWICE);
  }

  @Test
  void hasViolationCount() {
    assertThat(dangling).hasViolationCount(2);
    assertThat(failure(() -> assertThat(valid).hasViolationCount(1)))
        .isEqualTo("Expecting dossier \"kor-usa\" to have 1 violations, but it has 0:\n"
            + "  (no violations)");
  }

  @Test
  void statementFindsTheStatementAndNamesItInFailures() {
    assertThat(valid).statement("js-1").isIssuedBy(Ref.of("usa"), Ref.of("kor"));
    assertThat(failure(() -> assertThat(valid).statement("js-2")))
        .isEqualTo("Expecting dossier \"kor-usa\" to have a statement \"js-2\", but its statements"
            + " are [js-1]");
    assertThat(failure(() -> assertThat(valid).statement("js-1").isDated("2024-01-11")))
        .isEqualTo("[statement \"js-1\"] Expecting statement \"js-1\" to be dated 2024-01-11, but"
            + " its date is 2024-01-10");
  }

  @Test
  void engagementAndDialogueFindTheirRecords() {
    assertThat(valid).engagement("kor-jpn-call").isOn("2024-03-01");
    assertThat(valid).dialogue("fm-1").hasOrdinal(1);
    assertThat(failure(() -> assertThat(valid).engagement("fm-9")))
        .isEqualTo("Expecting dossier \"kor-usa\" to have an engagement \"fm-9\", but its"
            + " engagements are [fm-1, fm-2, kor-jpn-call]");
    assertThat(failure(() -> assertThat(valid).dialogue("kor-jpn-call")))
        .isEqualTo("Expecting dossier \"kor-usa\" to have a dialogue \"kor-jpn-call\", but"
            + " \"kor-jpn-call\" is a Meeting");
  }
}
