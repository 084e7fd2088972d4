/**
 * The Cuba-Namibia memorandum of understanding of December 2024 to establish an
 * intergovernmental commission: an instrument signed by two ministers who are not each other's
 * counterparts, in the presence of the two presidents, its witnesses.
 */
package dev.entente.examples.cubanamibia2024;
