package dev.entente.examples.koreauk2024;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.interop.EventExportOptions;
import dev.entente.interop.GdeltExport;
import dev.entente.interop.JsonLdExport;
import dev.entente.interop.Loss;
import dev.entente.interop.PloverExport;
import dev.entente.model.Dossier;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The article's dossier in all three export forms, each read back. */
class ExportTest {

  private static final String S = "https://schema.org/";
  private static final String ID = "urn:entente:rok-uk-strategic-dialogue-2024:";
  private final Dossier dossier = KoreaUkDialogue2024.dossier();

  private Map<String, JsonNode> plover() {
    ObjectMapper json = JsonMapper.builder().build();
    Map<String, JsonNode> records = new LinkedHashMap<>();
    for (String line : PloverExport.toString(dossier).split("\n")) {
      JsonNode record = json.readTree(line);
      records.put(record.get("id").asString().substring("rok-uk-strategic-dialogue-2024:".length()), record);
    }
    return records;
  }

  @Test
  void ploverRecordsOfTheArticle() {
    Map<String, JsonNode> records = plover();
    assertThat(records).doesNotContainKeys(
        "strategic-dialogue-4", "strategic-dialogue-5", "strategic-dialogue-6");
    List<Loss> losses = PloverExport.losses(dossier);
    assertThat(losses).filteredOn(l -> l.reason().contains("undated")).extracting(Loss::pointer).containsExactly(
        "/engagements/3", "/engagements/4", "/engagements/5", "/statements/5/positions/0",
        "/statements/6/positions/0");
    assertThat(losses.get(0).pointer()).isEqualTo("/engagements/3");
    for (JsonNode record : records.values()) {
      assertThat(record.get("date").asString()).matches("[0-9]{4}-[0-9]{2}-[0-9]{2}");
      assertThat(record.get("actor").size()).isPositive();
      // no self-dyads: no recipient has the code of an actor
      List<String> actors = new ArrayList<>();
      record.get("actor").forEach(a -> actors.add(a.path("code").asString() + a.path("sector").asString()));
      if (record.has("recipient")) {
        record.get("recipient").forEach(r -> {
          if (!r.path("code").asString().equals("IGO")) {
            assertThat(actors).as(record.toString())
                .doesNotContain(r.path("code").asString() + r.path("sector").asString());
          }
        });
      }
    }

    JsonNode ninth = records.get("strategic-dialogue-9");
    assertThat(ninth.get("date").asString()).isEqualTo("2024-10-21");
    assertThat(ninth.get("event").get(0).asString()).isEqualTo("CONSULT");
    assertThat(ninth.get("mode").get(0).asString()).isEqualTo("visit");
    assertThat(ninth.get("actor")).hasSize(1);
    assertThat(ninth.get("actor").get(0).get("code").asString()).isEqualTo("GBR");
    assertThat(ninth.get("recipient").get(0).get("code").asString()).isEqualTo("KOR");
    assertThat(ninth.get("entente_attendees")).extracting(a -> a.get("entity_text").asString())
        .contains("David Lammy");
    assertThat(ninth.get("event_loc").get("country").asString()).isEqualTo("Korea, Republic of");

    // sessions with a venue and no host recorded: the host follows from the venue
    JsonNode first = records.get("strategic-dialogue-1");
    assertThat(first.get("mode").get(0).asString()).isEqualTo("visit");
    assertThat(first.get("entente_host_from_venue").asBoolean()).isTrue();
    assertThat(first.get("entente_date_precision").asString()).isEqualTo("month");

    JsonNode condemn = records.get("joint-statement-russia-dprk/positions/0");
    assertThat(condemn.get("event").get(0).asString()).isEqualTo("ACCUSE");
    assertThat(condemn.get("quad_code").asInt()).isEqualTo(3);
    // Russia is only mentioned ("to support Russia's war"): no recipient, and a loss
    assertThat(condemn.get("recipient")).extracting(r -> r.get("code").asString()).containsExactly("PRK");
    assertThat(losses).anySatisfy(l -> assertThat(l.what()).isEqualTo("the mention of russia"));

    // a concern has no PLOVER category: no record, a loss
    assertThat(records).doesNotContainKey("joint-statement-russia-dprk/positions/2");

    JsonNode meet = records.get("outcome-joint-statement/positions/1");
    assertThat(meet.get("event").get(0).asString()).isEqualTo("AGREE");
    assertThat(meet.get("entente_windows").get(0).get("edtf").asString()).isNotEmpty();

    // the unconfirmed quote is not exported as fact: left out by default, marked on request
    assertThat(records).doesNotContainKey("cho-on-g7/positions/0");
    assertThat(losses).anySatisfy(l -> assertThat(l.reason()).contains("unconfirmed"));
    StringBuilder marked = new StringBuilder();
    PloverExport.write(dossier, marked, EventExportOptions.defaults()
        .withDoubtfulClaims(EventExportOptions.DoubtfulClaims.MARK));
    assertThat(marked.toString()).contains("\"entente_confirmation\":\"unconfirmed\"");
  }

  @Test
  void noPledgeMakesTheDeterredRecipientsOfCooperation() {
    for (JsonNode record : plover().values()) {
      String event = record.get("event").size() == 0 ? "" : record.get("event").get(0).asString();
      if (event.equals("AGREE") && record.has("recipient")) {
        // a pledge to deter the DPRK or Russia must not make them recipients of cooperation
        assertThat(record.get("recipient")).extracting(r -> r.get("code").asString())
            .as(record.toString()).doesNotContain("PRK", "RUS");
      }
    }
  }

  @Test
  void gdeltRowsOfTheArticle() {
    String[] lines = GdeltExport.toString(dossier).split("\n");
    assertThat(lines[0]).doesNotStartWith("GLOBALEVENTID");
    StringBuilder extras = new StringBuilder();
    GdeltExport.writeExtras(dossier, extras, EventExportOptions.defaults());
    Map<String, String> recordOf = new LinkedHashMap<>();
    for (String line : extras.toString().split("\n")) {
      String[] cells = line.split("\t", -1);
      recordOf.put(cells[0], cells[1]);
    }
    List<String[]> rows = new ArrayList<>();
    for (String line : lines) {
      String[] cells = line.split("\t", -1);
      assertThat(cells).hasSize(61);
      assertThat(cells[0]).matches("[0-9]+");
      assertThat(recordOf).containsKey(cells[0]);
      rows.add(cells);
    }
    // columns by GDELT's positions (1-based in the codebook): 2 SQLDATE, 6 Actor1Code,
    // 16 Actor2Code, 27 EventCode, 30 QuadClass, 54 ActionGeo_CountryCode
    String[] visit = rows.stream().filter(r -> r[26].equals("042") && r[1].equals("20241021"))
        .findFirst().orElseThrow();
    assertThat(visit[5]).isEqualTo("GBRGOV");
    assertThat(visit[15]).isEqualTo("KORGOV");
    assertThat(visit[53]).isEqualTo("KS");
    for (String[] row : rows) {
      assertThat(row[15]).as("no self-dyad").isNotEqualTo(row[5].equals("IGO") ? "-" : row[5]);
      if (row[26].startsWith("09")) {
        assertThat(row[29]).isEqualTo("3");
      }
    }
    assertThat(rows).noneMatch(r -> r[26].equals("046"));
  }

  @Test
  void jsonLdOfTheArticleReadsBackAsTriples() {
    Model model = ModelFactory.createDefaultModel();
    RDFParser.create().source(new StringReader(JsonLdExport.toString(dossier))).lang(Lang.JSONLD).parse(model);

    Resource ninth = model.getResource(ID + "strategic-dialogue-9");
    assertThat(ninth.hasProperty(RDF.type, model.getResource(S + "Event"))).isTrue();
    assertThat(ninth.getProperty(p(model, "name")).getString())
        .isEqualTo("ROK-UK Foreign Ministerial Strategic Dialogue, session 9");
    assertThat(ninth.getProperty(p(model, "startDate")).getString()).isEqualTo("2024-10-21");
    assertThat(ninth.getProperty(p(model, "organizer")).getResource().getURI()).isEqualTo(ID + "rok");
    assertThat(ninth.getProperty(p(model, "superEvent")).getResource()
        .hasProperty(RDF.type, model.getResource(S + "EventSeries"))).isTrue();
    Resource place = ninth.getProperty(p(model, "location")).getResource();
    assertThat(place.getProperty(p(model, "address")).getResource()
        .getProperty(p(model, "addressLocality")).getString()).isEqualTo("Seoul");
    assertThat(model.listObjectsOfProperty(ninth, p(model, "attendee")).toList())
        .extracting(n -> n.asResource().getURI())
        .contains(ID + "cho-tae-yul", ID + "david-lammy", ID + "uk");

    Resource quote = model.getResource(ID + "cho-on-g7");
    assertThat(quote.hasProperty(RDF.type, model.getResource(S + "Quotation"))).isTrue();
    assertThat(quote.getProperty(p(model, "text")).getString()).isEqualTo("We will strengthen cooperation with the G7.");
    assertThat(quote.getProperty(p(model, "spokenByCharacter")).getResource().getURI()).isEqualTo(ID + "cho-tae-yul");
    assertThat(model.listObjectsOfProperty(quote, p(model, "creator")).toList())
        .extracting(n -> n.asResource().getURI())
        .containsExactlyInAnyOrder(ID + "cho-tae-yul", ID + "rok");

    Resource cho = model.getResource(ID + "cho-tae-yul");
    assertThat(cho.hasProperty(RDF.type, model.getResource(S + "Person"))).isTrue();
    assertThat(model.listObjectsOfProperty(cho, p(model, "memberOf")).toList())
        .extracting(n -> n.asResource().getProperty(p(model, "roleName")).getString())
        .contains("Minister of Foreign Affairs");
    assertThat(model.getResource(ID + "rok").hasProperty(RDF.type,
        model.getResource(S + "GovernmentOrganization"))).isTrue();
    assertThat(model.getResource(ID + "rok-mofa")
        .hasProperty(RDF.type, model.getResource(S + "GovernmentOrganization"))).isTrue();

    Resource condemnation = model.getResource(ID + "joint-statement-russia-dprk/positions/0");
    // The conduct condemned is an Action whose agent is the DPRK; Russia is only mentioned.
    List<String> agents = new ArrayList<>();
    for (org.apache.jena.rdf.model.RDFNode about
        : model.listObjectsOfProperty(condemnation, p(model, "about")).toList()) {
      if (about.asResource().hasProperty(RDF.type, model.getResource(S + "Action"))) {
        model.listObjectsOfProperty(about.asResource(), p(model, "agent"))
            .forEachRemaining(a -> agents.add(a.asResource().getURI()));
      }
    }
    assertThat(agents).contains(ID + "dprk").doesNotContain(ID + "russia");
    assertThat(condemnation.getProperty(p(model, "mentions")).getResource().getURI())
        .isEqualTo(ID + "russia");

    // Agreed for "the first half of" / "early" 2025: no startDate, so not EventScheduled; the window is EDTF.
    Resource planned = model.getResource(ID + "first-2plus2");
    assertThat(planned.hasProperty(p(model, "eventStatus"))).isFalse();
    assertThat(model.listObjectsOfProperty(planned, model.createProperty("https://entente.dev/ns#", "window"))
        .toList()).extracting(n -> n.asLiteral().getString()).containsExactlyInAnyOrder("2025-40", "2025-37");

    Resource article = model.getResource(ID + "herald-economy-article");
    assertThat(article.hasProperty(RDF.type, model.getResource(S + "NewsArticle"))).isTrue();
    assertThat(article.hasProperty(p(model, "startDate"))).isFalse();
    assertThat(article.hasProperty(p(model, "datePublished"))).isFalse(); // a fuzzy date: EDTF only
    assertThat(article.getProperty(model.createProperty("https://entente.dev/ns#", "edtf")).getString())
        .isEqualTo("2024-10-22/2024-10-31");
  }

  private static Property p(Model model, String name) {
    return model.createProperty(S, name);
  }
}
