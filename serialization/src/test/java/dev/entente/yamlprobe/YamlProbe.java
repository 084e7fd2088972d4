package dev.entente.yamlprobe;

import dev.entente.serialization.EntenteJson;
import dev.entente.serialization.YamlUnavailableException;
import dev.entente.time.FuzzyDate;

/**
 * Run in a JVM of its own by {@code YamlAbsentTest}, on a class or module path with or without
 * jackson-dataformat-yaml: uses JSON, then asks for YAML, and prints what happened, one line each.
 *
 * <p>In a package of its own so that, with the test classes on the class path and Entente on the
 * module path, it is not hidden behind the module's package {@code dev.entente.serialization}.
 */
public final class YamlProbe {

  private YamlProbe() {}

  /** Prints {@code json: ...} and {@code yaml: ...}; exits with a stack trace on anything else. */
  public static void main(String[] args) {
    FuzzyDate date = FuzzyDate.parse("2024-10-21");
    String json = EntenteJson.standard().write(date);
    FuzzyDate back = EntenteJson.standard().read(json, FuzzyDate.class);
    System.out.println("json: " + json + (back.equals(date) ? " read back" : " read as " + back));
    try {
      EntenteJson yaml = EntenteJson.builder().format(EntenteJson.Format.YAML).build();
      System.out.println("yaml: written " + yaml.write(date).strip());
    } catch (YamlUnavailableException e) {
      System.out.println("yaml: unavailable: " + e.getMessage());
    }
  }
}
