package dev.entente.time;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link FuzzyDate} said in English, as people write dates: with its precision ("October 2024",
 * "first half of 2025", "autumn 2024"), its qualifiers ("about", "possibly") and its open or
 * unknown ends ("no later than 1 February 2024", "from an unknown date to 2025"), never as EDTF
 * or as raw bounds. The readout and the timeline say dates through it.
 *
 * <pre>{@code
 * DateWords.when(FuzzyDate.parse("2025-40"));    // "first half of 2025"
 * DateWords.on(FuzzyDate.parse("2023-11-10~"));  // "about 10 November 2023"
 * }</pre>
 */
public final class DateWords {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM u", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM u", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH_NAME =
      DateTimeFormatter.ofPattern("MMMM", Locale.ENGLISH);
  private static final String[] PARTS = {"first", "second", "third", "fourth"};

  private DateWords() {}

  /**
   * A fuzzy time as a reader says it on its own, at the head of a line or in a list: "21 October
   * 2024", "about 10 November 2023", "first half of 2025", "autumn 2024", "22 to 31 October
   * 2024", "no later than 1 February 2024", "from 3 February 2023 on", "from an unknown date to
   * 2025".
   *
   * @param time the time
   * @return the time in words, with its qualifiers
   */
  public static String when(FuzzyDate time) {
    return phrase(Objects.requireNonNull(time, "time"), false);
  }

  /**
   * A fuzzy time after a verb, with its preposition: "on 21 October 2024", "in the first half
   * of 2025", "from 5 to 6 February 2023", "possibly in 2024", "about 10 November 2023".
   *
   * @param time the time
   * @return the time in words, with its preposition and qualifiers
   */
  public static String on(FuzzyDate time) {
    return phrase(Objects.requireNonNull(time, "time"), true);
  }

  private static String phrase(FuzzyDate time, boolean preposition) {
    if (!time.isInterval()) {
      return single(time, preposition);
    }
    Optional<String> start = time.start().map(DateWords::when);
    Optional<String> end = time.end().map(DateWords::when);
    if (time.isOpenStart() && time.isOpenEnd()) {
      return "at any time";
    }
    if (time.isOpenStart()) {
      return "no later than " + end.orElse("an unknown date");
    }
    if (time.isOpenEnd()) {
      return "from " + start.orElse("an unknown date") + " on";
    }
    String span;
    if (start.isPresent() && end.isPresent()) {
      span = span(time.start().orElseThrow(), time.end().orElseThrow());
    } else {
      span = start.orElse("an unknown date") + " to " + end.orElse("an unknown date");
    }
    return preposition || start.isEmpty() || end.isEmpty() ? "from " + span : span;
  }

  /** "22 to 31 October 2024" for two plain days of one month; "A to B" otherwise. */
  private static String span(FuzzyDate start, FuzzyDate end) {
    Optional<LocalDate> first = start.toLocalDate();
    Optional<LocalDate> last = end.toLocalDate();
    if (start.precision() == Precision.DAY && end.precision() == Precision.DAY
        && start.qualifier() == Qualifier.NONE && end.qualifier() == Qualifier.NONE
        && first.isPresent() && last.isPresent()
        && first.get().getYear() == last.get().getYear()
        && first.get().getMonth() == last.get().getMonth()) {
      return first.get().getDayOfMonth() + " to " + last.get().format(DAY);
    }
    return when(start) + " to " + when(end);
  }

  private static String single(FuzzyDate time, boolean preposition) {
    Qualifier qualifier = time.qualifier();
    if (qualifier.isApproximate()) {
      return (qualifier.isUncertain() ? "possibly about " : "about ") + bare(time);
    }
    String said = preposition ? withPreposition(time) : bare(time);
    return qualifier.isUncertain() ? "possibly " + said : said;
  }

  private static String withPreposition(FuzzyDate time) {
    switch (time.precision()) {
      case DAY:
        return "on " + bare(time);
      case QUARTER:
      case SEMESTER:
        return "in the " + bare(time);
      case QUADRIMESTER:
        return "between " + time.earliest().format(MONTH_NAME) + " and "
            + time.latest().format(MONTH);
      default:
        return "in " + bare(time);
    }
  }

  private static String bare(FuzzyDate time) {
    LocalDate first = time.earliest();
    LocalDate last = time.latest();
    switch (time.precision()) {
      case DAY:
        return first.format(DAY);
      case MONTH:
        return first.format(MONTH);
      case SEASON:
        String season = first.getMonthValue() == 3 ? "spring" : first.getMonthValue() == 6
            ? "summer" : first.getMonthValue() == 9 ? "autumn" : "winter";
        return season + " " + first.getYear()
            + (last.getYear() != first.getYear() ? "-" + last.getYear() : "");
      case QUARTER:
        return PARTS[(first.getMonthValue() - 1) / 3] + " quarter of " + first.getYear();
      case QUADRIMESTER:
        return first.format(MONTH_NAME) + " to " + last.format(MONTH);
      case SEMESTER:
        return PARTS[(first.getMonthValue() - 1) / 6] + " half of " + first.getYear();
      case YEAR:
        return Integer.toString(first.getYear());
      case DECADE:
        return first.getYear() % 10 == 0 ? "the " + first.getYear() + "s"
            : "the years " + first.getYear() + " to " + last.getYear();
      default:
        return "the years " + first.getYear() + " to " + last.getYear();
    }
  }
}
