package dev.entente.examples.koreauk2024;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.interop.CameoExport;
import dev.entente.interop.JsonLdExport;
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
    int positions = dossier.statements().stream().mapToInt(s -> s.positions().size()).sum();
    // every dated engagement and every position; the 2023 agreement on the 2+2 (the 2024 one is
    // the outcome statement's agreement position). The 4th to 6th sessions, which the sources do
    // not date, are no events: the export says so instead.
    long dated = dossier.engagements().stream().filter(e -> e.date().isPresent()).count();
    assertThat(dated).isEqualTo(dossier.engagements().size() - 3);
    assertThat(records).hasSize((int) dated + positions + 1);
    assertThat(records).doesNotContainKeys(
        "strategic-dialogue-4", "strategic-dialogue-5", "strategic-dialogue-6");
    assertThat(PloverExport.skipped(dossier)).hasSize(3).allSatisfy(note -> assertThat(note)
        .contains("is undated: an event record needs a date, so it is left out"));
    assertThat(PloverExport.skipped(dossier).get(0))
        .startsWith("engagement \"strategic-dialogue-4\" (ROK-UK Foreign Ministerial Strategic"
            + " Dialogue, session 4)");
    for (JsonNode record : records.values()) {
      assertThat(record.get("date").asString()).matches("[0-9]{4}-[0-9]{2}-[0-9]{2}");
      assertThat(record.get("actor").size()).isPositive();
      assertThat(record.get("event").size()).isEqualTo(1);
    }

    JsonNode ninth = records.get("strategic-dialogue-9");
    assertThat(ninth.get("date").asString()).isEqualTo("2024-10-21");
    assertThat(ninth.get("event").get(0).asString()).isEqualTo("CONSULT");
    assertThat(ninth.get("mode").asString()).isEqualTo("visit");
    assertThat(ninth.get("actor").get(0).get("code").asString()).isEqualTo("GBR");
    assertThat(ninth.get("actor").get(1).get("entity_text").asString()).isEqualTo("David Lammy");
    assertThat(ninth.get("recipient").get(0).get("code").asString()).isEqualTo("KOR");
    assertThat(ninth.get("event_loc").get("name").asString())
        .isEqualTo("Ministry of Foreign Affairs, Jongno-gu, Seoul, Korea, Republic of");

    JsonNode condemn = records.get("joint-statement-russia-dprk/positions/0");
    assertThat(condemn.get("event").get(0).asString()).isEqualTo("ACCUSE");
    assertThat(condemn.get("mode").asString()).isEqualTo("disapprove");
    assertThat(condemn.get("date").asString()).isEqualTo("2024-10-22");
    assertThat(condemn.get("recipient").get(0).get("code").asString()).isEqualTo("PRK");
    // Russia is only mentioned ("to support Russia's war"): no recipient, named in the comment
    assertThat(condemn.get("recipient").size()).isEqualTo(1);
    assertThat(condemn.get("comment").asString())
        .contains("mentions russia, which is no party to the position");
    assertThat(condemn.get("comment").asString())
        .contains("intensity STRONGEST (\"in the strongest terms\")", "hedged REPORTED (\"reported\")");
    assertThat(condemn.get("cite_info").get(0).get("url").asString())
        .isEqualTo("https://ukdefencejournal.org.uk/britain-and-south-korea-condemn-north-korea");

    JsonNode concern = records.get("joint-statement-russia-dprk/positions/2");
    assertThat(concern.get("comment").asString())
        .contains("neither CAMEO nor PLOVER has a category for \"express concern\"");
    assertThat(concern.get("context").get(0).asString()).isEqualTo("cbrn");

    JsonNode meet = records.get("outcome-joint-statement/positions/1");
    assertThat(meet.get("event").get(0).asString()).isEqualTo("AGREE");
    assertThat(meet.get("comment").asString()).contains("CAMEO 036");

    JsonNode hope = records.get("lammy-on-pillar-two/positions/0");
    assertThat(hope.get("actor").get(0).get("entity_text").asString()).isEqualTo("David Lammy");
    assertThat(hope.get("actor").get(0).get("code").asString()).isEqualTo("GBR");
    assertThat(hope.get("recipient").get(1).get("code").asString()).isEqualTo("IGO");
    assertThat(hope.get("recipient").get(1).get("identifier_id").asString()).isEqualTo("entente:aukus");
    assertThat(hope.get("context")).extracting(JsonNode::asString).containsExactly("military", "technology");

    JsonNode twoPlusTwo = records.get("outcome-joint-statement/positions/1");
    assertThat(twoPlusTwo.get("comment").asString())
        .contains("restates an earlier position, held since 2023");
    JsonNode g7 = records.get("cho-on-g7/positions/0");
    assertThat(g7.get("event").get(0).asString()).isEqualTo("AGREE");
    assertThat(g7.get("comment").asString()).contains("Entente INTEND position");

    JsonNode undated = records.get("china-opposes-aukus-expansion/positions/0");
    assertThat(undated.get("date").asString()).isEqualTo("2024-10-22");
    assertThat(undated.get("enddate").asString()).isEqualTo("2024-10-31");
    assertThat(undated.get("comment").asString()).contains("the statement is undated");

    JsonNode earlier = records.get("first-2plus2/lifecycle/0");
    assertThat(earlier.get("date").asString()).isEqualTo("2023-01-01");
    assertThat(earlier.get("enddate").asString()).isEqualTo("2023-12-31");
  }

  @Test
  void cameoRowsOfTheArticle() {
    String[] lines = CameoExport.toString(dossier).split("\n");
    assertThat(lines[0]).startsWith("GLOBALEVENTID\tSQLDATE\tDateEDTF\tActor1Code");
    List<Map<String, String>> rows = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      String[] cells = lines[i].split("\t", -1);
      assertThat(cells).hasSize(CameoExport.COLUMNS.size());
      Map<String, String> row = new LinkedHashMap<>();
      for (int c = 0; c < cells.length; c++) {
        row.put(CameoExport.COLUMNS.get(c), cells[c]);
      }
      rows.add(row);
    }
    for (Map<String, String> row : rows) {
      assertThat(row.get("SQLDATE")).matches("[0-9]{8}");
      assertThat(row.get("EventCode")).startsWith(row.get("EventBaseCode")).startsWith(row.get("EventRootCode"));
    }
    Map<String, String> visit = row(rows, "strategic-dialogue-9#1");
    assertThat(visit).containsEntry("SQLDATE", "20241021").containsEntry("Actor1Code", "GBRGOV")
        .containsEntry("Actor2Code", "KORGOV").containsEntry("EventCode", "042")
        .containsEntry("QuadClass", "1").containsEntry("GoldsteinScale", "1.9")
        .containsEntry("SOURCEURL", "https://down.mofa.go.kr/eng/brd/m_5674/view.do?seq=321078");
    assertThat(row(rows, "strategic-dialogue-9#2")).containsEntry("Actor1Code", "KORGOV")
        .containsEntry("EventCode", "043").containsEntry("GoldsteinScale", "2.8");
    assertThat(row(rows, "lammy-calls-on-yoon#1")).containsEntry("EventCode", "042");
    // earlier rounds have no host: 046 in both directions
    assertThat(row(rows, "strategic-dialogue-1#1")).containsEntry("EventCode", "046")
        .containsEntry("SQLDATE", "20141201").containsEntry("DateEDTF", "2014-12");
    Map<String, String> condemn = row(rows, "joint-statement-russia-dprk/positions/0#1");
    assertThat(condemn).containsEntry("Actor1Code", "KORGOV").containsEntry("Actor2Code", "PRKGOV")
        .containsEntry("EventCode", "111").containsEntry("EventRootCode", "11")
        .containsEntry("QuadClass", "3").containsEntry("GoldsteinScale", "-2.0");
    assertThat(row(rows, "joint-statement-russia-dprk/positions/0#2")).containsEntry("Actor1Code", "GBRGOV");
    assertThat(row(rows, "joint-statement-russia-dprk/positions/2#1")).containsEntry("EventCode", "012")
        .containsEntry("GoldsteinScale", "-0.4");
    assertThat(row(rows, "outcome-joint-statement/positions/4#2")).containsEntry("EventCode", "051")
        .containsEntry("Actor2Code", "IGO").containsEntry("Actor2Name", "AUKUS");
    assertThat(row(rows, "outcome-joint-statement/positions/1#1")).containsEntry("EventCode", "036");
  }

  private static Map<String, String> row(List<Map<String, String>> rows, String id) {
    return rows.stream()
        .filter(r -> r.get("GLOBALEVENTID").equals("rok-uk-strategic-dialogue-2024:" + id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + id));
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
