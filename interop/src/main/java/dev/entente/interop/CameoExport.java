package dev.entente.interop;

import dev.entente.model.Dossier;
import java.util.List;

/**
 * The CAMEO-coded event table under its former name: now the GDELT 2.0 table of {@link
 * GdeltExport}.
 *
 * @deprecated use {@link GdeltExport}. The table is no longer 21 GDELT-like columns with a header
 *     row: it is GDELT 2.0's 61 columns in GDELT's order, without a header unless {@link
 *     EventExportOptions#header()} asks for one, with integer {@code GLOBALEVENTID}s, FIPS 10-4
 *     geo codes and the four date columns; the former {@code DateEDTF}, {@code SourceCitation}
 *     and {@code Comment} columns are in the side file ({@link GdeltExport#writeExtras}). {@code
 *     skipped(dossier)} becomes {@link GdeltExport#losses(Dossier)}.
 */
@Deprecated
public final class CameoExport {

  /** The table's columns: {@link GdeltExport#COLUMNS}. */
  public static final List<String> COLUMNS = GdeltExport.COLUMNS;

  private CameoExport() {}

  /** Writes the GDELT table: {@link GdeltExport#write(Dossier, Appendable)}. */
  public static void write(Dossier dossier, Appendable out) {
    GdeltExport.write(dossier, out);
  }

  /** The losses as sentences: the {@link Loss#toString()}s of {@link GdeltExport#losses(Dossier)}. */
  public static List<String> skipped(Dossier dossier) {
    return GdeltExport.losses(dossier).stream().map(Loss::toString).collect(java.util.stream.Collectors.toList());
  }

  /** What the table leaves out: {@link GdeltExport#losses(Dossier)}. */
  public static List<Loss> losses(Dossier dossier) {
    return GdeltExport.losses(dossier);
  }

  /** The table as text: {@link GdeltExport#toString(Dossier)}. */
  public static String toString(Dossier dossier) {
    return GdeltExport.toString(dossier);
  }
}
