package dev.entente.cli;

import dev.entente.model.Dossier;
import dev.entente.serialization.EntenteJson;
import dev.entente.serialization.EntenteJsonException;
import dev.entente.serialization.JsonProblem;
import dev.entente.serialization.ReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.ToIntFunction;

/**
 * The streams a command line reads and writes, and the lines every command prints the same way:
 * a problem of a file, a file that cannot be read or written, an internal error.
 */
final class Console {

  private final InputStream stdin;
  private final PrintStream out;
  private final PrintStream err;

  Console(InputStream stdin, PrintStream out, PrintStream err) {
    this.stdin = stdin;
    this.out = out;
    this.err = err;
  }

  PrintStream out() {
    return out;
  }

  PrintStream err() {
    return err;
  }

  /**
   * Reads {@code file}, or standard input for {@code -}, with {@code read}, which is bounded by
   * the reader's limits: a regular file is refused by its size before it is read, any other input
   * once it has passed the document limit (see {@link EntenteJson#readDossier(Path)}).
   *
   * @throws IOException if the file cannot be read
   * @throws EntenteJsonException if it is not a valid document, or is longer than the limit
   */
  <T> T read(String file, EntenteJson json, Reading<T> read) throws IOException {
    try {
      return file.equals("-") ? read.from(json, stdin) : read.from(json, Path.of(file));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } catch (OutOfMemoryError e) {
      // A document within the limits can still be more than the heap holds; what was read is
      // garbage now, and the next file can be read.
      throw new IOException("it does not fit in memory (" + Runtime.getRuntime().maxMemory()
          / (1024 * 1024) + " MiB of heap, and the document limit is "
          + json.limits().maxDocumentLength() + " bytes); give Java more with -Xmx", e);
    }
  }

  /** One way of reading a document, from a file or a stream. */
  interface Reading<T> {
    /** Reads from a file. */
    T from(EntenteJson json, Path file);

    /** Reads from a stream, to its end. */
    T from(EntenteJson json, InputStream in);
  }

  /** Reads a dossier, valid or refused. */
  static final Reading<Dossier> DOSSIER = new Reading<>() {
    @Override
    public Dossier from(EntenteJson json, Path file) {
      return json.readDossier(file);
    }

    @Override
    public Dossier from(EntenteJson json, InputStream in) {
      return json.readDossier(in);
    }
  };

  /** Reads a dossier with its violations. */
  static final Reading<ReadResult<Dossier>> WITH_VIOLATIONS = new Reading<>() {
    @Override
    public ReadResult<Dossier> from(EntenteJson json, Path file) {
      return json.readDossierWithViolations(file);
    }

    @Override
    public ReadResult<Dossier> from(EntenteJson json, InputStream in) {
      return json.readDossierWithViolations(in);
    }
  };

  /** {@code file:line: pointer: message}, or {@code file: pointer: message} without a line. */
  static String line(String file, JsonProblem problem) {
    String pointer = problem.pointer().isEmpty() ? "(document)" : printable(problem.pointer());
    return file + (problem.hasLocation() ? ":" + problem.line() : "") + ": " + pointer + ": "
        + problem.message();
  }

  /** Prints each problem of {@code file} on standard error; the status of invalid content. */
  int problems(String file, Iterable<JsonProblem> problems) {
    problems.forEach(p -> err.println(line(file, p)));
    return ExitStatus.INVALID;
  }

  /**
   * Reads the one dossier in {@code file} and hands it to {@code then}, or reports on standard
   * error why it cannot: the file cannot be read (a usage or I/O status) or its content is
   * invalid.
   *
   * @return the status {@code then} returns, or the status of the failure
   */
  int withDossier(String file, FileKind kind, ToIntFunction<Dossier> then) {
    Dossier dossier;
    try {
      dossier = read(file, kind.json(), DOSSIER);
    } catch (IOException e) {
      return cannotRead(file, e);
    } catch (EntenteJsonException e) {
      return problems(file, e.problems());
    }
    return then.applyAsInt(dossier);
  }

  /** Says on standard error that {@code file} cannot be read; the status for that. */
  int cannotRead(String file, IOException e) {
    err.println(file + ": cannot read: " + reason(e));
    return ExitStatus.USAGE;
  }

  /** Says on standard error that {@code file} cannot be written; the status for that. */
  int cannotWrite(String file, IOException e) {
    err.println(file + ": cannot write: " + reason(e));
    return ExitStatus.USAGE;
  }

  /** Reports a failure that is a bug, with its stack trace; the status for that. */
  int internalError(Throwable e) {
    err.println("entente: internal error: " + e);
    e.printStackTrace(err);
    err.flush();
    return ExitStatus.INTERNAL;
  }

  /**
   * Text from a document on one line of a terminal: every control character (line breaks, tabs,
   * the escape that starts an ANSI sequence, C1 controls), line and paragraph separators and the
   * bidirectional controls that reorder what follows are written as <code>&#92;uXXXX</code>, and a
   * backslash that would start such an escape is doubled. A name can hold any character: printed
   * as it is, it could forge lines of the output, or clear the screen.
   */
  static String printable(String text) {
    int i = 0;
    while (i < text.length() && !escaped(text.charAt(i)) && text.charAt(i) != '\\') {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (escaped(c)) {
        out.append(String.format("\\u%04x", (int) c));
      } else if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == 'u') {
        out.append("\\\\");
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean escaped(char c) {
    return Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
        || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')
        || c == '\u200e' || c == '\u200f' || c == '\u061c';
  }

  private static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
