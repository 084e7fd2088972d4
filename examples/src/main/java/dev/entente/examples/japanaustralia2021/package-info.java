/**
 * The Ninth Japan-Australia 2+2 Foreign and Defence Ministerial Consultations, held by video
 * conference on 9 June 2021: a concern the two sides declared shared, beside a call that is not
 * marked so.
 */
package dev.entente.examples.japanaustralia2021;
