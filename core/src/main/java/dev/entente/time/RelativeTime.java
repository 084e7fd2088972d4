package dev.entente.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the wording of a news source ("yesterday", "the 21st", "early next year") into a {@link
 * FuzzyDate}, against a reference date that may itself be fuzzy.
 *
 * <h2>Supported wordings</h2>
 *
 * <p>Case does not matter; surrounding and repeated spaces, and a leading "on", "in" or "the"
 * (or "on the", "in the") are ignored. {@code Y} stands for "this year", "last year", "next year"
 * or a four-digit year such as "2025".
 *
 * <table>
 *   <caption>Wordings and their values against a reference day {@code d}</caption>
 *   <tr><th>Wording</th><th>Value</th></tr>
 *   <tr><td>today, the same day</td><td>{@code d}</td></tr>
 *   <tr><td>yesterday, the previous day, the day before</td><td>the day before {@code d}</td></tr>
 *   <tr><td>tomorrow, the next day, the following day, the day after</td>
 *       <td>the day after {@code d}</td></tr>
 *   <tr><td>the 1st, the 2nd, the 3rd, the 21st ... the 31st</td>
 *       <td>the latest day with that number on or before {@code d}, skipping months that lack
 *       it</td></tr>
 *   <tr><td>this month; last month, the previous month; next month</td>
 *       <td>the month of {@code d}, the month before, the month after</td></tr>
 *   <tr><td>this year, last year, next year</td><td>the year</td></tr>
 *   <tr><td>first half of Y, second half of Y</td>
 *       <td>semester 1 or 2 ({@code 2025-40}, {@code 2025-41})</td></tr>
 *   <tr><td>early Y, mid Y (or mid-Y), late Y</td>
 *       <td>quadrimester 1, 2 or 3 ({@code 2025-37} to {@code 2025-39})</td></tr>
 *   <tr><td>first quarter of Y ... fourth quarter of Y</td>
 *       <td>quarter 1 to 4 ({@code 2025-33} to {@code 2025-36})</td></tr>
 *   <tr><td>spring Y, summer Y, autumn Y (or fall Y), winter Y, each also "... of Y"</td>
 *       <td>the season ({@code 2025-21} to {@code 2025-24})</td></tr>
 *   <tr><td>soon, at the earliest opportunity, at an early date, as soon as conditions allow,
 *       later</td>
 *       <td>from the reference on, open-ended: {@code ref/..}</td></tr>
 *   <tr><td>in the coming months</td>
 *       <td>from the reference to an end that the wording implies but does not give: {@code
 *       ref/} (an unknown end)</td></tr>
 *   <tr><td>by the end of the year, by the end of Y</td>
 *       <td>from the reference to 31 December of the reference's year, or of Y: {@code
 *       ref/2024-12-31}</td></tr>
 *   <tr><td>into Y</td>
 *       <td>from the reference to some time in Y: {@code ref/2025}</td></tr>
 * </table>
 *
 * <p>The wordings that name a window from the reference on ("soon", "later", "into 2025") start
 * the window at the reference, since a statement speaks of what follows it; "later" includes the
 * rest of the reference day.
 
 *
 * <h2>Uncertain references</h2>
 *
 * <p>A fuzzy reference, such as a publication date known to within ten days ({@code
 * 2024-10-22/2024-10-31}) or a month ({@code 2024-10}), is resolved twice: against its earliest
 * and against its latest day. If both give the same value, that is the result; otherwise the
 * result is the interval from the first to the second, so the uncertainty of the reference is
 * carried into the value. A qualifier of the reference (uncertain, approximate) is put on the
 * result. A window from the reference on ("soon", "in the coming months", "by the end of the
 * year") starts at the reference itself (its start, for an interval) and ends as the wording says,
 * resolved against the reference's latest day; the end carries the qualifier of the reference's
 * end. A reference with an open or unknown end cannot be resolved.
 *
 * <pre>{@code
 * FuzzyDate published = FuzzyDate.parse("2024-10-22/2024-10-31");
 * RelativeTime.resolve("the 21st", published).value();                  // 2024-10-21
 * RelativeTime.resolve("early next year", published).value();           // 2025-37
 * RelativeTime.resolve("next year", FuzzyDate.parse("2024-12-20/2025-01-10")).value();
 *                                                                       // 2025/2026
 * RelativeTime.resolve("yesterday", FuzzyDate.parse("2024-10-22?")).value();  // 2024-10-21?
 * RelativeTime.resolve("by the end of the year", published).value();    // 2024-10-22/2024-12-31
 * RelativeTime.resolve("as soon as conditions allow", published).value();  // 2024-10-22/..
 * }</pre>
 */
public final class RelativeTime {

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern DAY_OF_MONTH = Pattern.compile("(\\d{1,2})(st|nd|rd|th)");
  private static final String YEAR = "(this year|last year|next year|\\d{4})";
  private static final Pattern HALF = Pattern.compile("(first|second) half of " + YEAR);
  private static final Pattern THIRD = Pattern.compile("(early |mid |mid-|late )" + YEAR);
  private static final Pattern QUARTER =
      Pattern.compile("(first|second|third|fourth) quarter of " + YEAR);
  private static final Pattern SEASON =
      Pattern.compile("(spring|summer|autumn|fall|winter) (?:of )?" + YEAR);
  private static final Pattern WHOLE_YEAR = Pattern.compile("(this|last|next) year");
  private static final Pattern BY_END_OF = Pattern.compile("by the end of (the year|" + YEAR + ")");
  private static final Pattern INTO = Pattern.compile("into " + YEAR);

  /** How a window from the reference on ends. */
  private enum WindowEnd {
    /** No limit: {@code ref/..}. */
    OPEN,
    /** An end the wording implies but does not give: {@code ref/}. */
    UNKNOWN,
    /** An end resolved from the reference's latest day. */
    DATED
  }

  private RelativeTime() {}

  /**
   * Resolves a wording against a reference date.
   *
   * <pre>{@code
   * RelativeTime.resolve("the previous day", FuzzyDate.parse("2024-10-22")).value();
   *     // 2024-10-21
   * RelativeTime.resolve("In the first half of next year", FuzzyDate.parse("2024-10")).value();
   *     // 2025-40
   * }</pre>
   *
   * @param wording the wording of the source, kept exactly as given in the result
   * @param reference the date the wording refers to, such as the publication date; any value
   *     whose ends are dates
   * @return the wording, the reference and the resulting value
   * @throws UnresolvableTimeException if the wording is not supported, the reference has an open
   *     or unknown end, or the result would leave the years 0001 to 9999
   */
  public static ResolvedTime resolve(String wording, FuzzyDate reference) {
    Objects.requireNonNull(wording, "wording");
    Objects.requireNonNull(reference, "reference");
    String normalized = normalize(wording);
    switch (normalized) {
      case "soon":
      case "at the earliest opportunity":
      case "at an early date":
      case "as soon as conditions allow":
      case "later":
        return window(wording, reference, WindowEnd.OPEN, null);
      case "coming months":
        return window(wording, reference, WindowEnd.UNKNOWN, null);
      default:
        break;
    }
    Matcher window = BY_END_OF.matcher(normalized);
    if (window.matches()) {
      Function<LocalDate, Integer> year =
          window.group(1).equals("the year") ? LocalDate::getYear : year(window.group(1));
      return window(wording, reference, WindowEnd.DATED,
          d -> FuzzyDate.of(year.apply(d), 12, 31));
    }
    window = INTO.matcher(normalized);
    if (window.matches()) {
      Function<LocalDate, Integer> year = year(window.group(1));
      return window(wording, reference, WindowEnd.DATED, d -> FuzzyDate.ofYear(year.apply(d)));
    }
    Function<LocalDate, FuzzyDate> rule = rule(wording, normalized);
    requireBoundedReference(wording, reference);
    FuzzyDate value;
    try {
      FuzzyDate first = rule.apply(reference.earliest());
      FuzzyDate last = rule.apply(reference.latest());
      value = first.equals(last) ? first : FuzzyDate.interval(first, last);
    } catch (DateTimeException e) {
      throw new UnresolvableTimeException(
          wording,
          "against " + reference + " it falls outside the years 0001 to 9999 (" + e.getMessage()
              + ")");
    }
    if (reference.qualifier() != Qualifier.NONE) {
      value = value.withQualifier(reference.qualifier());
    }
    return new ResolvedTime(wording, reference, value);
  }

  /**
   * A window from the reference (its start, for an interval) on, ending as {@code endKind} says;
   * a dated end is resolved against the reference's latest day and carries the qualifier of the
   * reference's end.
   */
  private static ResolvedTime window(String wording, FuzzyDate reference, WindowEnd endKind,
      Function<LocalDate, FuzzyDate> endRule) {
    requireBoundedReference(wording, reference);
    FuzzyDate start = reference.start().orElse(reference);
    switch (endKind) {
      case OPEN:
        return new ResolvedTime(wording, reference, FuzzyDate.from(start));
      case UNKNOWN:
        return new ResolvedTime(wording, reference, FuzzyDate.fromWithUnknownEnd(start));
      default:
        break;
    }
    try {
      FuzzyDate end = endRule.apply(reference.latest());
      Qualifier qualifier = reference.end().orElse(reference).qualifier();
      if (qualifier != Qualifier.NONE) {
        end = end.withQualifier(qualifier);
      }
      return new ResolvedTime(wording, reference, FuzzyDate.interval(start, end));
    } catch (DateTimeException e) {
      throw new UnresolvableTimeException(
          wording, "against " + reference + " it is no window from the reference on ("
              + e.getMessage() + ")");
    }
  }

  private static void requireBoundedReference(String wording, FuzzyDate reference) {
    if (reference.isOpenStart()
        || reference.isOpenEnd()
        || reference.isUnknownStart()
        || reference.isUnknownEnd()) {
      throw new UnresolvableTimeException(
          wording, "the reference " + reference + " has an open or unknown end");
    }
  }

  private static String normalize(String wording) {
    String s = WHITESPACE.matcher(wording.trim().toLowerCase(Locale.ROOT)).replaceAll(" ");
    if (s.startsWith("on ") || s.startsWith("in ")) {
      s = s.substring(3);
    }
    if (s.startsWith("the ")) {
      s = s.substring(4);
    }
    return s;
  }

  private static Function<LocalDate, FuzzyDate> rule(String wording, String s) {
    switch (s) {
      case "today":
      case "same day":
        return FuzzyDate::of;
      case "yesterday":
      case "previous day":
      case "day before":
        return d -> FuzzyDate.of(d.minusDays(1));
      case "tomorrow":
      case "next day":
      case "following day":
      case "day after":
        return d -> FuzzyDate.of(d.plusDays(1));
      case "this month":
        return d -> FuzzyDate.of(YearMonth.from(d));
      case "last month":
      case "previous month":
        return d -> FuzzyDate.of(YearMonth.from(d).minusMonths(1));
      case "next month":
        return d -> FuzzyDate.of(YearMonth.from(d).plusMonths(1));
      default:
        break;
    }
    Matcher m = DAY_OF_MONTH.matcher(s);
    if (m.matches()) {
      int n = Integer.parseInt(m.group(1));
      if (n < 1 || n > 31 || !m.group(2).equals(ordinalSuffix(n))) {
        throw unsupported(wording);
      }
      return d -> FuzzyDate.of(latestDayNumbered(n, d));
    }
    m = WHOLE_YEAR.matcher(s);
    if (m.matches()) {
      Function<LocalDate, Integer> year = year(m.group(0));
      return d -> FuzzyDate.ofYear(year.apply(d));
    }
    m = HALF.matcher(s);
    if (m.matches()) {
      int semester = m.group(1).equals("first") ? 1 : 2;
      Function<LocalDate, Integer> year = year(m.group(2));
      return d -> FuzzyDate.ofSemester(year.apply(d), semester);
    }
    m = THIRD.matcher(s);
    if (m.matches()) {
      int third = m.group(1).startsWith("early") ? 1 : m.group(1).startsWith("late") ? 3 : 2;
      Function<LocalDate, Integer> year = year(m.group(2));
      return d -> FuzzyDate.ofQuadrimester(year.apply(d), third);
    }
    m = QUARTER.matcher(s);
    if (m.matches()) {
      int quarter = ordinal(m.group(1));
      Function<LocalDate, Integer> year = year(m.group(2));
      return d -> FuzzyDate.ofQuarter(year.apply(d), quarter);
    }
    m = SEASON.matcher(s);
    if (m.matches()) {
      Season season = season(m.group(1));
      Function<LocalDate, Integer> year = year(m.group(2));
      return d -> FuzzyDate.ofSeason(year.apply(d), season);
    }
    throw unsupported(wording);
  }

  private static UnresolvableTimeException unsupported(String wording) {
    return new UnresolvableTimeException(
        wording,
        "not a supported expression of time (see RelativeTime for the supported wordings)");
  }

  private static String ordinalSuffix(int n) {
    if (n >= 11 && n <= 13) {
      return "th";
    }
    switch (n % 10) {
      case 1:
        return "st";
      case 2:
        return "nd";
      case 3:
        return "rd";
      default:
        return "th";
    }
  }

  /** The latest day numbered {@code n} on or before {@code d}, skipping months that lack it. */
  private static LocalDate latestDayNumbered(int n, LocalDate d) {
    if (d.getDayOfMonth() >= n) {
      return d.withDayOfMonth(n);
    }
    YearMonth ym = YearMonth.from(d).minusMonths(1);
    while (ym.lengthOfMonth() < n) {
      ym = ym.minusMonths(1);
    }
    return ym.atDay(n);
  }

  private static Function<LocalDate, Integer> year(String phrase) {
    switch (phrase) {
      case "this year":
        return LocalDate::getYear;
      case "last year":
        return d -> d.getYear() - 1;
      case "next year":
        return d -> d.getYear() + 1;
      default:
        int year = Integer.parseInt(phrase);
        return d -> year;
    }
  }

  private static int ordinal(String word) {
    switch (word) {
      case "first":
        return 1;
      case "second":
        return 2;
      case "third":
        return 3;
      default:
        return 4;
    }
  }

  private static Season season(String word) {
    switch (word) {
      case "spring":
        return Season.SPRING;
      case "summer":
        return Season.SUMMER;
      case "autumn":
      case "fall":
        return Season.AUTUMN;
      default:
        return Season.WINTER;
    }
  }
}
