/**
 * The first Australia-New Zealand Foreign and Defence Ministerial Consultations, "ANZMIN 2024",
 * Melbourne, 1 February 2024: a session named by its year, the second session later the same year,
 * and the interest New Zealand's prime minister had expressed in AUKUS Pillar II.
 */
package dev.entente.examples.anzmin2024;
