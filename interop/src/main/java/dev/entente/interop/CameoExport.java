package dev.entente.interop;

import dev.entente.model.Dossier;
import dev.entente.model.Source;
import dev.entente.time.FuzzyDate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A dossier as a CAMEO-coded event table, tab-separated, in GDELT-like columns, one row per
 * directed event: a position held by two sides about two targets is four rows; an engagement is
 * two (the visitor's 042 and the host's 043, or both directions of a hostless 046).
 *
 * <p>The columns ({@link #COLUMNS}): {@code GLOBALEVENTID} (dossier id, record pointer, row
 * number), {@code SQLDATE} ({@code YYYYMMDD}, the earliest day of a fuzzy date), {@code DateEDTF}
 * (the date as recorded), actor 1 and actor 2 code ({@code KORGOV}), name, country code (ISO
 * 3166-1 alpha-3) and type code ({@code GOV}), {@code EventCode}, {@code EventBaseCode}, {@code
 * EventRootCode}, {@code QuadClass}, {@code GoldsteinScale}, {@code ActionGeo_FullName}, {@code
 * ActionGeo_Alpha3} (ISO alpha-3, where GDELT has FIPS codes), {@code SOURCEURL}, {@code
 * SourceCitation}, and {@code Comment} for what CAMEO cannot express. Tabs and line breaks inside
 * values are written as spaces. A record with no CAMEO code (a cancelled meeting) is still a row,
 * with empty code columns and the reason in {@code Comment}. An engagement whose sources give no
 * date is no row: {@link #skipped(Dossier)} names it.
 */
public final class CameoExport {

  /** The header row's columns, in order. */
  public static final List<String> COLUMNS = List.of(
      "GLOBALEVENTID", "SQLDATE", "DateEDTF",
      "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
      "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code",
      "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
      "ActionGeo_FullName", "ActionGeo_Alpha3", "SOURCEURL", "SourceCitation", "Comment");

  private CameoExport() {}

  /** Writes the header row and one row per directed event, each line ending with a newline. */
  public static void write(Dossier dossier, Appendable out) {
    try {
      out.append(String.join("\t", COLUMNS)).append('\n');
      for (EventRecords.Record r : EventRecords.of(dossier)) {
        int n = 0;
        for (EventRecords.Dyad dyad : r.dyads) {
          n++;
          List<String> row = new ArrayList<>();
          row.add(dossier.id() + ":" + r.id + "#" + n);
          row.add(r.date.map(FuzzyDate::earliest).map(DateTimeFormatter.BASIC_ISO_DATE::format).orElse(""));
          row.add(r.date.map(FuzzyDate::toString).orElse(""));
          actor(row, Optional.of(dyad.actor1));
          actor(row, dyad.actor2);
          Optional<CameoCode> code = dyad.coding.cameo();
          row.add(code.map(CameoCode::code).orElse(""));
          row.add(code.map(CameoCode::baseCode).orElse(""));
          row.add(code.map(CameoCode::rootCode).orElse(""));
          row.add(code.map(c -> Integer.toString(c.quadClass())).orElse(""));
          row.add(code.map(c -> Double.toString(c.goldstein())).orElse(""));
          row.add(r.venue.map(PloverExport::placeName).orElse(""));
          row.add(r.venue.flatMap(v -> v.country()).map(c -> c.alpha3()).orElse(""));
          row.add(r.sources.stream().flatMap(s -> s.url().stream()).map(Object::toString).findFirst().orElse(""));
          row.add(r.sources.stream().findFirst().map(PloverExport::citationText).orElse(""));
          row.add(comment(r, dyad));
          StringBuilder line = new StringBuilder();
          for (int i = 0; i < row.size(); i++) {
            if (i > 0) {
              line.append('\t');
            }
            line.append(clean(row.get(i)));
          }
          out.append(line).append('\n');
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What the table leaves out of a dossier and why, one sentence a record: an engagement whose
   * sources give no date is no CAMEO event, which is dated.
   *
   * <pre>{@code
   * CameoExport.write(dossier, out);
   * CameoExport.skipped(dossier).forEach(note -> System.err.println("note: " + note));
   * }</pre>
   *
   * @param dossier the dossier exported
   * @return the notes, in document order; empty when nothing is left out
   */
  public static List<String> skipped(Dossier dossier) {
    return EventRecords.skipped(dossier);
  }

  /** The table as text. */
  public static String toString(Dossier dossier) {
    StringBuilder out = new StringBuilder();
    write(dossier, out);
    return out.toString();
  }

  private static void actor(List<String> row, Optional<CodedActor> actor) {
    row.add(actor.map(CodedActor::cameoCode).orElse(""));
    row.add(actor.map(CodedActor::name).orElse(""));
    row.add(actor.flatMap(a -> a.code().filter(c -> !c.equals(CodedActor.IGO))).orElse(""));
    row.add(actor.flatMap(a -> a.code().filter(CodedActor.IGO::equals).or(a::sector)).orElse(""));
  }

  private static String comment(EventRecords.Record r, EventRecords.Dyad dyad) {
    List<String> comments = new ArrayList<>();
    dyad.coding.comment().ifPresent(comments::add);
    for (String c : r.comments) {
      if (!comments.contains(c)) {
        comments.add(c);
      }
    }
    for (CodedActor actor : dyad.actor2.isPresent()
        ? List.of(dyad.actor1, dyad.actor2.get()) : List.of(dyad.actor1)) {
      if (actor.code().filter(CodedActor.IGO::equals).isPresent()) {
        comments.add(actor.name() + " has no official CAMEO code: IGO, identifier "
            + actor.identifier().orElse(actor.id()));
      }
    }
    if (r.sources.size() > 1) {
      List<String> others = new ArrayList<>();
      for (Source s : r.sources.subList(1, r.sources.size())) {
        others.add(s.id());
      }
      comments.add("also sourced from " + String.join(", ", others));
    }
    return String.join("; ", comments);
  }

  private static String clean(String value) {
    return value.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }
}
