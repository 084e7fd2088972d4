package dev.entente.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FuzzyDateTest {

  private static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  @Nested
  class Syntax {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "2024", "2024-10", "2024-10-21", "0001", "9999-12-31", "2024-10-21/2024-10-31",
          "2024?", "2024-10~", "2024-10-21%", "2004-06~/2004-06-11?", "201X", "20XX", "000X",
          "00XX", "2024-XX", "2024-XX-XX", "2024-10-XX", "2025-21", "2025-22", "2025-23",
          "2025-24", "2025-33", "2025-34", "2025-35", "2025-36", "2025-37", "2025-38", "2025-39",
          "2025-40", "2025-41", "../2025", "2024-10-21/..", "/2025", "2024/", "2024-21?/2025~",
          "201X/2024-XX", "../2025-40%", "2024-10-XX~/"
        })
    void parsesEverySupportedFormAndPrintsItBack(String text) {
      FuzzyDate date = FuzzyDate.parse(text);
      assertThat(date.toString()).isEqualTo(text);
      assertThat(FuzzyDate.parse(date.toString())).isEqualTo(date);
    }

    @Test
    void parsesFromAnyCharSequence() {
      assertThat(FuzzyDate.parse(new StringBuilder("2024-10-21")))
          .isEqualTo(FuzzyDate.of(2024, 10, 21));
    }

    @Test
    void factoriesBuildTheSameValuesAsParsing() {
      assertThat(FuzzyDate.of(LocalDate.of(2024, 10, 21))).isEqualTo(FuzzyDate.parse("2024-10-21"));
      assertThat(FuzzyDate.of(Year.of(2024))).isEqualTo(FuzzyDate.parse("2024"));
      assertThat(FuzzyDate.ofYear(2024)).isEqualTo(FuzzyDate.parse("2024"));
      assertThat(FuzzyDate.of(YearMonth.of(2024, 10))).isEqualTo(FuzzyDate.parse("2024-10"));
      assertThat(FuzzyDate.ofMonth(2024, 1)).isEqualTo(FuzzyDate.parse("2024-01"));
      assertThat(FuzzyDate.ofDecade(2017)).isEqualTo(FuzzyDate.parse("201X"));
      assertThat(FuzzyDate.ofCentury(2017)).isEqualTo(FuzzyDate.parse("20XX"));
      assertThat(FuzzyDate.ofDecade(5)).isEqualTo(FuzzyDate.parse("000X"));
      assertThat(FuzzyDate.ofSeason(2025, Season.SPRING)).isEqualTo(FuzzyDate.parse("2025-21"));
      assertThat(FuzzyDate.ofSeason(2025, Season.WINTER)).isEqualTo(FuzzyDate.parse("2025-24"));
      assertThat(FuzzyDate.ofQuarter(2025, 4)).isEqualTo(FuzzyDate.parse("2025-36"));
      assertThat(FuzzyDate.ofQuadrimester(2025, 2)).isEqualTo(FuzzyDate.parse("2025-38"));
      assertThat(FuzzyDate.ofSemester(2025, 1)).isEqualTo(FuzzyDate.parse("2025-40"));
      assertThat(FuzzyDate.interval(FuzzyDate.ofMonth(2024, 10), FuzzyDate.ofYear(2025)))
          .isEqualTo(FuzzyDate.parse("2024-10/2025"));
      assertThat(FuzzyDate.from(FuzzyDate.of(2024, 10, 21)))
          .isEqualTo(FuzzyDate.parse("2024-10-21/.."));
      assertThat(FuzzyDate.until(FuzzyDate.ofYear(2025))).isEqualTo(FuzzyDate.parse("../2025"));
      assertThat(FuzzyDate.fromWithUnknownEnd(FuzzyDate.ofYear(2024)))
          .isEqualTo(FuzzyDate.parse("2024/"));
      assertThat(FuzzyDate.untilWithUnknownStart(FuzzyDate.ofYear(2025)))
          .isEqualTo(FuzzyDate.parse("/2025"));
    }

    @Test
    void valuesWrittenDifferentlyAreDifferentEvenWithTheSameBounds() {
      FuzzyDate year = FuzzyDate.parse("2024");
      FuzzyDate unspecifiedMonth = FuzzyDate.parse("2024-XX");
      assertThat(year.earliest()).isEqualTo(unspecifiedMonth.earliest());
      assertThat(year.latest()).isEqualTo(unspecifiedMonth.latest());
      assertThat(year).isNotEqualTo(unspecifiedMonth);
      assertThat(year).isNotEqualTo(FuzzyDate.parse("2024?"));
    }
  }

  @Nested
  class Bounds {

    @ParameterizedTest(name = "{0} runs from {1} to {2}")
    @CsvSource({
      "2024-10-21, 2024-10-21, 2024-10-21",
      "2024-02,    2024-02-01, 2024-02-29",
      "2023-02,    2023-02-01, 2023-02-28",
      "2024,       2024-01-01, 2024-12-31",
      "201X,       2010-01-01, 2019-12-31",
      "20XX,       2000-01-01, 2099-12-31",
      "000X,       0001-01-01, 0009-12-31",
      "00XX,       0001-01-01, 0099-12-31",
      "999X,       9990-01-01, 9999-12-31",
      "2024-XX,    2024-01-01, 2024-12-31",
      "2024-XX-XX, 2024-01-01, 2024-12-31",
      "2024-02-XX, 2024-02-01, 2024-02-29",
      "2025-21,    2025-03-01, 2025-05-31",
      "2025-22,    2025-06-01, 2025-08-31",
      "2025-23,    2025-09-01, 2025-11-30",
      "2025-24,    2025-12-01, 2026-02-28",
      "2023-24,    2023-12-01, 2024-02-29",
      "2025-33,    2025-01-01, 2025-03-31",
      "2025-34,    2025-04-01, 2025-06-30",
      "2025-35,    2025-07-01, 2025-09-30",
      "2025-36,    2025-10-01, 2025-12-31",
      "2025-37,    2025-01-01, 2025-04-30",
      "2025-38,    2025-05-01, 2025-08-31",
      "2025-39,    2025-09-01, 2025-12-31",
      "2025-40,    2025-01-01, 2025-06-30",
      "2025-41,    2025-07-01, 2025-12-31",
      "2024-10-22/2024-10-31, 2024-10-22, 2024-10-31",
      "2024-21/2025-40,       2024-03-01, 2025-06-30",
      "../2025,               0001-01-01, 2025-12-31",
      "/2025,                 0001-01-01, 2025-12-31",
      "2024-10-21/..,         2024-10-21, 9999-12-31",
      "2024/,                 2024-01-01, 9999-12-31",
    })
    void coversTheDaysOfWhatIsWritten(String text, String earliest, String latest) {
      FuzzyDate date = FuzzyDate.parse(text);
      assertThat(date.earliest()).isEqualTo(day(earliest));
      assertThat(date.latest()).isEqualTo(day(latest));
    }

    @Test
    void qualifiersDoNotChangeTheBounds() {
      for (String q : List.of("?", "~", "%")) {
        FuzzyDate qualified = FuzzyDate.parse("2025-24" + q);
        assertThat(qualified.earliest()).isEqualTo(day("2025-12-01"));
        assertThat(qualified.latest()).isEqualTo(day("2026-02-28"));
      }
    }

    @Test
    void yearsWithUnspecifiedDigitsNeverMeanYearZero() {
      assertThat(FuzzyDate.parse("000X").earliest()).isEqualTo(FuzzyDate.MIN_DAY);
      assertThat(FuzzyDate.parse("00XX").earliest()).isEqualTo(FuzzyDate.MIN_DAY);
    }
  }

  @Nested
  class Queries {

    @ParameterizedTest(name = "{0} has precision {1}")
    @CsvSource({
      "2024-10-21, DAY", "2024-10-21?, DAY", "2024-10, MONTH", "2024-10-XX, MONTH",
      "2025-21, SEASON", "2025-24, SEASON", "2025-33, QUARTER", "2025-37, QUADRIMESTER",
      "2025-41, SEMESTER", "2024, YEAR", "2024-XX, YEAR", "2024-XX-XX, YEAR", "201X, DECADE",
      "20XX, CENTURY", "2024/2025, INTERVAL", "../2025, INTERVAL"
    })
    void reportsHowMuchTimeTheValueCovers(String text, Precision precision) {
      assertThat(FuzzyDate.parse(text).precision()).isEqualTo(precision);
    }

    @Test
    void keepsAndExposesQualifiers() {
      assertThat(FuzzyDate.parse("2024").qualifier()).isEqualTo(Qualifier.NONE);
      assertThat(FuzzyDate.parse("2024?").qualifier()).isEqualTo(Qualifier.UNCERTAIN);
      assertThat(FuzzyDate.parse("2024~").qualifier()).isEqualTo(Qualifier.APPROXIMATE);
      assertThat(FuzzyDate.parse("2024%").qualifier())
          .isEqualTo(Qualifier.UNCERTAIN_AND_APPROXIMATE);
      assertThat(FuzzyDate.parse("2024%").qualifier().isUncertain()).isTrue();
      assertThat(FuzzyDate.parse("2024%").qualifier().isApproximate()).isTrue();
    }

    @Test
    void intervalQualifierIsTheUnionOfItsEnds() {
      FuzzyDate interval = FuzzyDate.parse("2004-06~/2004-06-11?");
      assertThat(interval.qualifier()).isEqualTo(Qualifier.UNCERTAIN_AND_APPROXIMATE);
      assertThat(interval.start()).contains(FuzzyDate.parse("2004-06~"));
      assertThat(interval.end()).contains(FuzzyDate.parse("2004-06-11?"));
      assertThat(FuzzyDate.parse("2024?/..").qualifier()).isEqualTo(Qualifier.UNCERTAIN);
    }

    @Test
    void withQualifierReplacesTheQualifierOfEveryDateEnd() {
      assertThat(FuzzyDate.ofYear(2024).withQualifier(Qualifier.APPROXIMATE))
          .hasToString("2024~");
      assertThat(FuzzyDate.parse("2024?").withQualifier(Qualifier.NONE)).hasToString("2024");
      assertThat(FuzzyDate.parse("2004-06~/2004-06-11?").withQualifier(Qualifier.UNCERTAIN))
          .hasToString("2004-06?/2004-06-11?");
      assertThat(FuzzyDate.parse("../2025~").withQualifier(Qualifier.NONE)).hasToString("../2025");
    }

    @Test
    void exposesTheEndsOfIntervals() {
      FuzzyDate open = FuzzyDate.parse("2024-10-21/..");
      assertThat(open.isInterval()).isTrue();
      assertThat(open.isOpenEnd()).isTrue();
      assertThat(open.isOpenStart()).isFalse();
      assertThat(open.start()).contains(FuzzyDate.of(2024, 10, 21));
      assertThat(open.end()).isEmpty();
      FuzzyDate unknown = FuzzyDate.parse("/2025");
      assertThat(unknown.isUnknownStart()).isTrue();
      assertThat(unknown.isUnknownEnd()).isFalse();
      assertThat(unknown.start()).isEmpty();
      assertThat(FuzzyDate.parse("2024/").isUnknownEnd()).isTrue();
      assertThat(FuzzyDate.parse("../2024").isOpenStart()).isTrue();
    }

    @Test
    void singleDatesHaveNoEnds() {
      FuzzyDate date = FuzzyDate.parse("2024-10");
      assertThat(date.isInterval()).isFalse();
      assertThat(date.start()).isEmpty();
      assertThat(date.end()).isEmpty();
      assertThat(date.isOpenStart() || date.isOpenEnd() || date.isUnknownStart()).isFalse();
    }

    @Test
    void convertsToALocalDateOnlyWhenItIsExactlyOneDay() {
      assertThat(FuzzyDate.parse("2024-10-21?").toLocalDate()).contains(day("2024-10-21"));
      assertThat(FuzzyDate.parse("2024-10-21/2024-10-21").toLocalDate())
          .contains(day("2024-10-21"));
      assertThat(FuzzyDate.parse("2024-10").toLocalDate()).isEmpty();
      assertThat(FuzzyDate.parse("2024-10-XX").toLocalDate()).isEmpty();
    }

    @Test
    void reportsUnspecifiedDigits() {
      assertThat(FuzzyDate.parse("2024-10-XX").hasUnspecifiedDigits()).isTrue();
      assertThat(FuzzyDate.parse("201X/2025").hasUnspecifiedDigits()).isTrue();
      assertThat(FuzzyDate.parse("2024-10").hasUnspecifiedDigits()).isFalse();
    }

    @Test
    void comparesByWhatDaysCanBeMeant() {
      FuzzyDate year = FuzzyDate.parse("2024");
      FuzzyDate winter = FuzzyDate.parse("2024-24");
      FuzzyDate spring = FuzzyDate.parse("2025-21");
      assertThat(year.contains(day("2024-02-29"))).isTrue();
      assertThat(year.contains(day("2025-01-01"))).isFalse();
      assertThat(year.isCertainlyBefore(spring)).isTrue();
      assertThat(spring.isCertainlyAfter(year)).isTrue();
      assertThat(year.isCertainlyBefore(winter)).isFalse();
      assertThat(year.mayOverlap(winter)).isTrue();
      assertThat(year.encloses(FuzzyDate.parse("2024-40"))).isTrue();
      assertThat(year.encloses(winter)).isFalse();
    }

    @Test
    void sortsByEarliestThenLatestDay() {
      List<FuzzyDate> dates = new ArrayList<>();
      for (String text : List.of("2025", "2024-24", "2024-06", "2024", "2024-XX", "../2024")) {
        dates.add(FuzzyDate.parse(text));
      }
      dates.sort(null);
      assertThat(dates)
          .extracting(FuzzyDate::toString)
          .containsExactly("../2024", "2024", "2024-XX", "2024-06", "2024-24", "2025");
    }
  }

  @Nested
  class Rejections {

    @Test
    void rejectsThirtiethOfFebruary() {
      assertThatThrownBy(() -> FuzzyDate.parse("2024-02-30"))
          .isInstanceOf(DateTimeParseException.class)
          .hasMessage(
              "Text '2024-02-30' could not be parsed at index 8: day 30 is not in February 2024")
          .satisfies(
              e -> {
                DateTimeParseException p = (DateTimeParseException) e;
                assertThat(p.getParsedString()).isEqualTo("2024-02-30");
                assertThat(p.getErrorIndex()).isEqualTo(8);
              });
    }

    @ParameterizedTest(name = "rejects ''{0}'' at index {1}")
    @CsvSource(
        delimiter = '|',
        value = {
          "2023-02-29      | 8  | day 29 is not in February 2023",
          "2024-04-31      | 8  | day 31 is not in April 2024",
          "2024-10-00      | 8  | day 00 is not a day of a month",
          "2024-13         | 5  | month 13 is not valid: expected 01 to 12, a season 21 to 24",
          "2025-99         | 5  | month 99 is not valid",
          "2024-00         | 5  | month 00 is not valid",
          "2024-25         | 5  | month 25 is not valid",
          "0000            | 0  | year 0000 is out of range: years run from 0001 to 9999",
          "9999-24         | 5  | winter 9999 ends in February 10000",
          "2025/2024       | 5  | the start 2025 begins after the end 2024 is over",
          "2024-10-22/2024-10-21 | 11 | the start 2024-10-22 begins after the end 2024-10-21",
          "garbage         | 0  | expected a digit or X in the year, found 'g'",
          "24              | 2  | expected a four-digit year",
          "?               | 0  | expected a four-digit year",
          "201x            | 3  | expected a digit or X in the year, found 'x'",
          "2X1X            | 2  | only the last digits of a year can be unspecified",
          "2XXX            | 1  | at most the last two digits of a year can be X",
          "201X-10         | 4  | a year with unspecified digits cannot have a month",
          "2024-XX-05      | 8  | the day must be XX when the month is XX",
          "2024-21-01      | 7  | a season cannot have a day",
          "2024-40-01      | 7  | a semester cannot have a day",
          "2024-1          | 5  | expected two digits or XX for the month",
          "2024-1X         | 6  | expected two digits or XX for the month, found 'X'",
          "2024x10         | 4  | expected '-' before the month, found 'x'",
          "2024-10-21x     | 10 | unexpected 'x' after the day",
          "2024??          | 4  | expected '-' before the month, found '?'",
          "../..           | 0  | an interval needs a date at one end at least",
          "/               | 0  | an interval needs a date at one end at least",
          "2024/2025/2026  | 9  | an interval has exactly one '/'",
          "2024/...        | 5  | expected a digit or X in the year, found '.'",
          "' 2024'         | 0  | expected a digit or X in the year, found ' '",
        })
    void rejectsInvalidTextAtTheOffendingIndex(String text, int index, String message) {
      assertThatThrownBy(() -> FuzzyDate.parse(text))
          .isInstanceOf(DateTimeParseException.class)
          .hasMessageStartingWith(
              "Text '" + text + "' could not be parsed at index " + index + ": " + message)
          .satisfies(
              e -> {
                DateTimeParseException p = (DateTimeParseException) e;
                assertThat(p.getParsedString()).isEqualTo(text);
                assertThat(p.getErrorIndex()).isEqualTo(index);
              });
    }

    @Test
    void rejectsEmptyText() {
      assertThatThrownBy(() -> FuzzyDate.parse(""))
          .isInstanceOf(DateTimeParseException.class)
          .hasMessage("Text '' could not be parsed at index 0: the text is empty");
    }

    @Test
    void factoriesRejectValuesOutOfRange() {
      assertThatThrownBy(() -> FuzzyDate.of(2024, 2, 30))
          .isInstanceOf(DateTimeException.class)
          .hasMessage("day 30 is not in February 2024");
      assertThatThrownBy(() -> FuzzyDate.ofYear(0)).isInstanceOf(DateTimeException.class);
      assertThatThrownBy(() -> FuzzyDate.ofYear(10_000)).isInstanceOf(DateTimeException.class);
      assertThatThrownBy(() -> FuzzyDate.of(LocalDate.of(-5, 1, 1)))
          .isInstanceOf(DateTimeException.class);
      assertThatThrownBy(() -> FuzzyDate.ofMonth(2024, 13))
          .isInstanceOf(DateTimeException.class);
      assertThatThrownBy(() -> FuzzyDate.ofQuarter(2024, 5))
          .isInstanceOf(DateTimeException.class)
          .hasMessage("quarter 5 is not valid: expected 1 to 4");
      assertThatThrownBy(() -> FuzzyDate.ofQuadrimester(2024, 0))
          .isInstanceOf(DateTimeException.class);
      assertThatThrownBy(() -> FuzzyDate.ofSemester(2024, 3))
          .isInstanceOf(DateTimeException.class);
      assertThatThrownBy(() -> FuzzyDate.ofSeason(9999, Season.WINTER))
          .isInstanceOf(DateTimeException.class);
      assertThatThrownBy(() -> FuzzyDate.ofDecade(0)).isInstanceOf(DateTimeException.class);
    }

    @Test
    void rejectsIntervalsThatEndBeforeTheyStartOrNestIntervals() {
      assertThatThrownBy(() -> FuzzyDate.interval(FuzzyDate.ofYear(2025), FuzzyDate.ofYear(2024)))
          .isInstanceOf(DateTimeException.class)
          .hasMessage("the start 2025 begins after the end 2024 is over");
      FuzzyDate interval = FuzzyDate.parse("2024/2025");
      assertThatThrownBy(() -> FuzzyDate.interval(interval, FuzzyDate.ofYear(2026)))
          .isInstanceOf(DateTimeException.class);
      assertThatThrownBy(() -> FuzzyDate.from(interval)).isInstanceOf(DateTimeException.class);
      assertThatThrownBy(() -> FuzzyDate.until(interval)).isInstanceOf(DateTimeException.class);
    }

    @Test
    void acceptsOverlappingEnds() {
      assertThat(FuzzyDate.parse("2024/2024-06").latest()).isEqualTo(day("2024-06-30"));
      assertThat(FuzzyDate.parse("2024-06/2024").earliest()).isEqualTo(day("2024-06-01"));
    }
  }
}
