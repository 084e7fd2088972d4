package dev.entente.cli;

/**
 * The exit statuses of the {@code entente} command. When several files give different statuses,
 * the highest wins.
 */
public final class ExitStatus {

  /** Success: every file is valid, or the command did what it was asked. */
  public static final int OK = 0;
  /** Some content is invalid: malformed, badly encoded, or breaking a rule of the model. */
  public static final int INVALID = 1;
  /**
   * The command line is wrong (an unknown command or option, a missing file operand), or a file
   * or standard output cannot be read or written.
   */
  public static final int USAGE = 2;
  /** An internal error: a bug in Entente, reported on standard error with its stack trace. */
  public static final int INTERNAL = 3;

  private ExitStatus() {}
}
