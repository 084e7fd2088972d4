/**
 * Exports of Entente dossiers to the formats that event-data and linked-data tools read.
 *
 * <ul>
 *   <li>{@link dev.entente.interop.PloverExport}: PLOVER records, one JSON object per line, one
 *       record per engagement, position and planned-meeting change.
 *   <li>{@link dev.entente.interop.CameoExport}: a CAMEO-coded event table, tab-separated, in
 *       GDELT-like columns, one row per directed event.
 *   <li>{@link dev.entente.interop.JsonLdExport}: one JSON-LD document with schema.org terms,
 *       each within its domain and range, and its context inline, its node ids under a base IRI
 *       the caller may give; {@code JsonLdExport.losses(dossier)} lists what it leaves out.
 * </ul>
 *
 * <p>Each export has {@code write(dossier, out)} and {@code toString(dossier)}; the dossier is
 * expected to be valid ({@link dev.entente.validation.DossierValidator}). The codes come from
 * {@link dev.entente.interop.EventMapping}, which picks a CAMEO code and a PLOVER event for each
 * kind of record, and from {@link dev.entente.interop.CameoCodebook}, which reads the CAMEO and
 * PLOVER reference tables shipped in this module for the codes' descriptions, Goldstein scores
 * and quad classes. What a codebook cannot express (a concern, a hedge, a fuzzy date) goes into a
 * comment rather than being lost or forced into a wrong code; {@code interop/MAPPING.md} gives the
 * whole mapping with its reasons.
 *
 * <pre>{@code
 * String jsonl = PloverExport.toString(dossier);
 * CameoExport.write(dossier, Files.newBufferedWriter(Path.of("events.tsv")));
 * }</pre>
 */
package dev.entente.interop;
