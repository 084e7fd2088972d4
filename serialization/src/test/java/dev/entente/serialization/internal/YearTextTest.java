package dev.entente.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** A year's text as written: what {@code String.format("%04d")} gives, without a format. */
class YearTextTest {

  @Property
  void everyYearIsWrittenAsTheFormatWritesIt(
      @ForAll @IntRange(min = -20_000, max = 20_000) int value) {
    Year year = Year.of(value);
    assertThat(ScalarCodecs.fourDigits(year))
        .isEqualTo(String.format(Locale.ROOT, "%04d", value));
  }

  @Test
  void theYearsOfAFourDigitRoundAndTheirEdges() {
    for (int value : new int[] {-1, 0, 1, 9, 10, 99, 100, 999, 1000, 2024, 9999, 10000}) {
      assertThat(ScalarCodecs.fourDigits(Year.of(value)))
          .isEqualTo(String.format(Locale.ROOT, "%04d", value));
    }
    assertThat(ScalarCodecs.fourDigits(Year.of(7))).isEqualTo("0007");
  }
}
