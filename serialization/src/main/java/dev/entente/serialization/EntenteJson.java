package dev.entente.serialization;

import dev.entente.model.CountryCode;
import dev.entente.model.Dossier;
import dev.entente.model.Statement;
import dev.entente.serialization.JsonProblem.Kind;
import dev.entente.serialization.internal.Codec;
import dev.entente.serialization.internal.Codecs;
import dev.entente.serialization.internal.Problems;
import dev.entente.serialization.internal.ReadContext;
import dev.entente.validation.DossierValidator;
import dev.entente.validation.ValidationReport;
import dev.entente.validation.Violation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
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
     * YAML through {@code jackson-dataformat-yaml}, which must be on the class path, or resolved
     * on the module path ({@code --add-modules tools.jackson.dataformat.yaml}); without it, {@link
     * Builder#build()} throws a {@link YamlUnavailableException}. The same members, for documents
     * written by hand.
     */
    YAML
  }

  private static final EntenteJson STANDARD = builder().build();

  private final Format format;
  private final boolean lenient;
  private final boolean validate;
  private final boolean pretty;
  private final ReadLimits limits;
  /**
   * A dossier's validation, describing only the violations reported: a million of them cost the
   * memory of a few. Made once, not per read.
   */
  private final Function<Dossier, ValidationReport> check;
  private final ReadContext reading;
  private final TokenStreamFactory factory;
  /** For YAML: the factory for documents with characters YAML 1.1 takes for line breaks. */
  private final TokenStreamFactory escapingFactory;
  private final Map<String, CountryCode> userAssigned;

  private EntenteJson(Builder b) {
    this.format = b.format;
    this.lenient = b.lenient;
    this.validate = b.validate;
    this.pretty = b.pretty;
    this.limits = b.limits;
    int maxProblems = b.limits.maxProblems();
    this.check = d -> DossierValidator.validate(d, maxProblems);
    this.userAssigned = Map.copyOf(b.userAssigned);
    ReadContext context = new ReadContext(lenient, userAssigned);
    this.reading = format == Format.YAML ? context.withPlainScalars() : context;
    StreamReadConstraints constraints = limits.constraints();
    this.factory = format == Format.YAML ? Yaml.factoryOrExplain(constraints)
        : JsonFactory.builder().streamReadConstraints(constraints).build();
    this.escapingFactory =
        format == Format.YAML ? Yaml.factoryOrExplain(constraints, true) : null;
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
    b.limits = limits;
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

  /** The limits of what this instance reads. */
  public ReadLimits limits() {
    return limits;
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
    // Without validation, there are no violations to find or to locate.
    return validate ? readDossierWithViolations(utf8).orElseThrow()
        : read(source(utf8), Codecs.dossier());
  }

  /**
   * Reads a dossier from a file; see {@link #readDossier(String)}. A file longer than {@link
   * ReadLimits#maxDocumentLength()} is refused before it is read.
   */
  public Dossier readDossier(Path file) {
    return readDossier(bytes(file));
  }

  /**
   * Reads a dossier from a stream, to its end, without closing it; see {@link
   * #readDossier(String)}. A stream longer than {@link ReadLimits#maxDocumentLength()} is refused
   * once that many bytes have been read, without reading on.
   */
  public Dossier readDossier(InputStream in) {
    return readDossier(bytes(in));
  }

  /**
   * Reads a structurally sound dossier whether or not it is valid, and returns it with its
   * violations, located in the source.
   *
   * @throws EntenteJsonException if the document cannot be read as a dossier at all: with every
   *     problem found in one pass over it, and the violations of what could be read
   */
  public ReadResult<Dossier> readDossierWithViolations(byte[] utf8) {
    Source source = source(utf8);
    Dossier dossier = read(source, Codecs.dossier(), check);
    ValidationReport report = check.apply(dossier);
    if (report.violations().isEmpty() && report.notReported() == 0) {
      return new ReadResult<>(dossier, List.of());
    }
    return new ReadResult<>(dossier,
        locator(source).violations(report.violations(), report.notReported(), ""));
  }

  /** Reads a dossier with its violations from text; see {@link #readDossierWithViolations(byte[])}. */
  public ReadResult<Dossier> readDossierWithViolations(String text) {
    return readDossierWithViolations(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads a dossier with its violations from a file; see {@link #readDossierWithViolations(byte[])}.
   * A file longer than {@link ReadLimits#maxDocumentLength()} is refused before it is read.
   */
  public ReadResult<Dossier> readDossierWithViolations(Path file) {
    return readDossierWithViolations(bytes(file));
  }

  /**
   * Reads a dossier with its violations from a stream, to its end, without closing it; see {@link
   * #readDossierWithViolations(byte[])}. A stream longer than {@link
   * ReadLimits#maxDocumentLength()} is refused once that many bytes have been read, without
   * reading on.
   */
  public ReadResult<Dossier> readDossierWithViolations(InputStream in) {
    return readDossierWithViolations(bytes(in));
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
    Source source = source(utf8);
    Statement statement = read(source, Codecs.statement(), validate
        ? s -> new ValidationReport(StatementValidation.validate(s, context), 0) : null);
    if (validate) {
      List<Violation> violations = StatementValidation.validate(statement, context);
      if (!violations.isEmpty()) {
        throw new EntenteJsonException(locator(source).violations(violations, 0, ""));
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
    T value = read(source(text.getBytes(StandardCharsets.UTF_8)), Codecs.forClass(type));
    if (!type.isInstance(value)) {
      throw new EntenteJsonException(List.of(new JsonProblem(Kind.UNKNOWN_TYPE, "", 0, 0,
          "expected " + type.getSimpleName() + ", found " + value.getClass().getSimpleName(),
          Optional.empty())));
    }
    return value;
  }

  /** Reads one value of a codec from a whole document; see {@link #read(Source, Codec, Function)}. */
  private <T> T read(Source source, Codec<T> codec) {
    return read(source, codec, null);
  }

  /**
   * Reads one value of a codec from a whole document, with every document-level check. The
   * document is read to its end whatever is wrong with its values, so that one read finds every
   * problem; only what breaks the text itself (syntax, encoding, a limit) stops it. If there are
   * problems, they are thrown, located in the source, together with what {@code check} (if not
   * null) finds wrong with the part of the value that could be read.
   */
  private <T> T read(Source source, Codec<T> codec, Function<T, ValidationReport> check) {
    source.checkEncoding();
    if (source.length() > limits.maxDocumentLength()) {
      throw locator(source).located(ReadContext.failAt("", null, Kind.LIMIT, "the document is "
          + source.length() + " bytes long, more than the limit of " + limits.maxDocumentLength()));
    }
    ReadContext r = reading.collecting(limits.maxProblems());
    T value = null;
    EntenteJsonException stopped = null;
    try (JsonParser p = source.parser()) {
      value = readOne(p, codec, r);
    } catch (EntenteJsonException e) {
      stopped = e;
    }
    Problems problems = r.problems();
    if (problems.isEmpty() && stopped == null) {
      return value;
    }
    List<JsonProblem> found = new ArrayList<>(problems.kept());
    if (stopped != null) {
      found.addAll(stopped.problems());
    }
    ValidationReport violations = value != null && check != null ? check.apply(value)
        : new ValidationReport(List.of(), 0);
    throw locator(source).located(found, problems.notKept(), violations, problems);
  }

  /** A whole document to read. */
  private Source source(byte[] bytes) {
    return new Source(bytes, format, factory);
  }

  /** The locator of a document's problems, reporting as many as the limits allow. */
  private ProblemLocator locator(Source source) {
    return new ProblemLocator(source, limits.maxProblems());
  }

  /**
   * Reads the next value of a parser and checks that nothing follows it; null if the value could
   * not be built because of problems {@code r} keeps.
   */
  private <T> T readOne(JsonParser p, Codec<T> codec, ReadContext r) {
    try {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw ReadContext.failAt("", p.currentLocation(), Kind.SYNTAX, "the document is empty");
      }
      T value = ReadContext.readRoot(codec, p, r);
      JsonToken next;
      try {
        next = p.nextToken();
      } catch (StreamConstraintsException e) {
        throw e;
      } catch (JacksonException e) {
        String message = Source.readable(e);
        if (Source.isEncoding(message)) {
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
          ReadContext.failedAt(p, r), location, Kind.LIMIT, e.getOriginalMessage());
    } catch (JacksonException e) {
      String message = Source.readable(e);
      Kind kind = Source.isEncoding(message) ? Kind.ENCODING : Kind.SYNTAX;
      throw ReadContext.failAt(ReadContext.failedAt(p, r), e.getLocation(), kind, message);
    }
  }

  // ---- Writing -----------------------------------------------------------------------------------

  /** The value (a dossier, a statement, any Entente value) as a document. */
  public String write(Object value) {
    return new String(writeBytes(value), StandardCharsets.UTF_8);
  }

  /** The value as a UTF-8 document. */
  public byte[] writeBytes(Object value) {
    Objects.requireNonNull(value, "value");
    byte[] written = writeBytes(value, factory);
    // YAML with a character a YAML 1.1 reader refuses or breaks lines at is written again.
    return escapingFactory != null && Yaml.needsEscapes(written)
        ? writeBytes(value, escapingFactory) : written;
  }

  private byte[] writeBytes(Object value, TokenStreamFactory factory) {
    return writeBytes(value, factory, writeContext(), false);
  }

  /** The value's bytes, and a {@code \n} after them if {@code line}. */
  private byte[] writeBytes(Object value, TokenStreamFactory factory, ObjectWriteContext context,
      boolean line) {
    // Jackson's segmented builder with a pooled first segment, as ObjectMapper.writeValueAsBytes:
    // a ByteArrayOutputStream doubles and copies its array as it grows, then copies it again.
    BufferRecycler recycler = factory._getBufferRecycler();
    try (ByteArrayBuilder bytes = new ByteArrayBuilder(recycler)) {
      // Straight into the builder, with no stream around it: the factory then takes the builder's
      // recycler for the generator's buffers too (a ByteArrayBuilder is a BufferRecycler.Gettable)
      // instead of taking a second one from the pool and giving it back for every value written.
      // Its close() does nothing, so nothing needs keeping open.
      try (JsonGenerator g = factory.createGenerator(context, bytes)) {
        writeValue(g, value);
      }
      if (line) {
        bytes.append('\n');
      }
      return bytes.getClearAndRelease();
    } finally {
      recycler.releaseToPool();
    }
  }

  /** Writes the value as a UTF-8 document to a stream, which stays open. */
  public void write(Object value, OutputStream out) {
    Objects.requireNonNull(value, "value");
    if (escapingFactory != null) {
      // YAML is written whole first: it may have to be written again with escapes.
      try {
        out.write(writeBytes(value));
      } catch (IOException e) {
        throw tools.jackson.core.exc.JacksonIOException.construct(e);
      }
      return;
    }
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
    return generator(out, factory);
  }

  private JsonGenerator generator(OutputStream out, TokenStreamFactory factory) {
    return factory.createGenerator(writeContext(), new NonClosing(out));
  }

  /** Pretty or compact, as set: pretty printing is for JSON only. */
  private ObjectWriteContext writeContext() {
    return pretty && format == Format.JSON ? PRETTY : ObjectWriteContext.empty();
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
   * Reads NDJSON records — dossiers or statements, one a line — lazily, each validated as {@link
   * #readDossier(byte[])} or {@link #readStatement(String)} would. One line is held at a time, so
   * memory is bounded by {@link ReadLimits#maxLineLength()} (16 MiB by default) and the record
   * read from it, however long the stream: a longer line is refused as soon as it is seen to be
   * longer. The first bad line ends the stream with an {@link EntenteJsonException} that names
   * its line number. Close the stream to close the input.
   *
   * @param type {@code Dossier.class} or {@code Statement.class}
   */
  public <T> Stream<T> readNdjson(InputStream in, Class<T> type) {
    return ndjson(in, type, null, null);
  }

  /**
   * Reads NDJSON records lazily, skipping bad lines: each bad line's problems (with its line
   * number) go to {@code onBadLine}, and the good lines keep coming. A line over {@link
   * ReadLimits#maxLineLength()} is a bad line too: its {@code LIMIT} problem goes to the handler,
   * it is skipped without being held, and the lines after it are read.
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
    return new NdjsonReader<>(this, in, type, context, onBadLine, ndjsonLineLimit()).stream();
  }

  /**
   * Reads NDJSON records on several threads, as many as there are processors: see {@link
   * #readNdjsonInParallel(InputStream, String, Class, Dossier, Executor, int)}. The threads are
   * this stream's own, and end when it is closed.
   *
   * @param source the name of the stream, given back with each record (a file's name)
   * @param type {@code Dossier.class} or {@code Statement.class}
   */
  public <T> Stream<NdjsonRecord<T>> readNdjsonInParallel(
      InputStream in, String source, Class<T> type) {
    return readNdjsonInParallel(in, source, type, Runtime.getRuntime().availableProcessors());
  }

  /**
   * Reads NDJSON records on {@code parallelism} threads of this stream's own, which end when it is
   * closed or have been idle for a second, with 128 lines a thread in flight: see {@link #readNdjsonInParallel(InputStream,
   * String, Class, Dossier, Executor, int)}.
   *
   * @throws IllegalArgumentException if {@code parallelism} is below 1
   */
  public <T> Stream<NdjsonRecord<T>> readNdjsonInParallel(
      InputStream in, String source, Class<T> type, int parallelism) {
    if (parallelism < 1) {
      throw new IllegalArgumentException(
          "parallelism is at least 1 thread, not " + parallelism);
    }
    checkNdjson(type);
    AtomicInteger threads = new AtomicInteger();
    // Idle threads end after a second even if the stream is never closed.
    ThreadPoolExecutor pool = new ThreadPoolExecutor(parallelism, parallelism, 1, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), task -> {
          Thread thread = new Thread(task, "entente-ndjson-" + threads.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
    pool.allowCoreThreadTimeOut(true);
    return new ParallelNdjsonReader<>(this, in, Objects.requireNonNull(source, "source"), type,
        null, pool, pool, 128 * parallelism, ndjsonLineLimit()).stream();
  }

  /**
   * Reads NDJSON records — dossiers or statements, one a line — on the threads of an executor, and
   * gives back each line's {@link NdjsonRecord} in the order of the lines: its record, read and
   * validated as {@link #readNdjsonRecord} does, or its problems, numbered at the line. Bad lines
   * never stop the stream; a line longer than {@link ReadLimits#maxLineLength()} is refused with a
   * {@code LIMIT} problem as soon as it is seen to be longer, without being held, as {@link
   * #readNdjson(InputStream, Class, Consumer)} does. Blank lines are skipped.
   *
   * <p>The lines are split on the thread that consumes the stream, which reads at most {@code
   * linesInFlight} lines ahead of the record it is given: memory is bounded by that many lines and
   * their records, however long the stream. Close the stream to close the input; the executor is
   * left running.
   *
   * @param source the name of the stream, given back with each record (a file's name)
   * @param type {@code Dossier.class} or {@code Statement.class}
   * @param context the dossier whose references statements must resolve in, or null for none
   * @param linesInFlight the most lines read ahead of the consumer (at least 1); they are handed
   *     to the executor in batches of up to 64 lines (fewer if they are long), eight batches or
   *     more in flight when the bound allows, so 128 lines a thread keeps the threads busy
   * @throws UncheckedIOException from the stream, if the input cannot be read
   */
  public <T> Stream<NdjsonRecord<T>> readNdjsonInParallel(InputStream in, String source,
      Class<T> type, Dossier context, Executor executor, int linesInFlight) {
    if (linesInFlight < 1) {
      throw new IllegalArgumentException(
          "linesInFlight is at least 1 line, not " + linesInFlight);
    }
    checkNdjson(type);
    return new ParallelNdjsonReader<>(this, in, Objects.requireNonNull(source, "source"), type,
        context, Objects.requireNonNull(executor, "executor"), null, linesInFlight,
        ndjsonLineLimit()).stream();
  }

  /**
   * Reads one NDJSON record from the bytes of its line (without the line end), and validates it
   * as {@link #readDossier(byte[])} or {@link #readStatement(byte[], Dossier)} would: the building
   * block of the NDJSON readers, for whoever splits the lines themselves (a cluster job, say).
   * Safe to call from many threads at once. A bad line gives its problems, with {@code line} as
   * their line number and their columns within the line; nothing is thrown for it. Blank lines
   * are not records (the readers skip them): one is reported as malformed.
   *
   * @param source the name of the stream or file the line comes from, given back in the result
   * @param line the line's number, from 1, or any position of the caller's such as a byte offset
   *     (problems carry it as their line, up to {@link Integer#MAX_VALUE})
   * @param type {@code Dossier.class} or {@code Statement.class}
   * @param context the dossier whose references a statement must resolve in, or null for none
   */
  public <T> NdjsonRecord<T> readNdjsonRecord(byte[] utf8, String source, long line,
      Class<T> type, Dossier context) {
    checkNdjson(type);
    String name = source == null ? "" : source;
    try {
      return NdjsonRecord.good(name, line, type.cast(type == Dossier.class ? readDossier(utf8)
          : readStatement(utf8, context)));
    } catch (EntenteJsonException e) {
      int at = (int) Math.max(0, Math.min(line, Integer.MAX_VALUE));
      List<JsonProblem> problems = new ArrayList<>(e.problems().size());
      for (JsonProblem p : e.problems()) {
        problems.add(new JsonProblem(p.kind(), p.pointer(), at,
            p.hasLocation() ? p.column() : 0, p.message(), p.violation()));
      }
      return NdjsonRecord.bad(name, line, problems);
    }
  }

  /**
   * Reads the records of one split of an NDJSON file — the lines that start in a range of its
   * bytes — one at a time, each as {@link #readNdjsonRecord} reads it (a statement validated on its
   * own): for a job that splits a file across tasks, each split read where it is. See {@link
   * NdjsonSplit} for which lines a split holds; splits cut at any offsets give every line of the
   * file exactly once.
   *
   * @param in the file's bytes from offset {@code start} (the caller seeks there), or a stream
   *     with none before it when {@code start} is 0 (a decompressed file, read whole)
   * @param source the file's name, given back with each record
   * @param start the offset of the split's first byte in the file, at least 0
   * @param end the offset at which the split ends, at least {@code start}: a line that starts
   *     at or before it is read to its end, past {@code end} if it must
   * @param type {@code Dossier.class} or {@code Statement.class}
   * @throws IllegalArgumentException if the offsets are out of order or negative
   */
  public <T> NdjsonSplit<T> readNdjsonSplit(InputStream in, String source, long start, long end,
      Class<T> type) {
    checkNdjson(type);
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("an NDJSON split runs from a start of at least 0 to an"
          + " end at or after it, not from " + start + " to " + end);
    }
    return new NdjsonSplit<>(this, Objects.requireNonNull(in, "in"),
        Objects.requireNonNull(source, "source"), start, end, type, ndjsonLineLimit());
  }

  /**
   * The record of one line the NDJSON readers split: the {@code LIMIT} problem of a line too long
   * to be held, or what {@link #readNdjsonRecord} reads from its bytes.
   */
  <T> NdjsonRecord<T> readNdjsonLine(NdjsonLines.Line line, String source, Class<T> type,
      Dossier context) {
    return line.tooLong() != null
        ? NdjsonRecord.bad(source, line.number(), line.tooLong().problems())
        : readNdjsonRecord(line.bytes(), source, line.number(), type, context);
  }

  private void checkNdjson(Class<?> type) {
    if (format != Format.JSON) {
      throw new IllegalStateException("NDJSON is JSON; this instance reads " + format);
    }
    if (type != Dossier.class && type != Statement.class) {
      throw new IllegalArgumentException("NDJSON records are dossiers or statements, not "
          + type.getSimpleName());
    }
  }

  private long ndjsonLineLimit() {
    return Math.min(limits.maxLineLength(), limits.maxDocumentLength());
  }

  /** A writer of NDJSON records to a stream, one compact JSON document a line. */
  public NdjsonWriter ndjsonWriter(OutputStream out) {
    if (format != Format.JSON) {
      throw new IllegalStateException("NDJSON is JSON; this instance writes " + format);
    }
    return new NdjsonWriter(this, out);
  }

  /**
   * A value's bytes written compactly, whatever {@code pretty} says, then its line end: an NDJSON
   * line, made whole before any of it reaches a stream.
   */
  byte[] writeLine(Object value) {
    return writeBytes(value, factory, ObjectWriteContext.empty(), true);
  }

  // ---- Mapper ------------------------------------------------------------------------------------

  /**
   * A new Jackson mapper with Entente's module, reading as this instance does (strict or lenient,
   * user-assigned country codes). For the user's own types that contain Entente values.
   */
  public JsonMapper mapper() {
    return JsonMapper.builder(JsonFactory.builder().streamReadConstraints(limits.constraints()).build())
        .addModule(new EntenteModule(reading))
        .build();
  }

  // ---- Helpers -----------------------------------------------------------------------------------

  /**
   * A file's bytes, read only when they are within the document limit: a regular file's size is
   * checked first, and any other file (a pipe, a device) is read through {@link
   * #bytes(InputStream)}'s bound.
   *
   * @throws EntenteJsonException with a {@code LIMIT} problem if the file is longer
   */
  private byte[] bytes(Path file) {
    try {
      if (Files.isRegularFile(file)) {
        long size = Files.size(file);
        if (size > limits.maxDocumentLength()) {
          throw tooLong("the document is " + size + " bytes long, more than the limit of "
              + limits.maxDocumentLength());
        }
      }
      try (InputStream in = Files.newInputStream(file)) {
        return bytes(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * A stream's bytes to its end, read only as far as one byte past the document limit: a longer
   * stream (even an endless one) is refused without holding more. Its first bytes are checked for
   * the encoding before the rest is read, so that a stream of zero bytes (UTF-16 or UTF-32 to a
   * reader) is refused at once.
   *
   * @throws EntenteJsonException with a {@code LIMIT} problem if the stream is longer, or an
   *     {@code ENCODING} one if it does not start as UTF-8 does
   */
  private byte[] bytes(InputStream in) {
    long limit = limits.maxDocumentLength();
    try {
      byte[] start = in.readNBytes(4);
      source(start).checkEncoding();
      InputStream all = new SequenceInputStream(new ByteArrayInputStream(start), in);
      // readNBytes grows its buffers as bytes come, not to the length asked for.
      byte[] read = all.readNBytes(limit >= MAX_ARRAY ? MAX_ARRAY : (int) limit + 1);
      if (read.length > limit || read.length == MAX_ARRAY && in.read() >= 0) {
        throw tooLong("the document is longer than the limit of " + limit + " bytes");
      }
      return read;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the stream", e);
    }
  }

  /** The longest array Java makes. */
  private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

  private static EntenteJsonException tooLong(String message) {
    return new EntenteJsonException(List.of(
        new JsonProblem(Kind.LIMIT, "", 0, 0, message, Optional.empty())));
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
    private ReadLimits limits = ReadLimits.defaults();
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

    /**
     * The limits of what is read: nesting depth, string, number, name and document lengths, and
     * the most problems reported for one document; {@link ReadLimits#defaults()} by default.
     */
    public Builder limits(ReadLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * The reader and writer.
     *
     * @throws YamlUnavailableException for {@link Format#YAML} when {@code
     *     jackson-dataformat-yaml} is not on the class or module path
     */
    public EntenteJson build() {
      return new EntenteJson(this);
    }
  }
}
