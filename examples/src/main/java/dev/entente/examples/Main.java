package dev.entente.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The command line of the examples. Without arguments it prints the seed article's dossier as
 * JSON; {@code readout}, {@code validate} and {@code convert} work on dossier files ({@code help}
 * lists them).
 *
 * <pre>
 * mvn -q -pl examples -am compile exec:java
 * mvn -q -pl examples -am compile exec:java -Dexec.args="validate story.json"
 * </pre>
 */
public final class Main {

  private Main() {}

  /**
   * Runs one command; exits with its status when that is not 0 (1: invalid content, 2: a file
   * cannot be read or written, or the command is wrong).
   *
   * @param args the command and its operands, or none
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    int status = new Cli(System.in, out, err).run(args);
    out.flush();
    err.flush();
    if (status != 0) {
      System.exit(status);
    }
  }
}
