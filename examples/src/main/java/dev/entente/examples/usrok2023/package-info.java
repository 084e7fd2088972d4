/**
 * The US-ROK summit in Washington, 26 April 2023: a declaration, a joint statement and a fact
 * sheet told apart by their kinds and topics, and a US official's remarks that contradict a
 * Korean official's reading of the declaration, with the reports that relate them.
 */
package dev.entente.examples.usrok2023;
