/**
 * Two planned visits of 2023 whose lives the sources tell differently: Secretary Blinken's visit
 * to Beijing (postponed, or cancelled, over a surveillance balloon; its planning played down by
 * China; held in June) and President Biden's visit to Australia (postponed, or cancelled, for the
 * debt-ceiling talks; replaced by a meeting with Prime Minister Albanese in Hiroshima).
 */
package dev.entente.examples.lifecycles2023;
