package dev.entente.serialization;

import dev.entente.serialization.JsonProblem.Kind;
import dev.entente.validation.Violation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Places a document's problems in its source: the line and column, in characters, of each
 * problem's JSON Pointer, and no more problems than {@link ReadLimits#maxProblems()}.
 *
 * <p>Used only when there is something to report, so reading a valid document pays nothing for
 * locations. Then the source is parsed once more to find every pointer wanted, and passed over
 * once to count the columns of all problems in characters, however many problems there are.
 */
final class ProblemLocator {

  private final Source source;
  private final int maxProblems;

  /**
   * A locator of one document's problems.
   *
   * @param source the document
   * @param maxProblems the most problems reported; more are summed up in one last problem
   */
  ProblemLocator(Source source, int maxProblems) {
    this.source = source;
    this.maxProblems = maxProblems;
  }

  /**
   * The problems of a document that could not be read, located. A problem found once a whole
   * object was read (a missing member, a value the model refuses) is first placed at the object's
   * end; it is moved to the member, or to the object's start.
   */
  EntenteJsonException located(EntenteJsonException e) {
    List<JsonProblem> problems = capped(e.problems());
    JsonProblem problem = problems.get(0);
    if (problems.size() == 1 && (problem.kind() == Kind.INVALID_VALUE
        || problem.kind() == Kind.MISSING_MEMBER)) {
      TokenStreamLocation location = find(Set.of(problem.pointer())).get(problem.pointer());
      if (location != null) {
        problems = List.of(new JsonProblem(problem.kind(), problem.pointer(),
            location.getLineNr(), location.getColumnNr(), problem.message(), problem.violation()));
      }
    }
    return new EntenteJsonException(inCharacters(problems));
  }

  /**
   * Violations as problems located in the source, the first {@code maxProblems} of them; pointers
   * get {@code prefix} in front.
   */
  List<JsonProblem> violations(List<Violation> violations, String prefix) {
    if (violations.isEmpty()) {
      return List.of();
    }
    List<Violation> reported =
        violations.size() > maxProblems ? violations.subList(0, maxProblems) : violations;
    Set<String> pointers = new LinkedHashSet<>();
    reported.forEach(v -> pointers.add(prefix + v.pointer()));
    Map<String, TokenStreamLocation> where = find(pointers);
    List<JsonProblem> problems = new ArrayList<>(reported.size() + 1);
    for (Violation v : reported) {
      TokenStreamLocation location = where.get(prefix + v.pointer());
      int line = location == null ? 0 : location.getLineNr();
      int column = location == null ? 0 : location.getColumnNr();
      problems.add(new JsonProblem(Kind.VIOLATION, prefix + v.pointer(), line, column,
          v.code().code() + ": " + v.message(), Optional.of(v.code())));
    }
    problems = inCharacters(problems);
    if (violations.size() > reported.size()) {
      problems.add(notReported(violations.size() - reported.size()));
    }
    return problems;
  }

  /** The first {@code maxProblems} problems and, if there are more, a problem that counts them. */
  private List<JsonProblem> capped(List<JsonProblem> problems) {
    if (problems.size() <= maxProblems) {
      return problems;
    }
    List<JsonProblem> capped = new ArrayList<>(problems.subList(0, maxProblems));
    capped.add(notReported(problems.size() - maxProblems));
    return capped;
  }

  private JsonProblem notReported(int more) {
    return new JsonProblem(Kind.LIMIT, "", 0, 0, more + " more problem"
        + (more == 1 ? " was" : "s were") + " not reported: the limit is " + maxProblems
        + " problem" + (maxProblems == 1 ? "" : "s") + " a document", Optional.empty());
  }

  /** The problems with their columns counted in characters, in one pass over the source. */
  private List<JsonProblem> inCharacters(List<JsonProblem> problems) {
    int[] lines = new int[problems.size()];
    int[] columns = new int[problems.size()];
    for (int i = 0; i < lines.length; i++) {
      lines[i] = problems.get(i).line();
      columns[i] = problems.get(i).column();
    }
    int[] chars = source.charColumns(lines, columns);
    List<JsonProblem> located = new ArrayList<>(problems.size() + 1);
    for (int i = 0; i < lines.length; i++) {
      JsonProblem p = problems.get(i);
      located.add(chars[i] == p.column() ? p : new JsonProblem(
          p.kind(), p.pointer(), p.line(), chars[i], p.message(), p.violation()));
    }
    return located;
  }

  /**
   * The location of each pointer, or of its nearest ancestor that the source has (a missing
   * member is reported where its object starts), from one parse of the source. A source that
   * cannot be read to its end is read as far as it can be: a problem found in its first part is
   * still located.
   */
  private Map<String, TokenStreamLocation> find(Set<String> pointers) {
    Set<String> wanted = new HashSet<>();
    for (String pointer : pointers) {
      for (String p = pointer; ; p = parent(p)) {
        wanted.add(p);
        if (p.isEmpty()) {
          break;
        }
      }
    }
    Map<String, TokenStreamLocation> found = new HashMap<>();
    try (JsonParser p = source.parser()) {
      JsonToken token;
      while ((token = p.nextToken()) != null) {
        if (token == JsonToken.PROPERTY_NAME || token.isStructEnd()) {
          continue;
        }
        String pointer = p.streamReadContext().pathAsPointer().toString();
        if (wanted.contains(pointer)) {
          found.putIfAbsent(pointer, p.currentTokenLocation());
        }
      }
    } catch (JacksonException e) {
      // The document breaks down after the value at fault (bad syntax or encoding, too deep):
      // what was found before that place is all there is to find.
    }
    return resolve(pointers, found);
  }

  private static Map<String, TokenStreamLocation> resolve(
      Set<String> pointers, Map<String, TokenStreamLocation> found) {
    Map<String, TokenStreamLocation> result = new HashMap<>();
    for (String pointer : pointers) {
      for (String p = pointer; ; p = parent(p)) {
        TokenStreamLocation location = found.get(p);
        if (location != null) {
          result.put(pointer, location);
          break;
        }
        if (p.isEmpty()) {
          break;
        }
      }
    }
    return result;
  }

  private static String parent(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash <= 0 ? "" : pointer.substring(0, slash);
  }
}
