package dev.entente.testing;

import dev.entente.time.FuzzyDate;
import java.time.LocalDate;

/**
 * Assertions on a {@link FuzzyDate}: the days it can mean.
 *
 * <pre>{@code
 * assertThat(FuzzyDate.parse("2025-40"))
 *     .contains(LocalDate.of(2025, 3, 1))
 *     .isWithin(FuzzyDate.parse("2025"))
 *     .hasBounds(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30));
 * }</pre>
 *
 * <p>Failures give the dates as EDTF with their earliest and latest days.
 */
public class FuzzyDateAssert extends AbstractEntenteAssert<FuzzyDateAssert, FuzzyDate> {

  /**
   * Creates the assertion; use {@link EntenteAssertions#assertThat(FuzzyDate)}.
   *
   * @param actual the date under test
   */
  public FuzzyDateAssert(FuzzyDate actual) {
    super(actual, FuzzyDateAssert.class);
  }

  private static String show(FuzzyDate date) {
    return date + " (" + date.earliest() + " to " + date.latest() + ")";
  }

  /**
   * Verifies that the day is one the date can mean.
   *
   * @param day the day
   * @return this assertion
   */
  public FuzzyDateAssert contains(LocalDate day) {
    isNotNull();
    if (!actual.contains(day)) {
      fail("Expecting " + show(actual) + " to contain " + day + ", but it does not");
    }
    return myself;
  }

  /**
   * Verifies that every day the date can mean is a day the window can mean.
   *
   * @param window the window
   * @return this assertion
   */
  public FuzzyDateAssert isWithin(FuzzyDate window) {
    isNotNull();
    if (!window.encloses(actual)) {
      fail("Expecting " + show(actual) + " to be within " + show(window) + ", but it is not");
    }
    return myself;
  }

  /**
   * Verifies that every day the date can mean is a day the window can mean.
   *
   * @param window the window as EDTF text, such as {@code 2025} or {@code 2024-10-22/2024-10-31}
   * @return this assertion
   */
  public FuzzyDateAssert isWithin(String window) {
    return isWithin(FuzzyDate.parse(window));
  }

  /**
   * Verifies the earliest and latest days the date can mean.
   *
   * @param earliest the earliest day
   * @param latest the latest day
   * @return this assertion
   */
  public FuzzyDateAssert hasBounds(LocalDate earliest, LocalDate latest) {
    isNotNull();
    if (!actual.earliest().equals(earliest) || !actual.latest().equals(latest)) {
      fail("Expecting " + actual + " to have bounds " + earliest + " to " + latest
          + ", but its bounds are " + actual.earliest() + " to " + actual.latest());
    }
    return myself;
  }

  /**
   * Verifies that the date is one exact day.
   *
   * @return this assertion
   */
  public FuzzyDateAssert isExactDay() {
    isNotNull();
    if (actual.toLocalDate().isEmpty()) {
      fail("Expecting " + show(actual) + " to be an exact day, but it is not");
    }
    return myself;
  }

  /**
   * Verifies the date's EDTF text, such as {@code 2025-40} or {@code 2024?}.
   *
   * @param edtf the EDTF text
   * @return this assertion
   */
  public FuzzyDateAssert isEdtf(String edtf) {
    isNotNull();
    if (!actual.toString().equals(edtf)) {
      fail("Expecting " + show(actual) + " to be " + edtf + ", but it is " + actual);
    }
    return myself;
  }
}
