package dev.entente.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The status an {@link Instrument} has after an {@link InstrumentStep}: the states of the state
 * machine its history follows.
 *
 * <p>A history may start with any status (sources often first mention an instrument when it is
 * signed or in force); each later step must have a status that {@linkplain #successors() may
 * follow} the previous step's. {@link #RATIFIED} repeats, once for each party, and names the
 * party that ratified; {@link #TERMINATED} is the end.
 *
 * <table>
 *   <caption>Allowed transitions</caption>
 *   <tr><th>from</th><th>to</th></tr>
 *   <tr><td>(start)</td><td>every status</td></tr>
 *   <tr><td>NEGOTIATED</td><td>INITIALLED, SIGNED, TERMINATED</td></tr>
 *   <tr><td>INITIALLED</td><td>SIGNED, TERMINATED</td></tr>
 *   <tr><td>SIGNED</td><td>RATIFIED, IN_FORCE, TERMINATED</td></tr>
 *   <tr><td>RATIFIED</td><td>RATIFIED, IN_FORCE, TERMINATED</td></tr>
 *   <tr><td>IN_FORCE</td><td>SUSPENDED, TERMINATED</td></tr>
 *   <tr><td>SUSPENDED</td><td>IN_FORCE, TERMINATED</td></tr>
 *   <tr><td>TERMINATED</td><td>nothing</td></tr>
 * </table>
 *
 * <p>A step that {@linkplain #isByParty() is taken by one party} ({@link #RATIFIED}, and
 * {@link #SUSPENDED} or {@link #TERMINATED} when one party withdraws) names it in
 * {@link InstrumentStep#party()}; the party must be one of the instrument's (see {@code
 * ViolationCode.STEP_BY_NON_PARTY}).
 */
public enum InstrumentStatus {
  /** Negotiations were concluded on a text. */
  NEGOTIATED,
  /** The negotiators initialled the text. */
  INITIALLED,
  /** It was signed. */
  SIGNED,
  /** One party ratified or approved it (its legislature or government, as its law requires). */
  RATIFIED,
  /** It entered into force. */
  IN_FORCE,
  /** Its operation was suspended, by both parties or one. */
  SUSPENDED,
  /** It ended: terminated, denounced, withdrawn from, or expired. */
  TERMINATED;

  private static final Map<InstrumentStatus, Set<InstrumentStatus>> SUCCESSORS =
      new EnumMap<>(InstrumentStatus.class);

  static {
    SUCCESSORS.put(NEGOTIATED, EnumSet.of(INITIALLED, SIGNED, TERMINATED));
    SUCCESSORS.put(INITIALLED, EnumSet.of(SIGNED, TERMINATED));
    SUCCESSORS.put(SIGNED, EnumSet.of(RATIFIED, IN_FORCE, TERMINATED));
    SUCCESSORS.put(RATIFIED, EnumSet.of(RATIFIED, IN_FORCE, TERMINATED));
    SUCCESSORS.put(IN_FORCE, EnumSet.of(SUSPENDED, TERMINATED));
    SUCCESSORS.put(SUSPENDED, EnumSet.of(IN_FORCE, TERMINATED));
    SUCCESSORS.put(TERMINATED, EnumSet.noneOf(InstrumentStatus.class));
    SUCCESSORS.replaceAll((status, next) -> Collections.unmodifiableSet(next));
  }

  /**
   * Whether a step with this status is taken by one party, which the step then names: only
   * {@link #RATIFIED} must name it; {@link #SUSPENDED} and {@link #TERMINATED} may.
   */
  public boolean isByParty() {
    return this == RATIFIED || this == SUSPENDED || this == TERMINATED;
  }

  /**
   * The statuses a step may have right after a step with this status.
   *
   * @return the allowed next statuses, unmodifiable; empty for {@link #TERMINATED}
   */
  public Set<InstrumentStatus> successors() {
    return SUCCESSORS.get(this);
  }

  /**
   * Whether a step with this status may follow one with the given status.
   *
   * @param previous the previous step's status
   * @return whether the machine allows the transition
   */
  public boolean canFollow(InstrumentStatus previous) {
    return previous.successors().contains(this);
  }
}
