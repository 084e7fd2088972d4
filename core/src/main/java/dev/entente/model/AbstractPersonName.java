package dev.entente.model;

import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * One written form of a person's name: in a script, a language, and for a romanised form the
 * system used.
 *
 * <pre>{@code
 * PersonName.of("조태열", "Hang")                          // Hangul
 * PersonName.builder().text("Jo Tae-yeol").script("Latn")
 *     .romanization("Revised Romanization of Korean").build()
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

  @Value.Check
  final void check() {
    Checks.notBlank("PersonName", "text", text());
    if (!SCRIPT_CODE.matcher(script()).matches()) {
      throw new InvalidValueException(
          "PersonName", "script", script(), "not an ISO 15924 code such as Latn or Hang");
    }
    Checks.languageTag("PersonName", "language", language());
    Checks.notBlank("PersonName", "romanization", romanization());
  }
}
