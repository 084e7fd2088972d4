package dev.entente.time;

/**
 * How sure a source is about a date, as written with the EDTF level 1 qualifiers.
 *
 * <p>A qualifier is written at the end of a date: {@code 2024-10-21?} (uncertain), {@code
 * 2024-10~} (approximate), {@code 2024%} (both). It never changes the {@linkplain
 * FuzzyDate#earliest() earliest} or {@linkplain FuzzyDate#latest() latest} day of a value; it is
 * kept and exposed so that a reader can weigh the date.
 *
 * <pre>{@code
 * FuzzyDate.parse("2024-10~").qualifier();   // APPROXIMATE
 * FuzzyDate.ofYear(2024).withQualifier(Qualifier.UNCERTAIN).toString();   // "2024?"
 * }</pre>
 */
public enum Qualifier {
  /** No qualifier: the date is stated as fact. Written as nothing. */
  NONE(""),
  /** The source is not sure of the date ("possibly 2024"). Written {@code ?}. */
  UNCERTAIN("?"),
  /** The date is roughly right ("circa 2024"). Written {@code ~}. */
  APPROXIMATE("~"),
  /** Both uncertain and approximate ("possibly circa 2024"). Written {@code %}. */
  UNCERTAIN_AND_APPROXIMATE("%");

  private final String symbol;

  Qualifier(String symbol) {
    this.symbol = symbol;
  }

  /**
   * The EDTF symbol of this qualifier.
   *
   * <p>{@code Qualifier.APPROXIMATE.symbol()} is {@code "~"}; {@code Qualifier.NONE.symbol()} is
   * the empty string.
   *
   * @return {@code ""}, {@code "?"}, {@code "~"} or {@code "%"}
   */
  public String symbol() {
    return symbol;
  }

  /**
   * Whether this qualifier says the date is uncertain.
   *
   * @return {@code true} for {@link #UNCERTAIN} and {@link #UNCERTAIN_AND_APPROXIMATE}
   */
  public boolean isUncertain() {
    return this == UNCERTAIN || this == UNCERTAIN_AND_APPROXIMATE;
  }

  /**
   * Whether this qualifier says the date is approximate.
   *
   * @return {@code true} for {@link #APPROXIMATE} and {@link #UNCERTAIN_AND_APPROXIMATE}
   */
  public boolean isApproximate() {
    return this == APPROXIMATE || this == UNCERTAIN_AND_APPROXIMATE;
  }

  /**
   * The qualifier that is uncertain if either is and approximate if either is.
   *
   * <p>{@code UNCERTAIN.and(APPROXIMATE)} is {@link #UNCERTAIN_AND_APPROXIMATE}; {@code
   * NONE.and(q)} is {@code q}.
   *
   * @param other the other qualifier
   * @return the union of both qualifiers
   */
  public Qualifier and(Qualifier other) {
    return of(isUncertain() || other.isUncertain(), isApproximate() || other.isApproximate());
  }

  /**
   * The qualifier with the given flags.
   *
   * <p>{@code Qualifier.of(true, false)} is {@link #UNCERTAIN}.
   *
   * @param uncertain whether the date is uncertain
   * @param approximate whether the date is approximate
   * @return the matching qualifier
   */
  public static Qualifier of(boolean uncertain, boolean approximate) {
    if (uncertain) {
      return approximate ? UNCERTAIN_AND_APPROXIMATE : UNCERTAIN;
    }
    return approximate ? APPROXIMATE : NONE;
  }

  static Qualifier ofSymbol(char c) {
    switch (c) {
      case '?':
        return UNCERTAIN;
      case '~':
        return APPROXIMATE;
      case '%':
        return UNCERTAIN_AND_APPROXIMATE;
      default:
        return NONE;
    }
  }
}
