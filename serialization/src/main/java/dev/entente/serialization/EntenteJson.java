package dev.entente.serialization;

import dev.entente.model.CountryCode;
import dev.entente.model.Dossier;
import dev.entente.model.Statement;
import dev.entente.serialization.JsonProblem.Kind;
import dev.entente.serialization.internal.Codec;
import dev.entente.serialization.internal.Codecs;
import dev.entente.serialization.internal.ReadContext;
import dev.entente.validation.DossierValidator;
import dev.entente.validation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.core.util.ByteArrayBuilder;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes Entente documents — dossiers, statements, and any Entente value — as JSON (or
 * YAML), with every guarantee of the format: UTF-8 only, strict members, no trailing content,
 * bounded sizes, and a validated dossier.
 *
 * <pre>{@code
 * EntenteJson json = EntenteJson.standard();
 * String text = json.write(dossier);
 * Dossier back = json.readDossier(text);           // throws EntenteJsonException if anything is wrong
 *
 * ReadResult<Dossier> checked = json.readDossierWithViolations(Path.of("story.json"));
 * checked.violations().forEach(System.err::println);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; build one with {@link #builder()} and share it.
 */
public final class EntenteJson {

  /** The formats a document can be in. */
  public enum Format {
    /** JSON (RFC 8259), UTF-8. */
    JSON,
    /**
     * YAML 1.1 through {@code jackson-dataformat-yaml}, which must be on the class or module
     * path: the same members, for documents written by hand.
     */
    YAML
  }

  private static final EntenteJson STANDARD = builder().build();

  private final Format format;
  private final boolean lenient;
  private final boolean validate;
  private final boolean pretty;
  private final StreamReadConstraints limits;
  private final ReadContext reading;
  private final TokenStreamFactory factory;
  private final Map<String, CountryCode> userAssigned;

  private EntenteJson(Builder b) {
    this.format = b.format;
    this.lenient = b.lenient;
    this.validate = b.validate;
    this.pretty = b.pretty;
    this.limits = StreamReadConstraints.builder()
        .maxNestingDepth(b.maxNestingDepth)
        .maxStringLength(b.maxStringLength)
        .maxNumberLength(b.maxNumberLength)
        .maxNameLength(b.maxNameLength)
        .maxDocumentLength(b.maxDocumentLength)
        .build();
    this.userAssigned = Map.copyOf(b.userAssigned);
    ReadContext context = new ReadContext(lenient, userAssigned);
    this.reading = format == Format.YAML ? context.withPlainScalars() : context;
    this.factory = format == Format.YAML ? Yaml.factory(limits)
        : JsonFactory.builder().streamReadConstraints(limits).build();
  }

  /** Strict, validating, compact JSON with the default limits. */
  public static EntenteJson standard() {
    return STANDARD;
  }

  /** A builder, starting from the settings of {@link #standard()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this instance's settings. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.format = format;
    b.lenient = lenient;
    b.validate = validate;
    b.pretty = pretty;
    b.maxNestingDepth = limits.getMaxNestingDepth();
    b.maxStringLength = limits.getMaxStringLength();
    b.maxNumberLength = limits.getMaxNumberLength();
    b.maxNameLength = limits.getMaxNameLength();
    b.maxDocumentLength = limits.getMaxDocumentLength();
    b.userAssigned.putAll(userAssigned);
    return b;
  }

  /** The format read and written. */
  public Format format() {
    return format;
  }

  /** Whether unknown members are kept ({@link dev.entente.model.Extensible}) rather than refused. */
  public boolean isLenient() {
    return lenient;
  }

  /** Whether reading a dossier validates it. */
  public boolean isValidating() {
    return validate;
  }

  // ---- Reading -----------------------------------------------------------------------------------

  /**
   * Reads a dossier and, unless validation is off, validates it.
   *
   * @throws EntenteJsonException for anything wrong: syntax, encoding, members, values, and every
   *     violation of the dossier's rules
   */
  public Dossier readDossier(String text) {
    return readDossier(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Reads a dossier from UTF-8 bytes; see {@link #readDossier(String)}. */
  public Dossier readDossier(byte[] utf8) {
    ReadResult<Dossier> result = readDossierWithViolations(utf8);
    return validate ? result.orElseThrow() : result.value();
  }

  /** Reads a dossier from a file; see {@link #readDossier(String)}. */
  public Dossier readDossier(Path file) {
    return readDossier(bytes(file));
  }

  /** Reads a dossier from a stream, to its end, without closing it; see {@link #readDossier(String)}. */
  public Dossier readDossier(InputStream in) {
    return readDossier(bytes(in));
  }

  /**
   * Reads a structurally sound dossier whether or not it is valid, and returns it with its
   * violations, located in the source.
   *
   * @throws EntenteJsonException if the document cannot be read as a dossier at all
   */
  public ReadResult<Dossier> readDossierWithViolations(byte[] utf8) {
    Dossier dossier = read(utf8, Codecs.dossier());
    List<Violation> violations = DossierValidator.validate(dossier);
    return new ReadResult<>(dossier, locate(utf8, violations, ""));
  }

  /** Reads a dossier with its violations from text; see {@link #readDossierWithViolations(byte[])}. */
  public ReadResult<Dossier> readDossierWithViolations(String text) {
    return readDossierWithViolations(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Reads a dossier with its violations from a file; see {@link #readDossierWithViolations(byte[])}. */
  public ReadResult<Dossier> readDossierWithViolations(Path file) {
    return readDossierWithViolations(bytes(file));
  }

  /**
   * Reads a statement on its own. Unless validation is off, it is validated on its own: rules
   * within the statement are checked; references that point outside it are not (use {@link
   * #readStatement(byte[], Dossier)} to check them against a dossier).
   *
   * @throws EntenteJsonException for anything wrong
   */
  public Statement readStatement(String text) {
    return readStatement(text.getBytes(StandardCharsets.UTF_8), null);
  }

  /**
   * Reads a statement and, unless validation is off, validates it in the context of a dossier: its
   * references must resolve there.
   *
   * @param context the dossier the statement belongs to, or {@code null} for none
   */
  public Statement readStatement(byte[] utf8, Dossier context) {
    Statement statement = read(utf8, Codecs.statement());
    if (validate) {
      List<JsonProblem> problems = locate(utf8, StatementValidation.validate(statement, context), "");
      if (!problems.isEmpty()) {
        throw new EntenteJsonException(problems);
      }
    }
    return statement;
  }

  /**
   * Reads any Entente value, such as a {@code Dialogue}, a {@code Source} or a {@code FuzzyDate},
   * with the document-level checks but no dossier validation.
   *
   * @throws EntenteJsonException for anything wrong
   */
  public <T> T read(String text, Class<T> type) {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    T value = read(utf8, Codecs.forClass(type));
    if (!type.isInstance(value)) {
      throw new EntenteJsonException(List.of(new JsonProblem(Kind.UNKNOWN_TYPE, "", 0, 0,
          "expected " + type.getSimpleName() + ", found " + value.getClass().getSimpleName(),
          Optional.empty())));
    }
    return value;
  }

  /** Reads one value of a codec from a whole document, with every document-level check. */
  <T> T read(byte[] source, Codec<T> codec) {
    checkEncoding(source);
    if (source.length > limits.getMaxDocumentLength()) {
      throw ReadContext.failAt("", null, Kind.LIMIT, "the document is " + source.length
          + " bytes long, more than the limit of " + limits.getMaxDocumentLength());
    }
    try (JsonParser p = parser(source)) {
      return readOne(p, codec);
    } catch (EntenteJsonException e) {
      throw inCharacters(source, relocated(source, e));
    }
  }

  /**
   * The problems with columns counted in characters: Jackson counts a JSON byte source's columns
   * in bytes, so a line with non-ASCII text before the problem would be off.
   */
  private EntenteJsonException inCharacters(byte[] source, EntenteJsonException e) {
    List<JsonProblem> problems = new ArrayList<>();
    for (JsonProblem p : e.problems()) {
      problems.add(new JsonProblem(p.kind(), p.pointer(), p.line(),
          charColumn(source, p.line(), p.column()), p.message(), p.violation()));
    }
    return new EntenteJsonException(problems);
  }

  /** A 1-based column in characters (code points) for a 1-based column in bytes of a line. */
  int charColumn(byte[] source, int line, int byteColumn) {
    if (format != Format.JSON || line < 1 || byteColumn < 1) {
      return byteColumn;
    }
    int start = 0;
    for (int l = 1; l < line && start < source.length; start++) {
      if (source[start] == '\n') {
        l++;
      }
    }
    int end = Math.min(source.length, start + byteColumn - 1);
    int chars = 0;
    for (int i = start; i < end; i++) {
      if ((source[i] & 0xC0) != 0x80) {
        chars++;
      }
    }
    return chars + 1;
  }

  /**
   * A problem found once a whole object was read (a missing member, a value the model refuses) is
   * first placed at the object's end; this places it at the member, or at the object's start.
   */
  private EntenteJsonException relocated(byte[] source, EntenteJsonException e) {
    JsonProblem problem = e.firstProblem();
    if (e.problems().size() != 1 || (problem.kind() != Kind.INVALID_VALUE
        && problem.kind() != Kind.MISSING_MEMBER)) {
      return e;
    }
    TokenStreamLocation location =
        Locator.locate(this::parser, source, Set.of(problem.pointer())).get(problem.pointer());
    if (location == null) {
      return e;
    }
    return new EntenteJsonException(List.of(new JsonProblem(problem.kind(), problem.pointer(),
        location.getLineNr(), location.getColumnNr(), problem.message(), problem.violation())));
  }

  /**
   * A parser of a whole document. YAML is decoded here, strictly, so that bytes that are not UTF-8
   * are an {@code ENCODING} problem rather than replacement characters.
   */
  JsonParser parser(byte[] source) {
    if (format == Format.JSON) {
      try {
        return factory.createParser(ObjectReadContext.empty(), source);
      } catch (JacksonException e) {
        // Jackson detects the encoding when it creates the parser.
        throw new EntenteJsonException(List.of(new JsonProblem(Kind.ENCODING, "", 1, 1,
            "the document is not UTF-8: " + readable(e), Optional.empty())));
      }
    }
    ByteBuffer in = ByteBuffer.wrap(source);
    CharBuffer text = CharBuffer.allocate(source.length);
    CoderResult result = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(in, text, true);
    if (result.isError()) {
      int at = in.position();
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < at; i++) {
        if (source[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      int column = 1;
      for (int i = lineStart; i < at; i++) {
        if ((source[i] & 0xC0) != 0x80) {
          column++;
        }
      }
      throw new EntenteJsonException(List.of(new JsonProblem(Kind.ENCODING, "", line, column,
          String.format("the document is not valid UTF-8: byte 0x%02x at offset %d starts no"
              + " character", source[at] & 0xFF, at), Optional.empty())));
    }
    return factory.createParser(ObjectReadContext.empty(), text.flip().toString());
  }

  /** Reads the next value of a parser and checks that nothing follows it. */
  <T> T readOne(JsonParser p, Codec<T> codec) {
    try {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw ReadContext.failAt("", p.currentLocation(), Kind.SYNTAX, "the document is empty");
      }
      T value = codec.read(p, reading);
      JsonToken next;
      try {
        next = p.nextToken();
      } catch (StreamConstraintsException e) {
        throw e;
      } catch (JacksonException e) {
        String message = readable(e);
        if (isEncoding(message)) {
          throw e;
        }
        // Whatever follows a complete value, even what is not JSON, is trailing content.
        throw ReadContext.failAt("", e.getLocation(), Kind.TRAILING_CONTENT,
            "unexpected content after the document's value: " + message);
      }
      if (next != null) {
        throw ReadContext.failAt("", p.currentTokenLocation(), Kind.TRAILING_CONTENT,
            "unexpected content after the document's value: " + next.asString());
      }
      return value;
    } catch (EntenteJsonException e) {
      throw e;
    } catch (StreamConstraintsException e) {
      // Some limits (nesting depth) are reported without a location: the parser's is the place.
      TokenStreamLocation location = e.getLocation() != null ? e.getLocation()
          : p.currentLocation();
      throw ReadContext.failAt(
          ReadContext.pointer(p), location, Kind.LIMIT, e.getOriginalMessage());
    } catch (JacksonException e) {
      String message = readable(e);
      Kind kind = isEncoding(message) ? Kind.ENCODING : Kind.SYNTAX;
      throw ReadContext.failAt(ReadContext.pointer(p), e.getLocation(), kind, message);
    }
  }

  /**
   * A parser's message without what repeats the problem's location: Jackson's note of where an
   * unclosed object or array started (without its place, as sources are not kept), and the
   * snippet and caret that the YAML parser adds on lines of their own.
   */
  static String readable(JacksonException e) {
    String[] lines = String.valueOf(e.getOriginalMessage()).split("\n");
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.startsWith("in reader, line ")) {
        // The snippet and the caret under it follow, when the YAML parser has them.
        for (int j = i + 1; j <= i + 2 && j < lines.length; j++) {
          if (lines[j].strip().equals("^")) {
            i = j;
            break;
          }
        }
        continue;
      }
      if (!line.isEmpty()) {
        out.append(out.length() == 0 ? "" : " ").append(line);
      }
    }
    return START_MARKER.matcher(out).replaceAll("");
  }

  private static final Pattern START_MARKER =
      Pattern.compile(" \\(start marker at \\[Source: [^\\]]*\\]\\)");

  private static boolean isEncoding(String message) {
    return message.contains("UTF-8") || message.contains("UTF8");
  }

  /**
   * Refuses any encoding but UTF-8 (RFC 8259 §8.1), by its byte order mark or its pattern of zero
   * bytes; a UTF-8 byte order mark is ignored, as RFC 8259 allows.
   */
  static void checkEncoding(byte[] b) {
    String encoding = null;
    if (b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) {
      encoding = "UTF-32BE (byte order mark)";
    } else if (b.length >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0
        && b[3] == 0) {
      encoding = "UTF-32LE (byte order mark)";
    } else if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      encoding = "UTF-16BE (byte order mark)";
    } else if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      encoding = "UTF-16LE (byte order mark)";
    } else if (b.length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] != 0) {
      encoding = "UTF-32BE";
    } else if (b.length >= 4 && b[0] != 0 && b[1] == 0 && b[2] == 0 && b[3] == 0) {
      encoding = "UTF-32LE";
    } else if (b.length >= 2 && b[0] == 0 && b[1] != 0) {
      encoding = "UTF-16BE";
    } else if (b.length >= 2 && b[0] != 0 && b[1] == 0) {
      encoding = "UTF-16LE";
    } else {
      // No UTF-8 JSON text has a zero byte where a document starts; Jackson would take any of
      // these for a UTF-32 variant (such as byte order 2143) that it does not read.
      for (int i = 0; i < Math.min(4, b.length) && encoding == null; i++) {
        if (b[i] == 0) {
          encoding = "UTF-16 or UTF-32 (a zero byte at offset " + i + ")";
        }
      }
    }
    if (encoding != null) {
      throw new EntenteJsonException(List.of(new JsonProblem(Kind.ENCODING, "", 1, 1,
          "the document is " + encoding + "; Entente reads UTF-8 only (RFC 8259)",
          Optional.empty())));
    }
  }

  /** Violations as problems located in the source; pointers get {@code prefix} in front. */
  List<JsonProblem> locate(byte[] source, List<Violation> violations, String prefix) {
    if (violations.isEmpty()) {
      return List.of();
    }
    Set<String> pointers = new LinkedHashSet<>();
    violations.forEach(v -> pointers.add(prefix + v.pointer()));
    Map<String, TokenStreamLocation> where = Locator.locate(this::parser, source, pointers);
    List<JsonProblem> problems = new ArrayList<>();
    for (Violation v : violations) {
      TokenStreamLocation location = where.get(prefix + v.pointer());
      int line = location == null ? 0 : location.getLineNr();
      int column = location == null ? 0 : charColumn(source, line, location.getColumnNr());
      problems.add(new JsonProblem(Kind.VIOLATION, prefix + v.pointer(), line, column,
          v.code().code() + ": " + v.message(), Optional.of(v.code())));
    }
    return problems;
  }

  // ---- Writing -----------------------------------------------------------------------------------

  /** The value (a dossier, a statement, any Entente value) as a document. */
  public String write(Object value) {
    return new String(writeBytes(value), StandardCharsets.UTF_8);
  }

  /** The value as a UTF-8 document. */
  public byte[] writeBytes(Object value) {
    Objects.requireNonNull(value, "value");
    // Jackson's segmented builder with a pooled first segment, as ObjectMapper.writeValueAsBytes:
    // a ByteArrayOutputStream doubles and copies its array as it grows, then copies it again.
    BufferRecycler recycler = factory._getBufferRecycler();
    try (ByteArrayBuilder bytes = new ByteArrayBuilder(recycler)) {
      try (JsonGenerator g = generator(bytes)) {
        writeValue(g, value);
      }
      return bytes.getClearAndRelease();
    } finally {
      recycler.releaseToPool();
    }
  }

  /** Writes the value as a UTF-8 document to a stream, which stays open. */
  public void write(Object value, OutputStream out) {
    Objects.requireNonNull(value, "value");
    try (JsonGenerator g = generator(out)) {
      writeValue(g, value);
    }
  }

  /** Writes the value as a UTF-8 document to a file, replacing it. */
  public void write(Object value, Path file) {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(value, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  JsonGenerator generator(OutputStream out) {
    ObjectWriteContext context = pretty && format == Format.JSON ? PRETTY : ObjectWriteContext.empty();
    return factory.createGenerator(context, new NonClosing(out));
  }

  /** Indents JSON two spaces a level, one member a line. */
  private static final ObjectWriteContext PRETTY = new ObjectWriteContext.Base() {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      return new DefaultPrettyPrinter();
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  };

  @SuppressWarnings("unchecked")
  <T> void writeValue(JsonGenerator g, T value) {
    Codec<T> codec = (Codec<T>) Codecs.forClass(value.getClass());
    codec.write(g, value);
  }

  // ---- NDJSON ------------------------------------------------------------------------------------

  /**
   * Reads NDJSON records — dossiers or statements, one a line — lazily, in constant memory, each
   * validated as {@link #readDossier(byte[])} or {@link #readStatement(String)} would. The first bad
   * line ends the stream with an {@link EntenteJsonException} that names its line number. Close
   * the stream to close the input.
   *
   * @param type {@code Dossier.class} or {@code Statement.class}
   */
  public <T> Stream<T> readNdjson(InputStream in, Class<T> type) {
    return ndjson(in, type, null, null);
  }

  /**
   * Reads NDJSON records lazily, skipping bad lines: each bad line's problems (with its line
   * number) go to {@code onBadLine}, and the good lines keep coming.
   */
  public <T> Stream<T> readNdjson(
      InputStream in, Class<T> type, Consumer<EntenteJsonException> onBadLine) {
    return ndjson(in, type, null, Objects.requireNonNull(onBadLine, "onBadLine"));
  }

  /**
   * Reads NDJSON statements lazily, validating each in the context of a dossier (its references
   * must resolve there), skipping bad lines if {@code onBadLine} is not null.
   */
  public Stream<Statement> readNdjsonStatements(
      InputStream in, Dossier context, Consumer<EntenteJsonException> onBadLine) {
    return ndjson(in, Statement.class, Objects.requireNonNull(context, "context"), onBadLine);
  }

  private <T> Stream<T> ndjson(InputStream in, Class<T> type, Dossier context,
      Consumer<EntenteJsonException> onBadLine) {
    if (format != Format.JSON) {
      throw new IllegalStateException("NDJSON is JSON; this instance reads " + format);
    }
    return new NdjsonReader<>(this, in, type, context, onBadLine, limits.getMaxDocumentLength())
        .stream();
  }

  /** A writer of NDJSON records to a stream, one compact JSON document a line. */
  public NdjsonWriter ndjsonWriter(OutputStream out) {
    if (format != Format.JSON) {
      throw new IllegalStateException("NDJSON is JSON; this instance writes " + format);
    }
    return new NdjsonWriter(this, out);
  }

  /** Writes a value compactly, whatever {@code pretty} says: for NDJSON lines. */
  void writeCompact(Object value, OutputStream out) {
    try (JsonGenerator g = factory.createGenerator(ObjectWriteContext.empty(), new NonClosing(out))) {
      writeValue(g, value);
    }
  }

  // ---- Mapper ------------------------------------------------------------------------------------

  /**
   * A new Jackson mapper with Entente's module, reading as this instance does (strict or lenient,
   * user-assigned country codes). For the user's own types that contain Entente values.
   */
  public JsonMapper mapper() {
    return JsonMapper.builder(JsonFactory.builder().streamReadConstraints(limits).build())
        .addModule(new EntenteModule(reading))
        .build();
  }

  // ---- Helpers -----------------------------------------------------------------------------------

  static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  static byte[] bytes(InputStream in) {
    try {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the stream", e);
    }
  }

  /** An output stream whose close does not close the stream it writes to. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }

  /** Settings of an {@link EntenteJson}. */
  public static final class Builder {
    private Format format = Format.JSON;
    private boolean lenient;
    private boolean validate = true;
    private boolean pretty;
    private int maxNestingDepth = 200;
    private int maxStringLength = 10_000_000;
    private int maxNumberLength = 100;
    private int maxNameLength = 1_000;
    private long maxDocumentLength = 256L * 1024 * 1024;
    private final Map<String, CountryCode> userAssigned = new LinkedHashMap<>();

    private Builder() {}

    /** JSON (the default) or YAML. */
    public Builder format(Format format) {
      this.format = Objects.requireNonNull(format, "format");
      return this;
    }

    /**
     * Whether unknown members are kept with the value they belong to and written back unchanged
     * (lenient), or refused (strict, the default). Unknown {@code type} values are refused in both.
     */
    public Builder lenient(boolean lenient) {
      this.lenient = lenient;
      return this;
    }

    /** Whether reading a dossier or statement validates it (the default) or not. */
    public Builder validate(boolean validate) {
      this.validate = validate;
      return this;
    }

    /** Whether JSON is written indented, one member a line; compact by default. */
    public Builder pretty(boolean pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * User-assigned country codes the reader accepts, such as {@code
     * CountryCode.ofUserAssigned("XK", "XKX", "Kosovo")}; none by default.
     */
    public Builder allowUserAssigned(CountryCode... codes) {
      for (CountryCode code : codes) {
        if (!code.isUserAssigned()) {
          throw new IllegalArgumentException(code + " is not a user-assigned code");
        }
        userAssigned.put(code.alpha2(), code);
        userAssigned.put(code.alpha3(), code);
      }
      return this;
    }

    /** The deepest nesting of arrays and objects read; 200 by default. */
    public Builder maxNestingDepth(int depth) {
      this.maxNestingDepth = positive("maxNestingDepth", depth);
      return this;
    }

    /** The longest string read, in characters; 10,000,000 by default. */
    public Builder maxStringLength(int length) {
      this.maxStringLength = positive("maxStringLength", length);
      return this;
    }

    /** The longest number read, in characters; 100 by default. */
    public Builder maxNumberLength(int length) {
      this.maxNumberLength = positive("maxNumberLength", length);
      return this;
    }

    /** The longest member name read, in characters; 1,000 by default. */
    public Builder maxNameLength(int length) {
      this.maxNameLength = positive("maxNameLength", length);
      return this;
    }

    /** The longest document read, in bytes; 256 MiB by default. */
    public Builder maxDocumentLength(long length) {
      if (length < 1) {
        throw new IllegalArgumentException("maxDocumentLength: " + length + " is not 1 or more");
      }
      this.maxDocumentLength = length;
      return this;
    }

    private static int positive(String name, int value) {
      if (value < 1) {
        throw new IllegalArgumentException(name + ": " + value + " is not 1 or more");
      }
      return value;
    }

    /** The reader and writer. */
    public EntenteJson build() {
      return new EntenteJson(this);
    }
  }
}
