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
 * <p>Reading stops at the first problem in the text itself (the document cannot be trusted past
 * it), so such an exception has one problem. Dossier validation reports every violation at once,
 * up to {@link ReadLimits#maxProblems()} of them and then one problem that counts the others.
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
