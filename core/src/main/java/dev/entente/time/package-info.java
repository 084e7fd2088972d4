/**
 * Exact days and fuzzy times as news sources give them, in EDTF (ISO 8601-2).
 *
 * <p>Diplomatic records rarely carry exact days. A communiqué is dated, a meeting "took place
 * yesterday", talks will resume "in the first half of next year", a visit happened "possibly in
 * October". This package keeps such times without inventing precision:
 *
 * <ul>
 *   <li>{@link dev.entente.time.FuzzyDate} is one immutable value for an exact day, a month, a
 *       year, a decade, a season, a quarter, a third or half of a year, with unspecified digits
 *       and qualifiers (uncertain, approximate), or an interval between two of them, possibly with
 *       an open or unknown end. It reads and writes the Extended Date/Time Format ({@code
 *       2024-10-21}, {@code 2025-40}, {@code 2024-10-22/2024-10-31}, {@code 2004-06~/..}) and
 *       knows the earliest and latest day each value can mean.
 *   <li>{@link dev.entente.time.RelativeTime} turns the wording of a source ("the previous day",
 *       "the 21st", "early next year") into a {@code FuzzyDate} against a reference date that may
 *       itself be fuzzy, such as an uncertain publication date. The result, a {@link
 *       dev.entente.time.ResolvedTime}, keeps the wording and the reference beside the value, and
 *       the uncertainty of the reference widens the value.
 * </ul>
 *
 * <pre>{@code
 * FuzzyDate published = FuzzyDate.parse("2024-10-22/2024-10-31");
 * RelativeTime.resolve("last month", published).value();               // 2024-09
 * RelativeTime.resolve("first half of next year", published).value();  // 2025-40
 * RelativeTime.resolve("next year", FuzzyDate.parse("2024-12-20/2025-01-10")).value();
 *                                                                      // 2025/2026
 * }</pre>
 *
 * <p>Every type here is immutable and thread-safe; no method accepts or returns {@code null}.
 * Invalid values are rejected when they are built: {@link java.time.DateTimeException} from the
 * factories, {@link java.time.format.DateTimeParseException} (with the index of the offending
 * character) from {@link dev.entente.time.FuzzyDate#parse(CharSequence)}, and {@link
 * dev.entente.time.UnresolvableTimeException} from the resolver.
 */
@org.jspecify.annotations.NullMarked
package dev.entente.time;
