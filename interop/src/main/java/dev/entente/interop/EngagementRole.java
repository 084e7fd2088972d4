package dev.entente.interop;

/** The part a side plays in an engagement, which decides its CAMEO code. */
public enum EngagementRole {
  /** The side that travelled to the host: CAMEO 042 make a visit. */
  VISITOR,
  /** The side that received the other: CAMEO 043 host a visit. */
  HOST,
  /** No host is recorded and the venue is not in a third country. */
  NO_HOST,
  /**
   * No host is recorded and the venue is in a country neither side is: CAMEO 044 meet at a third
   * location.
   */
  THIRD_LOCATION
}
