/**
 * The seed article, a report on the 9th ROK-UK Foreign Ministerial Strategic Dialogue, encoded as
 * an Entente dossier, and a command line that prints it as JSON and reads, validates and converts
 * dossier files.
 */
module dev.entente.examples {
  requires transitive dev.entente.core;
  requires static org.jspecify;
  requires dev.entente.serialization;
  requires dev.entente.interop;
  requires tools.jackson.dataformat.yaml;

  exports dev.entente.examples;
}
