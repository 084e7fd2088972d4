package dev.entente.testing.generators;

import dev.entente.time.FuzzyDate;
import dev.entente.time.Qualifier;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/**
 * Fuzzy dates of every EDTF form Entente supports; and, for valid dossiers, days and the forms of
 * a fuzzy date that can mean a given day.
 */
final class FuzzyDateArbitraries {

  private FuzzyDateArbitraries() {}

  /** Fuzzy dates of every EDTF form Entente supports, years 1 to 9999, recent years favoured. */
  public static Arbitrary<FuzzyDate> fuzzyDates() {
    Arbitrary<Integer> years = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.integers().between(1, 9999)),
        Tuple.of(4, Arbitraries.integers().between(1900, 2100)),
        Tuple.of(1, Arbitraries.of(1, 9, 10, 99, 100, 9990, 9999)));
    return fuzzyDates(years);
  }

  /** Fuzzy dates of every form whose years lie roughly between the given ones. */
  public static Arbitrary<FuzzyDate> fuzzyDates(int minYear, int maxYear) {
    return fuzzyDates(Arbitraries.integers().between(minYear, maxYear));
  }

  static Arbitrary<FuzzyDate> fuzzyDates(Arbitrary<Integer> years) {
    Arbitrary<FuzzyDate> single = singleFuzzyDates(years);
    Arbitrary<FuzzyDate> closed = Combinators.combine(single, single).as((a, b) ->
        a.earliest().isAfter(b.latest())
            ? FuzzyDate.parse(b + "/" + a)
            : FuzzyDate.parse(a + "/" + b));
    Arbitrary<FuzzyDate> intervals = Arbitraries.oneOf(
        closed,
        single.map(d -> FuzzyDate.parse(d + "/..")),
        single.map(d -> FuzzyDate.parse("../" + d)),
        single.map(d -> FuzzyDate.parse(d + "/")),
        single.map(d -> FuzzyDate.parse("/" + d)));
    return Arbitraries.frequencyOf(Tuple.of(4, single), Tuple.of(1, intervals));
  }

  static Arbitrary<FuzzyDate> singleFuzzyDates(Arbitrary<Integer> years) {
    Arbitrary<Integer> months = Arbitraries.integers().between(1, 12);
    Arbitrary<String> text = Arbitraries.frequencyOf(
        Tuple.of(6, Combinators.combine(years, Arbitraries.integers().between(0, 365))
            .as((y, d) -> LocalDate.of(y, 1, 1).plusDays(Math.min(d, LocalDate.of(y, 1, 1)
                .lengthOfYear() - 1)).toString())),
        Tuple.of(3, Combinators.combine(years, months).as((y, m) -> y4(y) + "-" + two(m))),
        Tuple.of(3, years.map(FuzzyDateArbitraries::y4)),
        Tuple.of(1, years.map(y -> y4(y).substring(0, 3) + "X")),
        Tuple.of(1, years.map(y -> y4(y).substring(0, 2) + "XX")),
        Tuple.of(1, years.map(y -> y4(y) + "-XX")),
        Tuple.of(1, years.map(y -> y4(y) + "-XX-XX")),
        Tuple.of(1, Combinators.combine(years, months).as((y, m) -> y4(y) + "-" + two(m) + "-XX")),
        Tuple.of(2, Combinators.combine(years, Arbitraries.integers().between(21, 24))
            .as((y, s) -> y4(y == 9999 && s == 24 ? 9998 : y) + "-" + s)),
        Tuple.of(2, Combinators.combine(years, Arbitraries.integers().between(33, 41))
            .as((y, g) -> y4(y) + "-" + g)));
    return Combinators.combine(text, Arbitraries.of(Qualifier.class))
        .as((t, q) -> FuzzyDate.parse(t).withQualifier(q));
  }

  static String y4(int year) {
    return String.format(Locale.ROOT, "%04d", year);
  }

  static String two(int n) {
    return String.format(Locale.ROOT, "%02d", n);
  }

  // ============================================================================ around a day

  /** The first day of the recent decades that valid dossiers mostly use. */
  static final LocalDate FIRST = LocalDate.of(1990, 1, 1);
  /** How many days from {@link #FIRST} those decades span. */
  static final int SPAN_DAYS = 45 * 365;
  /** One day in this many is at the edge of the calendar: in year 1 or year 9999. */
  private static final int EDGE_DAY_ODDS = 25;

  /** Integers from 0 to {@code max}, all equally likely, shrinking towards 0. */
  static Arbitrary<Integer> upTo(int max) {
    return Arbitraries.integers().between(0, max).withDistribution(RandomDistribution.uniform());
  }

  /**
   * Days, mostly of recent decades, now and then the first or last days of the calendar; they
   * shrink towards {@link #FIRST}.
   */
  static Arbitrary<LocalDate> days() {
    Arbitrary<LocalDate> recent = upTo(SPAN_DAYS - 1).map(FIRST::plusDays);
    Arbitrary<Integer> offset = Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(0)), Tuple.of(2, upTo(59)));
    Arbitrary<LocalDate> edge = Combinators.combine(Arbitraries.of(true, false), offset)
        .as((first, n) -> first ? FuzzyDate.MIN_DAY.plusDays(n) : FuzzyDate.MAX_DAY.minusDays(n));
    return Arbitraries.frequencyOf(Tuple.of(EDGE_DAY_ODDS - 1, recent), Tuple.of(1, edge));
  }

  /** The day, moved into the calendar's range when it has left it. */
  static LocalDate clamp(LocalDate day) {
    if (day.isBefore(FuzzyDate.MIN_DAY)) {
      return FuzzyDate.MIN_DAY;
    }
    return day.isAfter(FuzzyDate.MAX_DAY) ? FuzzyDate.MAX_DAY : day;
  }

  /** Forms of fuzzy date around a day; they shrink towards the exact day without qualifier. */
  static Arbitrary<DateForm> forms() {
    return Combinators.combine(
            upTo(11), upTo(4), upTo(59), upTo(59),
            Arbitraries.of(Qualifier.class).optional(1.0 / 3))
        .as(DateForm::new);
  }

  /** Fuzzy dates of any form that mean a day of {@link #days()}. */
  static Arbitrary<FuzzyDate> aroundDays() {
    return Combinators.combine(days(), forms()).as((day, form) -> form.containing(day));
  }

  /**
   * The form of a fuzzy date that can mean a given day: an exact day (3 in 12), a month, a year,
   * a quarter, quadrimester, semester or season, a value with unspecified digits, a closed
   * interval around the day, an open or half-unknown interval.
   *
   * @param form which of the twelve forms
   * @param variant which value with X digits, or which open interval
   * @param before days the closed interval starts before the day
   * @param after days the closed interval ends after the day (and, modulo 10, the half-unknown
   *     one)
   * @param qualifier the qualifier, when there is one
   */
  record DateForm(int form, int variant, int before, int after, Optional<Qualifier> qualifier) {

    /** A fuzzy date of this form that can mean the day. */
    FuzzyDate containing(LocalDate day) {
      int y = day.getYear();
      int m = day.getMonthValue();
      String text;
      switch (form) {
        case 3:
          text = y4(y) + "-" + two(m);
          break;
        case 4:
          text = y4(y);
          break;
        case 5:
          text = y4(y) + "-" + (33 + (m - 1) / 3);
          break;
        case 6:
          text = y4(y) + "-" + (37 + (m - 1) / 4);
          break;
        case 7:
          text = y4(y) + "-" + (40 + (m - 1) / 6);
          break;
        case 8:
          text = season(y, m);
          break;
        case 9:
          text = List.of(y4(y).substring(0, 3) + "X", y4(y) + "-XX", y4(y) + "-" + two(m) + "-XX",
              y4(y).substring(0, 2) + "XX", y4(y) + "-XX-XX").get(variant % 5);
          break;
        case 10:
          text = clamp(day.minusDays(before)) + "/" + clamp(day.plusDays(after));
          break;
        case 11:
          text = List.of(y4(y) + "/..", "../" + day, y4(y) + "-" + two(m) + "/",
              "/" + clamp(day.plusDays(after % 10))).get(variant % 4);
          break;
        default:
          text = day.toString();
          break;
      }
      FuzzyDate date = FuzzyDate.parse(text);
      return qualifier.map(date::withQualifier).orElse(date);
    }

    private static String season(int y, int m) {
      if (m >= 3 && m <= 11) {
        return y4(y) + "-" + (21 + (m - 3) / 3);
      }
      int winterYear = m == 12 ? y : y - 1;
      return winterYear >= 1 && winterYear <= 9998 ? y4(winterYear) + "-24" : y4(y);
    }
  }
}
