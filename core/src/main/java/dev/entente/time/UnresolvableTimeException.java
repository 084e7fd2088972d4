package dev.entente.time;

/**
 * Thrown when {@link RelativeTime} cannot turn a wording into a {@link FuzzyDate}: the wording is
 * not a supported expression, the reference has an open or unknown end, or the result would leave
 * the years 0001 to 9999.
 *
 * <pre>{@code
 * RelativeTime.resolve("next fortnight", FuzzyDate.parse("2024-10-22"));
 * // UnresolvableTimeException: cannot resolve "next fortnight": not a supported expression ...
 * }</pre>
 */
public final class UnresolvableTimeException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The wording exactly as given. */
  private final String wording;

  /**
   * Creates the exception for a wording and a reason.
   *
   * <p>The message is {@code cannot resolve "<wording>": <reason>}.
   *
   * @param wording the wording exactly as given
   * @param reason why it cannot be resolved
   */
  public UnresolvableTimeException(String wording, String reason) {
    super("cannot resolve \"" + wording + "\": " + reason);
    this.wording = wording;
  }

  /**
   * The wording that could not be resolved, exactly as given.
   *
   * <p>{@code e.wording()} is {@code "next fortnight"} in the example above.
   *
   * @return the wording
   */
  public String wording() {
    return wording;
  }
}
