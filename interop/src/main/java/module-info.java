/**
 * Exports of Entente dossiers to event data and linked data: PLOVER JSONL, the GDELT 2.0 event
 * table, and JSON-LD with schema.org terms, with the CAMEO and PLOVER
 * reference tables they are coded from; and their timelines, as an HTML page or a Mermaid chart
 * ({@code dev.entente.interop.timeline}).
 */
module dev.entente.interop {
  requires transitive dev.entente.core;
  requires tools.jackson.core;

  exports dev.entente.interop;
  exports dev.entente.interop.timeline;
}
