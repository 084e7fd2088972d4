/**
 * Real bilateral engagements encoded as Entente dossiers, one package each (the seed article:
 * {@link dev.entente.examples.koreauk2024.KoreaUkDialogue2024}), and {@link
 * dev.entente.examples.Main}, which prints the seed article's dossier as JSON.
 */
@org.jspecify.annotations.NullMarked
package dev.entente.examples;
