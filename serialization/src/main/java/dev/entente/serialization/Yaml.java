package dev.entente.serialization;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamFactory;

/**
 * YAML support, kept in its own class so that {@code jackson-dataformat-yaml}, an optional
 * dependency, is loaded only when YAML is asked for.
 *
 * <p>Only the nested {@link Factory} names YAML classes, and it cannot even be linked without them
 * (the JVM loads the factory's class when it verifies the code that returns it): whether they are
 * there is asked by name first, here, where no YAML class is named, and a missing class becomes a
 * {@link YamlUnavailableException} rather than a {@link NoClassDefFoundError}.
 */
final class Yaml {

  /** A class of jackson-dataformat-yaml, looked for by name. */
  private static final String PROBE = "tools.jackson.dataformat.yaml.YAMLFactory";

  private Yaml() {}

  /**
   * The YAML token stream factory, with {@code limits}.
   *
   * @throws YamlUnavailableException if jackson-dataformat-yaml (or its own dependency,
   *     snakeyaml-engine) is not on the class path, or its module not resolved on the module path
   */
  static TokenStreamFactory factoryOrExplain(StreamReadConstraints limits) {
    try {
      Class.forName(PROBE, false, Yaml.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new YamlUnavailableException(e);
    }
    try {
      return Factory.create(limits);
    } catch (NoClassDefFoundError e) {
      throw new YamlUnavailableException(e);
    }
  }

  /** The one place that names YAML classes. */
  private static final class Factory {

    private Factory() {}

    static TokenStreamFactory create(StreamReadConstraints limits) {
      return tools.jackson.dataformat.yaml.YAMLFactory.builder()
          .streamReadConstraints(limits)
          .enable(tools.jackson.dataformat.yaml.YAMLWriteFeature.MINIMIZE_QUOTES)
          .disable(tools.jackson.dataformat.yaml.YAMLWriteFeature.SPLIT_LINES)
          .build();
    }
  }
}
