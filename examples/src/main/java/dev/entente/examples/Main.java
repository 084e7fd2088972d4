package dev.entente.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The command line of the examples: prints the briefing of the seed article's dossier.
 *
 * <pre>
 * mvn -q -pl examples -am compile exec:java
 * </pre>
 */
public final class Main {

  private Main() {}

  /**
   * Prints the briefing of {@link KoreaUkDialogue2024#dossier()} on standard output.
   *
   * @param args none are taken yet
   */
  public static void main(String[] args) {
    if (args.length > 0) {
      System.err.println("usage: Main (no arguments): prints the briefing of the seed article");
      System.exit(2);
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.print(Briefing.of(KoreaUkDialogue2024.dossier()));
    out.flush();
  }
}
