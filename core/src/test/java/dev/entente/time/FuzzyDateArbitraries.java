package dev.entente.time;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Generators of {@link FuzzyDate} values of every supported form, for property tests. */
// Public for reuse by other tests; the jqwik types it returns exist only on the test path.
@SuppressWarnings("exports")
public final class FuzzyDateArbitraries {

  private FuzzyDateArbitraries() {}

  /** Any value: a single date of any form or an interval. */
  public static Arbitrary<FuzzyDate> fuzzyDates() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, singleDates()), Tuple.of(2, intervals()));
  }

  /** A single date of any form, with any qualifier. */
  public static Arbitrary<FuzzyDate> singleDates() {
    return Combinators.combine(unqualifiedSingleDates(), Arbitraries.of(Qualifier.class))
        .as(FuzzyDate::withQualifier);
  }

  /** An interval: two dates, or a date and an open or unknown end. */
  public static Arbitrary<FuzzyDate> intervals() {
    Arbitrary<FuzzyDate> closed =
        Combinators.combine(singleDates(), singleDates())
            .as(
                (a, b) ->
                    a.earliest().isAfter(b.latest())
                        ? FuzzyDate.interval(b, a)
                        : FuzzyDate.interval(a, b));
    return Arbitraries.oneOf(
        closed,
        singleDates().map(FuzzyDate::from),
        singleDates().map(FuzzyDate::until),
        singleDates().map(FuzzyDate::fromWithUnknownEnd),
        singleDates().map(FuzzyDate::untilWithUnknownStart));
  }

  /** A single date of any form, without a qualifier. */
  public static Arbitrary<FuzzyDate> unqualifiedSingleDates() {
    return Arbitraries.oneOf(
        days(),
        years().map(FuzzyDate::ofYear),
        Combinators.combine(years(), Arbitraries.integers().between(1, 12)).as(FuzzyDate::ofMonth),
        years().map(FuzzyDate::ofDecade),
        years().map(FuzzyDate::ofCentury),
        years().map(y -> FuzzyDate.parse(String.format("%04d-XX", y))),
        years().map(y -> FuzzyDate.parse(String.format("%04d-XX-XX", y))),
        Combinators.combine(years(), Arbitraries.integers().between(1, 12))
            .as((y, m) -> FuzzyDate.parse(String.format("%04d-%02d-XX", y, m))),
        groupings());
  }

  /** An exact day between 0001-01-01 and 9999-12-31. */
  public static Arbitrary<FuzzyDate> days() {
    return Arbitraries.longs()
        .between(FuzzyDate.MIN_DAY.toEpochDay(), FuzzyDate.MAX_DAY.toEpochDay())
        .map(LocalDate::ofEpochDay)
        .map(FuzzyDate::of);
  }

  /** A season, quarter, quadrimester or semester of any year it fits in. */
  public static Arbitrary<FuzzyDate> groupings() {
    return Arbitraries.oneOf(
        Combinators.combine(years(), Arbitraries.of(Season.class))
            .as((y, s) -> FuzzyDate.ofSeason(y == 9999 && s == Season.WINTER ? 9998 : y, s)),
        Combinators.combine(years(), Arbitraries.integers().between(1, 4))
            .as(FuzzyDate::ofQuarter),
        Combinators.combine(years(), Arbitraries.integers().between(1, 3))
            .as(FuzzyDate::ofQuadrimester),
        Combinators.combine(years(), Arbitraries.integers().between(1, 2))
            .as(FuzzyDate::ofSemester));
  }

  /** A year from 1 to 9999, with the edges and recent years favoured. */
  public static Arbitrary<Integer> years() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.integers().between(1, 9999)),
        Tuple.of(2, Arbitraries.integers().between(1900, 2100)),
        Tuple.of(1, Arbitraries.of(1, 9, 10, 99, 100, 9990, 9999)));
  }
}
