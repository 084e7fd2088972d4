package dev.entente.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RelativeTimeTest {

  private static final FuzzyDate LATE_OCTOBER = FuzzyDate.parse("2024-10-22/2024-10-31");
  private static final FuzzyDate OCTOBER_22 = FuzzyDate.parse("2024-10-22");

  private static String resolve(String wording, FuzzyDate reference) {
    return RelativeTime.resolve(wording, reference).value().toString();
  }

  @ParameterizedTest(name = "''{0}'' against 2024-10-22/2024-10-31 is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "the 21st                   | 2024-10-21",
        "last month                 | 2024-09",
        "next year                  | 2025",
        "first half of next year    | 2025-40",
        "early next year            | 2025-37",
      })
  void resolvesAgainstAPublicationDateKnownToWithinDays(String wording, String expected) {
    assertThat(resolve(wording, LATE_OCTOBER)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "''{0}'' against 2024-10-22 is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "today                          | 2024-10-22",
        "the same day                   | 2024-10-22",
        "yesterday                      | 2024-10-21",
        "the previous day               | 2024-10-21",
        "the day before                 | 2024-10-21",
        "tomorrow                       | 2024-10-23",
        "the next day                   | 2024-10-23",
        "the following day              | 2024-10-23",
        "the 1st                        | 2024-10-01",
        "the 2nd                        | 2024-10-02",
        "the 3rd                        | 2024-10-03",
        "the 11th                       | 2024-10-11",
        "the 22nd                       | 2024-10-22",
        "the 23rd                       | 2024-09-23",
        "the 31st                       | 2024-08-31",
        "this month                     | 2024-10",
        "last month                     | 2024-09",
        "the previous month             | 2024-09",
        "next month                     | 2024-11",
        "this year                      | 2024",
        "last year                      | 2023",
        "next year                      | 2025",
        "first half of next year        | 2025-40",
        "second half of next year       | 2025-41",
        "first half of this year        | 2024-40",
        "second half of last year       | 2023-41",
        "first half of 2025             | 2025-40",
        "early next year                | 2025-37",
        "mid next year                  | 2025-38",
        "mid-2025                       | 2025-38",
        "late next year                 | 2025-39",
        "early 2025                     | 2025-37",
        "late last year                 | 2023-39",
        "first quarter of next year     | 2025-33",
        "second quarter of next year    | 2025-34",
        "third quarter of this year     | 2024-35",
        "fourth quarter of 2026         | 2026-36",
        "spring next year               | 2025-21",
        "summer next year               | 2025-22",
        "autumn this year               | 2024-23",
        "fall last year                 | 2023-23",
        "winter next year               | 2025-24",
        "winter of 2025                 | 2025-24",
        "soon                           | 2024-10-22/..",
        "at the earliest opportunity    | 2024-10-22/..",
        "as soon as conditions allow    | 2024-10-22/..",
        "at an early date               | 2024-10-22/..",
        "later                          | 2024-10-22/..",
        "the day after                  | 2024-10-23",
        "in the coming months           | 2024-10-22/",
        "the coming months              | 2024-10-22/",
        "by the end of the year         | 2024-10-22/2024-12-31",
        "by the end of next year        | 2024-10-22/2025-12-31",
        "by the end of 2025             | 2024-10-22/2025-12-31",
        "into 2025                      | 2024-10-22/2025",
        "into next year                 | 2024-10-22/2025",
        "into this year                 | 2024-10-22/2024",
      })
  void resolvesEverySupportedWording(String wording, String expected) {
    assertThat(resolve(wording, OCTOBER_22)).isEqualTo(expected);
  }

  @Test
  void keepsTheWordingExactlyAsGivenAndTheReference() {
    ResolvedTime resolved = RelativeTime.resolve("  On The  21st ", LATE_OCTOBER);
    assertThat(resolved.wording()).isEqualTo("  On The  21st ");
    assertThat(resolved.reference()).isEqualTo(LATE_OCTOBER);
    assertThat(resolved.value()).isEqualTo(FuzzyDate.of(2024, 10, 21));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "In the first half of next year", "IN THE FIRST HALF OF NEXT YEAR",
        "  first   half of next year ", "the first half of next year", "in first half of next year"
      })
  void toleratesCaseSpacesAndLeadingPrepositionsAndArticle(String wording) {
    assertThat(resolve(wording, LATE_OCTOBER)).isEqualTo("2025-40");
  }

  @Test
  void skipsMonthsThatLackTheDayNumber() {
    assertThat(resolve("the 31st", FuzzyDate.parse("2024-11-15"))).isEqualTo("2024-10-31");
    assertThat(resolve("the 30th", FuzzyDate.parse("2024-03-10"))).isEqualTo("2024-01-30");
    assertThat(resolve("the 29th", FuzzyDate.parse("2023-03-05"))).isEqualTo("2023-01-29");
    assertThat(resolve("the 29th", FuzzyDate.parse("2024-03-05"))).isEqualTo("2024-02-29");
  }

  @Test
  void widensTheResultToAnIntervalWhenTheReferenceIsTooFuzzyToDecide() {
    assertThat(resolve("next year", FuzzyDate.parse("2024-12-20/2025-01-10")))
        .isEqualTo("2025/2026");
    assertThat(resolve("yesterday", LATE_OCTOBER)).isEqualTo("2024-10-21/2024-10-30");
    assertThat(resolve("yesterday", FuzzyDate.parse("2024-10"))).isEqualTo("2024-09-30/2024-10-30");
    assertThat(resolve("the 25th", LATE_OCTOBER)).isEqualTo("2024-09-25/2024-10-25");
    assertThat(resolve("early next year", FuzzyDate.parse("2024-24")))
        .isEqualTo("2025-37/2026-37");
  }

  @Test
  void carriesTheQualifierOfTheReferenceIntoTheResult() {
    assertThat(resolve("yesterday", FuzzyDate.parse("2024-10-22?"))).isEqualTo("2024-10-21?");
    assertThat(resolve("next year", FuzzyDate.parse("2024-12-20~/2025-01-10")))
        .isEqualTo("2025~/2026~");
  }

  @ParameterizedTest(name = "''{0}'' against 2024-10-22/2024-10-31 is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "as soon as conditions allow    | 2024-10-22/..",
        "later                          | 2024-10-22/..",
        "at an early date               | 2024-10-22/..",
        "the day after                  | 2024-10-23/2024-11-01",
        "in the coming months           | 2024-10-22/",
        "by the end of the year         | 2024-10-22/2024-12-31",
        "into 2025                      | 2024-10-22/2025",
      })
  void resolvesWindowsFromTheStartOfAReferenceKnownToWithinDays(String wording, String expected) {
    assertThat(resolve(wording, LATE_OCTOBER)).isEqualTo(expected);
  }

  @Test
  void keepsTheWordingAndReferenceOfAnOpenEndedWindow() {
    ResolvedTime resolved = RelativeTime.resolve("As soon as conditions allow", OCTOBER_22);
    assertThat(resolved.wording()).isEqualTo("As soon as conditions allow");
    assertThat(resolved.reference()).isEqualTo(OCTOBER_22);
    assertThat(resolved.value().isOpenEnd()).isTrue();
    assertThat(resolved.value().earliest()).isEqualTo(OCTOBER_22.earliest());
    FuzzyDate coming = RelativeTime.resolve("in the coming months", OCTOBER_22).value();
    assertThat(coming.isUnknownEnd()).isTrue();
    assertThat(coming.isOpenEnd()).isFalse();
  }

  @Test
  void endsAWindowAgainstTheLatestDayOfTheReferenceWithItsQualifier() {
    assertThat(resolve("by the end of the year", FuzzyDate.parse("2024-12-20/2025-01-10")))
        .isEqualTo("2024-12-20/2025-12-31");
    assertThat(resolve("by the end of the year", FuzzyDate.parse("2024-10-22?")))
        .isEqualTo("2024-10-22?/2024-12-31?");
    assertThat(resolve("into 2025", FuzzyDate.parse("2024-10~"))).isEqualTo("2024-10~/2025~");
    assertThat(resolve("later", FuzzyDate.parse("2024-10~"))).isEqualTo("2024-10~/..");
  }

  @Test
  void rejectsAWindowThatWouldEndBeforeItsReference() {
    assertThatThrownBy(() -> RelativeTime.resolve("into 2023", OCTOBER_22))
        .isInstanceOf(UnresolvableTimeException.class)
        .hasMessageStartingWith("cannot resolve \"into 2023\": against 2024-10-22");
    assertThatThrownBy(() -> RelativeTime.resolve("by the end of last year", OCTOBER_22))
        .isInstanceOf(UnresolvableTimeException.class);
    assertThatThrownBy(() -> RelativeTime.resolve("later", FuzzyDate.parse("2024-10-22/..")))
        .isInstanceOf(UnresolvableTimeException.class)
        .hasMessageContaining("open or unknown end");
  }

  @Test
  void soonStartsAtTheStartOfAnIntervalReference() {
    assertThat(resolve("soon", LATE_OCTOBER)).isEqualTo("2024-10-22/..");
    assertThat(resolve("soon", FuzzyDate.parse("2024-10~"))).isEqualTo("2024-10~/..");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "next fortnight", "", "   ", "the 22st", "the 32nd", "the 0th", "the 1th",
        "first half of next decade", "fifth quarter of next year", "spring", "earlynext year",
        "2025", "on", "last week"
      })
  void rejectsUnsupportedWordingQuotingIt(String wording) {
    assertThatThrownBy(() -> RelativeTime.resolve(wording, OCTOBER_22))
        .isInstanceOf(UnresolvableTimeException.class)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("cannot resolve \"" + wording + "\": not a supported expression")
        .extracting(e -> ((UnresolvableTimeException) e).wording())
        .isEqualTo(wording);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-10-22/..", "../2024-10-22", "2024-10-22/", "/2024-10-22"})
  void rejectsAReferenceWithAnOpenOrUnknownEnd(String reference) {
    assertThatThrownBy(() -> RelativeTime.resolve("yesterday", FuzzyDate.parse(reference)))
        .isInstanceOf(UnresolvableTimeException.class)
        .hasMessage(
            "cannot resolve \"yesterday\": the reference "
                + reference
                + " has an open or unknown end");
    assertThatThrownBy(() -> RelativeTime.resolve("soon", FuzzyDate.parse(reference)))
        .isInstanceOf(UnresolvableTimeException.class);
  }

  @Test
  void rejectsAResultOutsideTheYearRange() {
    assertThatThrownBy(() -> RelativeTime.resolve("yesterday", FuzzyDate.parse("0001-01-01")))
        .isInstanceOf(UnresolvableTimeException.class)
        .hasMessageStartingWith(
            "cannot resolve \"yesterday\": against 0001-01-01 it falls outside the years");
    assertThatThrownBy(() -> RelativeTime.resolve("next year", FuzzyDate.parse("9999")))
        .isInstanceOf(UnresolvableTimeException.class);
    assertThatThrownBy(() -> RelativeTime.resolve("winter this year", FuzzyDate.parse("9999")))
        .isInstanceOf(UnresolvableTimeException.class);
    assertThatThrownBy(() -> RelativeTime.resolve("early 0000", OCTOBER_22))
        .isInstanceOf(UnresolvableTimeException.class);
  }
}
