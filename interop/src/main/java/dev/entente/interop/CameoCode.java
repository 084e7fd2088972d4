package dev.entente.interop;

import java.util.Objects;

/**
 * One CAMEO event code as GDELT's lookup tables give it: its description, Goldstein score and quad
 * class.
 *
 * @see CameoCodebook
 */
public final class CameoCode {

  private final String code;
  private final String description;
  private final double goldstein;
  private final int quadClass;

  CameoCode(String code, String description, double goldstein, int quadClass) {
    this.code = code;
    this.description = description;
    this.goldstein = goldstein;
    this.quadClass = quadClass;
  }

  /** The code, two to four digits with its leading zero: {@code 043}, {@code 0311}. */
  public String code() {
    return code;
  }

  /** The description from {@code CAMEO.eventcodes.txt}, e.g. "Host a visit". */
  public String description() {
    return description;
  }

  /** The Goldstein score from {@code CAMEO.goldsteinscale.txt}, -10 to +10. */
  public double goldstein() {
    return goldstein;
  }

  /**
   * The quad class, from the quad-class header ({@code 1} … {@code 4}) that the code follows in
   * {@code CAMEO.eventcodes.txt}: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
   * 4 material conflict.
   */
  public int quadClass() {
    return quadClass;
  }

  /** The root code, the first two digits: {@code 04} for {@code 043}. */
  public String rootCode() {
    return code.substring(0, 2);
  }

  /** The base code, the first three digits: {@code 031} for {@code 0311}; a root code itself. */
  public String baseCode() {
    return code.length() <= 3 ? code : code.substring(0, 3);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CameoCode && code.equals(((CameoCode) other).code);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code);
  }

  @Override
  public String toString() {
    return code + " " + description;
  }
}
