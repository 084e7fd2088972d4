package dev.entente.model;

import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An ISO 3166-1 country code: a country, or a territory of geographical interest, named by its
 * two-letter (alpha-2) and three-letter (alpha-3) codes.
 *
 * <p>The codes come from a list that Entente ships with itself ({@code iso3166-1.tsv}, beside this
 * class, read and indexed once on first use): the 249 current codes of ISO 3166-1 and the withdrawn codes of ISO 3166-3, with ISO's
 * English short names ({@code "Korea, Republic of"}, not {@code "South Korea"}). It does not depend
 * on the JDK's locale data, which names countries differently and changes between releases.
 *
 * <pre>{@code
 * CountryCode korea = CountryCode.of("KR");
 * korea.alpha3();                       // "KOR"
 * korea.numeric();                      // Optional[410]
 * korea.name();                         // "Korea, Republic of"
 * CountryCode.of("KOR") == korea;       // true: one canonical instance per code
 *
 * CountryCode ussr = CountryCode.of("SU");
 * ussr.isWithdrawn();                   // true
 * ussr.validUntil();                    // Optional[1992]
 *
 * CountryCode.of("XK");                 // IllegalArgumentException: user-assigned
 * CountryCode kosovo = CountryCode.ofUserAssigned("XK", "XKX", "Kosovo");
 * }</pre>
 *
 * <h2>Resolving a code</h2>
 *
 * <p>{@link #of(String)} takes an alpha-2 or an alpha-3 code, in upper case only: ISO 3166 codes
 * are case-sensitive, so {@code "kr"} is rejected rather than guessed at. A few codes were used
 * more than once over time, and {@code of} resolves them as follows:
 *
 * <ul>
 *   <li>A code that belongs to a current country resolves to it, even if a withdrawn entry once had
 *       the same code: {@code of("BY")} is Belarus, not the Byelorussian SSR (reach that by its
 *       alpha-3 code, {@code of("BYS")}); {@code of("ATF")} is the French Southern Territories, not
 *       the French Southern and Antarctic Territories ({@code of("FQ")}).
 *   <li>A code shared only by withdrawn entries is ambiguous and rejected, with a message that names
 *       the alternatives. The one such code is {@code "CS"}, used for Czechoslovakia until 1993 and
 *       for Serbia and Montenegro from 2003 to 2006: write {@code of("CSK")} or {@code of("SCG")}.
 * </ul>
 *
 * <p>{@link #toString()} gives the alpha-2 code, except where that code would resolve to another
 * entry (as above): then it gives the alpha-3 code. So {@code CountryCode.of(c.toString())} is
 * {@code c} for every code in {@link #available()}.
 *
 * <h2>User-assigned codes</h2>
 *
 * <p>ISO 3166-1 leaves some codes to users: alpha-2 {@code AA}, {@code QM}–{@code QZ}, {@code
 * XA}–{@code XZ} and {@code ZZ}; alpha-3 {@code AAA}–{@code AAZ}, {@code QMA}–{@code QZZ}, {@code
 * XAA}–{@code XZZ} and {@code ZZA}–{@code ZZZ}. They name nothing in ISO 3166, so {@code of}
 * rejects them; {@link #ofUserAssigned(String, String, String)} is the explicit way to use one,
 * such as {@code XK}/{@code XKX} for Kosovo.
 *
 * <p>This is a value-based class, in the sense of the JDK's {@code java.lang} documentation: immutable and thread-safe; compare instances with {@link #equals(Object)}, not {@code ==}
 * (although {@code of} does return one canonical instance per ISO code), and do not synchronize
 * on them.
 */
public final class CountryCode {

  private static final int MAX_QUOTED_LENGTH = 40;

  /** Where a code comes from: ISO 3166-1, ISO 3166-3, or the user-assigned ranges. */
  enum Kind {
    CURRENT,
    WITHDRAWN,
    USER_ASSIGNED
  }

  private final String alpha2;
  private final String alpha3;
  private final String numeric;
  private final String name;
  private final Kind kind;
  private final Year validFrom;
  private final Year validUntil;
  private final List<String> successorCodes;

  /** A code as given; {@link CountryCodeRegistry} makes the ISO ones, each once. */
  CountryCode(
      String alpha2,
      String alpha3,
      String numeric,
      String name,
      Kind kind,
      Year validFrom,
      Year validUntil,
      List<String> successorCodes) {
    this.alpha2 = alpha2;
    this.alpha3 = alpha3;
    this.numeric = numeric;
    this.name = name;
    this.kind = kind;
    this.validFrom = validFrom;
    this.validUntil = validUntil;
    this.successorCodes = successorCodes;
  }

  /**
   * Returns the country with the given ISO 3166-1 alpha-2 or alpha-3 code, current or withdrawn.
   *
   * <pre>{@code
   * CountryCode.of("GB").alpha3();          // "GBR"
   * CountryCode.of("GBR") == CountryCode.of("GB");  // true
   * CountryCode.of("YU").isWithdrawn();     // true
   * CountryCode.of("gb");                   // IllegalArgumentException: use upper case: GB
   * }</pre>
   *
   * <p>See the class documentation for codes that were used more than once, such as {@code CS}.
   *
   * @param code two or three upper-case letters
   * @return the canonical instance for that code
   * @throws IllegalArgumentException if {@code code} is not upper case, is user-assigned, is
   *     ambiguous or is not an ISO 3166-1 code; the message names the value
   * @throws NullPointerException if {@code code} is null
   */
  public static CountryCode of(String code) {
    Objects.requireNonNull(code, "code");
    requireCodeShape(code, 2, 3, "an ISO 3166-1 country code");
    CountryCode found = CountryCodeRegistry.get().find(code);
    if (found != null) {
      return found;
    }
    List<CountryCode> candidates = CountryCodeRegistry.get().candidates(code);
    if (!candidates.isEmpty()) {
      StringBuilder message =
          new StringBuilder(quote(code)).append(" is ambiguous: ISO 3166-1 assigned it to ");
      for (int i = 0; i < candidates.size(); i++) {
        CountryCode c = candidates.get(i);
        if (i > 0) {
          message.append(i == candidates.size() - 1 ? " and to " : ", to ");
        }
        message.append(c.name).append(" (").append(c.alpha3).append(')');
      }
      throw new IllegalArgumentException(message.append("; use the alpha-3 code").toString());
    }
    if (isUserAssignedAlpha2(code) || isUserAssignedAlpha3(code)) {
      String call =
          code.length() == 2
              ? "CountryCode.ofUserAssigned(\"" + code + "\", alpha3, name)"
              : "CountryCode.ofUserAssigned(alpha2, \"" + code + "\", name)";
      throw new IllegalArgumentException(
          quote(code)
              + " is a user-assigned code, not an ISO 3166-1 country code; to use it, opt in with "
              + call);
    }
    throw new IllegalArgumentException(quote(code) + " is not an ISO 3166-1 country code");
  }

  /**
   * Parses an ISO 3166-1 alpha-2 or alpha-3 code: the same as {@link #of(String)}, for any
   * character sequence.
   *
   * <pre>{@code
   * CountryCode.parse(new StringBuilder("NZL")).alpha2();  // "NZ"
   * }</pre>
   *
   * @param text two or three upper-case letters
   * @return the canonical instance for that code
   * @throws IllegalArgumentException as {@link #of(String)} does
   * @throws NullPointerException if {@code text} is null
   */
  public static CountryCode parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return of(text.toString());
  }

  /**
   * Returns a code from the ranges that ISO 3166-1 leaves to users, with a name of the caller's
   * choosing. This is the explicit opt-in for codes that {@link #of(String)} rejects.
   *
   * <pre>{@code
   * CountryCode kosovo = CountryCode.ofUserAssigned("XK", "XKX", "Kosovo");
   * kosovo.isUserAssigned();   // true
   * kosovo.numeric();          // Optional.empty
   * }</pre>
   *
   * <p>Such codes are not in {@link #available()} and {@code of} does not resolve them, so their
   * {@link #toString()} does not round-trip through {@code of}; instances are equal when their
   * codes and names are.
   *
   * @param alpha2 a user-assigned alpha-2 code: {@code AA}, {@code QM}–{@code QZ}, {@code
   *     XA}–{@code XZ} or {@code ZZ}
   * @param alpha3 a user-assigned alpha-3 code: {@code AAA}–{@code AAZ}, {@code QMA}–{@code QZZ},
   *     {@code XAA}–{@code XZZ} or {@code ZZA}–{@code ZZZ}
   * @param name the English name to report, not blank
   * @return a user-assigned country code
   * @throws IllegalArgumentException if a code is not upper case or not in the user-assigned
   *     ranges, or if the name is blank; the message names the value
   * @throws NullPointerException if any argument is null
   */
  public static CountryCode ofUserAssigned(String alpha2, String alpha3, String name) {
    Objects.requireNonNull(alpha2, "alpha2");
    Objects.requireNonNull(alpha3, "alpha3");
    Objects.requireNonNull(name, "name");
    requireCodeShape(alpha2, 2, 2, "a user-assigned alpha-2 code");
    requireCodeShape(alpha3, 3, 3, "a user-assigned alpha-3 code");
    if (!isUserAssignedAlpha2(alpha2)) {
      throw new IllegalArgumentException(
          quote(alpha2) + " is not a user-assigned alpha-2 code (AA, QM-QZ, XA-XZ, ZZ)");
    }
    if (!isUserAssignedAlpha3(alpha3)) {
      throw new IllegalArgumentException(
          quote(alpha3) + " is not a user-assigned alpha-3 code (AAA-AAZ, QMA-QZZ, XAA-XZZ, ZZA-ZZZ)");
    }
    if (name.isBlank()) {
      throw new IllegalArgumentException(
          "the name of user-assigned code " + alpha2 + "/" + alpha3 + " is blank");
    }
    return new CountryCode(
        alpha2, alpha3, null, name, Kind.USER_ASSIGNED, null, null, Collections.emptyList());
  }

  /**
   * Returns every ISO 3166-1 code that Entente knows, current and withdrawn; user-assigned codes
   * are not included.
   *
   * <pre>{@code
   * long current = CountryCode.available().stream().filter(c -> !c.isWithdrawn()).count();  // 249
   * }</pre>
   *
   * @return an unmodifiable set, current codes first in alpha-2 order, then withdrawn ones
   */
  public static Set<CountryCode> available() {
    return CountryCodeRegistry.get().all();
  }

  /**
   * Returns the two-letter code.
   *
   * <pre>{@code
   * CountryCode.of("KOR").alpha2();  // "KR"
   * }</pre>
   *
   * @return two upper-case letters
   */
  public String alpha2() {
    return alpha2;
  }

  /**
   * Returns the three-letter code.
   *
   * <pre>{@code
   * CountryCode.of("KR").alpha3();  // "KOR"
   * }</pre>
   *
   * @return three upper-case letters
   */
  public String alpha3() {
    return alpha3;
  }

  /**
   * Returns the three-digit numeric code, with its leading zeros.
   *
   * <pre>{@code
   * CountryCode.of("AF").numeric();  // Optional[004]
   * }</pre>
   *
   * @return the numeric code; empty for user-assigned codes and for the few withdrawn codes that
   *     ISO 3166-3 lists without one
   */
  public Optional<String> numeric() {
    return Optional.ofNullable(numeric);
  }

  /**
   * Returns the English short name: ISO's, or for a user-assigned code the one it was given.
   *
   * <pre>{@code
   * CountryCode.of("KR").name();  // "Korea, Republic of"
   * }</pre>
   *
   * @return the name, never blank
   */
  public String name() {
    return name;
  }

  /**
   * Tells whether ISO has withdrawn this code (it is listed in ISO 3166-3).
   *
   * <pre>{@code
   * CountryCode.of("DD").isWithdrawn();  // true
   * CountryCode.of("DE").isWithdrawn();  // false
   * }</pre>
   *
   * @return true for a withdrawn code
   */
  public boolean isWithdrawn() {
    return kind == Kind.WITHDRAWN;
  }

  /**
   * Tells whether this code comes from the user-assigned ranges, through {@link
   * #ofUserAssigned(String, String, String)}.
   *
   * <pre>{@code
   * CountryCode.ofUserAssigned("XK", "XKX", "Kosovo").isUserAssigned();  // true
   * }</pre>
   *
   * @return true for a user-assigned code
   */
  public boolean isUserAssigned() {
    return kind == Kind.USER_ASSIGNED;
  }

  /**
   * Returns the year from which a withdrawn code was in use, where known (1974 is the first
   * edition of ISO 3166).
   *
   * <pre>{@code
   * CountryCode.of("SCG").validFrom();  // Optional[2003]
   * }</pre>
   *
   * @return the first year; empty for current and user-assigned codes and where unknown
   */
  public Optional<Year> validFrom() {
    return Optional.ofNullable(validFrom);
  }

  /**
   * Returns the year in which ISO withdrew the code.
   *
   * <pre>{@code
   * CountryCode.of("SU").validUntil();  // Optional[1992]
   * }</pre>
   *
   * @return the year of withdrawal; empty for current and user-assigned codes
   */
  public Optional<Year> validUntil() {
    return Optional.ofNullable(validUntil);
  }

  /**
   * Returns the codes that replaced a withdrawn code, as ISO 3166-3 lists them.
   *
   * <pre>{@code
   * CountryCode.of("DD").successors();  // [DE]
   * CountryCode.of("CSK").successors(); // [CZ, SK]
   * }</pre>
   *
   * @return an unmodifiable list; empty for current and user-assigned codes
   */
  public List<CountryCode> successors() {
    List<CountryCode> successors = new ArrayList<>(successorCodes.size());
    for (String code : successorCodes) {
      successors.add(of(code));
    }
    return Collections.unmodifiableList(successors);
  }

  /** Whether ISO lists the code as current, as withdrawn, or not at all (user-assigned). */
  Kind kind() {
    return kind;
  }

  /** The successors' codes as the shipped list gives them, unresolved. */
  List<String> successorCodes() {
    return successorCodes;
  }

  /**
   * Compares codes and names: two instances are equal when their alpha-2 codes, alpha-3 codes and
   * names are. For ISO codes the codes decide alone.
   *
   * @param other the object to compare with
   * @return true if {@code other} is an equal country code
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof CountryCode)) {
      return false;
    }
    CountryCode that = (CountryCode) other;
    return alpha2.equals(that.alpha2) && alpha3.equals(that.alpha3) && name.equals(that.name);
  }

  /**
   * Returns a hash code from the alpha-2 and alpha-3 codes.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return 31 * alpha2.hashCode() + alpha3.hashCode();
  }

  /**
   * Returns the canonical text form: the alpha-2 code, or the alpha-3 code where the alpha-2 code
   * resolves to another entry or to none (see the class documentation).
   *
   * <pre>{@code
   * CountryCode.of("KOR").toString();  // "KR"
   * CountryCode.of("SCG").toString();  // "SCG" (alpha-2 CS is ambiguous)
   * CountryCode.of("BYS").toString();  // "BYS" (alpha-2 BY is Belarus)
   * }</pre>
   *
   * <p>For every code in {@link #available()}, {@code CountryCode.of(c.toString())} is {@code c}.
   * A user-assigned code gives its alpha-2 code.
   *
   * @return two or three upper-case letters
   */
  @Override
  public String toString() {
    if (kind == Kind.USER_ASSIGNED || CountryCodeRegistry.get().find(alpha2) == this) {
      return alpha2;
    }
    return alpha3;
  }

  private static void requireCodeShape(String code, int minLength, int maxLength, String what) {
    int length = code.length();
    boolean letters = length >= minLength && length <= maxLength;
    boolean upper = true;
    for (int i = 0; letters && i < length; i++) {
      char c = code.charAt(i);
      if (c >= 'a' && c <= 'z') {
        upper = false;
      } else if (c < 'A' || c > 'Z') {
        letters = false;
      }
    }
    if (!letters) {
      String shape =
          minLength == maxLength
              ? minLength + " upper-case letters"
              : minLength + " or " + maxLength + " upper-case letters";
      throw new IllegalArgumentException(
          quote(code) + " is not " + what + ": expected " + shape);
    }
    if (!upper) {
      throw new IllegalArgumentException(
          quote(code)
              + " is not "
              + what
              + ": ISO 3166 codes are case-sensitive; use upper case: "
              + code.toUpperCase(Locale.ROOT));
    }
  }

  private static boolean isUserAssignedAlpha2(String code) {
    if (code.length() != 2) {
      return false;
    }
    char first = code.charAt(0);
    char second = code.charAt(1);
    return code.equals("AA")
        || code.equals("ZZ")
        || first == 'X'
        || (first == 'Q' && second >= 'M');
  }

  private static boolean isUserAssignedAlpha3(String code) {
    if (code.length() != 3) {
      return false;
    }
    // AAA-AAZ, QMA-QZZ, XAA-XZZ and ZZA-ZZZ are exactly the user-assigned alpha-2 codes plus a letter.
    return isUserAssignedAlpha2(code.substring(0, 2));
  }

  /** Quotes a caller's value for an error message, escaping control characters and cutting it short. */
  private static String quote(String value) {
    StringBuilder quoted = new StringBuilder("\"");
    int end = Math.min(value.length(), MAX_QUOTED_LENGTH);
    for (int i = 0; i < end; i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        quoted.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7f) {
        quoted.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        quoted.append(c);
      }
    }
    if (value.length() > end) {
      quoted.append("...");
    }
    return quoted.append('"').toString();
  }
}
