package dev.entente.serialization;

/**
 * YAML was asked for, but {@code jackson-dataformat-yaml}, an optional dependency, is not there.
 *
 * <p>Thrown by {@link EntenteJson.Builder#build()} for {@link EntenteJson.Format#YAML}. JSON needs
 * nothing more than this module's own dependencies, so it works with or without YAML. To read and
 * write YAML, add {@code tools.jackson.dataformat:jackson-dataformat-yaml} (the version Entente's
 * BOM names) to the application:
 *
 * <ul>
 *   <li>on the class path, having the jar there is enough;
 *   <li>on the module path, the module system does not resolve an optional dependency by itself:
 *       add {@code --add-modules tools.jackson.dataformat.yaml} to the command line, or {@code
 *       requires tools.jackson.dataformat.yaml;} to the application's {@code module-info.java}.
 * </ul>
 */
public final class YamlUnavailableException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  /** The Maven coordinates of the dependency YAML needs, without a version. */
  public static final String ARTIFACT = "tools.jackson.dataformat:jackson-dataformat-yaml";

  /** The name of its Java module. */
  public static final String MODULE = "tools.jackson.dataformat.yaml";

  /**
   * Creates the exception.
   *
   * @param cause what the JVM reported when the YAML classes were looked for
   */
  YamlUnavailableException(Throwable cause) {
    super("YAML needs " + ARTIFACT + ", which is not on the class or module path (" + cause
        + "): add it as a dependency; on the module path, also add --add-modules " + MODULE
        + " to the command line or 'requires " + MODULE + ";' to your module-info.java", cause);
  }
}
