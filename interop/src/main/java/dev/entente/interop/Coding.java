package dev.entente.interop;

import java.util.Objects;
import java.util.Optional;

/**
 * How one kind of Entente record is coded in CAMEO and PLOVER: a CAMEO code (with its Goldstein
 * score and quad class) and a PLOVER event with mode and contexts, and a comment where either
 * codebook cannot say what the record says.
 *
 * @see EventMapping
 */
public final class Coding {

  private final Optional<CameoCode> cameo;
  private final Optional<PloverEvent> plover;
  private final boolean ploverNearest;
  private final Optional<String> comment;

  Coding(
      Optional<CameoCode> cameo,
      Optional<PloverEvent> plover,
      boolean ploverNearest,
      Optional<String> comment) {
    this.cameo = cameo;
    this.plover = plover;
    this.ploverNearest = ploverNearest;
    this.comment = comment;
  }

  /** The CAMEO code; empty where CAMEO has none (a cancelled meeting). */
  public Optional<CameoCode> cameo() {
    return cameo;
  }

  /**
   * The PLOVER event: the CAMEO→PLOVER table's row for {@link #cameo()}, or the category whose
   * section in the PLOVER manual covers the record; empty where PLOVER has no category for it, in
   * which case the PLOVER export writes no record and reports the loss.
   */
  public Optional<PloverEvent> plover() {
    return plover;
  }

  /**
   * Whether {@link #plover()} is only the nearest category: always {@code false} now.
   *
   * @deprecated the mapping no longer puts a nearest category in place of a missing one; where
   *     PLOVER has no category, {@link #plover()} is empty. Test {@code plover().isEmpty()}.
   */
  @Deprecated
  public boolean isPloverNearest() {
    return ploverNearest;
  }

  /** What the codes cannot say, written to PLOVER's {@code comment} and the TSV's comment. */
  public Optional<String> comment() {
    return comment;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Coding)) {
      return false;
    }
    Coding that = (Coding) other;
    return cameo.equals(that.cameo)
        && plover.equals(that.plover)
        && ploverNearest == that.ploverNearest
        && comment.equals(that.comment);
  }

  @Override
  public int hashCode() {
    return Objects.hash(cameo, plover, ploverNearest, comment);
  }

  @Override
  public String toString() {
    return cameo.map(CameoCode::code).orElse("-") + " / " + plover.map(PloverEvent::toString).orElse("-")
        + (ploverNearest ? " (nearest)" : "") + comment.map(c -> " # " + c).orElse("");
  }
}
