/**
 * Real bilateral engagements encoded as Entente dossiers, starting with the seed article, a
 * report on the 9th ROK-UK Foreign Ministerial Strategic Dialogue; its main class prints that
 * dossier as JSON.
 */
module dev.entente.examples {
  requires transitive dev.entente.core;
  requires static org.jspecify;
  requires dev.entente.serialization;

  exports dev.entente.examples;
  exports dev.entente.examples.koreauk2024;
}
