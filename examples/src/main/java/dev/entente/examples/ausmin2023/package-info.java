/**
 * The 33rd Australia-United States Ministerial Consultations (AUSMIN), Brisbane, 29 July 2023:
 * foreign and defence ministers of both sides, one of them attending as deputy prime minister and
 * defence minister at once.
 */
package dev.entente.examples.ausmin2023;
