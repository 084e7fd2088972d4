/**
 * The seed article, a report on the 9th ROK-UK Foreign Ministerial Strategic Dialogue, encoded as
 * a dossier ({@link dev.entente.examples.KoreaUkDialogue2024}), a plain-text readout of any
 * dossier ({@link dev.entente.examples.Briefing}), and the command line ({@link
 * dev.entente.examples.Main}).
 */
@org.jspecify.annotations.NullMarked
package dev.entente.examples;
