package dev.entente.serialization;

import dev.entente.serialization.JsonProblem.Kind;
import dev.entente.serialization.internal.Problems;
import dev.entente.validation.ValidationReport;
import dev.entente.validation.Violation;
import dev.entente.validation.ViolationCode;
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
   * The problems of a document read to its end, located, with the violations of the part of its
   * value that could be read: first the problems in the order found, then the violations, the
   * first {@code maxProblems} of them all and then one that counts the others.
   *
   * <p>The violations' pointers are into the value read, which lacks the array elements left out
   * because of a problem: they are turned into pointers into the source. A violation at or under
   * a problem's value is left out (the value read lacks what was wrong there), and so is a
   * reference said to be dangling whose record was there but left out.
   *
   * @param found the problems found, in order
   * @param notKept how many more problems were found than {@code found} holds
   * @param violations the violations of the value read, with pointers into it, the first ones
   *     and how many more
   * @param read what was left out of the value read
   */
  EntenteJsonException located(List<JsonProblem> found, int notKept,
      ValidationReport violations, Problems read) {
    List<JsonProblem> all = new ArrayList<>(found);
    all.addAll(violationsOfWhatWasRead(found, violations.violations(), read));
    return new EntenteJsonException(placed(all, notKept + violations.notReported()));
  }

  /**
   * The first {@code maxProblems} of {@code all}, those of a kind found at a pointer placed there
   * (from one parse of the source), columns counted in characters, and then, if any were left out
   * here or before ({@code more}), one problem that counts them.
   */
  private List<JsonProblem> placed(List<JsonProblem> all, int more) {
    if (all.isEmpty() && more == 0) {
      return List.of();
    }
    if (all.size() > maxProblems) {
      more += all.size() - maxProblems;
      all = all.subList(0, maxProblems);
    }
    Set<String> pointers = new LinkedHashSet<>();
    for (JsonProblem problem : all) {
      if (placedAtPointer(problem.kind())) {
        pointers.add(problem.pointer());
      }
    }
    Map<String, TokenStreamLocation> where = pointers.isEmpty() ? Map.of() : find(pointers);
    List<JsonProblem> placed = new ArrayList<>(all.size() + 1);
    for (JsonProblem problem : all) {
      TokenStreamLocation location =
          placedAtPointer(problem.kind()) ? where.get(problem.pointer()) : null;
      placed.add(location == null ? problem : new JsonProblem(problem.kind(), problem.pointer(),
          location.getLineNr(), location.getColumnNr(), problem.message(), problem.violation()));
    }
    placed = inCharacters(placed);
    if (more > 0) {
      placed.add(notReported(more));
    }
    return placed;
  }

  /**
   * Problems found once a whole object was read (a missing member, a value the model refuses) and
   * violations are placed where their pointer is in the source.
   */
  private static boolean placedAtPointer(Kind kind) {
    return kind == Kind.INVALID_VALUE || kind == Kind.MISSING_MEMBER || kind == Kind.VIOLATION;
  }

  private List<JsonProblem> violationsOfWhatWasRead(
      List<JsonProblem> found, List<Violation> violations, Problems read) {
    if (violations.isEmpty()) {
      return List.of();
    }
    List<String> leftOutIds = new ArrayList<>();
    read.droppedElements().forEach(element -> leftOutIds.add(element + "/id"));
    List<String> inSource = new ArrayList<>(violations.size());
    Set<String> wanted = new HashSet<>(leftOutIds);
    for (Violation v : violations) {
      String pointer = read.inSource(v.pointer());
      inSource.add(pointer);
      if (v.code() == ViolationCode.DANGLING_REFERENCE) {
        wanted.add(pointer);
      }
    }
    Map<String, String> strings = strings(wanted);
    Set<String> leftOut = new HashSet<>();
    leftOutIds.forEach(id -> {
      if (strings.containsKey(id)) {
        leftOut.add(strings.get(id));
      }
    });
    Set<String> problemPointers = new HashSet<>();
    found.forEach(problem -> problemPointers.add(problem.pointer()));
    problemPointers.remove("");
    List<JsonProblem> problems = new ArrayList<>();
    for (int i = 0; i < violations.size(); i++) {
      Violation v = violations.get(i);
      String pointer = inSource.get(i);
      boolean atAProblem = atOrUnder(pointer, problemPointers);
      boolean toALeftOutRecord = v.code() == ViolationCode.DANGLING_REFERENCE
          && strings.containsKey(pointer) && leftOut.contains(strings.get(pointer));
      if (!atAProblem && !toALeftOutRecord) {
        problems.add(new JsonProblem(Kind.VIOLATION, pointer, 0, 0,
            v.code().code() + ": " + v.message(), Optional.of(v.code())));
      }
    }
    return problems;
  }

  /** Whether {@code pointer} is one of {@code pointers} or under one: its length, not theirs. */
  private static boolean atOrUnder(String pointer, Set<String> pointers) {
    if (pointers.isEmpty()) {
      return false;
    }
    for (int end = pointer.indexOf('/', 1); end > 0; end = pointer.indexOf('/', end + 1)) {
      if (pointers.contains(pointer.substring(0, end))) {
        return true;
      }
    }
    return pointers.contains(pointer);
  }

  /** The strings at some pointers of the source, from one parse of it. */
  private Map<String, String> strings(Set<String> pointers) {
    Map<String, String> found = new HashMap<>();
    if (pointers.isEmpty()) {
      return found;
    }
    try (JsonParser p = source.parser()) {
      JsonToken token;
      while ((token = p.nextToken()) != null) {
        if (token == JsonToken.VALUE_STRING) {
          String pointer = p.streamReadContext().pathAsPointer().toString();
          if (pointers.contains(pointer)) {
            found.putIfAbsent(pointer, p.getString());
          }
        }
      }
    } catch (JacksonException e) {
      // What comes before the place where the document breaks down is all there is to find.
    }
    return found;
  }

  /**
   * Violations as problems located in the source, the first {@code maxProblems} of them; pointers
   * get {@code prefix} in front. {@code more} counts violations found after those given.
   */
  List<JsonProblem> violations(List<Violation> violations, int more, String prefix) {
    if (violations.isEmpty() && more == 0) {
      // Every valid read comes here: nothing to locate, so no parse, no columns, no allocation.
      return List.of();
    }
    int reported = Math.min(violations.size(), maxProblems);
    List<JsonProblem> problems = new ArrayList<>(reported);
    for (Violation v : violations.subList(0, reported)) {
      problems.add(new JsonProblem(Kind.VIOLATION, prefix + v.pointer(), 0, 0,
          v.code().code() + ": " + v.message(), Optional.of(v.code())));
    }
    return placed(problems, violations.size() - reported + more);
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
    return JsonProblem.notReported(more, maxProblems);
  }

  /** The problems with their columns counted in characters, in one pass over the source. */
  private List<JsonProblem> inCharacters(List<JsonProblem> problems) {
    if (problems.isEmpty()) {
      return new ArrayList<>(1);
    }
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
