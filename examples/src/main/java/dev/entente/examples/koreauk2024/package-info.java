/**
 * The 9th ROK-UK Foreign Ministerial Strategic Dialogue (Seoul, 21 October 2024), as the seed
 * article reports it and the primary sources correct it: {@link
 * dev.entente.examples.koreauk2024.KoreaUkDialogue2024#dossier()}.
 */
@org.jspecify.annotations.NullMarked
package dev.entente.examples.koreauk2024;
