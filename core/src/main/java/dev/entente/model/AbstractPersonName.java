package dev.entente.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * One written form of a person's name: in a script, a language, and for a romanised form the
 * system used; optionally split into its family and given names, with the order in which this
 * form writes them.
 *
 * <p>The parts are kept as the name's own parts, not as this form capitalises them: "KAMIKAWA
 * Yoko" has the family name {@code Kamikawa}, the given name {@code Yoko} and the order {@link
 * NameOrder#FAMILY_UPPER_GIVEN}. When an order is given, the text starts and ends with the parts in
 * that order (the family name in capitals where the order says so); without one, each part given
 * occurs in the text.
 *
 * <pre>{@code
 * PersonName.of("조태열", "Hang")                          // Hangul
 * PersonName.builder().text("Jo Tae-yeol").script("Latn")
 *     .romanization("Revised Romanization of Korean").build()
 * PersonName.builder().text("KAMIKAWA Yoko").script("Latn")
 *     .family("Kamikawa").given("Yoko").order(NameOrder.FAMILY_UPPER_GIVEN).build()
 * }</pre>
 */
@Value.Immutable
@EntenteStyle
abstract sealed class AbstractPersonName implements Extensible permits PersonName {

  /**
   * Implemented by the generated {@code PersonName.Builder}: the builder is an
   * {@link ExtensibleBuilder}.
   */
  interface Builder extends ExtensibleBuilder<PersonName, PersonName.Builder> {}

  /** {@value}: the name of {@link #text()}, in pointers and written forms. */
  public static final String TEXT = "text";

  /** {@value}: the name of {@link #script()}, in pointers and written forms. */
  public static final String SCRIPT = "script";

  /** {@value}: the name of {@link #language()}, in pointers and written forms. */
  public static final String LANGUAGE = "language";

  /** {@value}: the name of {@link #romanization()}, in pointers and written forms. */
  public static final String ROMANIZATION = "romanization";

  /** {@value}: the name of {@link #family()}, in pointers and written forms. */
  public static final String FAMILY = "family";

  /** {@value}: the name of {@link #given()}, in pointers and written forms. */
  public static final String GIVEN = "given";

  /** {@value}: the name of {@link #order()}, in pointers and written forms. */
  public static final String ORDER = "order";

  private static final Pattern SCRIPT_CODE = Pattern.compile("[A-Z][a-z]{3}");

  /** The name as written. */
  @Value.Parameter
  public abstract String text();

  /** The ISO 15924 code of the script: {@code Latn}, {@code Hang}, {@code Cyrl}, {@code Arab}. */
  @Value.Parameter
  public abstract String script();

  /** The language, as a BCP 47 tag. */
  public abstract Optional<String> language();

  /**
   * For a romanised form, the system or usage: {@code Revised Romanization of Korean},
   * {@code McCune-Reischauer}, {@code official} (the person's or government's own spelling).
   */
  public abstract Optional<String> romanization();

  /**
   * The family name (surname) in this form, in its own capitalisation: {@code Cho}, {@code 조},
   * {@code Kamikawa}.
   */
  public abstract Optional<String> family();

  /** The given name (or names) in this form: {@code Tae-yul}, {@code 태열}, {@code Yoko}. */
  public abstract Optional<String> given();

  /**
   * The order in which this form writes the family and given names, and whether it writes the
   * family name in capitals; absent when not recorded.
   */
  public abstract Optional<NameOrder> order();

  @Value.Check
  final void check() {
    Checks.notBlank("PersonName", "text", text());
    if (!SCRIPT_CODE.matcher(script()).matches()) {
      throw new InvalidValueException(
          "PersonName", "script", script(), "not an ISO 15924 code such as Latn or Hang");
    }
    Checks.languageTag("PersonName", "language", language());
    Checks.notBlank("PersonName", "romanization", romanization());
    Checks.notBlank("PersonName", FAMILY, family());
    Checks.notBlank("PersonName", GIVEN, given());
    checkParts();
  }

  /** The family name as this form writes it: in capitals where the order says so. */
  private String familyAsWritten(String family) {
    return order().isPresent() && order().get().familyUpperCase()
        ? family.toUpperCase(Locale.ROOT) : family;
  }

  private void checkParts() {
    String text = text();
    if (family().isPresent() && given().isPresent()
        && family().get().length() + given().get().length() > text.length()) {
      throw new InvalidValueException("PersonName", GIVEN, given().get(),
          "the family name \"" + family().get() + "\" and the given name together are longer than"
              + " the text \"" + text + "\"");
    }
    if (order().isEmpty()) {
      family().ifPresent(family -> {
        if (!text.contains(family) && !text.contains(family.toUpperCase(Locale.ROOT))) {
          throw new InvalidValueException("PersonName", FAMILY, family,
              "does not occur in the text \"" + text + "\"");
        }
      });
      given().ifPresent(given -> {
        if (!text.contains(given)) {
          throw new InvalidValueException("PersonName", GIVEN, given,
              "does not occur in the text \"" + text + "\"");
        }
      });
      return;
    }
    NameOrder order = order().get();
    family().ifPresent(family -> {
      String written = familyAsWritten(family);
      if (order.familyFirst() ? !text.startsWith(written) : !text.endsWith(written)) {
        throw new InvalidValueException("PersonName", FAMILY, family,
            "the text \"" + text + "\" does not " + (order.familyFirst() ? "start" : "end")
                + " with \"" + written + "\", as order " + order + " writes the family name");
      }
    });
    given().ifPresent(given -> {
      if (order.familyFirst() ? !text.endsWith(given) : !text.startsWith(given)) {
        throw new InvalidValueException("PersonName", GIVEN, given,
            "the text \"" + text + "\" does not " + (order.familyFirst() ? "end" : "start")
                + " with it, as order " + order + " writes the given name");
      }
    });
  }
}
