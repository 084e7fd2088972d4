package dev.entente.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The limits of FuzzyDate's factories and parser, each on both sides of its boundary. */
class FuzzyDateContractsTest {

  private static final FuzzyDate INTERVAL = FuzzyDate.parse("2024-01/2024-03");
  private static final FuzzyDate YEAR = FuzzyDate.ofYear(2024);

  @Test
  void factoriesTakeOnlyCalendarMonthsNotTheCodesOfSeasonsAndQuarters() {
    assertThat(FuzzyDate.ofMonth(2024, 12)).hasToString("2024-12");
    assertThat(FuzzyDate.of(2024, 12, 31)).hasToString("2024-12-31");
    for (int month : new int[] {0, 13, 21, 33, 41}) {
      assertThatThrownBy(() -> FuzzyDate.ofMonth(2024, month))
          .isInstanceOf(DateTimeException.class).hasMessageContaining("month " + month);
      assertThatThrownBy(() -> FuzzyDate.of(2024, month, 1))
          .isInstanceOf(DateTimeException.class).hasMessageContaining("month " + month);
    }
  }

  @Test
  void theFirstDayOfAMonthIsOneAndNotZero() {
    assertThat(FuzzyDate.of(2024, 1, 1).earliest()).hasDayOfMonth(1);
    assertThatThrownBy(() -> FuzzyDate.of(2024, 1, 0))
        .isInstanceOf(DateTimeException.class).hasMessageContaining("day 0");
  }

  @Test
  void aCenturyIsOfAYearFromOneTo9999() {
    assertThat(FuzzyDate.ofCentury(1)).hasToString("00XX");
    assertThat(FuzzyDate.ofCentury(9999)).hasToString("99XX");
    for (int year : new int[] {0, -5, 10_000}) {
      assertThatThrownBy(() -> FuzzyDate.ofCentury(year)).isInstanceOf(DateTimeException.class);
      assertThatThrownBy(() -> FuzzyDate.ofDecade(year)).isInstanceOf(DateTimeException.class);
    }
  }

  @Test
  void aSemesterIsTheFirstOrTheSecond() {
    assertThat(FuzzyDate.ofSemester(2024, 1)).hasToString("2024-40");
    assertThat(FuzzyDate.ofSemester(2024, 2)).hasToString("2024-41");
    for (int semester : new int[] {0, 3}) {
      assertThatThrownBy(() -> FuzzyDate.ofSemester(2024, semester))
          .isInstanceOf(DateTimeException.class).hasMessageContaining("semester " + semester);
    }
  }

  @Test
  void noEndOfAnIntervalIsItselfAnInterval() {
    List<Runnable> nestings = List.of(
        () -> FuzzyDate.interval(INTERVAL, YEAR),
        () -> FuzzyDate.interval(YEAR, INTERVAL),
        () -> FuzzyDate.from(INTERVAL),
        () -> FuzzyDate.until(INTERVAL),
        () -> FuzzyDate.fromWithUnknownEnd(INTERVAL),
        () -> FuzzyDate.untilWithUnknownStart(INTERVAL));
    for (Runnable nesting : nestings) {
      assertThatThrownBy(nesting::run).isInstanceOf(DateTimeException.class)
          .hasMessageContaining("cannot itself be an interval");
    }
    assertThat(FuzzyDate.fromWithUnknownEnd(YEAR)).hasToString("2024/");
    assertThat(FuzzyDate.untilWithUnknownStart(YEAR)).hasToString("/2024");
  }

  @ParameterizedTest
  @CsvSource({
      "2024-12, MONTH", "2024-12-31, DAY", "2024-21, SEASON", "2024-24, SEASON",
      "2024-33, QUARTER", "2024-36, QUARTER", "2024-37, QUADRIMESTER", "2024-39, QUADRIMESTER",
      "2024-40, SEMESTER", "2024-41, SEMESTER", "2024, YEAR", "202X, DECADE", "20XX, CENTURY",
      "2024-XX, YEAR", "2024/2025, INTERVAL"})
  void eachCodeHasItsPrecision(String text, Precision precision) {
    assertThat(FuzzyDate.parse(text).precision()).isEqualTo(precision);
  }

  @ParameterizedTest
  @CsvSource({
      "2024-21-01, season", "2024-24-01, season", "2024-33-01, quarter", "2024-36-01, quarter",
      "2024-37-01, quadrimester", "2024-39-01, quadrimester", "2024-40-01, semester",
      "2024-41-01, semester"})
  void aGroupingOfMonthsHasNoDayAndIsNamedWhenItIsGivenOne(String text, String name) {
    assertThatThrownBy(() -> FuzzyDate.parse(text)).isInstanceOf(DateTimeParseException.class)
        .hasMessageContaining("a " + name + " cannot have a day");
  }

  @Test
  void yearsWithUnspecifiedDigitsMayStartAtZeroButPlainYearsStartAtOne() {
    assertThat(FuzzyDate.parse("00XX").earliest()).isEqualTo(FuzzyDate.MIN_DAY);
    assertThat(FuzzyDate.parse("000X").earliest()).isEqualTo(FuzzyDate.MIN_DAY);
    assertThat(FuzzyDate.parse("0001").earliest()).isEqualTo(FuzzyDate.MIN_DAY);
    assertThatThrownBy(() -> FuzzyDate.parse("0000")).isInstanceOf(DateTimeParseException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2", "20", "202", "202?", "/", "2024//2025", "2024-1", "2024-01-1"})
  void shortOrMalformedTextIsRefusedWithAParseException(String text) {
    assertThatThrownBy(() -> FuzzyDate.parse(text)).isInstanceOf(DateTimeParseException.class);
  }

  @Test
  void equalValuesHaveEqualHashCodesAndDifferentOnesMostlyDiffer() {
    assertThat(FuzzyDate.parse("2024-10").hashCode())
        .isEqualTo(FuzzyDate.ofMonth(2024, 10).hashCode());
    Set<Integer> hashes = new HashSet<>();
    for (String text : List.of("2024", "2024-10", "2024-10-21", "2024-21", "202X", "2024/..")) {
      hashes.add(FuzzyDate.parse(text).hashCode());
    }
    assertThat(hashes).hasSizeGreaterThan(1);
  }

  @Test
  void onlyValuesWrittenWithAnXHaveUnspecifiedDigits() {
    assertThat(FuzzyDate.parse("2024-XX").hasUnspecifiedDigits()).isTrue();
    assertThat(FuzzyDate.parse("20XX").hasUnspecifiedDigits()).isTrue();
    assertThat(FuzzyDate.parse("2024-10").hasUnspecifiedDigits()).isFalse();
  }
}
