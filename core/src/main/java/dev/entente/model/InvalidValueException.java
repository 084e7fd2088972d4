package dev.entente.model;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * Thrown when a value is refused: built with an attribute that breaks one of its invariants, built
 * without a required attribute, or given {@code null} for an attribute.
 *
 * <p>Every builder, factory and {@code withX(...)} copy method of Entente's value types throws
 * this exception, and only this one, for whatever it refuses; so {@code catch
 * (InvalidValueException e)} is the one place to handle a refused value.
 *
 * <p>The message names the type, the attribute and the bad value, then the rule:
 *
 * <pre>{@code
 * Dialogue.sides: [rok, rok]: a bilateral record has exactly two distinct sides
 * Dialogue.series: (not set): a required attribute was not set (nor was date)
 * Dialogue.id: null: may not be null
 * }</pre>
 *
 * <p>The parts are also available one by one, for tools that report errors in their own form. For a
 * required attribute that was not set, {@link #attribute()} is the first such attribute in the
 * order the type declares them, {@link #value()} is {@value #NOT_SET} and the rule names the others;
 * for an attribute set to {@code null}, {@link #value()} is {@code "null"}.
 */
public sealed class InvalidValueException extends IllegalArgumentException
    permits MissingValueException {

  private static final long serialVersionUID = 1L;

  /** {@value}: the {@link #value()} of an exception for a required attribute that was not set. */
  public static final String NOT_SET = "(not set)";

  private final String type;
  private final String attribute;
  private final String value;
  private final String rule;
  /** The index of the bad element of a list attribute, or -1. */
  private final int index;

  /**
   * Creates the exception.
   *
   * @param type the simple name of the value type, e.g. {@code Dialogue}
   * @param attribute the attribute, e.g. {@code sides}
   * @param value the bad value; its {@code toString()} is kept
   * @param rule the rule it breaks, as a sentence fragment
   */
  public InvalidValueException(String type, String attribute, Object value, String rule) {
    this(type, attribute, String.valueOf(value), describe(value), rule);
  }

  /** An exception whose value is already in its text form and is written as it is. */
  InvalidValueException(String type, String attribute, String value, String written, String rule) {
    this(type, attribute, -1, value, written, rule);
  }

  /**
   * An exception for one element of a list attribute, {@code attribute[index]}: the message
   * names the element, not the whole list, however long the list is.
   */
  InvalidValueException(String type, String attribute, int index, Object element, String rule) {
    this(type, attribute, index, String.valueOf(element), describe(element), rule);
  }

  private InvalidValueException(String type, String attribute, int index, String value,
      String written, String rule) {
    super(type + "." + attribute + ": " + written + ": " + rule);
    this.type = Objects.requireNonNull(type, "type");
    this.attribute = Objects.requireNonNull(attribute, "attribute");
    this.index = index;
    this.value = value;
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

  /**
   * The bad value, in its text form: {@value #NOT_SET} for a required attribute that was not set,
   * {@code "null"} for an attribute set to {@code null}.
   */
  public String value() {
    return value;
  }

  /**
   * The index of the bad element when the attribute is a list and one element is at fault (the
   * second of two equal elements, for a list that must not repeat one); empty when the attribute
   * as a whole is.
   */
  public OptionalInt index() {
    return index >= 0 ? OptionalInt.of(index) : OptionalInt.empty();
  }

  /** The rule the value breaks. */
  public String rule() {
    return rule;
  }

  /**
   * Whether the attribute has no value at all: a required attribute that was not set, or an
   * attribute set to {@code null}; false when a value was given and broke a rule.
   */
  public boolean isMissing() {
    return this instanceof MissingValueException;
  }
}
