package dev.entente.interop;

import java.util.Objects;

/**
 * How the event-data exports ({@link GdeltExport}, {@link PloverExport}) write a dossier.
 *
 * <pre>{@code
 * EventExportOptions options = EventExportOptions.defaults()
 *     .withHeader(true)
 *     .withDoubtfulClaims(EventExportOptions.DoubtfulClaims.MARK);
 * GdeltExport.write(dossier, out, options);
 * }</pre>
 *
 * @param header whether the GDELT table starts with a header row of its column names (GDELT's own
 *     files have none; PLOVER ignores it)
 * @param doubtfulClaims what to do with records whose claim sources leave unconfirmed or disputed
 */
public record EventExportOptions(boolean header, DoubtfulClaims doubtfulClaims) {

  /**
   * What an export does with a record whose claim is unconfirmed (primary sources checked do not
   * have it) or disputed (sources contradict each other): a statement of that confirmation status,
   * a planned-meeting change of that status or with other versions reported.
   */
  public enum DoubtfulClaims {
    /** Leave the record out, and report the loss. The default: event data reads as fact. */
    OMIT,
    /**
     * Write the record, marked by a named extra field: PLOVER {@code entente_confirmation}, the
     * GDELT side file's {@code Confirmation} column ({@code unconfirmed} or {@code disputed}).
     */
    MARK
  }

  /** Checks that no part is null. */
  public EventExportOptions {
    Objects.requireNonNull(doubtfulClaims, "doubtfulClaims");
  }

  /** No header row; doubtful claims left out. */
  public static EventExportOptions defaults() {
    return new EventExportOptions(false, DoubtfulClaims.OMIT);
  }

  /** These options with or without the GDELT header row. */
  public EventExportOptions withHeader(boolean value) {
    return new EventExportOptions(value, doubtfulClaims);
  }

  /** These options with doubtful claims left out or marked. */
  public EventExportOptions withDoubtfulClaims(DoubtfulClaims value) {
    return new EventExportOptions(header, value);
  }
}
