package dev.entente.model;

import java.util.Objects;

/**
 * Thrown when a value is built with an attribute that breaks one of its invariants.
 *
 * <p>The message names the type, the attribute and the bad value, then the rule:
 * {@code Dialogue.sides: [rok, rok]: a bilateral record has exactly two distinct sides}.
 * The parts are also available one by one, for tools that report errors in their own form.
 */
public final class InvalidValueException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String type;
  private final String attribute;
  private final String value;
  private final String rule;

  /**
   * Creates the exception.
   *
   * @param type the simple name of the value type, e.g. {@code Dialogue}
   * @param attribute the attribute, e.g. {@code sides}
   * @param value the bad value; its {@code toString()} is kept
   * @param rule the rule it breaks, as a sentence fragment
   */
  public InvalidValueException(String type, String attribute, Object value, String rule) {
    super(type + "." + attribute + ": " + describe(value) + ": " + rule);
    this.type = Objects.requireNonNull(type, "type");
    this.attribute = Objects.requireNonNull(attribute, "attribute");
    this.value = String.valueOf(value);
    this.rule = Objects.requireNonNull(rule, "rule");
  }

  private static String describe(Object value) {
    return value instanceof CharSequence ? "\"" + value + "\"" : String.valueOf(value);
  }

  /** The simple name of the value type whose invariant is broken. */
  public String type() {
    return type;
  }

  /** The attribute that holds the bad value. */
  public String attribute() {
    return attribute;
  }

  /** The bad value, in its text form. */
  public String value() {
    return value;
  }

  /** The rule the value breaks. */
  public String rule() {
    return rule;
  }
}
