package dev.entente.time;

/**
 * How much time a {@link FuzzyDate} covers, from the finest to the coarsest.
 *
 * <p>The precision is that of the span the value pins down, not of the way it is written: {@code
 * 2024-10-XX} (some unspecified day of October 2024) has precision {@link #MONTH}, {@code 201X} has
 * precision {@link #DECADE}.
 *
 * <pre>{@code
 * FuzzyDate.parse("2024-10-21").precision();   // DAY
 * FuzzyDate.parse("2025-40").precision();      // SEMESTER
 * FuzzyDate.parse("2024/2025").precision();    // INTERVAL
 * }</pre>
 */
public enum Precision {
  /** One day: {@code 2024-10-21}. */
  DAY,
  /** One month: {@code 2024-10} or {@code 2024-10-XX}. */
  MONTH,
  /** A season of three months: {@code 2025-21} to {@code 2025-24}. */
  SEASON,
  /** A quarter of a year: {@code 2025-33} to {@code 2025-36}. */
  QUARTER,
  /** A third of a year, four months: {@code 2025-37} to {@code 2025-39}. */
  QUADRIMESTER,
  /** A half of a year: {@code 2025-40} and {@code 2025-41}. */
  SEMESTER,
  /** One year: {@code 2024}, {@code 2024-XX} or {@code 2024-XX-XX}. */
  YEAR,
  /** Ten years, the last digit unspecified: {@code 201X}. */
  DECADE,
  /** A hundred years, the last two digits unspecified: {@code 20XX}. */
  CENTURY,
  /** An interval between two ends: {@code 2024-10-22/2024-10-31}, {@code 2024/..}. */
  INTERVAL
}
