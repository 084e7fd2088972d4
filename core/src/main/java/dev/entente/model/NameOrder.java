package dev.entente.model;

/**
 * The order in which a written form of a person's name puts the family name and the given name,
 * and whether it writes the family name in capitals, as some sources do to mark it.
 *
 * <table>
 *   <caption>Orders and examples</caption>
 *   <tr><th>Order</th><th>Examples</th></tr>
 *   <tr><td>{@link #GIVEN_FAMILY}</td><td>David Lammy, Yoko Kamikawa</td></tr>
 *   <tr><td>{@link #FAMILY_GIVEN}</td><td>Cho Tae-yul, 조태열, Kamikawa Yoko</td></tr>
 *   <tr><td>{@link #FAMILY_UPPER_GIVEN}</td><td>KAMIKAWA Yoko, CHO Tae-yul</td></tr>
 *   <tr><td>{@link #GIVEN_FAMILY_UPPER}</td><td>Yoko KAMIKAWA, David LAMMY</td></tr>
 * </table>
 */
public enum NameOrder {
  /** The given name first, then the family name: "David Lammy". */
  GIVEN_FAMILY,
  /** The family name first, then the given name: "Cho Tae-yul", "조태열". */
  FAMILY_GIVEN,
  /** The family name first and in capitals, then the given name: "KAMIKAWA Yoko". */
  FAMILY_UPPER_GIVEN,
  /** The given name first, then the family name in capitals: "Yoko KAMIKAWA". */
  GIVEN_FAMILY_UPPER;

  /** Whether the family name comes first. */
  public boolean familyFirst() {
    return this == FAMILY_GIVEN || this == FAMILY_UPPER_GIVEN;
  }

  /** Whether the family name is written in capitals. */
  public boolean familyUpperCase() {
    return this == FAMILY_UPPER_GIVEN || this == GIVEN_FAMILY_UPPER;
  }
}
