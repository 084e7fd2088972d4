package dev.entente.serialization;

import tools.jackson.core.StreamReadConstraints;

/**
 * The bounds a reader keeps to, whatever a document holds: how deep, how long, and how many
 * problems are reported. A document past a size limit is refused with a {@link
 * JsonProblem.Kind#LIMIT} problem; a document with more problems than {@link #maxProblems()} has
 * the first ones reported, then one note of how many more there were.
 *
 * <table>
 *   <caption>The limits and their defaults</caption>
 *   <tr><th>Limit</th><th>Default</th><th>Unit</th></tr>
 *   <tr><td>{@link #maxNestingDepth()}</td><td>200</td><td>levels of arrays and objects</td></tr>
 *   <tr><td>{@link #maxStringLength()}</td><td>10,000,000</td><td>characters</td></tr>
 *   <tr><td>{@link #maxNumberLength()}</td><td>100</td><td>characters</td></tr>
 *   <tr><td>{@link #maxNameLength()}</td><td>1,000</td><td>characters</td></tr>
 *   <tr><td>{@link #maxDocumentLength()}</td><td>268,435,456 (256 MiB)</td><td>bytes</td></tr>
 *   <tr><td>{@link #maxLineLength()}</td><td>16,777,216 (16 MiB)</td><td>bytes an NDJSON line</td></tr>
 *   <tr><td>{@link #maxProblems()}</td><td>100</td><td>problems a document</td></tr>
 * </table>
 *
 * <pre>{@code
 * EntenteJson json = EntenteJson.builder()
 *     .limits(ReadLimits.defaults().withMaxDocumentLength(1 << 20).withMaxProblems(10))
 *     .build();
 * }</pre>
 *
 * <p>Every limit is 1 or more. Instances are immutable; each {@code with} method returns a copy
 * with one limit changed.
 */
public final class ReadLimits {

  /** The default deepest nesting of arrays and objects: 200. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 200;
  /** The default longest string, in characters: 10,000,000. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 10_000_000;
  /** The default longest number, in characters: 100. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 100;
  /** The default longest member name, in characters: 1,000. */
  public static final int DEFAULT_MAX_NAME_LENGTH = 1_000;
  /** The default longest document, in bytes: 256 MiB. */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 256L * 1024 * 1024;
  /** The default longest NDJSON line, in bytes: 16 MiB. */
  public static final long DEFAULT_MAX_LINE_LENGTH = 16L * 1024 * 1024;
  /** The default most problems reported for one document: 100. */
  public static final int DEFAULT_MAX_PROBLEMS = 100;

  private static final ReadLimits DEFAULTS = new ReadLimits(DEFAULT_MAX_NESTING_DEPTH,
      DEFAULT_MAX_STRING_LENGTH, DEFAULT_MAX_NUMBER_LENGTH, DEFAULT_MAX_NAME_LENGTH,
      DEFAULT_MAX_DOCUMENT_LENGTH, DEFAULT_MAX_LINE_LENGTH, DEFAULT_MAX_PROBLEMS);

  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxNumberLength;
  private final int maxNameLength;
  private final long maxDocumentLength;
  private final long maxLineLength;
  private final int maxProblems;

  private ReadLimits(int maxNestingDepth, int maxStringLength, int maxNumberLength,
      int maxNameLength, long maxDocumentLength, long maxLineLength, int maxProblems) {
    this.maxNestingDepth = atLeastOne("maxNestingDepth", maxNestingDepth);
    this.maxStringLength = atLeastOne("maxStringLength", maxStringLength);
    this.maxNumberLength = atLeastOne("maxNumberLength", maxNumberLength);
    this.maxNameLength = atLeastOne("maxNameLength", maxNameLength);
    if (maxDocumentLength < 1) {
      throw new IllegalArgumentException(
          "maxDocumentLength: " + maxDocumentLength + " is not 1 or more");
    }
    this.maxDocumentLength = maxDocumentLength;
    if (maxLineLength < 1) {
      throw new IllegalArgumentException("maxLineLength: " + maxLineLength + " is not 1 or more");
    }
    this.maxLineLength = maxLineLength;
    this.maxProblems = atLeastOne("maxProblems", maxProblems);
  }

  private static int atLeastOne(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + ": " + value + " is not 1 or more");
    }
    return value;
  }

  /** The default limits, those of {@link EntenteJson#standard()} (see the table above). */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /** The deepest nesting of arrays and objects read; 200 by default. */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /** The longest string read, in characters; 10,000,000 by default. */
  public int maxStringLength() {
    return maxStringLength;
  }

  /** The longest number read, in characters; 100 by default. */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /** The longest member name read, in characters; 1,000 by default. */
  public int maxNameLength() {
    return maxNameLength;
  }

  /**
   * The longest document read, in bytes; 256 MiB by default. A file or stream is refused once it
   * is known to be longer, before it is held in memory. An NDJSON line is a document too, but is
   * bounded by the smaller {@link #maxLineLength()}.
   */
  public long maxDocumentLength() {
    return maxDocumentLength;
  }

  /**
   * The longest NDJSON line read, in bytes before its {@code \n} (the {@code \r} of a {@code
   * \r\n} line end counts); 16 MiB by default, and never more
   * than {@link #maxDocumentLength()} (the smaller of the two applies). A reader of NDJSON holds
   * one line at a time, so this bounds its memory: a longer line is refused with a {@link
   * JsonProblem.Kind#LIMIT} problem that names its line, as soon as it is seen to be longer
   * (before it is held), and is skipped unread; the lines after it are read.
   */
  public long maxLineLength() {
    return maxLineLength;
  }

  /**
   * The most problems reported for one document (for NDJSON, one line); 100 by default. A
   * document with more has its first {@code maxProblems} problems reported, in order, followed by
   * one {@link JsonProblem.Kind#LIMIT} problem at the document ({@code ""}, no line) that says how
   * many more were not reported. This bounds the work of locating problems, too: those left out
   * are not located.
   */
  public int maxProblems() {
    return maxProblems;
  }

  /**
   * A copy with another nesting depth limit.
   *
   * @throws IllegalArgumentException if {@code depth} is less than 1
   */
  public ReadLimits withMaxNestingDepth(int depth) {
    return new ReadLimits(depth, maxStringLength, maxNumberLength, maxNameLength,
        maxDocumentLength, maxLineLength, maxProblems);
  }

  /**
   * A copy with another string length limit, in characters.
   *
   * @throws IllegalArgumentException if {@code length} is less than 1
   */
  public ReadLimits withMaxStringLength(int length) {
    return new ReadLimits(maxNestingDepth, length, maxNumberLength, maxNameLength,
        maxDocumentLength, maxLineLength, maxProblems);
  }

  /**
   * A copy with another number length limit, in characters.
   *
   * @throws IllegalArgumentException if {@code length} is less than 1
   */
  public ReadLimits withMaxNumberLength(int length) {
    return new ReadLimits(maxNestingDepth, maxStringLength, length, maxNameLength,
        maxDocumentLength, maxLineLength, maxProblems);
  }

  /**
   * A copy with another member name length limit, in characters.
   *
   * @throws IllegalArgumentException if {@code length} is less than 1
   */
  public ReadLimits withMaxNameLength(int length) {
    return new ReadLimits(maxNestingDepth, maxStringLength, maxNumberLength, length,
        maxDocumentLength, maxLineLength, maxProblems);
  }

  /**
   * A copy with another document length limit, in bytes.
   *
   * @throws IllegalArgumentException if {@code length} is less than 1
   */
  public ReadLimits withMaxDocumentLength(long length) {
    return new ReadLimits(maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength,
        length, maxLineLength, maxProblems);
  }

  /**
   * A copy with another NDJSON line length limit, in bytes.
   *
   * @throws IllegalArgumentException if {@code length} is less than 1
   */
  public ReadLimits withMaxLineLength(long length) {
    return new ReadLimits(maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength,
        maxDocumentLength, length, maxProblems);
  }

  /**
   * A copy with another limit on the problems reported for one document.
   *
   * @throws IllegalArgumentException if {@code problems} is less than 1
   */
  public ReadLimits withMaxProblems(int problems) {
    return new ReadLimits(maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength,
        maxDocumentLength, maxLineLength, problems);
  }

  /** The size limits as Jackson's, for a parser factory. */
  StreamReadConstraints constraints() {
    return StreamReadConstraints.builder()
        .maxNestingDepth(maxNestingDepth)
        .maxStringLength(maxStringLength)
        .maxNumberLength(maxNumberLength)
        .maxNameLength(maxNameLength)
        .maxDocumentLength(maxDocumentLength)
        .build();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReadLimits other
        && maxNestingDepth == other.maxNestingDepth
        && maxStringLength == other.maxStringLength
        && maxNumberLength == other.maxNumberLength
        && maxNameLength == other.maxNameLength
        && maxDocumentLength == other.maxDocumentLength
        && maxLineLength == other.maxLineLength
        && maxProblems == other.maxProblems;
  }

  @Override
  public int hashCode() {
    int h = maxNestingDepth;
    h = 31 * h + maxStringLength;
    h = 31 * h + maxNumberLength;
    h = 31 * h + maxNameLength;
    h = 31 * h + Long.hashCode(maxDocumentLength);
    h = 31 * h + Long.hashCode(maxLineLength);
    return 31 * h + maxProblems;
  }

  /** The limits by name, such as {@code ReadLimits{maxNestingDepth=200, ...}}. */
  @Override
  public String toString() {
    return "ReadLimits{maxNestingDepth=" + maxNestingDepth
        + ", maxStringLength=" + maxStringLength
        + ", maxNumberLength=" + maxNumberLength
        + ", maxNameLength=" + maxNameLength
        + ", maxDocumentLength=" + maxDocumentLength
        + ", maxLineLength=" + maxLineLength
        + ", maxProblems=" + maxProblems + "}";
  }
}
