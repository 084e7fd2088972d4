package dev.entente.serialization.internal;

import dev.entente.model.CountryCode;
import dev.entente.serialization.EntenteJsonException;
import dev.entente.serialization.JsonProblem;
import dev.entente.serialization.JsonProblem.Kind;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.sym.PropertyNameMatcher;

/** The settings of one reader, and the one way codecs report what they reject. */
public final class ReadContext {

  private static final JsonFactory JSON = JsonFactory.builder().build();

  private final boolean lenient;
  private final boolean plainScalars;
  private final Map<String, CountryCode> userAssigned;
  /** Where the problems of one document go, if it is read to its end; null to stop at the first. */
  private final Problems problems;
  /** The references read in this document ({@link SharedRefs}), made at the first; or null. */
  private SharedRefs refs;

  /**
   * A read context.
   *
   * @param lenient whether unknown members are kept rather than rejected
   * @param userAssigned user-assigned country codes the reader accepts, by their alpha-2 and
   *     alpha-3 codes
   */
  public ReadContext(boolean lenient, Map<String, CountryCode> userAssigned) {
    this(lenient, false, userAssigned);
  }

  private ReadContext(boolean lenient, boolean plainScalars, Map<String, CountryCode> userAssigned) {
    this(lenient, plainScalars, Map.copyOf(userAssigned), null);
  }

  private ReadContext(boolean lenient, boolean plainScalars, Map<String, CountryCode> userAssigned,
      Problems problems) {
    this.lenient = lenient;
    this.plainScalars = plainScalars;
    this.userAssigned = userAssigned;
    this.problems = problems;
  }

  /**
   * The same context for reading one whole document to its end: a problem with a value (a bad
   * date, an unknown member, a value the model refuses) is kept in {@link #problems()}, the value
   * it belongs to is left out, and reading goes on, so that one read finds them all. Only what
   * breaks the text itself (syntax, encoding, a limit) stops it.
   *
   * <p>The context is the document's own: it also keeps a table of the references read in it, so
   * that a reference named again is shared rather than read again. Use it for one document, on
   * one thread.
   *
   * @param maxProblems the most problems kept; more are only counted
   */
  public ReadContext collecting(int maxProblems) {
    return new ReadContext(lenient, plainScalars, userAssigned, new Problems(maxProblems));
  }

  /**
   * The table of references read in this document, made at the first call; null for a context
   * not made for one document (one shared by many reads, as the Jackson module's is), where
   * references are not shared.
   */
  SharedRefs sharedRefs() {
    // A context with problems of its own is one document's (see collecting).
    if (problems == null) {
      return null;
    }
    if (refs == null) {
      refs = new SharedRefs();
    }
    return refs;
  }

  /** The problems found so far, for a context from {@link #collecting}; null otherwise. */
  public Problems problems() {
    return problems;
  }

  /** Whether problems are collected rather than thrown. */
  boolean collects() {
    return problems != null;
  }

  /**
   * After a problem in a value of the object or array whose context is at {@code depth} (a
   * problem that a collecting context keeps): keeps it, and moves the parser to the value's last
   * token, past whatever of the value is left, so that reading goes on with the next member or
   * element. Without collecting, throws it again.
   */
  void recover(JsonParser p, RuntimeException problem, int depth) {
    if (problems == null) {
      throw problem;
    }
    if (problem instanceof EntenteJsonException) {
      problems.add((EntenteJsonException) problem);
    }
    while (p.streamReadContext().getNestingDepth() > depth) {
      if (p.nextToken() == null) {
        break;
      }
    }
  }

  /**
   * Reads a document's value with a codec; for a collecting context, null if the value could not
   * be built because of the problems kept.
   */
  public static <T> T readRoot(Codec<T> codec, JsonParser p, ReadContext r) {
    try {
      return codec.read(p, r);
    } catch (Unreadable e) {
      return null;
    } catch (EntenteJsonException e) {
      if (r.problems == null) {
        throw e;
      }
      r.recover(p, e, 0);
      return null;
    }
  }

  /** Keeps a problem of a collecting context. */
  void keep(EntenteJsonException problem) {
    problems.add(problem);
  }

  /**
   * Says that a value could not be built because of problems already kept: the member or element
   * it belongs to is left out, and its own object is left out in turn if it needs it.
   */
  static RuntimeException unreadable() {
    return Unreadable.INSTANCE;
  }

  /** A value left out because of problems already kept. */
  static final class Unreadable extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final Unreadable INSTANCE = new Unreadable();

    private Unreadable() {
      super("a value was left out because of problems already reported", null, false, false);
    }
  }

  /**
   * The same context for a format with plain scalars (YAML), where {@code date: 2024} is a number
   * token although its author meant the text {@code 2024}: text values are then also read from
   * number tokens, as written.
   */
  public ReadContext withPlainScalars() {
    return new ReadContext(lenient, true, userAssigned, problems);
  }

  /** Whether text values may come as number tokens. */
  boolean plainScalars() {
    return plainScalars;
  }

  /** Strict reading, with no user-assigned country codes. */
  public static ReadContext strict() {
    return new ReadContext(false, Map.of());
  }

  /** Whether unknown members are kept. */
  public boolean lenient() {
    return lenient;
  }

  Optional<CountryCode> userAssigned(String code) {
    return Optional.ofNullable(userAssigned.get(code));
  }

  /** The value at the parser's current token, as JSON text, whatever the source format. */
  String captureJson(JsonParser p) {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), text)) {
      if (plainScalars) {
        // YAML numbers (0x1F, 1_000) are not JSON numbers: write their values.
        g.copyCurrentStructureExact(p);
      } else {
        // JSON numbers are kept as written: a parsed value would turn -0.0 into 0.0.
        copyJson(p, g);
      }
    }
    return text.toString();
  }

  /**
   * Copies the JSON value at the parser's current token, numbers exactly as written ({@code 1.50},
   * {@code 1e3}, {@code -0.0}).
   */
  static void copyJson(JsonParser p, JsonGenerator g) {
    int depth = 0;
    do {
      JsonToken token = p.currentToken();
      if (token.isNumeric()) {
        g.writeNumber(p.getString());
      } else {
        g.copyCurrentEvent(p);
      }
      if (token.isStructStart()) {
        depth++;
      } else if (token.isStructEnd()) {
        depth--;
      }
    } while (depth > 0 && p.nextToken() != null);
  }

  /** Fails at the parser's current token. */
  public EntenteJsonException fail(JsonParser p, Kind kind, String message) {
    return failAt(pointer(p), p.currentTokenLocation(), kind, message);
  }

  /** Fails at a given pointer, located at the parser's current token. */
  EntenteJsonException fail(JsonParser p, String pointer, Kind kind, String message) {
    return failAt(pointer, p.currentTokenLocation(), kind, message);
  }

  /**
   * The one way a single problem becomes an exception: at a pointer, located where the parser
   * says (line and column are 0 when the location is unknown).
   */
  public static EntenteJsonException failAt(
      String pointer, TokenStreamLocation location, Kind kind, String message) {
    int line = location == null ? 0 : Math.max(0, location.getLineNr());
    int column = location == null || line == 0 ? 0 : Math.max(0, location.getColumnNr());
    return new EntenteJsonException(List.of(new JsonProblem(
        kind, pointer, line, column, message, Optional.empty())));
  }

  /**
   * The JSON Pointer of the value at the parser's current token: for a scalar, the member or
   * element it is; for the start of an object or array, that object or array; after its end,
   * too.
   */
  public static String pointer(JsonParser p) {
    TokenStreamContext context = p.streamReadContext();
    return context == null ? "" : context.pathAsPointer().toString();
  }

  /**
   * The next member name of the object the parser is in, matched by {@code matcher} as the parser
   * reads it: the index of the name among the matcher's names, {@link
   * PropertyNameMatcher#MATCH_UNKNOWN_NAME} for a name it does not know (then {@link
   * JsonParser#currentName()} is that name), or a negative value ({@link
   * PropertyNameMatcher#MATCH_END_OBJECT}, {@link PropertyNameMatcher#MATCH_ODD_TOKEN}) at the
   * object's end. While it is read, this context knows, so that bad text there ({@link
   * #failedAt}) is placed at the object. A JSON parser
   * reading bytes matches the name's bytes without making a string of them; other parsers match
   * the name they read.
   */
  static int nextName(JsonParser p, ReadContext r, PropertyNameMatcher matcher) {
    if (r.problems == null) {
      return p.nextNameMatch(matcher);
    }
    TokenStreamContext object = p.streamReadContext();
    r.problems.awaitingName = object;
    r.problems.nameBefore = object.currentName();
    int match = p.nextNameMatch(matcher);
    r.problems.awaitingName = null;
    return match;
  }

  /**
   * Where a parser stopped by bad text (syntax, encoding, a limit) was: at the value being read,
   * or, when the text broke while the next member name of an object was read ({@link
   * #nextName}), at that object, not at the member before the bad name.
   */
  public static String failedAt(JsonParser p, ReadContext r) {
    TokenStreamContext context = p.streamReadContext();
    // Jackson reads a number or a literal with the name before it: when the new name was read,
    // what broke is its value, at the member.
    if (r.problems != null && context != null && r.problems.awaitingName == context
        && context.getParent() != null
        && java.util.Objects.equals(context.currentName(), r.problems.nameBefore)) {
      return context.getParent().pathAsPointer().toString();
    }
    return pointer(p);
  }

  /**
   * A description of the parser's current value for messages, naming a scalar's value: {@code the
   * string "kor"}, {@code the number 1.5}, {@code the boolean true}, {@code null}, {@code an
   * object}.
   */
  static String describe(JsonParser p) {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      return "the string " + ScalarCodec.quote(p.getString());
    }
    if (token != null && token.isNumeric()) {
      String number = p.getString();
      return "the number " + (number.length() > 80 ? number.substring(0, 77) + "..." : number);
    }
    if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
      return "the boolean " + token.asString();
    }
    return describe(token);
  }

  /** A description of a token for messages: "a string", "a number", "null". */
  static String describe(JsonToken token) {
    if (token == null) {
      return "the end of the document";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return token.toString();
    }
  }
}
