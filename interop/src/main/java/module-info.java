/**
 * Exports of Entente dossiers to event data and linked data: PLOVER JSONL, a CAMEO-coded event
 * table in GDELT-like columns, and JSON-LD with schema.org terms, with the CAMEO and PLOVER
 * reference tables they are coded from.
 */
module dev.entente.interop {
  requires transitive dev.entente.core;
  requires tools.jackson.core;

  exports dev.entente.interop;
}
