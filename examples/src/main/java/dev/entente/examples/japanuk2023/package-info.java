/**
 * The Japan-UK Reciprocal Access Agreement, 2022-2023: a treaty signed at a summit by the two
 * prime ministers, with a history whose first step the sources date two ways and one source calls
 * a signing, a ratification by each party and an entry into force after an exchange of notes.
 */
package dev.entente.examples.japanuk2023;
