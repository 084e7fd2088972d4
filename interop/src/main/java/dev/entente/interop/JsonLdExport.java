package dev.entente.interop;

import dev.entente.model.Actor;
import dev.entente.model.Agreement;
import dev.entente.model.Attribution;
import dev.entente.model.Dialogue;
import dev.entente.model.DialogueSeries;
import dev.entente.model.Dossier;
import dev.entente.model.Engagement;
import dev.entente.model.Evidence;
import dev.entente.model.ExternalId;
import dev.entente.model.Finding;
import dev.entente.model.GovernmentBody;
import dev.entente.model.Grouping;
import dev.entente.model.Instrument;
import dev.entente.model.InvalidValueException;
import dev.entente.model.JointStatement;
import dev.entente.model.Meeting;
import dev.entente.model.MeetingChange;
import dev.entente.model.ObjectRole;
import dev.entente.model.Office;
import dev.entente.model.Participant;
import dev.entente.model.Person;
import dev.entente.model.PersonName;
import dev.entente.model.PlannedMeeting;
import dev.entente.model.PlannedStatus;
import dev.entente.model.Position;
import dev.entente.model.PositionObject;
import dev.entente.model.Ref;
import dev.entente.model.Remarks;
import dev.entente.model.Source;
import dev.entente.model.SourceKind;
import dev.entente.model.State;
import dev.entente.model.Statement;
import dev.entente.model.StatementRelation;
import dev.entente.model.Tenure;
import dev.entente.model.Topic;
import dev.entente.model.Topics;
import dev.entente.model.UnilateralStatement;
import dev.entente.model.Venue;
import dev.entente.model.Wording;
import dev.entente.time.FuzzyDate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;

/**
 * A dossier as one JSON-LD 1.1 document with schema.org terms and its context inline, so that no
 * processor fetches anything: {@code @vocab} is {@code https://schema.org/}, {@code url} and
 * {@code sameAs} are coerced to IRIs, and the few terms schema.org lacks are in {@code
 * https://entente.dev/ns#} (prefix {@code entente}). Every property is used within its
 * schema.org domain and range (release 30.0), which the module's tests check against the published
 * vocabulary.
 *
 * <p>Node ids are a caller-supplied base IRI followed by the record's id ({@link #toString(Dossier,
 * String)}); without one the base is {@link #defaultBase(Dossier) urn:entente:DOSSIER:}. A state
 * is a {@code GovernmentOrganization} (the state as an actor: attendee, organizer, creator, member)
 * whose {@code areaServed} is its {@code Country}; groupings are {@code Organization}s with their
 * {@code member}s, government bodies {@code GovernmentOrganization}s, persons {@code Person}s with
 * their names in every script as {@code alternateName} and each tenure of an office as a {@code
 * memberOf} {@code OrganizationRole} ({@code roleName}, {@code startDate}, {@code endDate}).
 * Series are {@code EventSeries}, engagements and planned meetings {@code Event}s, remarks {@code
 * Quotation}s, other statements {@code CreativeWork}s with their positions as parts, sources
 * {@code NewsArticle}, {@code SocialMediaPosting}, {@code WebPage} or {@code CreativeWork}, topics
 * {@code DefinedTerm}s. Evidence is {@code subjectOf}: the source, or a {@code Quotation} of it.
 *
 * <p>What schema.org cannot say is left out and reported by {@link #losses(Dossier)}; {@code
 * interop/MAPPING.md} lists it.
 */
public final class JsonLdExport {

  /** The namespace of the few terms schema.org has no word for. */
  public static final String ENTENTE_NS = "https://entente.dev/ns#";

  /** The schema.org namespace, the document's {@code @vocab}. */
  public static final String SCHEMA_NS = "https://schema.org/";

  /** The start of the default base IRI: {@code urn:entente:}, then the dossier id and a colon. */
  public static final String DEFAULT_BASE_PREFIX = "urn:entente:";

  /**
   * An ISO 8601 year, month or day (FuzzyDate has checked the day). EDTF's seasons and halves
   * (21 to 41 in the month's place, {@code 2025-40}) are no months.
   */
  private static final Pattern ISO_DATE =
      Pattern.compile("[0-9]{4}(-(0[1-9]|1[0-2])(-[0-9]{2})?)?");

  private static final JsonFactory JSON = new JsonFactory();

  private JsonLdExport() {}

  /**
   * The base IRI used when the caller gives none: {@code urn:entente:} followed by the dossier's
   * id and a colon, such as {@code urn:entente:korea-uk-2024:}.
   *
   * @param dossier the dossier exported
   * @return the default base IRI of its nodes
   */
  public static String defaultBase(Dossier dossier) {
    return DEFAULT_BASE_PREFIX + dossier.id() + ":";
  }

  /**
   * Writes the dossier as a JSON-LD document, indented, with a final line break, its node ids
   * under {@link #defaultBase(Dossier)}.
   *
   * @param dossier the dossier to write
   * @param out where the text goes
   * @return what the document leaves out, as {@link #losses(Dossier)} gives it, from the same pass
   * @throws UncheckedIOException if {@code out} fails
   */
  public static List<Loss> write(Dossier dossier, Appendable out) {
    return write(dossier, defaultBase(dossier), out);
  }

  /**
   * Writes the dossier as a JSON-LD document, indented, with a final line break, its node ids
   * under the given base IRI: a record {@code fm-4} is {@code base + "fm-4"}, and the dossier
   * itself (a {@code Dataset}) is the base without its final {@code /}, {@code #} or {@code :}.
   *
   * @param dossier the dossier to write
   * @param base an absolute IRI ending in {@code /}, {@code #} or {@code :}, such as {@code
   *     https://example.org/dossiers/korea-uk-2024/}
   * @param out where the text goes
   * @throws InvalidValueException if {@code base} is not an absolute IRI ending so
   * @return what the document leaves out, as {@link #losses(Dossier)} gives it, from the same pass
   * @throws UncheckedIOException if {@code out} fails
   */
  public static List<Loss> write(Dossier dossier, String base, Appendable out) {
    checkBase(base);
    Exporter exporter = new Exporter(dossier, base);
    Map<String, Object> document = exporter.document();
    StringWriter text = new StringWriter();
    try (JsonGenerator generator = JSON.createGenerator(new Indented(), text)) {
      tree(generator, document);
    }
    try {
      out.append(text.toString()).append('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(exporter.losses);
  }

  /**
   * The dossier as JSON-LD text, its node ids under {@link #defaultBase(Dossier)}.
   *
   * @param dossier the dossier to write
   * @return the document, with a final line break
   */
  public static String toString(Dossier dossier) {
    return toString(dossier, defaultBase(dossier));
  }

  /**
   * The dossier as JSON-LD text, its node ids under the given base IRI (see {@link
   * #write(Dossier, String, Appendable)}).
   *
   * @param dossier the dossier to write
   * @param base an absolute IRI ending in {@code /}, {@code #} or {@code :}
   * @return the document, with a final line break
   * @throws InvalidValueException if {@code base} is not an absolute IRI ending so
   */
  public static String toString(Dossier dossier, String base) {
    StringBuilder out = new StringBuilder();
    write(dossier, base, out);
    return out.toString();
  }

  /**
   * What the JSON-LD export of the dossier leaves out, in document order: the members of its
   * records that schema.org has no term for and that the export does not carry in its own {@code
   * entente:} terms either (grounds, hedging, intensity, source disagreements, statement relations,
   * the history of a plan, ...). Each loss points into the dossier's JSON form.
   *
   * @param dossier the dossier exported
   * @return every loss, in the order of the dossier's JSON document; empty when nothing is lost
   */
  public static List<Loss> losses(Dossier dossier) {
    Exporter exporter = new Exporter(dossier, defaultBase(dossier));
    exporter.document();
    return List.copyOf(exporter.losses);
  }

  private static void checkBase(String base) {
    URI uri;
    try {
      uri = new URI(base);
    } catch (URISyntaxException e) {
      throw new InvalidValueException("JsonLdExport", "base", base, "not an IRI: " + e.getReason());
    }
    if (!uri.isAbsolute()) {
      throw new InvalidValueException("JsonLdExport", "base", base,
          "not an absolute IRI: node ids are the base followed by a record id");
    }
    char last = base.charAt(base.length() - 1);
    if (last != '/' && last != '#' && last != ':') {
      throw new InvalidValueException("JsonLdExport", "base", base,
          "does not end in '/', '#' or ':', so a record id would run into its last segment");
    }
  }

  /** Two-space indentation, as JSON-LD examples are written. */
  private static final class Indented extends ObjectWriteContext.Base {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      return new DefaultPrettyPrinter();
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  }

  /** Writes a tree of maps (objects, in insertion order), lists, strings and integers. */
  private static void tree(JsonGenerator generator, Object value) {
    if (value instanceof String) {
      generator.writeString((String) value);
    } else if (value instanceof Integer) {
      generator.writeNumber((Integer) value);
    } else if (value instanceof Map) {
      generator.writeStartObject();
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        generator.writeName((String) entry.getKey());
        tree(generator, entry.getValue());
      }
      generator.writeEndObject();
    } else if (value instanceof List) {
      generator.writeStartArray();
      for (Object item : (List<?>) value) {
        tree(generator, item);
      }
      generator.writeEndArray();
    } else {
      throw new IllegalStateException("not a JSON-LD value of this export: " + value);
    }
  }

  private static final class Exporter {
    private final Dossier dossier;
    private final String base;
    private final List<Object> graph = new ArrayList<>();
    private final Set<String> builtInTopics = new LinkedHashSet<>();
    final List<Loss> losses = new ArrayList<>();

    Exporter(Dossier dossier, String base) {
      this.dossier = dossier;
      this.base = base;
    }

    Map<String, Object> document() {
      Map<String, Object> context = new LinkedHashMap<>();
      context.put("@vocab", SCHEMA_NS);
      context.put("schema", SCHEMA_NS);
      context.put("entente", ENTENTE_NS);
      context.put("url", Map.of("@id", "schema:url", "@type", "@id"));
      context.put("sameAs", Map.of("@id", "schema:sameAs", "@type", "@id"));
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("@context", context);
      // The dossier is a node of the default graph: a top-level @id beside @graph would make the
      // graph a named one.
      Map<String, Object> dataset = new LinkedHashMap<>();
      dataset.put("@id", base.substring(0, base.length() - 1));
      dataset.put("@type", "Dataset");
      dataset.put("identifier", dossier.id());
      dossier.title().ifPresent(t -> dataset.put("name", t));
      dossier.description().ifPresent(d -> dataset.put("description", d));
      graph.add(dataset);
      graph();
      doc.put("@graph", graph);
      return doc;
    }

    private void graph() {
      for (int i = 0; i < dossier.actors().size(); i++) {
        actor(at(Dossier.ACTORS, i), dossier.actors().get(i));
      }
      for (int i = 0; i < dossier.offices().size(); i++) {
        Office office = dossier.offices().get(i);
        lose(at(Dossier.OFFICES, i), "office \"" + office.id() + "\" as a record (its kind, short "
            + "title and external ids)", "schema.org has no type for an office: its title is the "
            + "roleName of the OrganizationRole of each tenure");
      }
      for (int i = 0; i < dossier.series().size(); i++) {
        series(at(Dossier.SERIES, i), dossier.series().get(i));
      }
      for (int i = 0; i < dossier.engagements().size(); i++) {
        engagement(at(Dossier.ENGAGEMENTS, i), dossier.engagements().get(i));
      }
      for (int i = 0; i < dossier.plannedMeetings().size(); i++) {
        planned(at(Dossier.PLANNED_MEETINGS, i), dossier.plannedMeetings().get(i));
      }
      for (int i = 0; i < dossier.statements().size(); i++) {
        statement(at(Dossier.STATEMENTS, i), dossier.statements().get(i));
      }
      for (int i = 0; i < dossier.instruments().size(); i++) {
        Instrument instrument = dossier.instruments().get(i);
        lose(at(Dossier.INSTRUMENTS, i), "instrument \"" + instrument.id() + "\"",
            "schema.org has no type for a treaty or agreement with parties, signatories and "
                + "ratifications; the export does not write instruments");
      }
      for (int i = 0; i < dossier.topics().size(); i++) {
        topic(Optional.of(at(Dossier.TOPICS, i)), dossier.topics().get(i));
      }
      for (int i = 0; i < dossier.sources().size(); i++) {
        source(at(Dossier.SOURCES, i), dossier.sources().get(i));
      }
      // Built-in topics are written once each, with the built-in parents they name in turn.
      Set<String> written = new LinkedHashSet<>();
      for (Topic t : dossier.topics()) {
        written.add(t.id());
      }
      List<String> pending = new ArrayList<>(builtInTopics);
      while (!pending.isEmpty()) {
        String id = pending.remove(0);
        if (written.add(id)) {
          topic(Optional.empty(), Topics.find(id).orElseThrow());
          for (String more : builtInTopics) {
            if (!written.contains(more) && !pending.contains(more)) {
              pending.add(more);
            }
          }
        }
      }
    }

    // ---- Helpers ----------------------------------------------------------------------------------

    private static String at(String pointer, Object... steps) {
      StringBuilder b = new StringBuilder(pointer.startsWith("/") ? pointer : "/" + pointer);
      for (Object step : steps) {
        b.append('/').append(step);
      }
      return b.toString();
    }

    private void lose(String pointer, String what, String reason) {
      losses.add(new Loss(pointer, what, reason));
    }

    private String iri(String id) {
      return base + id;
    }

    private Map<String, Object> ref(String id) {
      Map<String, Object> ref = new LinkedHashMap<>();
      ref.put("@id", iri(id));
      return ref;
    }

    private Map<String, Object> node(String id, String type) {
      Map<String, Object> node = new LinkedHashMap<>();
      node.put("@id", iri(id));
      node.put("@type", type);
      graph.add(node);
      return node;
    }

    private static Map<String, Object> typed(String type) {
      Map<String, Object> node = new LinkedHashMap<>();
      node.put("@type", type);
      return node;
    }

    private static Map<String, Object> schemaIri(String name) {
      Map<String, Object> ref = new LinkedHashMap<>();
      ref.put("@id", SCHEMA_NS + name);
      return ref;
    }

    private static boolean isIso(FuzzyDate date) {
      return ISO_DATE.matcher(date.toString()).matches();
    }

    /**
     * Writes a date as {@code property} when it is an ISO 8601 day, month or year, and always as
     * EDTF in {@code edtfProperty}.
     */
    private static void date(Map<String, Object> node, String property, String edtfProperty,
        FuzzyDate date) {
      String text = date.toString();
      if (isIso(date)) {
        node.put(property, text);
      }
      node.put(edtfProperty, text);
    }

    private static void add(Map<String, Object> node, String property, Object value) {
      Object old = node.get(property);
      if (old == null) {
        node.put(property, value);
      } else if (old instanceof List) {
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) old;
        if (!list.contains(value)) {
          list.add(value);
        }
      } else if (!old.equals(value)) {
        List<Object> list = new ArrayList<>();
        list.add(old);
        list.add(value);
        node.put(property, list);
      }
    }

    private List<Object> refs(List<? extends Ref<?>> refs) {
      List<Object> list = new ArrayList<>();
      for (Ref<?> r : refs) {
        list.add(ref(r.id()));
      }
      return list;
    }

    private List<Object> topics(List<Ref<Topic>> topics) {
      for (Ref<Topic> t : topics) {
        if (Topics.isBuiltIn(t.id())) {
          builtInTopics.add(t.id());
        }
      }
      return refs(topics);
    }

    /** Every external id as {@code sameAs} (Wikidata, GeoNames) or {@code identifier} (OCD). */
    private static void externalIds(Map<String, Object> node, List<ExternalId> ids) {
      for (ExternalId id : ids) {
        switch (id.scheme()) {
          case WIKIDATA:
            add(node, "sameAs", "http://www.wikidata.org/entity/" + id.value());
            break;
          case GEONAMES:
            add(node, "sameAs", "https://sws.geonames.org/" + id.value() + "/");
            break;
          default:
            // An Open Civic Data id is no URL: an identifier, not sameAs.
            add(node, "identifier", id.toString());
        }
      }
    }

    /** Evidence as {@code subjectOf}: the source, or a quotation from it. */
    private void evidence(String pointer, Map<String, Object> node, List<Evidence> evidence) {
      for (int i = 0; i < evidence.size(); i++) {
        Evidence e = evidence.get(i);
        if (e.quote().isPresent()) {
          Map<String, Object> quotation = typed("Quotation");
          quotation.put("text", e.quote().get());
          quotation.put("isBasedOn", ref(e.source().id()));
          add(node, "subjectOf", quotation);
        } else {
          add(node, "subjectOf", ref(e.source().id()));
        }
        if (e.note().isPresent()) {
          lose(at(pointer, i, Evidence.NOTE), "the note on a piece of evidence",
              "schema.org has no term for a note on how a source supports a record");
        }
      }
    }

    private void wordingEvidence(String pointer, List<Evidence> evidence, String what) {
      if (!evidence.isEmpty()) {
        lose(pointer, "the evidence for " + what,
            "schema.org cannot attach a source to a single value of a property");
      }
    }

    // ---- Actors -----------------------------------------------------------------------------------

    private void actor(String pointer, Actor actor) {
      Map<String, Object> node;
      if (actor instanceof State) {
        // A Country is a Place: the state as an actor is its government, serving the country.
        State state = (State) actor;
        node = node(actor.id(), "GovernmentOrganization");
        node.put("name", actor.name());
        Map<String, Object> country = node(actor.id() + "/country", "Country");
        country.put("name", actor.name());
        country.put("identifier", state.country().alpha3());
        externalIds(country, actor.externalIds());
        node.put("areaServed", ref(actor.id() + "/country"));
        return;
      }
      if (actor instanceof Grouping) {
        Grouping grouping = (Grouping) actor;
        node = node(actor.id(), "Organization");
        node.put("name", actor.name());
        grouping.fullName().ifPresent(n -> node.put("alternateName", n));
        lose(at(pointer, Grouping.KIND), "the kind of grouping \"" + actor.id() + "\" ("
            + grouping.kind().name().toLowerCase(Locale.ROOT) + ")",
            "schema.org has no kinds of international grouping");
        if (!grouping.members().isEmpty()) {
          node.put("member", refs(grouping.members()));
        }
        grouping.partOf().ifPresent(p -> node.put("parentOrganization", ref(p.id())));
      } else if (actor instanceof GovernmentBody) {
        GovernmentBody body = (GovernmentBody) actor;
        node = node(actor.id(), "GovernmentOrganization");
        node.put("name", actor.name());
        node.put("parentOrganization", ref(body.partOf().orElse(body.government()).id()));
        Ref<Actor> government = body.government();
        if (dossier.find(government, State.class).isPresent()) {
          node.put("areaServed", ref(government.id() + "/country"));
        }
      } else {
        node = node(actor.id(), "Person");
        node.put("name", actor.name());
        person(pointer, (Person) actor, node);
      }
      externalIds(node, actor.externalIds());
    }

    private void person(String pointer, Person person, Map<String, Object> node) {
      List<Object> names = new ArrayList<>();
      for (int i = 0; i < person.names().size(); i++) {
        PersonName name = person.names().get(i);
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("@value", name.text());
        name.language().ifPresent(l -> value.put("@language", l));
        names.add(value);
        if (name.family().isPresent() || name.given().isPresent() || name.order().isPresent()
            || name.romanization().isPresent()) {
          lose(at(pointer, Person.NAMES, i), "the script, parts and romanization of the name \""
              + name.text() + "\"", "the export writes a name as alternateName text with its "
              + "language; schema.org's givenName and familyName hold one name, not one per script");
        }
      }
      for (int i = 0; i < person.aliases().size(); i++) {
        Wording alias = person.aliases().get(i);
        names.add(alias.text());
        wordingEvidence(at(pointer, Person.ALIASES, i, Wording.EVIDENCE), alias.evidence(),
            "the alias \"" + alias.text() + "\"");
      }
      if (!names.isEmpty()) {
        node.put("alternateName", names);
      }
      List<Object> roles = new ArrayList<>();
      for (int i = 0; i < person.tenures().size(); i++) {
        Tenure tenure = person.tenures().get(i);
        Optional<Office> office = dossier.find(tenure.office(), Office.class);
        if (office.isEmpty()) {
          lose(at(pointer, Person.TENURES, i), "a tenure of office \"" + tenure.office().id() + "\"",
              "the office is not in the dossier");
          continue;
        }
        Map<String, Object> role = typed("OrganizationRole");
        role.put("roleName", office.get().title());
        date(role, "startDate", "entente:startEdtf", tenure.term().start());
        tenure.term().end().ifPresent(end -> date(role, "endDate", "entente:endEdtf", end));
        role.put("memberOf", ref(office.get().body().orElse(office.get().jurisdiction()).id()));
        roles.add(role);
        if (tenure.ordinal().isPresent()) {
          lose(at(pointer, Person.TENURES, i, Tenure.ORDINAL), "the ordinal of a tenure ("
              + tenure.ordinal().getAsInt() + ")", "schema.org's Role has no ordinal");
        }
        wordingEvidence(at(pointer, Person.TENURES, i, Tenure.EVIDENCE), tenure.evidence(),
            "a tenure of " + office.get().title());
      }
      if (!roles.isEmpty()) {
        node.put("memberOf", roles);
      }
    }

    // ---- Series and engagements -------------------------------------------------------------------

    private void series(String pointer, DialogueSeries series) {
      Map<String, Object> node = node(series.id(), "EventSeries");
      node.put("name", series.name());
      node.put("attendee", refs(series.sides()));
      lose(at(pointer, DialogueSeries.LEVEL), "the level and principals' kinds of series \""
          + series.id() + "\"", "schema.org has no level of a dialogue series");
      series.established().ifPresent(d -> date(node, "startDate", "entente:edtf", d));
      evidence(at(pointer, DialogueSeries.EVIDENCE), node, series.evidence());
    }

    private void engagement(String pointer, Engagement engagement) {
      Map<String, Object> node = node(engagement.id(), "Event");
      node.put("name", engagementName(engagement));
      node.put("attendee", refs(engagement.sides()));
      engagement.host().ifPresent(h -> node.put("organizer", ref(h.id())));
      engagement.initiator().ifPresent(i -> lose(at(pointer, Engagement.INITIATOR),
          "the initiator of engagement \"" + engagement.id() + "\" (" + i.id() + ")",
          "schema.org has no initiator of an event"));
      if (!engagement.hostClaims().isEmpty()) {
        lose(at(pointer, Engagement.HOST_CLAIMS), "the sources' accounts of the host of engagement \""
            + engagement.id() + "\"", "schema.org has no competing accounts of a value; "
            + "organizer is the settled host only");
      }
      engagement.date().ifPresent(d -> date(node, "startDate", "entente:edtf", d));
      engagement.startsAt().ifPresent(start -> node.put("startDate",
          start.toOffsetDateTime().toString()));
      if (node.containsKey("startDate")) {
        // EventScheduled says the event takes place on its startDate: only with one.
        node.put("eventStatus", schemaIri("EventScheduled"));
      }
      if (!engagement.dateClaims().isEmpty()) {
        lose(at(pointer, Engagement.DATE_CLAIMS), "the sources' accounts of the date of engagement \""
            + engagement.id() + "\"", "schema.org has no competing accounts of a value; "
            + "startDate is the settled date only");
      }
      engagement.venue().ifPresent(v -> node.put("location", place(v)));
      if (!engagement.venueClaims().isEmpty()) {
        lose(at(pointer, Engagement.VENUE_CLAIMS), "the sources' accounts of the venue of "
            + "engagement \"" + engagement.id() + "\"", "schema.org has no competing accounts of "
            + "a value; location is the settled venue only");
      }
      for (int i = 0; i < engagement.participants().size(); i++) {
        Participant participant = engagement.participants().get(i);
        add(node, "attendee", ref(participant.person().id()));
        lose(at(pointer, Engagement.PARTICIPANTS, i), "the side, offices and roles of participant \""
            + participant.person().id() + "\" at \"" + engagement.id() + "\"",
            "schema.org's attendee is the person alone; the offices held are the person's "
                + "OrganizationRoles");
      }
      if (engagement instanceof Dialogue) {
        Dialogue dialogue = (Dialogue) engagement;
        add(node, "superEvent", ref(dialogue.series().id()));
        dialogue.ordinal().ifPresent(o -> node.put("entente:ordinal", o));
        dialogue.round().ifPresent(r -> lose(at(pointer, Dialogue.ROUND),
            "the round (" + r + ") of dialogue \"" + engagement.id() + "\"",
            "schema.org has no round of an event series"));
      } else {
        node.put("entente:kind", ((Meeting) engagement).kind().name());
      }
      engagement.partOf().ifPresent(p -> add(node, "superEvent", ref(p.id())));
      engagement.replaces().ifPresent(r -> lose(at(pointer, Engagement.REPLACES),
          "that engagement \"" + engagement.id() + "\" replaces planned meeting \"" + r.id() + "\"",
          "schema.org has no replacement of one event by another"));
      if (!engagement.topics().isEmpty()) {
        node.put("about", topics(engagement.topics()));
      }
      evidence(at(pointer, Engagement.EVIDENCE), node, engagement.evidence());
    }

    private String engagementName(Engagement engagement) {
      if (engagement.title().isPresent()) {
        return engagement.title().get();
      }
      if (engagement instanceof Dialogue) {
        Dialogue dialogue = (Dialogue) engagement;
        String series = dossier.find(dialogue.series(), DialogueSeries.class)
            .map(DialogueSeries::name).orElse(dialogue.series().id());
        return dialogue.ordinal().isPresent()
            ? series + ", session " + dialogue.ordinal().getAsInt()
            : series;
      }
      List<String> sides = new ArrayList<>();
      for (Ref<Actor> side : engagement.sides()) {
        sides.add(dossier.find(side, Actor.class).map(Actor::name).orElse(side.id()));
      }
      return ((Meeting) engagement).kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
          + ": " + String.join(", ", sides);
    }

    /**
     * A venue as a {@code Place}: its name from building to country, its address (city and
     * country), and the district as a {@code Place} it is contained in.
     */
    private Map<String, Object> place(Venue venue) {
      Map<String, Object> place = typed("Place");
      place.put("name", EventRecords.placeName(venue));
      Map<String, Object> address = typed("PostalAddress");
      venue.city().ifPresent(c -> address.put("addressLocality", c));
      venue.country().ifPresent(c -> address.put("addressCountry", c.alpha2()));
      if (address.size() > 1) {
        place.put("address", address);
      }
      venue.district().ifPresent(d -> {
        Map<String, Object> district = typed("Place");
        district.put("name", d);
        if (address.size() > 1) {
          district.put("address", address);
        }
        place.put("containedInPlace", district);
      });
      externalIds(place, venue.externalIds());
      return place;
    }

    private void planned(String pointer, PlannedMeeting planned) {
      Map<String, Object> node = node(planned.id(), "Event");
      node.put("name", planned.title().orElse(planned.id()));
      planned.kind().ifPresent(k -> node.put("entente:kind", k.name()));
      planned.series().ifPresent(s -> add(node, "superEvent", ref(s.id())));
      planned.ordinal().ifPresent(o -> node.put("entente:ordinal", o));
      node.put("attendee", refs(planned.sides()));
      planned.host().ifPresent(h -> node.put("organizer", ref(h.id())));
      if (!planned.principals().isEmpty()) {
        lose(at(pointer, PlannedMeeting.PRINCIPALS), "the offices expected to meet at \""
            + planned.id() + "\"", "schema.org's attendee is a person or organization, not an office");
      }
      if (!planned.topics().isEmpty()) {
        node.put("about", topics(planned.topics()));
      }

      // The current window: a startDate when it is one ISO date, else EDTF only.
      List<Object> windows = new ArrayList<>();
      planned.currentWindows().forEach(w -> windows.add(w.value().toString()));
      if (planned.currentWindows().size() == 1 && isIso(planned.currentWindows().get(0).value())) {
        node.put("startDate", planned.currentWindows().get(0).value().toString());
      }
      if (!windows.isEmpty()) {
        node.put("entente:window", windows);
      }
      Finding<PlannedStatus> finding = planned.status();
      if (finding.value().isPresent()) {
        PlannedStatus status = finding.value().get();
        node.put("entente:status", status.name());
        eventStatus(status, node.containsKey("startDate"))
            .ifPresent(s -> node.put("eventStatus", schemaIri(s)));
      } else {
        // Sources disagree about the latest step: every status they give, no eventStatus.
        List<Object> statuses = new ArrayList<>();
        finding.alternatives().forEach(a -> statuses.add(a.value().name()));
        node.put("entente:status", statuses);
      }

      // The history: every venue and held engagement kept, previous start dates where known.
      List<FuzzyDate> known = new ArrayList<>();
      for (int i = 0; i < planned.lifecycle().size(); i++) {
        MeetingChange change = planned.lifecycle().get(i);
        if ((change.status() == PlannedStatus.POSTPONED
            || change.status() == PlannedStatus.RESCHEDULED)) {
          for (FuzzyDate before : known) {
            if (isIso(before)) {
              add(node, "previousStartDate", before.toString());
            }
          }
        }
        if (!change.windows().isEmpty()) {
          known.clear();
          change.windows().forEach(w -> known.add(w.value()));
        }
        change.heldAs().ifPresent(h -> add(node, "sameAs", iri(h.id())));
        change.venue().ifPresent(v -> node.put("location", place(v)));
        lose(at(pointer, PlannedMeeting.LIFECYCLE, i), "step " + i + " of the history of \""
            + planned.id() + "\" (" + change.status().name().toLowerCase(Locale.ROOT) + ")",
            "schema.org has an event's current status, location and previous start dates, not "
                + "the steps of its planning: their dates, initiators, reasons, announcements, "
                + "confirmation, evidence and competing accounts are not exported");
      }
      planned.confirmation().ifPresent(c -> node.put("entente:confirmation", c.name()));
      evidence(at(pointer, PlannedMeeting.EVIDENCE), node, planned.evidence());
      if (!planned.deniedBy().isEmpty()) {
        lose(at(pointer, PlannedMeeting.DENIED_BY), "the sources that deny \"" + planned.id()
            + "\" was planned", "schema.org has no term for a source that contradicts a record");
      }
    }

    /** EventScheduled only with a start date: it says the event takes place on it. */
    private static Optional<String> eventStatus(PlannedStatus status, boolean hasStart) {
      switch (status) {
        case POSTPONED:
          return Optional.of("EventPostponed");
        case RESCHEDULED:
          return Optional.of("EventRescheduled");
        case CANCELLED:
          return Optional.of("EventCancelled");
        case PROPOSED:
          return Optional.empty();
        default:
          return hasStart ? Optional.of("EventScheduled") : Optional.empty();
      }
    }

    // ---- Statements ---------------------------------------------------------------------------

    private void statement(String pointer, Statement statement) {
      Map<String, Object> node;
      List<Object> creators = new ArrayList<>();
      if (statement instanceof Remarks) {
        Remarks remarks = (Remarks) statement;
        node = node(statement.id(), "Quotation");
        remarks.quote().ifPresent(q -> node.put("text", q));
        node.put("spokenByCharacter", ref(remarks.speaker().person().id()));
        creators.add(ref(remarks.speaker().person().id()));
        creators.add(ref(remarks.side().id()));
        attribution(at(pointer, Remarks.SPEAKER), remarks.speaker());
      } else {
        node = node(statement.id(), "CreativeWork");
        creators.addAll(refs(statement.issuers()));
        List<Object> genre = new ArrayList<>();
        if (statement instanceof JointStatement) {
          JointStatement joint = (JointStatement) statement;
          genre.add("joint statement");
          joint.kind().ifPresent(k -> genre.add(words(k.name())));
          for (int i = 0; i < joint.signatories().size(); i++) {
            creators.add(ref(joint.signatories().get(i).person().id()));
            attribution(at(pointer, JointStatement.SIGNATORIES, i), joint.signatories().get(i));
          }
        } else {
          UnilateralStatement unilateral = (UnilateralStatement) statement;
          genre.add(words(unilateral.kind().name()));
          unilateral.by().ifPresent(by -> {
            creators.add(ref(by.person().id()));
            attribution(at(pointer, UnilateralStatement.BY), by);
          });
        }
        node.put("genre", genre.size() == 1 ? genre.get(0) : genre);
      }
      node.put("creator", creators);
      statement.title().ifPresent(t -> node.put("name", t));
      statement.date().ifPresent(d -> date(node, "datePublished", "entente:edtf", d));
      if (!statement.dateClaims().isEmpty()) {
        lose(at(pointer, Statement.DATE_CLAIMS), "the sources' accounts of the date of statement \""
            + statement.id() + "\"", "schema.org has no competing accounts of a value; "
            + "datePublished is the settled date only");
      }
      statement.engagement().ifPresent(e -> node.put("recordedAt", ref(e.id())));
      for (int i = 0; i < statement.relations().size(); i++) {
        StatementRelation relation = statement.relations().get(i);
        lose(at(pointer, Statement.RELATIONS, i), "that statement \"" + statement.id() + "\" "
            + words(relation.kind().name()) + " \"" + relation.target().id() + "\"",
            "schema.org has no relations between statements (one restating, correcting or "
                + "contradicting another)");
      }
      if (!statement.topics().isEmpty()) {
        node.put("about", topics(statement.topics()));
      }
      List<Object> parts = new ArrayList<>();
      for (int i = 0; i < statement.positions().size(); i++) {
        parts.add(position(at(pointer, Statement.POSITIONS, i), statement, i));
      }
      if (!parts.isEmpty()) {
        node.put("hasPart", parts);
      }
      // Not in schema.org: an unconfirmed or disputed statement says so here.
      statement.confirmation().ifPresent(c -> node.put("entente:confirmation", c.name()));
      evidence(at(pointer, Statement.EVIDENCE), node, statement.evidence());
    }

    private void attribution(String pointer, Attribution attribution) {
      attribution.office().ifPresent(o -> lose(at(pointer, Attribution.OFFICE),
          "the office \"" + o.id() + "\" that \"" + attribution.person().id() + "\" spoke or "
              + "signed as", "schema.org's creator is the person alone; the offices held are the "
              + "person's OrganizationRoles"));
    }

    private static String words(String constant) {
      return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private Map<String, Object> position(String pointer, Statement statement, int index) {
      Position position = statement.positions().get(index);
      Map<String, Object> node = new LinkedHashMap<>();
      node.put("@id", iri(statement.id() + "/positions/" + index));
      node.put("@type", List.of("CreativeWork", "entente:Position"));
      node.put("entente:positionKind", position.kind().name());
      position.wording().ifPresent(w -> node.put("text", w));
      if (!position.holders().isEmpty()) {
        node.put("creator", refs(position.holders()));
      }
      for (int i = 0; i < position.objects().size(); i++) {
        PositionObject object = position.objects().get(i);
        String objectAt = at(pointer, Position.OBJECTS, i);
        // Whose conduct it is: an Action, named by the conduct, with those actors as its agents.
        List<Ref<Actor>> conduct = object.actorsAs(position.kind(), ObjectRole.CONDUCT);
        if (object.conduct().isPresent() || !conduct.isEmpty()) {
          Map<String, Object> action = typed("Action");
          object.conduct().ifPresent(c -> action.put("name", c));
          if (!conduct.isEmpty()) {
            action.put("agent", refs(conduct));
          }
          add(node, "about", action);
        }
        List<Ref<Actor>> addressees = object.actorsAs(position.kind(), ObjectRole.ADDRESSEE);
        for (Object r : refs(addressees)) {
          add(node, "about", r);
        }
        if (!addressees.isEmpty()) {
          lose(objectAt, "that the position is addressed to " + ids(addressees),
              "schema.org has no addressee of a creative work: the actors are under about, as "
                  + "the subjects of a position are");
        }
        for (Object r : refs(object.actorsAs(position.kind(), ObjectRole.SUBJECT))) {
          add(node, "about", r);
        }
        for (Object r : refs(object.actorsAs(position.kind(), ObjectRole.MENTIONED))) {
          add(node, "mentions", r);
        }
        object.phenomenon().ifPresent(p -> {
          for (Object r : topics(List.of(p))) {
            add(node, "about", r);
          }
        });
        object.hedging().ifPresent(h -> lose(at(objectAt, PositionObject.HEDGING),
            "the hedging (" + words(h.level().name()) + ") of what a position is about",
            "schema.org has no way to mark part of a text as reported or alleged rather than "
                + "asserted"));
      }
      position.intensity().ifPresent(i -> lose(at(pointer, Position.INTENSITY),
          "the intensity (" + words(i.level().name()) + ") of a position",
          "schema.org has no strength of a stated position"));
      if (!position.grounds().isEmpty()) {
        lose(at(pointer, Position.GROUNDS), "the grounds of a position",
            "schema.org has no term for the reasons a statement gives for a position");
      }
      for (Object r : topics(position.topics())) {
        add(node, "about", r);
      }
      if (position instanceof Agreement) {
        ((Agreement) position).plannedMeeting().ifPresent(m -> add(node, "about", ref(m.id())));
      }
      position.reiteration().ifPresent(r -> lose(at(pointer, Position.REITERATION),
          "that a position restates an earlier one", "schema.org has no restatement of a position"));
      position.period().ifPresent(p -> lose(at(pointer, Position.PERIOD),
          "the period (" + p.value() + ") a position holds for",
          "schema.org has no period of validity of a creative work's content"));
      position.mutuality().ifPresent(m -> lose(at(pointer, Position.MUTUALITY),
          "that a position is mutual (" + words(m.kind().name()) + ")",
          "schema.org has no mutuality of a stated position"));
      Coding coding = EventRecords.coding(position);
      coding.cameo().ifPresent(c -> node.put("entente:cameoCode", c.code()));
      coding.plover().ifPresent(p -> node.put("entente:ploverEvent", p.event()));
      evidence(at(pointer, Position.EVIDENCE), node, position.evidence());
      return node;
    }

    private static String ids(List<Ref<Actor>> refs) {
      List<String> ids = new ArrayList<>();
      refs.forEach(r -> ids.add("\"" + r.id() + "\""));
      return String.join(", ", ids);
    }

    // ---- Sources and topics -----------------------------------------------------------------------

    private void source(String pointer, Source source) {
      boolean article = source.kind() == SourceKind.NEWS_ARTICLE;
      Map<String, Object> node = node(source.id(), article ? "NewsArticle"
          : source.kind() == SourceKind.SOCIAL_MEDIA_POST ? "SocialMediaPosting"
          : source.kind() == SourceKind.OFFICIAL_WEBSITE ? "WebPage" : "CreativeWork");
      node.put("genre", words(source.kind().name()));
      source.title().ifPresent(t -> {
        node.put("name", t);
        node.put("headline", t);
      });
      source.publisher().ifPresent(p -> {
        Map<String, Object> org = typed("Organization");
        org.put("name", p);
        node.put("publisher", org);
      });
      if (!source.authors().isEmpty()) {
        List<Object> authors = new ArrayList<>();
        for (String author : source.authors()) {
          Map<String, Object> person = typed("Person");
          person.put("name", author);
          authors.add(person);
        }
        node.put("author", authors);
      }
      source.section().ifPresent(s -> {
        if (article) {
          node.put("articleSection", s);
        } else {
          lose(at(pointer, Source.SECTION), "the section (\"" + s + "\") of source \""
              + source.id() + "\"", "schema.org's articleSection is for articles only");
        }
      });
      source.published().ifPresent(d -> date(node, "datePublished", "entente:edtf", d));
      source.publishedAt().ifPresent(t -> node.put("datePublished", t.toOffsetDateTime().toString()));
      source.localTime().ifPresent(t -> lose(at(pointer, Source.LOCAL_TIME),
          "the local time (" + t + ") of source \"" + source.id() + "\"",
          "a time without its offset is no schema.org DateTime"));
      source.url().ifPresent(u -> node.put("url", u.toString()));
      source.language().ifPresent(l -> node.put("inLanguage", l));
      source.originalLanguage().ifPresent(l -> lose(at(pointer, Source.ORIGINAL_LANGUAGE),
          "the original language (" + l + ") of source \"" + source.id() + "\"",
          "schema.org states a translation's original as a work, not as a language"));
      source.note().ifPresent(n -> node.put("description", n));
    }

    private void topic(Optional<String> pointer, Topic topic) {
      Map<String, Object> node = node(topic.id(), "DefinedTerm");
      node.put("name", topic.label());
      node.put("termCode", topic.id());
      node.put("entente:topicKind", topic.kind().name());
      if (!topic.parents().isEmpty()) {
        node.put("entente:broader", topics(topic.parents()));
      }
      topic.description().ifPresent(d -> node.put("description", d));
      externalIds(node, topic.externalIds());
      List<String> contexts = PloverContexts.of(dossier, List.of(topic.ref()));
      if (!contexts.isEmpty()) {
        node.put("entente:ploverContext", new ArrayList<Object>(contexts));
      }
      if (pointer.isPresent()) {
        String at = pointer.get();
        topic.owner().ifPresent(o -> lose(at(at, Topic.OWNER), "the owner (\"" + o.id()
            + "\") of topic \"" + topic.id() + "\"", "schema.org's DefinedTerm has no owner"));
        topic.date().ifPresent(d -> lose(at(at, Topic.DATE), "the date (" + d + ") of topic \""
            + topic.id() + "\"", "schema.org's DefinedTerm has no date"));
        topic.venue().ifPresent(v -> lose(at(at, Topic.VENUE), "the venue of topic \""
            + topic.id() + "\"", "schema.org's DefinedTerm has no location"));
        evidence(at(at, Topic.EVIDENCE), node, topic.evidence());
      }
    }
  }
}
