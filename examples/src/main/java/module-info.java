/**
 * The seed article, a report on the 9th ROK-UK Foreign Ministerial Strategic Dialogue, encoded as
 * an Entente dossier, and a command line that prints a briefing of it.
 */
module dev.entente.examples {
  requires transitive dev.entente.core;
  requires dev.entente.serialization;
  requires dev.entente.interop;
  requires tools.jackson.dataformat.yaml;

  exports dev.entente.examples;
}
