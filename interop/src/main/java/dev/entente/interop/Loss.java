package dev.entente.interop;

import java.util.Objects;

/**
 * Something of a dossier that an export did not carry over, and why: a whole record (an undated
 * engagement has no event row), or one member of a record (a position's hedging, a source
 * disagreement) that the target format cannot say.
 *
 * <p>Every export reports its losses ({@code losses(Dossier)} on each export class); the command
 * line prints them on standard error. Losses are listed in document order.
 *
 * @param pointer the JSON Pointer of what was lost in the dossier's JSON form, such as
 *     {@code /engagements/3} or {@code /statements/0/positions/1/hedging}
 * @param what what was lost, in a few words ("engagement \"fm-4\"", "the hedging of a concern")
 * @param reason why the export could not carry it ("an event record needs a date")
 */
public record Loss(String pointer, String what, String reason) {

  /** Checks that no part is null. */
  public Loss {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(reason, "reason");
  }

  /** The loss as one line: {@code /engagements/3: engagement "fm-4" is left out: reason}. */
  @Override
  public String toString() {
    return pointer + ": " + what + " is left out: " + reason;
  }
}
