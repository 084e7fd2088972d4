package dev.entente.examples;

import dev.entente.examples.koreauk2024.KoreaUkDialogue2024;
import dev.entente.model.Dossier;
import dev.entente.serialization.EntenteJson;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Prints the seed article's dossier as indented JSON on standard output, and nothing else: the
 * README's first command.
 *
 * <pre>
 * mvn -q -pl examples -am compile exec:java
 * </pre>
 *
 * <p>The same JSON is kept in {@code examples/data/korea-uk-2024.json}. To read, validate,
 * convert or export dossier files, use the {@code entente} command of {@code entente-cli}.
 */
public final class Main {

  private static final EntenteJson PRETTY = EntenteJson.builder().pretty(true).build();

  private Main() {}

  /**
   * Prints {@link KoreaUkDialogue2024#dossier()} as JSON.
   *
   * @param args none are taken; any given is refused with exit status 2
   */
  public static void main(String[] args) {
    if (args.length != 0) {
      System.err.println("usage: Main (no arguments): prints the example dossier as JSON; the"
          + " entente command (entente-cli) reads, validates, converts and exports files");
      System.exit(2);
    }
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    out.print(json(KoreaUkDialogue2024.dossier()));
    out.flush();
  }

  /**
   * A dossier as indented JSON ending with a line break, as {@link #main} prints it.
   *
   * @param dossier the dossier
   * @return its JSON text
   */
  public static String json(Dossier dossier) {
    String text = PRETTY.write(dossier);
    return text.endsWith("\n") ? text : text + "\n";
  }
}
