package dev.entente.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The {@link InvalidValueException} that generated builders throw for a required attribute that was
 * not set and that generated setters throw for {@code null}: {@link EntenteStyle} names it as
 * Immutables' {@code throwForInvalidImmutableState} and {@code throwForNullPointer}.
 *
 * <p>Immutables passes the names of the missing attributes (or, for a null, a message that starts
 * with the attribute's name) but not the type; the type is the generated class that called the
 * constructor, found on the stack. Only generated code in this package constructs it, so that
 * class is always a value type or its builder.
 */
final class MissingValueException extends InvalidValueException {

  private static final long serialVersionUID = 1L;

  /**
   * For a builder whose required attributes were not set. Immutables calls this constructor (it
   * looks for a public one taking a {@code String[]}) with the attributes' names, in the order
   * the type declares them.
   *
   * @param attributes the names of the required attributes not set, at least one
   */
  public MissingValueException(String... attributes) {
    super(callerType(), attributes.length == 0 ? "?" : attributes[0], NOT_SET, NOT_SET,
        "a required attribute was not set" + others(attributes));
  }

  /**
   * For a null given to a setter, a factory or a copy method. Immutables calls this constructor
   * with what its {@code requireNonNull} names: the attribute ({@code "id"}), an element of a
   * collection ({@code "sides element"}), or a key or value of a map ({@code "unknownMembers
   * key"}); its collection utilities name only {@code "element"} or {@code "key"}, and then the
   * attribute is read from the copy method on the stack ({@code withSides}).
   *
   * @param what what was null, as Immutables names it
   */
  public MissingValueException(String what) {
    super(callerType(), attribute(what), "null", "null", rule(what));
  }

  private static String others(String[] attributes) {
    if (attributes.length < 2) {
      return "";
    }
    String rest = String.join(", ", Arrays.asList(attributes).subList(1, attributes.length));
    return " (nor " + (attributes.length == 2 ? "was " : "were ") + rest + ")";
  }

  /** Whether Immutables named the attribute, rather than only "element", "key" or "value...". */
  private static boolean named(String what) {
    return what != null && !what.isEmpty() && !what.startsWith("element")
        && !what.startsWith("key") && !what.startsWith("value");
  }

  private static String attribute(String what) {
    if (named(what)) {
      int space = what.indexOf(' ');
      return space < 0 ? what : what.substring(0, space);
    }
    return callerCopyMethod()
        .map(method -> Character.toLowerCase(method.charAt(4)) + method.substring(5))
        .orElse("?");
  }

  private static String rule(String what) {
    if (what == null || what.isEmpty() || (named(what) && what.indexOf(' ') < 0)) {
      return "may not be null";
    }
    return "may not be null (" + (named(what) ? what.substring(what.indexOf(' ') + 1) : what)
        + ")";
  }

  private static boolean generated(String className) {
    return !className.equals(MissingValueException.class.getName())
        && !className.equals(InvalidValueException.class.getName());
  }

  /** The simple name of the top-level class of the first caller outside this class. */
  private static String callerType() {
    Optional<String> caller = StackWalker.getInstance().walk(frames -> frames
        .map(StackWalker.StackFrame::getClassName)
        .filter(MissingValueException::generated)
        .findFirst());
    String name = caller.orElse("?");
    name = name.substring(name.lastIndexOf('.') + 1);
    int nested = name.indexOf('$');
    return nested < 0 ? name : name.substring(0, nested);
  }

  /** The first {@code withX} method of generated code on the stack, such as {@code withSides}. */
  private static Optional<String> callerCopyMethod() {
    return StackWalker.getInstance().walk(frames -> frames
        .filter(frame -> generated(frame.getClassName()))
        .map(StackWalker.StackFrame::getMethodName)
        .filter(method -> method.length() > 4 && method.startsWith("with")
            && Character.isUpperCase(method.charAt(4)))
        .findFirst());
  }
}
