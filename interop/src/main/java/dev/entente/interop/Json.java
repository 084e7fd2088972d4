package dev.entente.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small JSON writer for trees of {@link Map} (objects, in insertion order), {@link List}
 * (arrays), {@link String}, {@link Number}, {@link Boolean} and {@code null}.
 */
final class Json {

  private Json() {}

  /** Writes {@code value} on one line. */
  static void write(Object value, Appendable out) {
    try {
      write(value, out, -1, 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code value} indented by two spaces per level. */
  static void writePretty(Object value, Appendable out) {
    try {
      write(value, out, 2, 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Object value, Appendable out, int indent, int depth) throws IOException {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String) {
      quote((String) value, out);
    } else if (value instanceof Boolean) {
      out.append(value.toString());
    } else if (value instanceof Double) {
      double d = (Double) value;
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new IllegalArgumentException("JSON has no " + d);
      }
      out.append(Double.toString(d));
    } else if (value instanceof Integer || value instanceof Long) {
      out.append(value.toString());
    } else if (value instanceof Map) {
      Map<?, ?> map = (Map<?, ?>) value;
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        newline(out, indent, depth + 1);
        quote((String) e.getKey(), out);
        out.append(indent < 0 ? ":" : ": ");
        write(e.getValue(), out, indent, depth + 1);
      }
      if (!map.isEmpty()) {
        newline(out, indent, depth);
      }
      out.append('}');
    } else if (value instanceof List) {
      List<?> list = (List<?>) value;
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        newline(out, indent, depth + 1);
        write(list.get(i), out, indent, depth + 1);
      }
      if (!list.isEmpty()) {
        newline(out, indent, depth);
      }
      out.append(']');
    } else {
      throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
    }
  }

  private static void newline(Appendable out, int indent, int depth) throws IOException {
    if (indent >= 0) {
      out.append('\n');
      for (int i = 0; i < indent * depth; i++) {
        out.append(' ');
      }
    }
  }

  /** Writes {@code s} as a JSON string: quotes, backslashes and control characters escaped. */
  static void quote(String s, Appendable out) throws IOException {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        case '\b':
          out.append("\\b");
          break;
        case '\f':
          out.append("\\f");
          break;
        default:
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            // U+2028 and U+2029 are valid in JSON but not in JavaScript source; escaped for both.
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }

  static String quote(String s) {
    StringBuilder b = new StringBuilder();
    try {
      quote(s, b);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return b.toString();
  }
}
