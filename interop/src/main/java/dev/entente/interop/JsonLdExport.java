package dev.entente.interop;

import dev.entente.model.Actor;
import dev.entente.model.Attribution;
import dev.entente.model.Dialogue;
import dev.entente.model.DialogueSeries;
import dev.entente.model.Dossier;
import dev.entente.model.Engagement;
import dev.entente.model.Evidence;
import dev.entente.model.GovernmentBody;
import dev.entente.model.Grouping;
import dev.entente.model.JointStatement;
import dev.entente.model.Finding;
import dev.entente.model.Meeting;
import dev.entente.model.MeetingChange;
import dev.entente.model.Office;
import dev.entente.model.Participant;
import dev.entente.model.Person;
import dev.entente.model.PersonName;
import dev.entente.model.PlannedMeeting;
import dev.entente.model.PlannedStatus;
import dev.entente.model.ObjectRole;
import dev.entente.model.Position;
import dev.entente.model.PositionObject;
import dev.entente.model.Ref;
import dev.entente.model.Remarks;
import dev.entente.model.Source;
import dev.entente.model.SourceKind;
import dev.entente.model.State;
import dev.entente.model.Statement;
import dev.entente.model.Tenure;
import dev.entente.model.Topic;
import dev.entente.model.Topics;
import dev.entente.model.UnilateralStatement;
import dev.entente.model.Venue;
import dev.entente.model.Wording;
import dev.entente.time.FuzzyDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A dossier as one JSON-LD document with schema.org terms and its context inline, so that no
 * processor fetches anything: {@code @vocab} is {@code https://schema.org/}, and the few terms
 * schema.org lacks are in {@code https://entente.dev/ns#} (prefix {@code entente}).
 *
 * <p>Node ids are {@code urn:entente:DOSSIER:ID}. States are {@code Country}, groupings {@code
 * Organization} with their {@code member}s, government bodies {@code GovernmentOrganization},
 * persons {@code Person} (names in every script as {@code alternateName}, offices as {@code
 * jobTitle}), series {@code EventSeries}, engagements and planned meetings {@code Event} (with
 * {@code superEvent}, {@code organizer} for the host, {@code attendee}, {@code location}, {@code
 * eventStatus}), remarks {@code Quotation} ({@code spokenByCharacter}, {@code creator}), other
 * statements {@code CreativeWork} with their positions as parts, sources {@code NewsArticle} or
 * {@code CreativeWork}, topics {@code DefinedTerm}. A date that is an ISO 8601 day, month or year
 * is a {@code startDate}/{@code datePublished}; every date is also kept as EDTF in {@code
 * entente:edtf}, and a fuzzy one only there.
 */
public final class JsonLdExport {

  /** The namespace of the few terms schema.org has no word for. */
  public static final String ENTENTE_NS = "https://entente.dev/ns#";

  private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?");

  private JsonLdExport() {}

  /** Writes the dossier as a JSON-LD document, indented. */
  public static void write(Dossier dossier, Appendable out) {
    Json.writePretty(document(dossier), out);
    try {
      out.append('\n');
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The dossier as JSON-LD text. */
  public static String toString(Dossier dossier) {
    StringBuilder out = new StringBuilder();
    write(dossier, out);
    return out.toString();
  }

  static Map<String, Object> document(Dossier dossier) {
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("@vocab", "https://schema.org/");
    context.put("schema", "https://schema.org/");
    context.put("entente", ENTENTE_NS);
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("@context", context);
    // The dossier is a node of the default graph: a top-level @id beside @graph would make the
    // graph a named one.
    Map<String, Object> dataset = new LinkedHashMap<>();
    dataset.put("@id", "urn:entente:" + dossier.id());
    dataset.put("@type", "Dataset");
    dataset.put("identifier", dossier.id());
    dossier.title().ifPresent(t -> dataset.put("name", t));
    dossier.description().ifPresent(d -> dataset.put("description", d));
    List<Object> graph = new ArrayList<>();
    graph.add(dataset);
    graph.addAll(new Exporter(dossier).graph());
    doc.put("@graph", graph);
    return doc;
  }

  private static final class Exporter {
    private final Dossier dossier;
    private final List<Object> graph = new ArrayList<>();
    private final Set<String> builtInTopics = new LinkedHashSet<>();

    Exporter(Dossier dossier) {
      this.dossier = dossier;
    }

    List<Object> graph() {
      dossier.actors().forEach(this::actor);
      dossier.series().forEach(this::series);
      dossier.engagements().forEach(this::engagement);
      dossier.plannedMeetings().forEach(this::planned);
      dossier.statements().forEach(this::statement);
      dossier.sources().forEach(this::source);
      dossier.topics().forEach(this::topic);
      // Built-in topics are written once each, with the built-in parents they name in turn.
      Set<String> written = new LinkedHashSet<>();
      for (Topic t : dossier.topics()) {
        written.add(t.id());
      }
      List<String> pending = new ArrayList<>(builtInTopics);
      while (!pending.isEmpty()) {
        String id = pending.remove(0);
        if (written.add(id)) {
          topic(Topics.find(id).orElseThrow());
          for (String more : builtInTopics) {
            if (!written.contains(more) && !pending.contains(more)) {
              pending.add(more);
            }
          }
        }
      }
      return graph;
    }

    private String iri(String id) {
      return "urn:entente:" + dossier.id() + ":" + id;
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

    private void date(Map<String, Object> node, String property, FuzzyDate date) {
      String text = date.toString();
      if (ISO_DATE.matcher(text).matches()) {
        node.put(property, text);
      }
      node.put("entente:edtf", text);
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

    // ---- Actors -----------------------------------------------------------------------------------

    private void actor(Actor actor) {
      Map<String, Object> node;
      if (actor instanceof State) {
        node = node(actor.id(), "Country");
        node.put("identifier", ((State) actor).country().alpha3());
      } else if (actor instanceof Grouping) {
        Grouping grouping = (Grouping) actor;
        node = node(actor.id(), "Organization");
        grouping.fullName().ifPresent(n -> node.put("alternateName", n));
        if (!grouping.members().isEmpty()) {
          node.put("member", refs(grouping.members()));
        }
        grouping.partOf().ifPresent(p -> node.put("parentOrganization", ref(p.id())));
      } else if (actor instanceof GovernmentBody) {
        GovernmentBody body = (GovernmentBody) actor;
        node = node(actor.id(), "GovernmentOrganization");
        node.put("areaServed", ref(body.government().id()));
        body.partOf().ifPresent(p -> node.put("parentOrganization", ref(p.id())));
      } else {
        Person person = (Person) actor;
        node = node(actor.id(), "Person");
        List<Object> names = new ArrayList<>();
        for (PersonName name : person.names()) {
          Map<String, Object> value = new LinkedHashMap<>();
          value.put("@value", name.text());
          name.language().ifPresent(l -> value.put("@language", l));
          names.add(value);
        }
        for (Wording alias : person.aliases()) {
          names.add(alias.text());
        }
        if (!names.isEmpty()) {
          node.put("alternateName", names);
        }
        List<Object> titles = new ArrayList<>();
        for (Tenure tenure : person.tenures()) {
          dossier.find(tenure.office(), Office.class).ifPresent(o -> titles.add(o.title()));
        }
        if (!titles.isEmpty()) {
          node.put("jobTitle", titles);
        }
      }
      node.put("name", actor.name());
      actor.externalIds().forEach(id -> node.put("sameAs", id.scheme().prefix().equals("wikidata")
          ? "http://www.wikidata.org/entity/" + id.value() : id.toString()));
    }

    // ---- Series and engagements -------------------------------------------------------------------

    private void series(DialogueSeries series) {
      Map<String, Object> node = node(series.id(), "EventSeries");
      node.put("name", series.name());
      series.established().ifPresent(d -> date(node, "startDate", d));
      node.put("attendee", refs(series.sides()));
    }

    private void engagement(Engagement engagement) {
      Map<String, Object> node = node(engagement.id(), "Event");
      node.put("name", EventRecords.engagementName(dossier, engagement));
      engagement.date().ifPresent(d -> date(node, "startDate", d));
      engagement.startsAt().ifPresent(start -> node.put("startDate",
          start.toOffsetDateTime().toString()));
      node.put("eventStatus", Map.of("@id", "https://schema.org/EventScheduled"));
      if (engagement instanceof Dialogue) {
        node.put("superEvent", ref(((Dialogue) engagement).series().id()));
        ((Dialogue) engagement).ordinal().ifPresent(o -> node.put("entente:ordinal", o));
      } else {
        node.put("entente:kind", ((Meeting) engagement).kind().name());
      }
      engagement.partOf().ifPresent(p -> node.put("superEvent", ref(p.id())));
      engagement.venue().ifPresent(v -> node.put("location", place(v)));
      engagement.host().ifPresent(h -> node.put("organizer", ref(h.id())));
      List<Object> attendees = refs(engagement.sides());
      for (Participant participant : engagement.participants()) {
        attendees.add(ref(participant.person().id()));
      }
      node.put("attendee", attendees);
      if (!engagement.topics().isEmpty()) {
        node.put("about", topics(engagement.topics()));
      }
      citations(node, engagement.evidence());
    }

    private Map<String, Object> place(Venue venue) {
      Map<String, Object> place = typed("Place");
      place.put("name", PloverExport.placeName(venue));
      Map<String, Object> address = typed("PostalAddress");
      venue.city().ifPresent(c -> address.put("addressLocality", c));
      venue.district().ifPresent(d -> address.put("addressRegion", d));
      venue.country().ifPresent(c -> address.put("addressCountry", c.alpha2()));
      place.put("address", address);
      return place;
    }

    private void planned(PlannedMeeting planned) {
      Map<String, Object> node = node(planned.id(), "Event");
      node.put("name", planned.title().orElse(planned.id()));
      Finding<PlannedStatus> finding = planned.status();
      finding.value().flatMap(this::status)
          .ifPresent(s -> node.put("eventStatus", Map.of("@id", "https://schema.org/" + s)));
      if (finding.value().isPresent()) {
        node.put("entente:status", finding.value().get().name());
      } else {
        // Sources disagree about the latest step: every status they give, no eventStatus.
        List<Object> statuses = new ArrayList<>();
        finding.alternatives().forEach(a -> statuses.add(a.value().name()));
        node.put("entente:status", statuses);
      }
      planned.series().ifPresent(s -> node.put("superEvent", ref(s.id())));
      planned.host().ifPresent(h -> node.put("organizer", ref(h.id())));
      node.put("attendee", refs(planned.sides()));
      List<Object> windows = new ArrayList<>();
      planned.currentWindows().forEach(w -> windows.add(w.value().toString()));
      if (!windows.isEmpty()) {
        node.put("entente:window", windows);
      }
      for (MeetingChange change : planned.lifecycle()) {
        change.heldAs().ifPresent(h -> node.put("sameAs", iri(h.id())));
        change.venue().ifPresent(v -> node.put("location", place(v)));
      }
      if (!planned.topics().isEmpty()) {
        node.put("about", topics(planned.topics()));
      }
    }

    private Optional<String> status(PlannedStatus status) {
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
          return Optional.of("EventScheduled");
      }
    }

    // ---- Statements ---------------------------------------------------------------------------

    private void statement(Statement statement) {
      Map<String, Object> node;
      List<Object> creators = new ArrayList<>();
      if (statement instanceof Remarks) {
        Remarks remarks = (Remarks) statement;
        node = node(statement.id(), "Quotation");
        remarks.quote().ifPresent(q -> node.put("text", q));
        node.put("spokenByCharacter", ref(remarks.speaker().person().id()));
        creators.add(ref(remarks.speaker().person().id()));
      } else {
        node = node(statement.id(), "CreativeWork");
        creators.addAll(refs(statement.issuers()));
        List<Attribution> by = new ArrayList<>();
        if (statement instanceof JointStatement) {
          by.addAll(((JointStatement) statement).signatories());
        } else {
          ((UnilateralStatement) statement).by().ifPresent(by::add);
        }
        for (Attribution a : by) {
          creators.add(ref(a.person().id()));
        }
        node.put("genre", statement instanceof JointStatement ? "joint statement"
            : ((UnilateralStatement) statement).kind().name().toLowerCase(Locale.ROOT).replace('_', ' '));
      }
      statement.title().ifPresent(t -> node.put("name", t));
      node.put("creator", creators);
      statement.date().ifPresent(d -> date(node, "datePublished", d));
      statement.engagement().ifPresent(e -> node.put("recordedAt", ref(e.id())));
      List<Object> parts = new ArrayList<>();
      for (int i = 0; i < statement.positions().size(); i++) {
        parts.add(position(statement, i));
      }
      if (!parts.isEmpty()) {
        node.put("hasPart", parts);
      }
      citations(node, statement.evidence());
    }

    private Map<String, Object> position(Statement statement, int index) {
      Position position = statement.positions().get(index);
      Map<String, Object> node = new LinkedHashMap<>();
      node.put("@id", iri(statement.id() + "/positions/" + index));
      node.put("@type", List.of("CreativeWork", "entente:Position"));
      node.put("entente:positionKind", position.kind().name());
      position.wording().ifPresent(w -> node.put("text", w));
      if (!position.holders().isEmpty()) {
        node.put("creator", refs(position.holders()));
      }
      List<Object> about = new ArrayList<>();
      List<Object> mentions = new ArrayList<>();
      List<Object> conducts = new ArrayList<>();
      for (PositionObject object : position.objects()) {
        about.addAll(refs(object.actorsAs(position.kind(),
            ObjectRole.ADDRESSEE, ObjectRole.CONDUCT, ObjectRole.SUBJECT)));
        mentions.addAll(refs(object.actorsAs(position.kind(), ObjectRole.MENTIONED)));
        object.phenomenon().ifPresent(p -> about.add(ref(p.id())));
        object.conduct().ifPresent(conducts::add);
      }
      about.addAll(topics(position.topics()));
      if (!about.isEmpty()) {
        node.put("about", about);
      }
      if (!mentions.isEmpty()) {
        node.put("mentions", mentions);
      }
      if (!conducts.isEmpty()) {
        node.put("abstract", conducts);
      }
      Coding coding = EventRecords.coding(position);
      coding.cameo().ifPresent(c -> node.put("entente:cameoCode", c.code()));
      coding.plover().ifPresent(p -> node.put("entente:ploverEvent", p.event()));
      citations(node, position.evidence());
      return node;
    }

    private void citations(Map<String, Object> node, List<Evidence> evidence) {
      List<Object> citations = new ArrayList<>();
      for (Evidence e : evidence) {
        if (e.quote().isPresent()) {
          Map<String, Object> quotation = typed("Quotation");
          quotation.put("text", e.quote().get());
          quotation.put("isBasedOn", ref(e.source().id()));
          citations.add(quotation);
        } else {
          citations.add(ref(e.source().id()));
        }
      }
      if (!citations.isEmpty()) {
        node.put("citation", citations);
      }
    }

    // ---- Sources and topics -----------------------------------------------------------------------

    private void source(Source source) {
      Map<String, Object> node = node(source.id(), source.kind() == SourceKind.NEWS_ARTICLE
          ? "NewsArticle"
          : source.kind() == SourceKind.SOCIAL_MEDIA_POST ? "SocialMediaPosting"
          : source.kind() == SourceKind.OFFICIAL_WEBSITE ? "WebPage" : "CreativeWork");
      node.put("genre", source.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '));
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
      source.published().ifPresent(d -> date(node, "datePublished", d));
      source.url().ifPresent(u -> node.put("url", u.toString()));
      source.language().ifPresent(l -> node.put("inLanguage", l));
      source.note().ifPresent(n -> node.put("description", n));
    }

    private void topic(Topic topic) {
      Map<String, Object> node = node(topic.id(), "DefinedTerm");
      node.put("name", topic.label());
      node.put("termCode", topic.id());
      node.put("entente:topicKind", topic.kind().name());
      topic.description().ifPresent(d -> node.put("description", d));
      if (!topic.parents().isEmpty()) {
        node.put("entente:broader", topics(topic.parents()));
      }
      List<String> contexts = PloverContexts.of(dossier, List.of(topic.ref()));
      if (!contexts.isEmpty()) {
        node.put("entente:ploverContext", contexts);
      }
    }
  }
}
