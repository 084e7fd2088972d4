package dev.entente.interop;

import dev.entente.model.DateClaim;
import dev.entente.model.Dossier;
import dev.entente.model.ExternalId;
import dev.entente.model.Source;
import dev.entente.model.Venue;
import dev.entente.time.FuzzyDate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * A dossier as PLOVER records, one JSON object per line (JSONL), in the fields and types of the
 * PLOVER manual's table "PLOVER JSON": one record per dated engagement, per dated position that
 * PLOVER has a category for, and per planned-meeting change that no agreement position already
 * records.
 *
 * <p>Fields: {@code id} (dossier id, record pointer), {@code has_event}, {@code date} (YYYY-MM-DD),
 * {@code enddate} (only the last day of a multi-day engagement), {@code actor} and {@code
 * recipient} (lists of entity objects: {@code code}, {@code sector}, {@code entity_text}, {@code
 * identifier_id} (a Wikidata id), {@code office}), {@code event}, {@code mode} and {@code context}
 * (lists), {@code quad_code} (from the PLOVER category, per the manual's category sections),
 * {@code event_loc} (a location object: {@code resolved_place}, {@code city}, {@code district},
 * {@code country} (name), {@code country_code} (alpha-3)), {@code event_text} (a list), {@code
 * cite_info} (one citation object, with the {@code coder} and {@code codebook}), {@code coder}
 * and {@code comment}. A cancelled meeting is a record with {@code has_event: false} and no event.
 *
 * <p>What PLOVER has no field for is in named extra fields, as the manual invites: {@code
 * entente_date_precision} and {@code entente_date_edtf} (a date that is not one day: {@code date}
 * is then its first day), {@code entente_windows} (when a planned meeting is expected), {@code
 * entente_attendees} (the people who took part, each with their side's code), {@code
 * entente_host_from_venue}, {@code entente_also_cited} (the sources after the first), {@code
 * entente_confirmation} (with {@link EventExportOptions.DoubtfulClaims#MARK}) and, on an entity,
 * {@code entente_id} (its id in the dossier, for groupings without a Wikidata id). Everything
 * else that is not exported is a {@link Loss}: {@link #losses(Dossier)}.
 *
 * <pre>{@code
 * try (Writer out = Files.newBufferedWriter(path)) {
 *   PloverExport.write(dossier, out);
 * }
 * PloverExport.losses(dossier).forEach(loss -> System.err.println("note: " + loss));
 * }</pre>
 */
public final class PloverExport {

  /** The PLOVER manual version whose tables the events, modes and contexts come from. */
  public static final String CODEBOOK = "PLOVER manual (openeventdata/PLOVER, commit 5e0c24f)";

  /** The coder named in every record and citation. */
  public static final String CODER = "entente-interop";

  private static final JsonFactory JSON = new JsonFactory();

  private PloverExport() {}

  /**
   * Writes the dossier's records with the default options, one per line.
   *
   * @return what the records leave out, as {@link #losses(Dossier)} gives it, from the same pass
   */
  public static List<Loss> write(Dossier dossier, Appendable out) {
    return write(dossier, out, EventExportOptions.defaults());
  }

  /**
   * Writes the dossier's records to {@code out}, one per line, each ending with a newline.
   *
   * @return what the records leave out, as {@link #losses(Dossier, EventExportOptions)} gives it,
   *     from the same pass
   */
  public static List<Loss> write(Dossier dossier, Appendable out, EventExportOptions options) {
    List<Loss> losses = new ArrayList<>();
    run(dossier, options, out, losses);
    return losses;
  }

  /**
   * What the records leave out of a dossier and why, per record and in document order, with the
   * default options.
   *
   * @param dossier the dossier exported
   * @return the losses; empty when nothing is left out
   */
  public static List<Loss> losses(Dossier dossier) {
    return losses(dossier, EventExportOptions.defaults());
  }

  /** What the records written with these options leave out, and why. */
  public static List<Loss> losses(Dossier dossier, EventExportOptions options) {
    List<Loss> losses = new ArrayList<>();
    run(dossier, options, new StringBuilder(), losses);
    return losses;
  }

  /**
   * The losses as sentences.
   *
   * @param dossier the dossier exported
   * @return one sentence per loss
   * @deprecated use {@link #losses(Dossier)}, which says where in the dossier and why; this
   *     returns its {@link Loss#toString()}s.
   */
  @Deprecated
  public static List<String> skipped(Dossier dossier) {
    return losses(dossier).stream().map(Loss::toString).collect(Collectors.toList());
  }

  /** The dossier's records as JSONL text, with the default options. */
  public static String toString(Dossier dossier) {
    StringBuilder out = new StringBuilder();
    write(dossier, out);
    return out.toString();
  }

  private static void run(Dossier dossier, EventExportOptions options, Appendable out, List<Loss> losses) {
    EventRecords.Result result = EventRecords.build(dossier);
    List<Loss> perRecord = new ArrayList<>();
    List<EventRecords.Record> written = new ArrayList<>();
    for (EventRecords.Record r : result.records) {
      if (r.coding.plover().isEmpty() && r.coding.cameo().isPresent()) {
        perRecord.add(new Loss(r.pointer, "the record of " + r.id, "PLOVER has no category for it: "
            + r.coding.comment().orElse("")));
        continue;
      }
      if (r.doubt.isPresent() && options.doubtfulClaims() == EventExportOptions.DoubtfulClaims.OMIT) {
        perRecord.add(new Loss(r.pointer, "the record of " + r.id, "its claim is "
            + r.doubt.get().name().toLowerCase(Locale.ROOT) + ", and doubtful claims are left out"
            + " (an option marks them instead)"));
        continue;
      }
      written.add(r);
    }
    for (Loss loss : result.losses) {
      boolean ofRecordLeftOut = result.records.stream()
          .anyMatch(r -> !written.contains(r) && r.losses.contains(loss));
      if (!ofRecordLeftOut) {
        losses.add(loss);
      }
    }
    losses.addAll(perRecord);
    try {
      for (EventRecords.Record r : written) {
        Map<String, Object> json = record(dossier, r, options, losses);
        writeJson(json, out);
        out.append('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    EventRecords.sortByPointer(losses);
  }

  static Map<String, Object> record(Dossier dossier, EventRecords.Record r, EventExportOptions options,
      List<Loss> losses) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", dossier.id() + ":" + r.id);
    json.put("has_event", r.coding.plover().isPresent());
    FuzzyDate date = r.date.orElseThrow();
    json.put("date", date.earliest().toString());
    if (r.multiDay) {
      json.put("enddate", date.latest().toString());
    }
    if (!EventRecords.isOneDay(date)) {
      if (!r.multiDay) {
        json.put("entente_date_precision", EventRecords.precision(date));
      }
      json.put("entente_date_edtf", date.toString());
    }
    json.put("actor", entities(r.actors));
    if (!r.recipients.isEmpty()) {
      json.put("recipient", entities(r.recipients));
    }
    List<String> event = new ArrayList<>();
    r.coding.plover().ifPresent(p -> event.add(p.event()));
    json.put("event", event);
    r.coding.plover().flatMap(PloverEvent::mode).ifPresent(mode -> json.put("mode", List.of(mode)));
    List<String> contexts = new ArrayList<>();
    for (String context : r.contexts) {
      if (PloverTables.isContext(context)) {
        contexts.add(context);
      } else {
        losses.add(new Loss(r.pointer, "the context \"" + context + "\" of " + r.id, "the"
            + " CAMEO→PLOVER table of 2021 gives it, but the manual's list of contexts has no such"
            + " context"));
      }
    }
    if (!contexts.isEmpty()) {
      json.put("context", contexts);
    }
    r.coding.plover().ifPresent(p -> json.put("quad_code", PloverTables.quadCode(p.event())));
    r.venue.ifPresent(venue -> json.put("event_loc", location(venue)));
    json.put("event_text", List.of(r.text));
    if (!r.sources.isEmpty()) {
      json.put("cite_info", citation(dossier, r.sources.get(0)));
      if (r.sources.size() > 1) {
        List<Object> also = new ArrayList<>();
        for (Source source : r.sources.subList(1, r.sources.size())) {
          also.add(citation(dossier, source));
        }
        json.put("entente_also_cited", also);
      }
    }
    json.put("coder", CODER);
    if (!r.windows.isEmpty()) {
      json.put("entente_windows", windows(r.windows));
    }
    if (!r.attendees.isEmpty()) {
      List<Object> attendees = new ArrayList<>();
      for (EventRecords.Attendee a : r.attendees) {
        Map<String, Object> entity = entity(a.person);
        a.side.code().ifPresent(code -> entity.put("entente_side", code));
        attendees.add(entity);
      }
      json.put("entente_attendees", attendees);
    }
    if (r.hostFromVenue) {
      json.put("entente_host_from_venue", true);
    }
    r.doubt.ifPresent(d -> json.put("entente_confirmation", d.name().toLowerCase(Locale.ROOT)));
    List<String> comments = new ArrayList<>();
    r.coding.cameo().ifPresent(c -> comments.add("CAMEO " + c.code() + " " + c.description()));
    comments.addAll(r.comments);
    json.put("comment", String.join("; ", comments));
    return json;
  }

  static List<Object> windows(List<DateClaim> windows) {
    List<Object> list = new ArrayList<>();
    for (DateClaim window : windows) {
      Map<String, Object> w = new LinkedHashMap<>();
      w.put("edtf", window.value().toString());
      window.wording().ifPresent(text -> w.put("text", text));
      list.add(w);
    }
    return list;
  }

  private static List<Object> entities(List<CodedActor> actors) {
    List<Object> entities = new ArrayList<>();
    for (CodedActor actor : actors) {
      entities.add(entity(actor));
    }
    return entities;
  }

  private static Map<String, Object> entity(CodedActor actor) {
    Map<String, Object> entity = new LinkedHashMap<>();
    actor.code().ifPresent(code -> entity.put("code", code));
    actor.sector().ifPresent(sector -> entity.put("sector", sector));
    entity.put("entity_text", actor.name());
    actor.wikidata().ifPresent(id -> entity.put("identifier_id", id));
    actor.office().ifPresent(office -> entity.put("office", office));
    entity.put("entente_id", actor.id());
    return entity;
  }

  private static Map<String, Object> location(Venue venue) {
    Map<String, Object> loc = new LinkedHashMap<>();
    loc.put("resolved_place", EventRecords.placeName(venue));
    venue.externalIds().stream()
        .filter(id -> id.scheme() == ExternalId.Scheme.GEONAMES)
        .findFirst()
        .ifPresent(id -> loc.put("geonameid", Long.parseLong(id.value())));
    venue.city().ifPresent(city -> loc.put("city", city));
    venue.district().ifPresent(district -> loc.put("district", district));
    venue.country().ifPresent(country -> {
      loc.put("country", country.name());
      loc.put("country_code", country.alpha3());
    });
    return loc;
  }

  private static Map<String, Object> citation(Dossier dossier, Source source) {
    Map<String, Object> cite = new LinkedHashMap<>();
    cite.put("corpus", "entente:" + dossier.id());
    cite.put("citation", EventRecords.citationText(source));
    source.url().ifPresent(url -> cite.put("url", url.toString()));
    source.title().ifPresent(title -> cite.put("title", title));
    source.language().filter(l -> l.length() == 2).ifPresent(language -> cite.put("language", language));
    source.publisher().ifPresent(publisher -> cite.put("publication", publisher));
    cite.put("coder", CODER);
    cite.put("codebook", CODEBOOK);
    return cite;
  }

  /** Writes a tree of maps, lists, strings, numbers and booleans through jackson-core. */
  static void writeJson(Object value, Appendable out) throws IOException {
    StringBuilderWriter writer = new StringBuilderWriter();
    try (JsonGenerator json = JSON.createGenerator(ObjectWriteContext.empty(), writer)) {
      write(json, value);
    }
    out.append(writer.text);
  }

  private static void write(JsonGenerator json, Object value) {
    if (value instanceof Map) {
      json.writeStartObject();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        json.writeName(e.getKey().toString());
        write(json, e.getValue());
      }
      json.writeEndObject();
    } else if (value instanceof List) {
      json.writeStartArray();
      for (Object item : (List<?>) value) {
        write(json, item);
      }
      json.writeEndArray();
    } else if (value instanceof Boolean) {
      json.writeBoolean((Boolean) value);
    } else if (value instanceof Integer) {
      json.writeNumber((Integer) value);
    } else if (value instanceof Long) {
      json.writeNumber((Long) value);
    } else {
      json.writeString(String.valueOf(value));
    }
  }

  /** A writer into a string builder, closed without effect. */
  private static final class StringBuilderWriter extends Writer {
    private final StringBuilder text = new StringBuilder();

    @Override
    public void write(char[] chars, int offset, int length) {
      text.append(chars, offset, length);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
