package dev.entente.testing;

import dev.entente.model.Dossier;
import dev.entente.serialization.EntenteJson;
import dev.entente.serialization.EntenteJsonException;
import dev.entente.serialization.JsonProblem;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Assertions on a JSON document, given as text, UTF-8 bytes or a file: that it is a valid
 * dossier, conforms to the shipped JSON Schema, and round-trips losslessly. Failures list every
 * problem with its JSON Pointer (and line and column, where the reader knows them).
 *
 * <pre>{@code
 * assertThatJson(Path.of("story.json")).isValidDossier().conformsToSchema().roundTripsLosslessly();
 * assertThatJson(broken).hasProblemAt("/statements/1/date");
 * }</pre>
 *
 * <p>Documents are read with {@link EntenteJson#standard()} unless another reader is given with
 * {@link #usingJson(EntenteJson)}, for example one that allows a user-assigned country code.
 *
 * <p>{@link #conformsToSchema()} needs networknt's {@code com.networknt:json-schema-validator}
 * (3.x, the Jackson 3 line), an optional dependency of this module: add it in test scope to use
 * that assertion. Without it the assertion throws an {@link IllegalStateException} that says so.
 */
public class JsonAssert extends AbstractEntenteAssert<JsonAssert, byte[]> {

  private static final JsonMapper TREES = JsonMapper.builder().build();

  /** What the document is called in failure messages. */
  String name = "the JSON document";

  private EntenteJson json = EntenteJson.standard();

  /**
   * Creates the assertion; use {@link EntenteAssertions#assertThatJson(byte[])}.
   *
   * @param utf8 the document, in UTF-8
   */
  public JsonAssert(byte[] utf8) {
    super(utf8, JsonAssert.class);
  }

  /**
   * Reads with the given reader and writer from now on.
   *
   * @param json the reader and writer
   * @return this assertion
   */
  public JsonAssert usingJson(EntenteJson json) {
    this.json = json;
    return myself;
  }

  /**
   * Verifies that the document reads as a dossier, strictly, and that the dossier is valid.
   *
   * @return this assertion
   */
  public JsonAssert isValidDossier() {
    isNotNull();
    List<JsonProblem> problems = problems(json.toBuilder().validate(true).build());
    if (!problems.isEmpty()) {
      fail("Expecting " + name + " to be a valid dossier, but it has " + problems.size()
          + " problem" + (problems.size() == 1 ? "" : "s") + ":\n" + Show.problems(problems));
    }
    return myself;
  }

  /**
   * Verifies that reading the document as a valid dossier reports a problem at the given JSON
   * Pointer.
   *
   * @param pointer the JSON Pointer, such as {@code /statements/1/date}; {@code ""} for the
   *     whole document
   * @return this assertion
   */
  public JsonAssert hasProblemAt(String pointer) {
    isNotNull();
    List<JsonProblem> problems = problems(json.toBuilder().validate(true).build());
    if (problems.stream().noneMatch(p -> p.pointer().equals(pointer))) {
      fail("Expecting " + name + " to have a problem at " + pointer + ", but its problems are:\n"
          + Show.problems(problems));
    }
    return myself;
  }

  /**
   * Verifies that the document conforms to the shipped JSON Schema of a dossier
   * ({@link dev.entente.serialization.EntenteSchema}). Needs networknt's json-schema-validator.
   *
   * @return this assertion
   * @throws IllegalStateException if networknt's json-schema-validator is not on the path
   */
  public JsonAssert conformsToSchema() {
    isNotNull();
    if (!SchemaCheck.available()) {
      throw new IllegalStateException("conformsToSchema() needs com.networknt:json-schema-validator"
          + " (3.x) on the test class or module path: it is an optional dependency of"
          + " entente-testing; add it in test scope");
    }
    JsonNode tree = tree();
    List<String> errors = SchemaCheck.errors(tree);
    if (!errors.isEmpty()) {
      fail("Expecting " + name + " to conform to the Entente schema, but it breaks it "
          + errors.size() + " time" + (errors.size() == 1 ? "" : "s") + ":\n"
          + errors.stream().map(e -> "  " + e).collect(Collectors.joining("\n")));
    }
    return myself;
  }

  /**
   * Verifies that the document reads as a dossier (valid or not) and that writing it back gives
   * the same JSON, member for member: nothing is lost, added or changed. Formatting, member order
   * and empty arrays (which Entente leaves out) do not count. Failures name each difference by
   * its JSON Pointer.
   *
   * @return this assertion
   */
  public JsonAssert roundTripsLosslessly() {
    isNotNull();
    EntenteJson reader = json.toBuilder().validate(false).build();
    Dossier dossier;
    try {
      dossier = reader.readDossier(actual);
    } catch (EntenteJsonException e) {
      fail("Expecting " + name + " to round-trip losslessly, but it does not read as a dossier:\n"
          + Show.problems(e.problems()));
      return myself;
    }
    String written = reader.write(dossier);
    List<String> differences = new ArrayList<>();
    diff("", tree(), TREES.readTree(written), differences);
    if (differences.isEmpty() && !reader.readDossier(written).equals(dossier)) {
      differences.add("(document): the dossier read back differs from the one written");
    }
    if (!differences.isEmpty()) {
      fail("Expecting " + name + " to round-trip losslessly, but writing it back changes it:\n"
          + differences.stream().map(d -> "  " + d).collect(Collectors.joining("\n")));
    }
    return myself;
  }

  /**
   * The dossier the document holds, read strictly but without validation, to check further.
   *
   * @return an assertion on the dossier
   */
  public DossierAssert asDossier() {
    isNotNull();
    Dossier dossier = null;
    String missing = "";
    try {
      dossier = json.toBuilder().validate(false).build().readDossier(actual);
    } catch (EntenteJsonException e) {
      missing = "Expecting " + name + " to read as a dossier, but it has problems:\n"
          + Show.problems(e.problems());
    }
    return navigate(DossierAssert.class, Dossier.class, dossier, DossierAssert::new, missing,
        "dossier in " + name);
  }

  private List<JsonProblem> problems(EntenteJson reader) {
    try {
      reader.readDossier(actual);
      return List.of();
    } catch (EntenteJsonException e) {
      return e.problems();
    }
  }

  private JsonNode tree() {
    try {
      return TREES.readTree(actual);
    } catch (JacksonException e) {
      fail("Expecting " + name + " to be JSON, but it is not: " + e.getOriginalMessage());
      throw e;
    }
  }

  private static void diff(String at, JsonNode expected, JsonNode actual, List<String> out) {
    String where = at.isEmpty() ? "(document)" : at;
    if (expected.isObject() && actual.isObject()) {
      for (Map.Entry<String, JsonNode> member : expected.properties()) {
        String child = at + "/" + member.getKey().replace("~", "~0").replace("/", "~1");
        JsonNode other = actual.get(member.getKey());
        if (other == null) {
          if (!(member.getValue().isArray() && member.getValue().isEmpty())) {
            out.add(child + ": lost (was " + member.getValue() + ")");
          }
        } else {
          diff(child, member.getValue(), other, out);
        }
      }
      for (Iterator<String> names = actual.propertyNames().iterator(); names.hasNext(); ) {
        String name = names.next();
        if (!expected.has(name)) {
          out.add(at + "/" + name.replace("~", "~0").replace("/", "~1") + ": added ("
              + actual.get(name) + ")");
        }
      }
    } else if (expected.isArray() && actual.isArray()) {
      int common = Math.min(expected.size(), actual.size());
      for (int i = 0; i < common; i++) {
        diff(at + "/" + i, expected.get(i), actual.get(i), out);
      }
      for (int i = common; i < expected.size(); i++) {
        out.add(at + "/" + i + ": lost (was " + expected.get(i) + ")");
      }
      for (int i = common; i < actual.size(); i++) {
        out.add(at + "/" + i + ": added (" + actual.get(i) + ")");
      }
    } else if (!expected.equals(actual)) {
      out.add(where + ": was " + expected + ", written back as " + actual);
    }
  }
}
