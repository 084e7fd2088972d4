package dev.entente.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ViolationCodeTest {

  @Test
  void stringFormIsTheNameInLowerCaseWithHyphens() {
    assertThat(ViolationCode.DANGLING_REFERENCE.code()).isEqualTo("dangling-reference");
    assertThat(ViolationCode.SIDE_NOT_STATE_OR_GROUPING.code())
        .isEqualTo("side-not-state-or-grouping");
  }

  @Test
  void everyStringFormLeadsBackToItsCode() {
    for (ViolationCode code : ViolationCode.values()) {
      assertThat(ViolationCode.ofCode(code.code())).contains(code);
    }
    assertThat(ViolationCode.ofCode("no-such-rule")).isEmpty();
  }

  @Test
  void releasedCodesKeepTheirStringForms() {
    // Codes never change once released: this list only ever grows.
    assertThat(ViolationCode.values()).extracting(ViolationCode::code).containsExactly(
        "duplicate-id",
        "dangling-reference",
        "wrong-reference-kind",
        "side-not-state-or-grouping",
        "participant-not-on-side",
        "series-sides-mismatch",
        "duplicate-ordinal",
        "ordinals-out-of-order",
        "statement-before-engagement",
        "window-before-announcement",
        "lifecycle-out-of-order",
        "held-as-mismatch",
        "office-not-held",
        "office-outside-term",
        "self-reference",
        "issuers-not-sides",
        "lifecycle-transition",
        "held-date-mismatch",
        "substitute-before-replaced",
        "substitute-mismatch",
        "duplicate-round",
        "mutual-single-holder",
        "signatory-not-party",
        "step-by-non-party",
        "instrument-transition",
        "instrument-out-of-order",
        "signing-date-mismatch",
        "principals-missing",
        "office-of-other-side",
        "part-outside-parent",
        "same-country-sides",
        "person-on-both-sides",
        "duplicate-participant",
        "reference-cycle",
        "government-is-person");
  }
}
