package dev.entente.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * The {@code entente} command's entry point.
 *
 * <pre>
 * java -jar cli/target/entente.jar validate story.json more/statements.ndjson
 * java -jar cli/target/entente.jar export --format=plover story.json
 * java -jar cli/target/entente.jar --help
 * </pre>
 *
 * <p>{@link #run} runs a command line within the calling program: it takes the streams the
 * command reads and writes and returns the {@linkplain ExitStatus exit status}, never ending the
 * process and never throwing.
 */
public final class Main {

  private Main() {}

  /**
   * Runs one command line and ends the process with its {@linkplain ExitStatus exit status}.
   *
   * @param args the command and its options and operands
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(System.in, out, err, args));
  }

  /**
   * Runs one command line.
   *
   * @param stdin what {@code -} reads
   * @param out standard output: what the command prints, usage and version texts included
   * @param err standard error: problems of the command line and files, counts, internal errors
   * @param args the command and its options and operands
   * @return the exit status, one of {@link ExitStatus}'s constants
   */
  public static int run(InputStream stdin, PrintStream out, PrintStream err, String... args) {
    Console console = new Console(stdin, out, err);
    int status;
    try {
      status = commandLine(console).execute(args);
    } catch (RuntimeException | Error e) {
      // execute() hands exceptions of the commands to the handler below; this is for a failure
      // of picocli itself, or an Error such as OutOfMemoryError.
      status = console.internalError(e);
    }
    out.flush();
    err.flush();
    if (status != ExitStatus.INTERNAL && out.checkError()) {
      err.println("entente: cannot write standard output");
      err.flush();
      status = Math.max(status, ExitStatus.USAGE);
    }
    return status;
  }

  /** The command line with every command, writing to {@code console}. */
  static CommandLine commandLine(Console console) {
    CommandLine line = new CommandLine(new EntenteCommand(console));
    line.addSubcommand(new ValidateCommand(console));
    line.addSubcommand(new ReadoutCommand(console));
    line.addSubcommand(new ExportCommand(console));
    line.addSubcommand(new ConvertCommand(console));
    line.addSubcommand(new TimelineCommand(console));
    line.addSubcommand(new CommandLine.HelpCommand());
    line.setOut(new PrintWriter(console.out(), true));
    line.setErr(new PrintWriter(console.err(), true));
    line.setExecutionExceptionHandler((e, command, parsed) -> console.internalError(e));
    return line;
  }
}
