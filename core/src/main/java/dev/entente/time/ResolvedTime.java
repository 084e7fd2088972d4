package dev.entente.time;

import java.util.Objects;

/**
 * A time resolved from the wording of a source: the wording exactly as given, the reference it
 * was read against and the resulting value.
 *
 * <p>Keeping the wording and the reference lets a reader check the resolution and redo it when a
 * better reference is known.
 *
 * <pre>{@code
 * ResolvedTime t = RelativeTime.resolve("last month", FuzzyDate.parse("2024-10-22/2024-10-31"));
 * t.wording();     // "last month"
 * t.reference();   // 2024-10-22/2024-10-31
 * t.value();       // 2024-09
 * }</pre>
 *
 * @param wording the wording exactly as the source gave it, spaces and case included
 * @param reference the date the wording was read against, such as a publication date
 * @param value the time the wording means against the reference
 */
public record ResolvedTime(String wording, FuzzyDate reference, FuzzyDate value) {

  /**
   * Creates a resolved time; {@link RelativeTime#resolve(String, FuzzyDate)} is the usual way.
   *
   * <p>{@code new ResolvedTime("2024", FuzzyDate.ofYear(2024), FuzzyDate.ofYear(2024))} records
   * a time stated outright.
   *
   * @param wording the wording exactly as given
   * @param reference the reference date
   * @param value the resulting time
   */
  public ResolvedTime {
    Objects.requireNonNull(wording, "wording");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(value, "value");
  }
}
