package dev.entente.serialization;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamFactory;

/**
 * YAML support, kept in its own class so that {@code jackson-dataformat-yaml}, an optional
 * dependency, is loaded only when YAML is asked for.
 */
final class Yaml {

  private Yaml() {}

  static TokenStreamFactory factory(StreamReadConstraints limits) {
    try {
      return tools.jackson.dataformat.yaml.YAMLFactory.builder()
          .streamReadConstraints(limits)
          .enable(tools.jackson.dataformat.yaml.YAMLWriteFeature.MINIMIZE_QUOTES)
          .disable(tools.jackson.dataformat.yaml.YAMLWriteFeature.SPLIT_LINES)
          .build();
    } catch (NoClassDefFoundError e) {
      throw new IllegalStateException("YAML needs tools.jackson.dataformat:"
          + "jackson-dataformat-yaml on the class or module path", e);
    }
  }
}
