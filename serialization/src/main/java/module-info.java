/**
 * JSON for the Entente model, through Jackson 3.
 */
module dev.entente.serialization {
  requires transitive dev.entente.core;
  requires transitive tools.jackson.databind;
}
