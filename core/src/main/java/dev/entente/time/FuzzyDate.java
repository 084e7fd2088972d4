package dev.entente.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An exact day or a fuzzy time, written in the Extended Date/Time Format (EDTF, ISO 8601-2).
 *
 * <p>News sources rarely give exact days: an agreement is signed "in spring", talks resume "early
 * next year", a visit took place "possibly in October". A {@code FuzzyDate} keeps such a time as
 * written, knows the earliest and latest day it can mean, and prints itself back in canonical
 * EDTF. It is immutable, value-based and thread-safe; no method accepts or returns {@code null}
 * (save {@link #equals(Object)}, which accepts it).
 *
 * <h2>Syntax</h2>
 *
 * <p>Years run from 0001 to 9999 and are always written with four digits.
 *
 * <table>
 *   <caption>Supported EDTF forms</caption>
 *   <tr><th>Form</th><th>Example</th><th>Meaning</th></tr>
 *   <tr><td>day</td><td>{@code 2024-10-21}</td><td>21 October 2024</td></tr>
 *   <tr><td>month</td><td>{@code 2024-10}</td><td>October 2024</td></tr>
 *   <tr><td>year</td><td>{@code 2024}</td><td>the year 2024</td></tr>
 *   <tr><td>unspecified digits</td>
 *       <td>{@code 201X}, {@code 20XX}, {@code 2024-XX}, {@code 2024-XX-XX}, {@code 2024-10-XX}</td>
 *       <td>some year of the 2010s, of 2000-2099, some month of 2024, some day of 2024, some day of
 *       October 2024</td></tr>
 *   <tr><td>season</td><td>{@code 2025-21} to {@code 2025-24}</td>
 *       <td>spring, summer, autumn, winter 2025</td></tr>
 *   <tr><td>quarter</td><td>{@code 2025-33} to {@code 2025-36}</td>
 *       <td>first to fourth quarter of 2025</td></tr>
 *   <tr><td>quadrimester</td><td>{@code 2025-37} to {@code 2025-39}</td>
 *       <td>first to third third of 2025 ("early", "mid", "late" 2025)</td></tr>
 *   <tr><td>semester</td><td>{@code 2025-40}, {@code 2025-41}</td>
 *       <td>first and second half of 2025</td></tr>
 *   <tr><td>qualifiers</td><td>{@code 2024?}, {@code 2024-10~}, {@code 2024-10-21%}</td>
 *       <td>uncertain, approximate, both (see {@link Qualifier})</td></tr>
 *   <tr><td>interval</td><td>{@code 2024-10-22/2024-10-31}, {@code 2004-06~/2004-06-11?}</td>
 *       <td>from the start to the end, each end with its own qualifier</td></tr>
 *   <tr><td>open end</td><td>{@code ../2025}, {@code 2024-10-21/..}</td>
 *       <td>no limit on that side ("until 2025", "from 21 October 2024 on")</td></tr>
 *   <tr><td>unknown end</td><td>{@code /2025}, {@code 2024/}</td>
 *       <td>that end exists but is not known</td></tr>
 * </table>
 *
 * <p>Seasons, quarters, quadrimesters and semesters (EDTF sub-year groupings, codes 21-24 and
 * 33-41) cover these months. Seasons are the meteorological seasons of the northern hemisphere;
 * winter starts in December of its year and ends with February of the next year, so {@code
 * 9999-24} is rejected.
 *
 * <table>
 *   <caption>Months covered by each sub-year grouping</caption>
 *   <tr><th>Code</th><th>Grouping</th><th>First day</th><th>Last day</th></tr>
 *   <tr><td>21</td><td>spring</td><td>1 March</td><td>31 May</td></tr>
 *   <tr><td>22</td><td>summer</td><td>1 June</td><td>31 August</td></tr>
 *   <tr><td>23</td><td>autumn</td><td>1 September</td><td>30 November</td></tr>
 *   <tr><td>24</td><td>winter</td><td>1 December</td>
 *       <td>28 or 29 February of the next year</td></tr>
 *   <tr><td>33</td><td>quarter 1</td><td>1 January</td><td>31 March</td></tr>
 *   <tr><td>34</td><td>quarter 2</td><td>1 April</td><td>30 June</td></tr>
 *   <tr><td>35</td><td>quarter 3</td><td>1 July</td><td>30 September</td></tr>
 *   <tr><td>36</td><td>quarter 4</td><td>1 October</td><td>31 December</td></tr>
 *   <tr><td>37</td><td>quadrimester 1</td><td>1 January</td><td>30 April</td></tr>
 *   <tr><td>38</td><td>quadrimester 2</td><td>1 May</td><td>31 August</td></tr>
 *   <tr><td>39</td><td>quadrimester 3</td><td>1 September</td><td>31 December</td></tr>
 *   <tr><td>40</td><td>semester 1</td><td>1 January</td><td>30 June</td></tr>
 *   <tr><td>41</td><td>semester 2</td><td>1 July</td><td>31 December</td></tr>
 * </table>
 *
 * <h2>Bounds</h2>
 *
 * <p>{@link #earliest()} and {@link #latest()} are the first and last day the value as written
 * can mean. Qualifiers do not widen them: {@code 2024?} has the bounds of {@code 2024}; the
 * qualifier is kept and exposed by {@link #qualifier()}. An open ({@code ..}) or unknown (empty)
 * start has the earliest day 0001-01-01; an open or unknown end has the latest day 9999-12-31.
 * Unspecified year digits never mean year 0: {@code 000X} runs from 0001 to 0009.
 *
 * <h2>Examples</h2>
 *
 * <pre>{@code
 * FuzzyDate spring = FuzzyDate.parse("2025-21");
 * spring.earliest();                        // 2025-03-01
 * spring.latest();                          // 2025-05-31
 * FuzzyDate.parse("2025-40").latest();      // 2025-06-30
 * FuzzyDate.parse("2024-10-21").toLocalDate();   // Optional[2024-10-21]
 * FuzzyDate.interval(FuzzyDate.ofMonth(2024, 10), FuzzyDate.ofYear(2025)).toString();
 *                                           // "2024-10/2025"
 * }</pre>
 *
 * <h2>Equality and order</h2>
 *
 * <p>Two values are equal when they are written the same way: {@code 2024}, {@code 2024-XX} and
 * {@code 2024-01/2024-12} have the same bounds but are different values. Values are ordered by
 * their earliest day, then by their latest day, then by their canonical text; this order is
 * consistent with {@code equals}.
 */
public final class FuzzyDate implements Comparable<FuzzyDate> {

  /** The first day any value can mean: the earliest day of an open or unknown start. */
  public static final LocalDate MIN_DAY = LocalDate.of(1, 1, 1);

  /** The last day any value can mean: the latest day of an open or unknown end. */
  public static final LocalDate MAX_DAY = LocalDate.of(9999, 12, 31);

  private static final int ABSENT = 0;
  private static final int UNSPECIFIED = -1;

  private static final String[] MONTH_NAMES = {
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December"
  };

  /** The kind of an interval end; {@code NONE} for values that are not intervals. */
  private enum End {
    NONE,
    DATE,
    OPEN,
    UNKNOWN
  }

  /** A reason a value is invalid, with the offset of the offending text in its EDTF form. */
  private static final class Problem {
    final int offset;
    final String message;

    Problem(int offset, String message) {
      this.offset = offset;
      this.message = message;
    }
  }

  // A single date: year as written with unspecified digits as 0, count of unspecified digits,
  // month (ABSENT, UNSPECIFIED, 1-12 or a grouping code 21-41), day (ABSENT, UNSPECIFIED, 1-31).
  private final int year;
  private final int yearUnspecifiedDigits;
  private final int month;
  private final int day;
  private final Qualifier qualifier;

  // An interval: the kind of each end and the date at each end, if any.
  private final End startKind;
  private final End endKind;
  private final @Nullable FuzzyDate start;
  private final @Nullable FuzzyDate end;

  private final LocalDate earliest;
  private final LocalDate latest;
  private final String text;

  private FuzzyDate(int year, int yearUnspecifiedDigits, int month, int day, Qualifier qualifier) {
    this.year = year;
    this.yearUnspecifiedDigits = yearUnspecifiedDigits;
    this.month = month;
    this.day = day;
    this.qualifier = qualifier;
    this.startKind = End.NONE;
    this.endKind = End.NONE;
    this.start = null;
    this.end = null;
    int firstYear = Math.max(1, year);
    int lastYear = year + pow10(yearUnspecifiedDigits) - 1;
    if (month == ABSENT || month == UNSPECIFIED) {
      this.earliest = LocalDate.of(firstYear, 1, 1);
      this.latest = LocalDate.of(lastYear, 12, 31);
    } else if (month <= 12) {
      YearMonth ym = YearMonth.of(year, month);
      this.earliest = day > 0 ? ym.atDay(day) : ym.atDay(1);
      this.latest = day > 0 ? ym.atDay(day) : ym.atEndOfMonth();
    } else {
      YearMonth first = YearMonth.of(year, groupingFirstMonth(month));
      this.earliest = first.atDay(1);
      this.latest = first.plusMonths(groupingLength(month) - 1L).atEndOfMonth();
    }
    this.text = singleText();
  }

  private FuzzyDate(End startKind, @Nullable FuzzyDate start, End endKind, @Nullable FuzzyDate end) {
    this.year = 0;
    this.yearUnspecifiedDigits = 0;
    this.month = ABSENT;
    this.day = ABSENT;
    Qualifier q = Qualifier.NONE;
    if (start != null) {
      q = q.and(start.qualifier);
    }
    if (end != null) {
      q = q.and(end.qualifier);
    }
    this.qualifier = q;
    this.startKind = startKind;
    this.endKind = endKind;
    this.start = start;
    this.end = end;
    this.earliest = start != null ? start.earliest : MIN_DAY;
    this.latest = end != null ? end.latest : MAX_DAY;
    this.text = endText(startKind, start) + "/" + endText(endKind, end);
  }

  // ---------------------------------------------------------------------------------------------
  // Factories

  /**
   * The exact day given.
   *
   * <p>{@code FuzzyDate.of(LocalDate.of(2024, 10, 21)).toString()} is {@code "2024-10-21"}.
   *
   * @param date the day, in the years 1 to 9999
   * @return a value of precision {@link Precision#DAY}
   * @throws DateTimeException if the year is outside 1 to 9999
   */
  public static FuzzyDate of(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return single(date.getYear(), 0, date.getMonthValue(), date.getDayOfMonth());
  }

  /**
   * The exact day given by its year, month and day of month.
   *
   * <p>{@code FuzzyDate.of(2024, 10, 21).toString()} is {@code "2024-10-21"}.
   *
   * @param year the year, 1 to 9999
   * @param month the month, 1 to 12
   * @param dayOfMonth the day of the month, 1 to the length of the month
   * @return a value of precision {@link Precision#DAY}
   * @throws DateTimeException if the day does not exist or the year is out of range
   */
  public static FuzzyDate of(int year, int month, int dayOfMonth) {
    requireMonth(month);
    if (dayOfMonth < 1) {
      throw new DateTimeException("day " + dayOfMonth + " is not a day of a month");
    }
    return single(year, 0, month, dayOfMonth);
  }

  /**
   * The year given.
   *
   * <p>{@code FuzzyDate.of(Year.of(2024)).toString()} is {@code "2024"}.
   *
   * @param year the year, 1 to 9999
   * @return a value of precision {@link Precision#YEAR}
   * @throws DateTimeException if the year is outside 1 to 9999
   */
  public static FuzzyDate of(Year year) {
    Objects.requireNonNull(year, "year");
    return ofYear(year.getValue());
  }

  /**
   * The year given.
   *
   * <p>{@code FuzzyDate.ofYear(2024).toString()} is {@code "2024"}.
   *
   * @param year the year, 1 to 9999
   * @return a value of precision {@link Precision#YEAR}
   * @throws DateTimeException if the year is outside 1 to 9999
   */
  public static FuzzyDate ofYear(int year) {
    return single(year, 0, ABSENT, ABSENT);
  }

  /**
   * The month given.
   *
   * <p>{@code FuzzyDate.of(YearMonth.of(2024, 10)).toString()} is {@code "2024-10"}.
   *
   * @param yearMonth the month, in the years 1 to 9999
   * @return a value of precision {@link Precision#MONTH}
   * @throws DateTimeException if the year is outside 1 to 9999
   */
  public static FuzzyDate of(YearMonth yearMonth) {
    Objects.requireNonNull(yearMonth, "yearMonth");
    return ofMonth(yearMonth.getYear(), yearMonth.getMonthValue());
  }

  /**
   * The month given by its year and number.
   *
   * <p>{@code FuzzyDate.ofMonth(2024, 10).toString()} is {@code "2024-10"}.
   *
   * @param year the year, 1 to 9999
   * @param month the month, 1 to 12
   * @return a value of precision {@link Precision#MONTH}
   * @throws DateTimeException if the month is not 1 to 12 or the year is out of range
   */
  public static FuzzyDate ofMonth(int year, int month) {
    requireMonth(month);
    return single(year, 0, month, ABSENT);
  }

  /**
   * The decade that contains the given year, written with an unspecified last digit.
   *
   * <p>{@code FuzzyDate.ofDecade(2017).toString()} is {@code "201X"}; {@code
   * FuzzyDate.ofDecade(5)} is {@code 000X}, which runs from 0001 to 0009.
   *
   * @param yearInDecade any year of the decade, 1 to 9999
   * @return a value of precision {@link Precision#DECADE}
   * @throws DateTimeException if the year is outside 1 to 9999
   */
  public static FuzzyDate ofDecade(int yearInDecade) {
    requireYear(yearInDecade);
    return single(yearInDecade / 10 * 10, 1, ABSENT, ABSENT);
  }

  /**
   * The hundred years that share the first two digits of the given year, written with two
   * unspecified digits.
   *
   * <p>{@code FuzzyDate.ofCentury(2017).toString()} is {@code "20XX"}, which runs from 2000 to
   * 2099; {@code 00XX} runs from 0001 to 0099.
   *
   * @param yearInCentury any year of the hundred years, 1 to 9999
   * @return a value of precision {@link Precision#CENTURY}
   * @throws DateTimeException if the year is outside 1 to 9999
   */
  public static FuzzyDate ofCentury(int yearInCentury) {
    requireYear(yearInCentury);
    return single(yearInCentury / 100 * 100, 2, ABSENT, ABSENT);
  }

  /**
   * A season of the given year (northern-hemisphere meteorological seasons).
   *
   * <p>{@code FuzzyDate.ofSeason(2025, Season.SPRING).toString()} is {@code "2025-21"}. Winter
   * 2025 runs from 1 December 2025 to 28 February 2026.
   *
   * @param year the year, 1 to 9999 (1 to 9998 for winter)
   * @param season the season
   * @return a value of precision {@link Precision#SEASON}
   * @throws DateTimeException if the season leaves the years 1 to 9999
   */
  public static FuzzyDate ofSeason(int year, Season season) {
    Objects.requireNonNull(season, "season");
    return single(year, 0, season.code(), ABSENT);
  }

  /**
   * A quarter of the given year.
   *
   * <p>{@code FuzzyDate.ofQuarter(2025, 1).toString()} is {@code "2025-33"}, January to March
   * 2025.
   *
   * @param year the year, 1 to 9999
   * @param quarter the quarter, 1 to 4
   * @return a value of precision {@link Precision#QUARTER}
   * @throws DateTimeException if the quarter is not 1 to 4 or the year is out of range
   */
  public static FuzzyDate ofQuarter(int year, int quarter) {
    requirePart("quarter", quarter, 4);
    return single(year, 0, 32 + quarter, ABSENT);
  }

  /**
   * A third of the given year: four months, the natural reading of "early", "mid" and "late".
   *
   * <p>{@code FuzzyDate.ofQuadrimester(2025, 1).toString()} is {@code "2025-37"}, January to April
   * 2025.
   *
   * @param year the year, 1 to 9999
   * @param quadrimester the third, 1 to 3
   * @return a value of precision {@link Precision#QUADRIMESTER}
   * @throws DateTimeException if the quadrimester is not 1 to 3 or the year is out of range
   */
  public static FuzzyDate ofQuadrimester(int year, int quadrimester) {
    requirePart("quadrimester", quadrimester, 3);
    return single(year, 0, 36 + quadrimester, ABSENT);
  }

  /**
   * A half of the given year.
   *
   * <p>{@code FuzzyDate.ofSemester(2025, 1).toString()} is {@code "2025-40"}, January to June
   * 2025.
   *
   * @param year the year, 1 to 9999
   * @param semester the half, 1 or 2
   * @return a value of precision {@link Precision#SEMESTER}
   * @throws DateTimeException if the semester is not 1 or 2 or the year is out of range
   */
  public static FuzzyDate ofSemester(int year, int semester) {
    requirePart("semester", semester, 2);
    return single(year, 0, 39 + semester, ABSENT);
  }

  /**
   * The interval from one date to another.
   *
   * <p>{@code FuzzyDate.interval(FuzzyDate.of(2024, 10, 22), FuzzyDate.of(2024, 10,
   * 31)).toString()} is {@code "2024-10-22/2024-10-31"}. The ends may overlap ({@code
   * 2024/2024-06}) but the start may not begin after the end is over.
   *
   * @param start the start, not itself an interval
   * @param end the end, not itself an interval
   * @return a value of precision {@link Precision#INTERVAL}
   * @throws DateTimeException if an end is an interval, or if the start's earliest day is after
   *     the end's latest day
   */
  public static FuzzyDate interval(FuzzyDate start, FuzzyDate end) {
    requireEnd(start, "start");
    requireEnd(end, "end");
    if (start.earliest.isAfter(end.latest)) {
      throw new DateTimeException(startAfterEnd(start, end));
    }
    return new FuzzyDate(End.DATE, start, End.DATE, end);
  }

  /**
   * The interval from a date on, with an open end ({@code ..}): "from then on", "since".
   *
   * <p>{@code FuzzyDate.from(FuzzyDate.of(2024, 10, 21)).toString()} is {@code "2024-10-21/.."};
   * its latest day is {@link #MAX_DAY}.
   *
   * @param start the start, not itself an interval
   * @return a value of precision {@link Precision#INTERVAL}
   * @throws DateTimeException if the start is an interval
   */
  public static FuzzyDate from(FuzzyDate start) {
    requireEnd(start, "start");
    return new FuzzyDate(End.DATE, start, End.OPEN, null);
  }

  /**
   * The interval up to a date, with an open start ({@code ..}): "until", "by".
   *
   * <p>{@code FuzzyDate.until(FuzzyDate.ofYear(2025)).toString()} is {@code "../2025"}; its
   * earliest day is {@link #MIN_DAY}.
   *
   * @param end the end, not itself an interval
   * @return a value of precision {@link Precision#INTERVAL}
   * @throws DateTimeException if the end is an interval
   */
  public static FuzzyDate until(FuzzyDate end) {
    requireEnd(end, "end");
    return new FuzzyDate(End.OPEN, null, End.DATE, end);
  }

  /**
   * The interval from a date to an end that exists but is not known.
   *
   * <p>{@code FuzzyDate.fromWithUnknownEnd(FuzzyDate.ofYear(2024)).toString()} is {@code
   * "2024/"}; its latest day is {@link #MAX_DAY}.
   *
   * @param start the start, not itself an interval
   * @return a value of precision {@link Precision#INTERVAL}
   * @throws DateTimeException if the start is an interval
   */
  public static FuzzyDate fromWithUnknownEnd(FuzzyDate start) {
    requireEnd(start, "start");
    return new FuzzyDate(End.DATE, start, End.UNKNOWN, null);
  }

  /**
   * The interval up to a date from a start that exists but is not known.
   *
   * <p>{@code FuzzyDate.untilWithUnknownStart(FuzzyDate.ofYear(2025)).toString()} is {@code
   * "/2025"}; its earliest day is {@link #MIN_DAY}.
   *
   * @param end the end, not itself an interval
   * @return a value of precision {@link Precision#INTERVAL}
   * @throws DateTimeException if the end is an interval
   */
  public static FuzzyDate untilWithUnknownStart(FuzzyDate end) {
    requireEnd(end, "end");
    return new FuzzyDate(End.UNKNOWN, null, End.DATE, end);
  }

  /**
   * Reads a value in EDTF (see the syntax table of this class).
   *
   * <pre>{@code
   * FuzzyDate.parse("2025-40");                 // first half of 2025
   * FuzzyDate.parse("2004-06~/2004-06-11?");    // interval with qualified ends
   * FuzzyDate.parse("2024-02-30");              // DateTimeParseException:
   *   // Text '2024-02-30' could not be parsed at index 8: day 30 is not in February 2024
   * }</pre>
   *
   * @param text the EDTF text, in its canonical form: four-digit years, upper-case {@code X}, no
   *     spaces
   * @return the value; {@code parse(text).toString()} equals {@code text}
   * @throws DateTimeParseException if the text is not a supported, valid EDTF value; the exception
   *     carries the text and the index of the first offending character
   */
  public static FuzzyDate parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return new Parser(text.toString()).parse();
  }

  // ---------------------------------------------------------------------------------------------
  // Queries

  /**
   * This value with another qualifier; for an interval, every date end gets the qualifier.
   *
   * <p>{@code FuzzyDate.ofYear(2024).withQualifier(Qualifier.APPROXIMATE).toString()} is {@code
   * "2024~"}; {@code FuzzyDate.parse("2024/2025?").withQualifier(Qualifier.NONE).toString()} is
   * {@code "2024/2025"}. Bounds do not change.
   *
   * @param qualifier the new qualifier; {@link Qualifier#NONE} removes it
   * @return a value with the qualifier, possibly this one
   */
  public FuzzyDate withQualifier(Qualifier qualifier) {
    Objects.requireNonNull(qualifier, "qualifier");
    if (isInterval()) {
      FuzzyDate s = start == null ? null : start.withQualifier(qualifier);
      FuzzyDate e = end == null ? null : end.withQualifier(qualifier);
      FuzzyDate result = new FuzzyDate(startKind, s, endKind, e);
      return result.equals(this) ? this : result;
    }
    if (qualifier == this.qualifier) {
      return this;
    }
    return new FuzzyDate(year, yearUnspecifiedDigits, month, day, qualifier);
  }

  /**
   * The qualifier of this value. For an interval, the union of its ends' qualifiers: uncertain if
   * either end is, approximate if either end is.
   *
   * <p>{@code FuzzyDate.parse("2004-06~/2004-06-11?").qualifier()} is {@link
   * Qualifier#UNCERTAIN_AND_APPROXIMATE}; {@code FuzzyDate.parse("2024").qualifier()} is {@link
   * Qualifier#NONE}.
   *
   * @return the qualifier, {@link Qualifier#NONE} if there is none
   */
  public Qualifier qualifier() {
    return qualifier;
  }

  /**
   * How much time this value covers.
   *
   * <p>{@code FuzzyDate.parse("2025-37").precision()} is {@link Precision#QUADRIMESTER}; {@code
   * FuzzyDate.parse("2024-10-XX").precision()} is {@link Precision#MONTH}.
   *
   * @return the precision; {@link Precision#INTERVAL} for intervals
   */
  public Precision precision() {
    if (isInterval()) {
      return Precision.INTERVAL;
    }
    if (month == ABSENT || month == UNSPECIFIED) {
      switch (yearUnspecifiedDigits) {
        case 0:
          return Precision.YEAR;
        case 1:
          return Precision.DECADE;
        default:
          return Precision.CENTURY;
      }
    }
    if (month <= 12) {
      return day > 0 ? Precision.DAY : Precision.MONTH;
    }
    if (month <= 24) {
      return Precision.SEASON;
    }
    if (month <= 36) {
      return Precision.QUARTER;
    }
    return month <= 39 ? Precision.QUADRIMESTER : Precision.SEMESTER;
  }

  /**
   * Whether this value is an interval ({@code a/b}, with open or unknown ends allowed).
   *
   * <p>{@code FuzzyDate.parse("2024/..").isInterval()} is {@code true}.
   *
   * @return {@code true} for intervals
   */
  public boolean isInterval() {
    return startKind != End.NONE;
  }

  /**
   * The start date of this interval.
   *
   * <p>{@code FuzzyDate.parse("2024-10/2025").start()} is {@code Optional[2024-10]}.
   *
   * @return the start; empty if this is not an interval or its start is open or unknown
   */
  public Optional<FuzzyDate> start() {
    return Optional.ofNullable(start);
  }

  /**
   * The end date of this interval.
   *
   * <p>{@code FuzzyDate.parse("2024-10/2025").end()} is {@code Optional[2025]}.
   *
   * @return the end; empty if this is not an interval or its end is open or unknown
   */
  public Optional<FuzzyDate> end() {
    return Optional.ofNullable(end);
  }

  /**
   * Whether this is an interval with an open start, {@code ../b}.
   *
   * @return {@code true} if the start is {@code ..}
   */
  public boolean isOpenStart() {
    return startKind == End.OPEN;
  }

  /**
   * Whether this is an interval with an open end, {@code a/..}.
   *
   * @return {@code true} if the end is {@code ..}
   */
  public boolean isOpenEnd() {
    return endKind == End.OPEN;
  }

  /**
   * Whether this is an interval with an unknown start, {@code /b}.
   *
   * @return {@code true} if the start is empty
   */
  public boolean isUnknownStart() {
    return startKind == End.UNKNOWN;
  }

  /**
   * Whether this is an interval with an unknown end, {@code a/}.
   *
   * @return {@code true} if the end is empty
   */
  public boolean isUnknownEnd() {
    return endKind == End.UNKNOWN;
  }

  /**
   * Whether some digits of this value (or of an end of this interval) are unspecified ({@code X}).
   *
   * <p>{@code FuzzyDate.parse("2024-XX").hasUnspecifiedDigits()} is {@code true}.
   *
   * @return {@code true} if the value is written with an {@code X}
   */
  public boolean hasUnspecifiedDigits() {
    return text.indexOf('X') >= 0;
  }

  /**
   * The first day this value can mean, ignoring its qualifier.
   *
   * <p>{@code FuzzyDate.parse("2024-24").earliest()} is {@code 2024-12-01}; {@code
   * FuzzyDate.parse("../2025").earliest()} is {@link #MIN_DAY}, 0001-01-01.
   *
   * @return the earliest day, never after {@link #latest()}
   */
  public LocalDate earliest() {
    return earliest;
  }

  /**
   * The last day this value can mean, ignoring its qualifier.
   *
   * <p>{@code FuzzyDate.parse("2024-24").latest()} is {@code 2025-02-28}; {@code
   * FuzzyDate.parse("2024/..").latest()} is {@link #MAX_DAY}, 9999-12-31.
   *
   * @return the latest day, never before {@link #earliest()}
   */
  public LocalDate latest() {
    return latest;
  }

  /**
   * The day this value means, if it can only mean one.
   *
   * <p>{@code FuzzyDate.parse("2024-10-21?").toLocalDate()} is {@code Optional[2024-10-21]};
   * {@code FuzzyDate.parse("2024-10").toLocalDate()} is empty.
   *
   * @return the day if {@link #earliest()} equals {@link #latest()}, else empty
   */
  public Optional<LocalDate> toLocalDate() {
    return earliest.equals(latest) ? Optional.of(earliest) : Optional.empty();
  }

  /**
   * Whether the day lies between the earliest and the latest day of this value, both included.
   *
   * <p>{@code FuzzyDate.parse("2025-40").contains(LocalDate.of(2025, 6, 30))} is {@code true}.
   *
   * @param date the day
   * @return {@code true} if this value can mean that day
   */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(earliest) && !date.isAfter(latest);
  }

  /**
   * Whether every day this value can mean is also a day the other can mean.
   *
   * <p>{@code FuzzyDate.parse("2025").encloses(FuzzyDate.parse("2025-40"))} is {@code true}.
   *
   * @param other the other value
   * @return {@code true} if the other's bounds lie within this value's bounds
   */
  public boolean encloses(FuzzyDate other) {
    Objects.requireNonNull(other, "other");
    return !other.earliest.isBefore(earliest) && !other.latest.isAfter(latest);
  }

  /**
   * Whether this value ends before the other can begin, whatever days both really mean.
   *
   * <p>{@code FuzzyDate.parse("2024").isCertainlyBefore(FuzzyDate.parse("2025-21"))} is {@code
   * true}; {@code FuzzyDate.parse("2024").isCertainlyBefore(FuzzyDate.parse("2024-24"))} is
   * {@code false}.
   *
   * @param other the other value
   * @return {@code true} if this value's latest day is before the other's earliest day
   */
  public boolean isCertainlyBefore(FuzzyDate other) {
    Objects.requireNonNull(other, "other");
    return latest.isBefore(other.earliest);
  }

  /**
   * Whether this value begins after the other has ended, whatever days both really mean.
   *
   * <p>{@code FuzzyDate.parse("2025").isCertainlyAfter(FuzzyDate.parse("2024-10"))} is {@code
   * true}.
   *
   * @param other the other value
   * @return {@code true} if this value's earliest day is after the other's latest day
   */
  public boolean isCertainlyAfter(FuzzyDate other) {
    Objects.requireNonNull(other, "other");
    return earliest.isAfter(other.latest);
  }

  /**
   * Whether this value and the other can mean a common day: neither is certainly before the other.
   *
   * <p>{@code FuzzyDate.parse("2024").mayOverlap(FuzzyDate.parse("2024-24"))} is {@code true}.
   *
   * @param other the other value
   * @return {@code true} if the bounds of both values share at least one day
   */
  public boolean mayOverlap(FuzzyDate other) {
    return !isCertainlyBefore(other) && !isCertainlyAfter(other);
  }

  /**
   * Orders by earliest day, then by latest day, then by canonical text; consistent with {@link
   * #equals(Object)}.
   *
   * <p>{@code 2024} comes before {@code 2024-06}, which comes before {@code 2024-24}.
   *
   * @param other the value to compare to
   * @return a negative number, zero or a positive number as this value sorts before, with or
   *     after the other
   */
  @Override
  public int compareTo(FuzzyDate other) {
    int c = earliest.compareTo(other.earliest);
    if (c == 0) {
      c = latest.compareTo(other.latest);
    }
    return c != 0 ? c : text.compareTo(other.text);
  }

  /**
   * Whether the other object is a {@code FuzzyDate} written the same way.
   *
   * <p>{@code FuzzyDate.parse("2024").equals(FuzzyDate.ofYear(2024))} is {@code true}; {@code
   * FuzzyDate.parse("2024").equals(FuzzyDate.parse("2024?"))} is {@code false}.
   *
   * @param obj the object to compare to
   * @return {@code true} if both have the same canonical EDTF text
   */
  @Override
  // org.jspecify is read with "requires static": its annotations need not be readable by clients
  // (see EntenteStyle), and javac's "exports" lint flags them all the same.
  @SuppressWarnings("exports")
  public boolean equals(@Nullable Object obj) {
    return this == obj || (obj instanceof FuzzyDate && text.equals(((FuzzyDate) obj).text));
  }

  /**
   * A hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code of the canonical text
   */
  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /**
   * The canonical EDTF text of this value, which {@link #parse(CharSequence)} reads back.
   *
   * <p>{@code FuzzyDate.ofSemester(2025, 1).toString()} is {@code "2025-40"}.
   *
   * @return the EDTF text
   */
  @Override
  public String toString() {
    return text;
  }

  // ---------------------------------------------------------------------------------------------
  // Validation and text

  private static FuzzyDate single(int year, int yearUnspecifiedDigits, int month, int day) {
    Problem p = check(year, yearUnspecifiedDigits, month, day);
    if (p != null) {
      throw new DateTimeException(p.message);
    }
    return new FuzzyDate(year, yearUnspecifiedDigits, month, day, Qualifier.NONE);
  }

  /** Checks a single date; the offsets are those of its canonical text. */
  private static @Nullable Problem check(int year, int yearUnspecified, int month, int day) {
    if (yearUnspecified == 0 ? year < 1 || year > 9999 : year < 0 || year > 9999) {
      return new Problem(0, yearOutOfRange(year));
    }
    if (month == ABSENT) {
      return null;
    }
    if (yearUnspecified > 0) {
      return new Problem(4, "a year with unspecified digits cannot have a month");
    }
    if (month != UNSPECIFIED && !isMonthCode(month)) {
      return new Problem(5, invalidMonth(month));
    }
    if (month == Season.WINTER.code() && year == 9999) {
      return new Problem(5, "winter 9999 ends in February 10000, after the last year 9999");
    }
    if (day == ABSENT) {
      return null;
    }
    if (month > 12) {
      return new Problem(7, "a " + groupingName(month) + " cannot have a day");
    }
    if (month == UNSPECIFIED) {
      return day == UNSPECIFIED
          ? null
          : new Problem(8, "the day must be XX when the month is XX");
    }
    if (day != UNSPECIFIED && (day < 1 || day > YearMonth.of(year, month).lengthOfMonth())) {
      return new Problem(8, "day " + day + " is not in " + MONTH_NAMES[month - 1] + " " + year);
    }
    return null;
  }

  private static String invalidMonth(int month) {
    return "month " + String.format("%02d", month) + " is not valid: expected 01 to 12, a season"
        + " 21 to 24, a quarter 33 to 36, a quadrimester 37 to 39 or a semester 40 or 41";
  }

  private static boolean isMonthCode(int month) {
    return (month >= 1 && month <= 12)
        || (month >= 21 && month <= 24)
        || (month >= 33 && month <= 41);
  }

  private static String groupingName(int code) {
    if (code <= 24) {
      return "season";
    }
    if (code <= 36) {
      return "quarter";
    }
    return code <= 39 ? "quadrimester" : "semester";
  }

  private static int groupingFirstMonth(int code) {
    if (code <= 24) {
      return (code - 21) * 3 + 3;
    }
    if (code <= 36) {
      return (code - 33) * 3 + 1;
    }
    return code <= 39 ? (code - 37) * 4 + 1 : (code - 40) * 6 + 1;
  }

  private static int groupingLength(int code) {
    if (code <= 36) {
      return 3;
    }
    return code <= 39 ? 4 : 6;
  }

  private static int pow10(int n) {
    int p = 1;
    for (int i = 0; i < n; i++) {
      p *= 10;
    }
    return p;
  }

  private static void requireYear(int year) {
    if (year < 1 || year > 9999) {
      throw new DateTimeException(yearOutOfRange(year));
    }
  }

  private static String yearOutOfRange(int year) {
    return "year " + String.format("%04d", year) + " is out of range: years run from 0001 to 9999";
  }

  private static void requireMonth(int month) {
    if (month < 1 || month > 12) {
      throw new DateTimeException("month " + month + " is not a month: expected 1 to 12");
    }
  }

  private static void requirePart(String name, int value, int count) {
    if (value < 1 || value > count) {
      throw new DateTimeException(name + " " + value + " is not valid: expected 1 to " + count);
    }
  }

  private static void requireEnd(FuzzyDate date, String name) {
    Objects.requireNonNull(date, name);
    if (date.isInterval()) {
      throw new DateTimeException(
          "the " + name + " of an interval cannot itself be an interval: " + date);
    }
  }

  private static String startAfterEnd(FuzzyDate start, FuzzyDate end) {
    return "the start " + start + " begins after the end " + end + " is over";
  }

  private String singleText() {
    StringBuilder sb = new StringBuilder(12);
    // The year's four digits, without String.format: every date read builds its text.
    int digits = 4 - yearUnspecifiedDigits;
    for (int i = 0, scale = 1000; i < digits; i++, scale /= 10) {
      sb.append((char) ('0' + year / scale % 10));
    }
    for (int i = 0; i < yearUnspecifiedDigits; i++) {
      sb.append('X');
    }
    appendPart(sb, month);
    appendPart(sb, day);
    return sb.append(qualifier.symbol()).toString();
  }

  private static void appendPart(StringBuilder sb, int value) {
    if (value == UNSPECIFIED) {
      sb.append("-XX");
    } else if (value != ABSENT) {
      sb.append('-').append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
  }

  private static String endText(End kind, @Nullable FuzzyDate date) {
    if (kind == End.OPEN) {
      return "..";
    }
    return date == null ? "" : date.text;
  }

  // ---------------------------------------------------------------------------------------------
  // Parsing

  /** Reads the canonical EDTF forms; reports the index of the first offending character. */
  private static final class Parser {
    private final String text;

    Parser(String text) {
      this.text = text;
    }

    FuzzyDate parse() {
      if (text.isEmpty()) {
        throw error(0, "the text is empty");
      }
      int slash = text.indexOf('/');
      if (slash < 0) {
        return single(0, text.length());
      }
      int second = text.indexOf('/', slash + 1);
      if (second >= 0) {
        throw error(second, "an interval has exactly one '/'");
      }
      End startKind = kind(0, slash);
      End endKind = kind(slash + 1, text.length());
      if (startKind != End.DATE && endKind != End.DATE) {
        throw error(0, "an interval needs a date at one end at least");
      }
      FuzzyDate start = startKind == End.DATE ? single(0, slash) : null;
      FuzzyDate end = endKind == End.DATE ? single(slash + 1, text.length()) : null;
      if (start != null && end != null && start.earliest.isAfter(end.latest)) {
        throw error(slash + 1, startAfterEnd(start, end));
      }
      return new FuzzyDate(startKind, start, endKind, end);
    }

    private End kind(int from, int to) {
      if (from == to) {
        return End.UNKNOWN;
      }
      return text.startsWith("..", from) && to - from == 2 ? End.OPEN : End.DATE;
    }

    private FuzzyDate single(int from, int to) {
      Qualifier qualifier = Qualifier.ofSymbol(text.charAt(to - 1));
      int stop = qualifier == Qualifier.NONE ? to : to - 1;
      // Year: four characters, digits then at most two X.
      int year = 0;
      int unspecified = 0;
      for (int i = from; i < from + 4; i++) {
        if (i >= stop) {
          throw error(i, "expected a four-digit year");
        }
        char c = text.charAt(i);
        if (c == 'X') {
          unspecified++;
        } else if (c >= '0' && c <= '9' && unspecified == 0) {
          year = year * 10 + (c - '0');
        } else if (c >= '0' && c <= '9') {
          throw error(i, "only the last digits of a year can be unspecified (X)");
        } else {
          throw error(i, "expected a digit or X in the year, found '" + c + "'");
        }
      }
      if (unspecified > 2) {
        throw error(from + 4 - unspecified, "at most the last two digits of a year can be X");
      }
      year *= pow10(unspecified);
      int month = ABSENT;
      int day = ABSENT;
      int i = from + 4;
      if (i < stop) {
        month = part(i, stop, "month");
        i += 3;
        if (i < stop) {
          day = part(i, stop, "day");
          i += 3;
          if (i < stop) {
            throw error(i, "unexpected '" + text.charAt(i) + "' after the day");
          }
        }
      }
      Problem p = check(year, unspecified, month, day);
      if (p != null) {
        throw error(from + p.offset, p.message);
      }
      return new FuzzyDate(year, unspecified, month, day, qualifier);
    }

    /** Reads "-NN" or "-XX" at {@code i}. */
    private int part(int i, int stop, String name) {
      char dash = text.charAt(i);
      if (dash != '-') {
        throw error(i, "expected '-' before the " + name + ", found '" + dash + "'");
      }
      if (i + 3 > stop) {
        throw error(i + 1, "expected two digits or XX for the " + name);
      }
      char a = text.charAt(i + 1);
      char b = text.charAt(i + 2);
      if (a == 'X' && b == 'X') {
        return UNSPECIFIED;
      }
      if (a < '0' || a > '9') {
        throw error(i + 1, "expected two digits or XX for the " + name + ", found '" + a + "'");
      }
      if (b < '0' || b > '9') {
        throw error(i + 2, "expected two digits or XX for the " + name + ", found '" + b + "'");
      }
      int value = (a - '0') * 10 + (b - '0');
      if (value == 0) {
        throw error(i + 1, name.equals("month") ? invalidMonth(0) : "day 00 is not a day of a month");
      }
      return value;
    }

    private DateTimeParseException error(int index, String message) {
      return new DateTimeParseException(
          "Text '" + text + "' could not be parsed at index " + index + ": " + message,
          text,
          index);
    }
  }
}
