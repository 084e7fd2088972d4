package dev.entente.interop;

import dev.entente.model.DateClaim;
import dev.entente.model.Dossier;
import dev.entente.model.Source;
import dev.entente.model.Venue;
import dev.entente.time.FuzzyDate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A dossier as a GDELT 2.0 event table: the 61 columns of GDELT's event codebook in GDELT's
 * order, tab-separated, without quoting and, as GDELT's own files are, without a header row
 * ({@link EventExportOptions#header()} adds one). One row per directed CAMEO event: a position
 * held by two sides about one recipient is two rows; an engagement is two (the visitor's 042 and
 * the host's 043, or both directions where there is no host).
 *
 * <p>{@code GLOBALEVENTID} is an integer derived from the row's key, {@code dossier id + ":" +
 * record id + "#" + row number} (for instance {@code fra-jpn:talks#1}): the first eight bytes of
 * its SHA-256 digest, big-endian, with the sign bit cleared. It is stable across runs and
 * machines, and changes only when the dossier id, the record's id or the row's position changes.
 *
 * <p>Dates keep their precision: {@code SQLDATE} and {@code FractionDate} are filled only for a
 * date of one day (or the first day of a multi-day engagement), {@code MonthYear} when the date
 * lies within one month, {@code Year} when within one year; the other date columns are left
 * empty rather than given an invented day. Geo country codes are FIPS 10-4 ({@code KS}, {@code
 * UK}), from the shipped table; actor country codes are CAMEO's three letters. What GDELT's
 * columns cannot hold is in a side file keyed by {@code GLOBALEVENTID} ({@link
 * #writeExtras(Dossier, Appendable, EventExportOptions)}, columns {@link #EXTRA_COLUMNS}), and
 * what neither holds is a {@link Loss} ({@link #losses(Dossier)}).
 *
 * <p>Text is normalised, as a file without quoting needs: every tab, carriage return and line
 * feed inside a value is written as one space, and each value so changed is reported as a loss.
 *
 * <pre>{@code
 * GdeltExport.write(dossier, events);
 * GdeltExport.writeExtras(dossier, extras, EventExportOptions.defaults());
 * GdeltExport.losses(dossier).forEach(loss -> System.err.println("note: " + loss));
 * }</pre>
 */
public final class GdeltExport {

  /** The 61 columns of the GDELT 2.0 event table, in GDELT's order (GDELT 2.0 Event Codebook). */
  public static final List<String> COLUMNS = List.of(
      "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
      "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
      "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code",
      "Actor1Type3Code",
      "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
      "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code",
      "Actor2Type3Code",
      "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
      "NumMentions", "NumSources", "NumArticles", "AvgTone",
      "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
      "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
      "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
      "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
      "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
      "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
      "DATEADDED", "SOURCEURL");

  /**
   * The columns of the side file, which has a header row: the row's {@code GLOBALEVENTID}, the
   * dossier id and record pointer ({@code EntenteRecord}), the date as recorded ({@code
   * DateEDTF}) and its precision ({@code day}, {@code month}, {@code season}, {@code year}, {@code
   * range} …), each actor's dossier id, Wikidata id or {@code entente:} id, and office, the whole
   * venue ({@code Place}: building, district, city, country), every source's id ({@code
   * Sources}, space-separated) and the first one's citation, a planned meeting's windows
   * (EDTF, {@code ;}-separated), the people who took part ({@code name (side code)}), whether the
   * host was taken from the venue, the confirmation status of a marked doubtful claim, and a
   * comment on what the codes cannot say.
   */
  public static final List<String> EXTRA_COLUMNS = List.of(
      "GLOBALEVENTID", "EntenteRecord", "DateEDTF", "DatePrecision",
      "Actor1EntenteId", "Actor1Identifier", "Actor1Office",
      "Actor2EntenteId", "Actor2Identifier", "Actor2Office",
      "Place", "Sources", "SourceCitation", "Windows", "Attendees", "HostFromVenue",
      "Confirmation", "Comment");

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private GdeltExport() {}

  /**
   * Writes the table with the default options: no header row, doubtful claims left out.
   *
   * @return what the table leaves out, as {@link #losses(Dossier)} gives it, from the same pass
   */
  public static List<Loss> write(Dossier dossier, Appendable out) {
    return write(dossier, out, EventExportOptions.defaults());
  }

  /**
   * Writes the table, one row per directed event, each line ending with a newline.
   *
   * @return what the table leaves out, as {@link #losses(Dossier, EventExportOptions)} gives it,
   *     from the same pass
   */
  public static List<Loss> write(Dossier dossier, Appendable out, EventExportOptions options) {
    return write(dossier, out, new StringBuilder(), options);
  }

  /**
   * Writes the table to {@code out} and its side file ({@link #writeExtras}) to {@code extras}
   * in one pass over the dossier.
   *
   * @return what the table and its side file leave out
   */
  public static List<Loss> write(Dossier dossier, Appendable out, Appendable extras,
      EventExportOptions options) {
    List<Loss> losses = new ArrayList<>();
    run(dossier, options, out, extras, losses);
    return losses;
  }

  /**
   * Writes the side file: a header row of {@link #EXTRA_COLUMNS}, then one row per row of the
   * table written with the same options, keyed by its {@code GLOBALEVENTID}.
   */
  public static void writeExtras(Dossier dossier, Appendable out, EventExportOptions options) {
    run(dossier, options, new StringBuilder(), out, new ArrayList<>());
  }

  /** The table as text, with the default options. */
  public static String toString(Dossier dossier) {
    StringBuilder out = new StringBuilder();
    write(dossier, out);
    return out.toString();
  }

  /** What the table and its side file, with the default options, leave out of a dossier. */
  public static List<Loss> losses(Dossier dossier) {
    return losses(dossier, EventExportOptions.defaults());
  }

  /**
   * What the table and its side file written with these options leave out of a dossier, and why,
   * per record, in document order: records left out (undated, no CAMEO code, a doubtful claim),
   * what a record cannot carry, and every value whose tabs or line breaks were normalised.
   */
  public static List<Loss> losses(Dossier dossier, EventExportOptions options) {
    List<Loss> losses = new ArrayList<>();
    run(dossier, options, new StringBuilder(), new StringBuilder(), losses);
    return losses;
  }

  /**
   * The stable integer id of a row: the first eight bytes of the SHA-256 digest of its key
   * (UTF-8), big-endian, with the sign bit cleared.
   *
   * @param key {@code dossier id + ":" + record id + "#" + row number}, such as {@code
   *     fra-jpn:talks#1}
   * @return a non-negative integer
   */
  public static long globalEventId(String key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      long id = 0;
      for (int i = 0; i < 8; i++) {
        id = (id << 8) | (digest[i] & 0xff);
      }
      return id & Long.MAX_VALUE;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  private static void run(Dossier dossier, EventExportOptions options, Appendable out,
      Appendable extras, List<Loss> losses) {
    EventRecords.Result result = EventRecords.build(dossier);
    try {
      if (options.header()) {
        out.append(String.join("\t", COLUMNS)).append('\n');
      }
      extras.append(String.join("\t", EXTRA_COLUMNS)).append('\n');
      List<EventRecords.Record> leftOut = new ArrayList<>();
      for (EventRecords.Record r : result.records) {
        if (r.coding.cameo().isEmpty()) {
          leftOut.add(r);
          losses.add(new Loss(r.pointer, "the record of " + r.id, "CAMEO has no code for it: "
              + r.coding.comment().orElse("")));
          continue;
        }
        if (r.doubt.isPresent() && options.doubtfulClaims() == EventExportOptions.DoubtfulClaims.OMIT) {
          leftOut.add(r);
          losses.add(new Loss(r.pointer, "the record of " + r.id, "its claim is "
              + r.doubt.get().name().toLowerCase(Locale.ROOT) + ", and doubtful claims are left out"
              + " (an option marks them instead)"));
          continue;
        }
        int n = 0;
        for (EventRecords.Dyad dyad : r.dyads) {
          n++;
          String key = dossier.id() + ":" + r.id + "#" + n;
          long id = globalEventId(key);
          out.append(line(row(r, dyad, id), COLUMNS, key, r.pointer, losses)).append('\n');
          extras.append(line(extra(dossier, r, dyad, id), EXTRA_COLUMNS, key, r.pointer, losses)).append('\n');
        }
      }
      for (Loss loss : result.losses) {
        if (leftOut.stream().noneMatch(r -> r.losses.contains(loss))) {
          losses.add(loss);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    EventRecords.sortByPointer(losses);
  }

  private static List<String> row(EventRecords.Record r, EventRecords.Dyad dyad, long id) {
    List<String> row = new ArrayList<>();
    row.add(Long.toString(id));
    FuzzyDate date = r.date.orElseThrow();
    Optional<LocalDate> day = EventRecords.isOneDay(date) || r.multiDay
        ? Optional.of(date.earliest()) : Optional.empty();
    LocalDate first = date.earliest();
    LocalDate last = date.latest();
    row.add(day.map(DAY::format).orElse(""));
    boolean oneMonth = first.getYear() == last.getYear() && first.getMonth() == last.getMonth();
    row.add(oneMonth ? String.format(Locale.ROOT, "%04d%02d", first.getYear(), first.getMonthValue()) : "");
    row.add(first.getYear() == last.getYear() ? Integer.toString(first.getYear()) : "");
    row.add(day.map(GdeltExport::fractionDate).orElse(""));
    actor(row, Optional.of(dyad.actor1));
    actor(row, dyad.actor2);
    row.add(""); // IsRootEvent: Entente codes records, not an article's paragraphs
    CameoCode code = dyad.coding.cameo().orElseThrow();
    row.add(code.code());
    row.add(code.baseCode());
    row.add(code.rootCode());
    row.add(Integer.toString(code.quadClass()));
    row.add(Double.toString(code.goldstein()));
    row.add(Integer.toString(r.mentions));
    row.add(Integer.toString(r.sources.size()));
    row.add(Integer.toString(r.sources.size()));
    row.add(""); // AvgTone: no tone is computed
    for (int i = 0; i < 16; i++) {
      row.add(""); // Actor1Geo_* and Actor2Geo_*: where the actors were is not recorded
    }
    geo(row, r.venue);
    row.add(r.sources.stream().flatMap(s -> s.published().stream())
        .filter(EventRecords::isOneDay).findFirst()
        .map(d -> DAY.format(d.earliest()) + "000000").orElse(""));
    row.add(r.sources.stream().flatMap(s -> s.url().stream()).map(Object::toString).findFirst().orElse(""));
    return row;
  }

  /** GDELT's YYYY.FFFF: the year and the share of it completed by that day, in ten-thousandths. */
  static String fractionDate(LocalDate day) {
    int share = Math.min(9999, day.getDayOfYear() * 10000 / 365);
    return String.format(Locale.ROOT, "%04d.%04d", day.getYear(), share);
  }

  private static void actor(List<String> row, Optional<CodedActor> actor) {
    boolean igo = actor.flatMap(CodedActor::code).filter(CodedActor.IGO::equals).isPresent();
    row.add(actor.map(CodedActor::cameoCode).orElse(""));
    row.add(actor.map(CodedActor::name).orElse(""));
    row.add(igo ? "" : actor.flatMap(CodedActor::code).orElse(""));
    row.add(""); // KnownGroupCode
    row.add(""); // EthnicCode
    row.add(""); // Religion1Code
    row.add(""); // Religion2Code
    row.add(igo ? CodedActor.IGO : actor.flatMap(CodedActor::sector).orElse(""));
    row.add(""); // Type2Code
    row.add(""); // Type3Code
  }

  private static void geo(List<String> row, Optional<Venue> venue) {
    Optional<String> fips = venue.flatMap(Venue::country).flatMap(Fips104::of);
    boolean city = venue.flatMap(Venue::city).isPresent();
    boolean us = venue.flatMap(Venue::country).map(c -> c.alpha2().equals("US")).orElse(false);
    // GDELT's geo types: 1 country, 3 US city, 4 world city.
    row.add(venue.isEmpty() || venue.get().country().isEmpty() ? "" : city ? (us ? "3" : "4") : "1");
    List<String> name = new ArrayList<>();
    venue.flatMap(Venue::city).ifPresent(name::add);
    venue.flatMap(Venue::country).ifPresent(c -> name.add(c.name()));
    row.add(String.join(", ", name));
    row.add(fips.orElse(""));
    row.addAll(Arrays.asList("", "", "", "", "")); // ADM1, ADM2, Lat, Long, FeatureID
  }

  private static List<String> extra(Dossier dossier, EventRecords.Record r, EventRecords.Dyad dyad, long id) {
    List<String> row = new ArrayList<>();
    row.add(Long.toString(id));
    row.add(dossier.id() + ":" + r.pointer);
    FuzzyDate date = r.date.orElseThrow();
    row.add(date.toString());
    row.add(EventRecords.isOneDay(date) ? "day" : r.multiDay ? "days" : EventRecords.precision(date));
    for (Optional<CodedActor> actor : List.of(Optional.of(dyad.actor1), dyad.actor2)) {
      row.add(actor.map(CodedActor::id).orElse(""));
      row.add(actor.flatMap(CodedActor::identifier).orElse(""));
      row.add(actor.flatMap(CodedActor::office).orElse(""));
    }
    row.add(r.venue.map(EventRecords::placeName).orElse(""));
    row.add(r.sources.stream().map(Source::id).collect(Collectors.joining(" ")));
    row.add(r.sources.stream().findFirst().map(EventRecords::citationText).orElse(""));
    row.add(r.windows.stream().map(DateClaim::value).map(FuzzyDate::toString).collect(Collectors.joining(";")));
    row.add(r.attendees.stream()
        .map(a -> a.person.name() + " (" + a.side.cameoCode() + ")")
        .collect(Collectors.joining("; ")));
    row.add(r.hostFromVenue ? "1" : "");
    row.add(r.doubt.map(d -> d.name().toLowerCase(Locale.ROOT)).orElse(""));
    List<String> comments = new ArrayList<>();
    dyad.coding.comment().ifPresent(comments::add);
    for (String c : r.comments) {
      if (!comments.contains(c)) {
        comments.add(c);
      }
    }
    row.add(String.join("; ", comments));
    return row;
  }

  private static String line(List<String> row, List<String> columns, String key, String pointer,
      List<Loss> losses) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < row.size(); i++) {
      if (i > 0) {
        line.append('\t');
      }
      String value = row.get(i);
      String clean = value.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
      if (!clean.equals(value)) {
        losses.add(new Loss(pointer, "the tabs and line breaks of " + columns.get(i) + " in row "
            + key, "GDELT files have no quoting: each was written as a space"));
      }
      line.append(clean);
    }
    return line.toString();
  }
}
