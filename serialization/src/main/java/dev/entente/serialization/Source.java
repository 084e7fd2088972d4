package dev.entente.serialization;

import dev.entente.serialization.EntenteJson.Format;
import dev.entente.serialization.JsonProblem.Kind;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamFactory;

/**
 * One document's bytes as a reader sees them: refused unless they are UTF-8 (RFC 8259 §8.1),
 * decoded once, parsed as often as reading and locating its problems need, and its columns
 * counted in characters.
 *
 * <p>JSON is decoded by Jackson's parser straight from the bytes. YAML is decoded here, strictly,
 * once: the text is kept for a second parse that locates problems.
 */
final class Source {

  private static final Pattern START_MARKER =
      Pattern.compile(" \\(start marker at \\[Source: [^\\]]*\\]\\)");

  private final byte[] bytes;
  private final Format format;
  private final TokenStreamFactory factory;
  private String text;

  /**
   * A source of a whole document.
   *
   * @param bytes the document, which must not change while it is read
   * @param format the format it is read as
   * @param factory the parser factory of that format
   */
  Source(byte[] bytes, Format format, TokenStreamFactory factory) {
    this.bytes = bytes;
    this.format = format;
    this.factory = factory;
  }

  /** The document's length in bytes. */
  int length() {
    return bytes.length;
  }

  /**
   * Refuses any encoding but UTF-8 (RFC 8259 §8.1), by its byte order mark or its pattern of zero
   * bytes; a UTF-8 byte order mark is ignored, as RFC 8259 allows. Only the first four bytes are
   * looked at.
   */
  void checkEncoding() {
    byte[] b = bytes;
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

  /**
   * A new parser of the whole document. A YAML document is decoded on the first call, strictly,
   * so that bytes that are not UTF-8 are an {@code ENCODING} problem rather than replacement
   * characters; later calls parse the same text.
   */
  JsonParser parser() {
    if (format == Format.JSON) {
      try {
        return factory.createParser(ObjectReadContext.empty(), bytes);
      } catch (JacksonException e) {
        // Jackson detects the encoding when it creates the parser.
        throw new EntenteJsonException(List.of(new JsonProblem(Kind.ENCODING, "", 1, 1,
            "the document is not UTF-8: " + readable(e), Optional.empty())));
      }
    }
    if (text == null) {
      text = decode();
    }
    return Yaml.refusingAliases(factory.createParser(ObjectReadContext.empty(), text));
  }

  /** The bytes as text, refused at the first byte that is not valid UTF-8. */
  private String decode() {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer chars = CharBuffer.allocate(bytes.length);
    CoderResult result = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(in, chars, true);
    if (result.isError()) {
      int at = in.position();
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < at; i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      int column = 1 + codePoints(lineStart, at);
      throw new EntenteJsonException(List.of(new JsonProblem(Kind.ENCODING, "", line, column,
          String.format("the document is not valid UTF-8: byte 0x%02x at offset %d starts no"
              + " character", bytes[at] & 0xFF, at), Optional.empty())));
    }
    return chars.flip().toString();
  }

  /**
   * Columns in characters (code points, 1-based) for columns in bytes: Jackson counts a JSON byte
   * source's columns in bytes, so a line with non-ASCII text before a problem would be off. All
   * are found in one pass over the source, however many there are.
   *
   * <p>A position whose line or column is unknown (below 1) keeps its column; so does every YAML
   * position, which its parser counts in characters already.
   *
   * @param lines the 1-based lines, lines separated by {@code \n}
   * @param byteColumns the 1-based columns in bytes, one for each line
   * @return the columns in characters, in the same order
   */
  int[] charColumns(int[] lines, int[] byteColumns) {
    int[] columns = byteColumns.clone();
    if (format != Format.JSON) {
      return columns;
    }
    int[] order = IntStream.range(0, lines.length)
        .filter(i -> lines[i] >= 1 && byteColumns[i] >= 1)
        .boxed()
        .sorted(Comparator.<Integer>comparingInt(i -> lines[i])
            .thenComparingInt(i -> byteColumns[i]))
        .mapToInt(Integer::intValue)
        .toArray();
    // The line being looked for and its start, moving forward only: positions come in order.
    int line = 1;
    int start = 0;
    // Code points counted from the start of the line so far, up to countedTo.
    int countedFrom = -1;
    int countedTo = 0;
    int chars = 0;
    for (int i : order) {
      for (; line < lines[i] && start < bytes.length; start++) {
        if (bytes[start] == '\n') {
          line++;
        }
      }
      int end = (int) Math.min(bytes.length, (long) start + byteColumns[i] - 1);
      if (countedFrom != start) {
        countedFrom = start;
        countedTo = start;
        chars = 0;
      }
      chars += codePoints(countedTo, end);
      countedTo = Math.max(countedTo, end);
      columns[i] = chars + 1;
    }
    return columns;
  }

  /** How many UTF-8 characters start in a range of the bytes: those that are no continuation. */
  private int codePoints(int from, int to) {
    int count = 0;
    for (int i = from; i < to; i++) {
      if ((bytes[i] & 0xC0) != 0x80) {
        count++;
      }
    }
    return count;
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

  /** Whether a parser's message is about the encoding. */
  static boolean isEncoding(String message) {
    return message.contains("UTF-8") || message.contains("UTF8");
  }
}
