package dev.entente.serialization;

import dev.entente.validation.ViolationCode;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with a document: where it is (a JSON Pointer, and the line and column in the
 * text when known) and what it is.
 *
 * <p>The text form, {@code 12:7: /statements/1/date: 2024-02-30 is not a date: day 30 is not in
 * February 2024}, is what the {@code validate} command prints after the file name.
 *
 * @param kind the kind of problem
 * @param pointer the JSON Pointer (RFC 6901) of the value at fault; {@code ""} for the whole
 *     document
 * @param line the 1-based line in the source text, or 0 when unknown
 * @param column the 1-based column in the source text, or 0 when unknown
 * @param message what is wrong, for a person, naming the bad value; always one line: line breaks
 *     and other control characters in it (from a bad value, say) are shown as escapes, {@code \n}
 *     for a line break, a backslash, {@code u} and four hexadecimal digits for the others
 * @param violation for {@link Kind#VIOLATION}, the dossier rule that is broken
 */
public record JsonProblem(
    Kind kind,
    String pointer,
    int line,
    int column,
    String message,
    Optional<ViolationCode> violation) {

  /** What kind of problem it is. */
  public enum Kind {
    /** The text is not JSON (or YAML): a syntax error, a truncated document. */
    SYNTAX,
    /** The bytes are not UTF-8, or not valid UTF-8. */
    ENCODING,
    /**
     * The document exceeds a limit of {@link ReadLimits}: nesting depth, string, number, name or
     * document length; or it has more problems than are reported, and this last problem says how
     * many more.
     */
    LIMIT,
    /** Something follows the document's one value. */
    TRAILING_CONTENT,
    /** A value has the wrong JSON type: a number where a string is expected, and so on. */
    WRONG_TYPE,
    /** A member this version does not know (strict reading only). */
    UNKNOWN_MEMBER,
    /** The same member twice in one object. */
    DUPLICATE_MEMBER,
    /** A required member is absent. */
    MISSING_MEMBER,
    /** A {@code type} member names no known kind. */
    UNKNOWN_TYPE,
    /** A value breaks a rule of its own: a bad date, country code, id, or a model invariant. */
    INVALID_VALUE,
    /** A rule that spans the dossier is broken (see {@link ViolationCode}). */
    VIOLATION
  }

  /** Checks the components, and puts the message on one line. */
  public JsonProblem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(pointer, "pointer");
    message = oneLine(Objects.requireNonNull(message, "message"));
    Objects.requireNonNull(violation, "violation");
  }

  /**
   * The text with its control characters and line separators escaped, so that a problem is one
   * line of a report whatever value it quotes.
   */
  static String oneLine(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029';
      if (control && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (!control) {
        if (out != null) {
          out.append(c);
        }
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else {
        out.append(String.format("\\u%04x", (int) c));
      }
    }
    return out == null ? text : out.toString();
  }

  /** The message of the last problem of a report cut at {@link ReadLimits#maxProblems()}. */
  private static final java.util.regex.Pattern NOT_REPORTED = java.util.regex.Pattern.compile(
      "([0-9]+) more problems? (?:was|were) not reported: the limit is [0-9]+ problems? a document");

  /**
   * The last problem of a report cut at the limit: it counts the problems not reported.
   *
   * @param more how many problems are not reported, 1 or more
   * @param limit the most problems reported for one document
   */
  static JsonProblem notReported(int more, int limit) {
    return new JsonProblem(Kind.LIMIT, "", 0, 0, more + " more problem"
        + (more == 1 ? " was" : "s were") + " not reported: the limit is " + limit
        + " problem" + (limit == 1 ? "" : "s") + " a document", Optional.empty());
  }

  /**
   * For the last problem of a report cut at {@link ReadLimits#maxProblems()}, how many problems
   * it stands for; 0 for any other problem. A count of a document's problems is the number of
   * its other problems plus this.
   */
  public int notReported() {
    if (kind != Kind.LIMIT || !pointer.isEmpty() || line != 0) {
      return 0;
    }
    java.util.regex.Matcher m = NOT_REPORTED.matcher(message);
    return m.matches() ? Integer.parseInt(m.group(1)) : 0;
  }

  /** Whether the line and column are known. */
  public boolean hasLocation() {
    return line > 0;
  }

  /** {@code line:column: pointer: message}, without the location when it is unknown. */
  @Override
  public String toString() {
    String where = pointer.isEmpty() ? "(document)" : oneLine(pointer);
    return (hasLocation() ? line + ":" + column + ": " : "") + where + ": " + message;
  }
}
