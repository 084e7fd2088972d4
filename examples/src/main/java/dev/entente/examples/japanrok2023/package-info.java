/**
 * The Japan-ROK Foreign Ministers' Meeting in Busan, 26 November 2023: a name written family name
 * first in capitals, a condemnation of a dated launch, a reiterated call and a reply known only
 * through a Yonhap report.
 */
package dev.entente.examples.japanrok2023;
