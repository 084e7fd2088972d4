/**
 * JSON (and YAML) for the Entente model, through Jackson 3.
 */
module dev.entente.serialization {
  requires transitive dev.entente.core;
  requires static org.jspecify;
  requires transitive tools.jackson.core;
  requires transitive tools.jackson.databind;
  requires static tools.jackson.dataformat.yaml;
  // YAML's emitter settings, for documents written with escapes; there whenever YAML is.
  requires static org.snakeyaml.engine;

  exports dev.entente.serialization;

  provides tools.jackson.databind.JacksonModule with
      dev.entente.serialization.EntenteModule;

}
