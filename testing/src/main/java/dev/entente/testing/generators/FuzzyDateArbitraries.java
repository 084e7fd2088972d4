package dev.entente.testing.generators;

import dev.entente.time.FuzzyDate;
import dev.entente.time.Qualifier;
import java.time.LocalDate;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Fuzzy dates of every EDTF form Entente supports. */
final class FuzzyDateArbitraries {

  private FuzzyDateArbitraries() {}

  // ============================================================================ fuzzy dates

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
}
