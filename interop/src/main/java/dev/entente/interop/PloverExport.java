package dev.entente.interop;

import dev.entente.model.Dossier;
import dev.entente.model.Source;
import dev.entente.model.Venue;
import dev.entente.time.FuzzyDate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A dossier as PLOVER records, one JSON object per line (JSONL): one record per engagement, per
 * position, and per planned-meeting change that no agreement position already records.
 *
 * <p>Fields, after the PLOVER manual's "PLOVER JSON" table: {@code id} (dossier id, record
 * pointer), {@code date} (the earliest day of a fuzzy date; its latest day in {@code enddate} and
 * the EDTF value in {@code comment}), {@code actor} and {@code recipient} (entity objects: {@code
 * code}, {@code sector}, {@code entity_text}, {@code identifier_id}, {@code office}), {@code
 * event}, {@code mode}, {@code context}, {@code quad_code}, {@code event_loc} where a venue is
 * known, {@code event_text}, {@code cite_info} (a list, one citation per source), {@code coder},
 * {@code codebook}, and {@code comment} for whatever PLOVER cannot express — a category it lacks
 * (concern, hope, recognise, call on), hedging, intensity, fuzzy dates, meeting windows. An
 * engagement whose sources give no date is no record: {@link #skipped(Dossier)} names it.
 *
 * <pre>{@code
 * try (Writer out = Files.newBufferedWriter(path)) {
 *   PloverExport.write(dossier, out);
 * }
 * }</pre>
 */
public final class PloverExport {

  /** The PLOVER manual version whose table the events come from. */
  public static final String CODEBOOK = "PLOVER draft 0.8 (2021-09-17)";

  private PloverExport() {}

  /** Writes the dossier's records to {@code out}, one per line, each ending with a newline. */
  public static void write(Dossier dossier, Appendable out) {
    try {
      for (Map<String, Object> record : records(dossier)) {
        Json.write(record, out);
        out.append('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What the records leave out of a dossier and why, one sentence a record: an engagement whose
   * sources give no date is no PLOVER event, which is dated.
   *
   * @param dossier the dossier exported
   * @return the notes, in document order; empty when nothing is left out
   */
  public static List<String> skipped(Dossier dossier) {
    return EventRecords.skipped(dossier);
  }

  /** The dossier's records as JSONL text. */
  public static String toString(Dossier dossier) {
    StringBuilder out = new StringBuilder();
    write(dossier, out);
    return out.toString();
  }

  static List<Map<String, Object>> records(Dossier dossier) {
    List<Map<String, Object>> records = new ArrayList<>();
    for (EventRecords.Record r : EventRecords.of(dossier)) {
      Map<String, Object> json = new LinkedHashMap<>();
      List<String> comments = new ArrayList<>();
      json.put("id", dossier.id() + ":" + r.id);
      if (r.date.isPresent()) {
        FuzzyDate date = r.date.get();
        json.put("date", date.earliest().toString());
        if (date.toLocalDate().isEmpty()) {
          json.put("enddate", date.latest().toString());
          comments.add("date " + date + " (EDTF): date and enddate are its earliest and latest days");
        }
      }
      json.put("actor", entities(r.actors));
      if (!r.recipients.isEmpty()) {
        json.put("recipient", entities(r.recipients));
      }
      List<String> event = new ArrayList<>();
      r.coding.plover().ifPresent(p -> event.add(p.event()));
      json.put("event", event);
      r.coding.plover().flatMap(PloverEvent::mode).ifPresent(mode -> json.put("mode", mode));
      if (!r.contexts.isEmpty()) {
        json.put("context", r.contexts);
      }
      r.coding.cameo().ifPresent(c -> json.put("quad_code", c.quadClass()));
      r.venue.ifPresent(venue -> json.put("event_loc", location(venue)));
      json.put("event_text", r.text);
      List<Object> citations = new ArrayList<>();
      for (Source source : r.sources) {
        citations.add(citation(dossier, source));
      }
      if (!citations.isEmpty()) {
        json.put("cite_info", citations);
      }
      json.put("coder", "entente-interop");
      json.put("codebook", CODEBOOK);
      r.coding.cameo().ifPresent(c -> comments.add("CAMEO " + c.code() + " " + c.description()));
      comments.addAll(r.comments);
      json.put("comment", String.join("; ", comments));
      records.add(json);
    }
    return records;
  }

  private static List<Object> entities(List<CodedActor> actors) {
    List<Object> entities = new ArrayList<>();
    for (CodedActor actor : actors) {
      Map<String, Object> entity = new LinkedHashMap<>();
      actor.code().ifPresent(code -> entity.put("code", code));
      actor.sector().ifPresent(sector -> entity.put("sector", sector));
      entity.put("entity_text", actor.name());
      actor.identifier().ifPresent(id -> entity.put("identifier_id", id));
      entity.put("identifier_text", actor.name());
      actor.office().ifPresent(office -> entity.put("office", office));
      entities.add(entity);
    }
    return entities;
  }

  static String placeName(Venue venue) {
    List<String> parts = new ArrayList<>();
    venue.building().ifPresent(parts::add);
    venue.district().ifPresent(parts::add);
    venue.city().ifPresent(parts::add);
    venue.country().ifPresent(c -> parts.add(c.name()));
    return String.join(", ", parts);
  }

  private static Map<String, Object> location(Venue venue) {
    Map<String, Object> loc = new LinkedHashMap<>();
    loc.put("name", placeName(venue));
    venue.city().ifPresent(city -> loc.put("city", city));
    venue.country().ifPresent(country -> loc.put("country", country.alpha3()));
    return loc;
  }

  private static Map<String, Object> citation(Dossier dossier, Source source) {
    Map<String, Object> cite = new LinkedHashMap<>();
    cite.put("corpus", "entente:" + dossier.id());
    cite.put("citation", citationText(source));
    source.url().ifPresent(url -> cite.put("url", url.toString()));
    source.title().ifPresent(title -> cite.put("title", title));
    source.language().ifPresent(language -> cite.put("language", language));
    source.publisher().ifPresent(publisher -> cite.put("publication", publisher));
    return cite;
  }

  /** "Publisher, Title (date)", from what the source has. */
  static String citationText(Source source) {
    List<String> parts = new ArrayList<>();
    if (!source.authors().isEmpty()) {
      parts.add(String.join(", ", source.authors()));
    }
    source.publisher().ifPresent(parts::add);
    parts.add(source.title().or(() -> source.url().map(Object::toString)).orElse(source.id()));
    Optional<FuzzyDate> published = source.published();
    return String.join(", ", parts) + published.map(d -> " (" + d + ")").orElse("");
  }
}
