/**
 * Exports of Entente dossiers to the formats that event-data and linked-data tools read.
 *
 * <ul>
 *   <li>{@link dev.entente.interop.PloverExport}: PLOVER records, one JSON object per line, one
 *       record per engagement, position and planned-meeting change.
 *   <li>{@link dev.entente.interop.GdeltExport}: the GDELT 2.0 event table, CAMEO-coded, in
 *       GDELT's 61 columns, one row per directed event, with a side file of Entente's extras.
 *   <li>{@link dev.entente.interop.JsonLdExport}: one JSON-LD document with schema.org terms,
 *       each within its domain and range, and its context inline, its node ids under a base IRI
 *       the caller may give.
 * </ul>
 *
 * <p>Each export has {@code write(dossier, out)} and {@code toString(dossier)}; the dossier is
 * expected to be valid ({@link dev.entente.validation.DossierValidator}). The codes come from
 * {@link dev.entente.interop.EventMapping}, which picks a CAMEO code and a PLOVER event for each
 * kind of record, and from {@link dev.entente.interop.CameoCodebook}, which reads the CAMEO and
 * PLOVER reference tables shipped in this module for the codes' descriptions, Goldstein scores
 * and quad classes. What a format cannot express is never forced into a wrong code: the event-data
 * exports report it as a {@link dev.entente.interop.Loss} ({@code losses(dossier)}), and {@code
 * interop/MAPPING.md} gives the whole mapping with its reasons.
 *
 * <pre>{@code
 * String jsonl = PloverExport.toString(dossier);
 * GdeltExport.write(dossier, Files.newBufferedWriter(Path.of("events.tsv")));
PloverExport.losses(dossier).forEach(loss -> System.err.println("note: " + loss));
 * }</pre>
 */
package dev.entente.interop;
