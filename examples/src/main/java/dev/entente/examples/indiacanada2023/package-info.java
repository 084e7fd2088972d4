/**
 * Canada's accusation of September 2023 that agents of the Government of India may be linked to the
 * killing of Hardeep Singh Nijjar, and India's denial the next day: two statements outside any
 * meeting, the second responding to the first.
 */
package dev.entente.examples.indiacanada2023;
