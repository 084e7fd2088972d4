package dev.entente.time;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Tag;

/**
 * Coverage-guided fuzzing of the EDTF parser. Without {@code JAZZER_FUZZ} this runs as a
 * regression test over the committed inputs in {@code FuzzyDateFuzzTestInputs/parse}; see
 * CONTRIBUTING.md for fuzzing it for longer.
 */
@Tag("slow")
class FuzzyDateFuzzTest {

  /**
   * Any text is either refused with a {@link DateTimeParseException} or parsed into a date that
   * prints back to text that parses to the same date, with its earliest day no later than its
   * latest.
   */
  @FuzzTest(maxDuration = "10m")
  void parse(byte[] input) {
    String text = new String(input, java.nio.charset.StandardCharsets.UTF_8);
    FuzzyDate date;
    try {
      date = FuzzyDate.parse(text);
    } catch (DateTimeParseException refused) {
      return;
    }
    assertThat(FuzzyDate.parse(date.toString())).as("%s printed as %s", text, date)
        .isEqualTo(date);
    assertThat(date.earliest()).as(text).isBeforeOrEqualTo(date.latest());
    assertThat(date.earliest()).as(text).isAfterOrEqualTo(FuzzyDate.MIN_DAY);
    assertThat(date.latest()).as(text).isBeforeOrEqualTo(FuzzyDate.MAX_DAY);
  }
}
