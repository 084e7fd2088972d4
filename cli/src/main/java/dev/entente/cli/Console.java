package dev.entente.cli;

import dev.entente.model.Dossier;
import dev.entente.serialization.EntenteJsonException;
import dev.entente.serialization.JsonProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
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

  /** A file's bytes, or standard input's for {@code -}. */
  byte[] bytes(String file) throws IOException {
    return file.equals("-") ? stdin.readAllBytes() : Files.readAllBytes(Path.of(file));
  }

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
    byte[] bytes;
    try {
      bytes = bytes(file);
    } catch (IOException e) {
      return cannotRead(file, e);
    }
    Dossier dossier;
    try {
      dossier = kind.json().readDossier(bytes);
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

  /** A pointer on one line: a member name can hold any character, a line break too. */
  private static String printable(String pointer) {
    StringBuilder text = new StringBuilder(pointer.length());
    pointer.codePoints().forEach(c -> {
      if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
        text.append(String.format("\\u%04x", c));
      } else {
        text.appendCodePoint(c);
      }
    });
    return text.toString();
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
