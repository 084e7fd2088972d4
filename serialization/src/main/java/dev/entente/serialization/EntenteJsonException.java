package dev.entente.serialization;

import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;

/**
 * Everything Entente's reader rejects: malformed JSON, a wrong encoding, exceeded limits, unknown,
 * duplicate or missing members, wrong types, invalid values, and the violations of a dossier's
 * rules — one exception type, with every problem found.
 *
 * <p>{@link EntenteJson} reads a document to its end whatever is wrong with its values, and
 * reports every problem it finds in one exception: bad values, unknown, duplicate or missing
 * members, wrong types, in the order found, then the violations of the dossier's rules in what
 * could be read (a value with a problem is left out of it, and so is, if it cannot do without
 * that value, the object it belongs to). Only a problem with the text itself stops reading — bad
 * syntax or encoding, an exceeded limit — since the document cannot be trusted past it: it comes
 * after the problems found before it. At most {@link ReadLimits#maxProblems()} problems are
 * reported, and then one that counts the others. A mapper with {@link EntenteModule} stops at
 * the first problem.
 * Each {@link JsonProblem} names its JSON Pointer, and its line and column when known:
 *
 * <pre>{@code
 * try {
 *   Dossier dossier = EntenteJson.standard().readDossier(text);
 * } catch (EntenteJsonException e) {
 *   e.problems().forEach(System.err::println);   // 3:15: /statements/1/date: ...
 * }
 * }</pre>
 *
 * <p>It is a Jackson {@link StreamReadException}, so code that catches Jackson's exceptions
 * around a mapper with Entente's module catches it too.
 */
public final class EntenteJsonException extends StreamReadException {

  private static final long serialVersionUID = 1L;

  private final transient List<JsonProblem> problems;

  /**
   * Creates the exception.
   *
   * @param problems what is wrong; at least one
   */
  public EntenteJsonException(List<JsonProblem> problems) {
    super(null, summary(problems), location(problems));
    this.problems = List.copyOf(problems);
  }

  private static String summary(List<JsonProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an EntenteJsonException needs at least one problem");
    }
    if (problems.size() == 1) {
      return problems.get(0).toString();
    }
    return problems.size() + " problems:\n"
        + problems.stream().map(JsonProblem::toString).collect(Collectors.joining("\n"));
  }

  private static TokenStreamLocation location(List<JsonProblem> problems) {
    if (problems.isEmpty() || !problems.get(0).hasLocation()) {
      return null;
    }
    JsonProblem first = problems.get(0);
    return new TokenStreamLocation(null, -1L, first.line(), first.column());
  }

  /** Every problem found, in document order. */
  public List<JsonProblem> problems() {
    return problems;
  }

  /** The first problem. */
  public JsonProblem firstProblem() {
    return problems.get(0);
  }

  /** The problems, one a line, as {@link JsonProblem#toString()} gives them. */
  @Override
  public String getMessage() {
    return getOriginalMessage();
  }
}
