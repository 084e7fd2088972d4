package dev.entente.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.model.Dossier;
import dev.entente.model.Meeting;
import dev.entente.testing.SampleDossiers;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
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

class ExportsTest {

  private static final String S = "https://schema.org/";
  private static final String ID = "urn:entente:fra-jpn:";
  private final Dossier dossier = SampleDossiers.franceJapan();
  private final ObjectMapper json = JsonMapper.builder().build();

  private List<JsonNode> plover() {
    List<JsonNode> records = new ArrayList<>();
    String text = PloverExport.toString(dossier);
    assertThat(text).endsWith("\n");
    for (String line : text.split("\n")) {
      records.add(json.readTree(line));
    }
    return records;
  }

  @Test
  void ploverHasOneRecordPerEngagementPositionAndUnrecordedPlanChange() {
    List<JsonNode> records = plover();
    assertThat(records).extracting(r -> r.get("id").asString()).containsExactly(
        "fra-jpn:talks", "fra-jpn:joint/positions/0", "fra-jpn:joint/positions/1",
        "fra-jpn:quote/positions/0", "fra-jpn:next/lifecycle/0", "fra-jpn:next/lifecycle/1");

    JsonNode talks = records.get(0);
    assertThat(talks.get("date").asString()).isEqualTo("2024-03-01");
    assertThat(talks.get("event").get(0).asString()).isEqualTo("CONSULT");
    assertThat(talks.get("mode").asString()).isEqualTo("visit");
    assertThat(talks.get("actor").get(0).get("code").asString()).isEqualTo("JPN");
    assertThat(talks.get("recipient").get(0).get("code").asString()).isEqualTo("FRA");
    assertThat(talks.get("recipient").get(1).get("office").asString()).isEqualTo("Minister for Europe and Foreign Affairs");
    assertThat(talks.get("context").get(0).asString()).isEqualTo("cyber");
    assertThat(talks.get("event_loc").get("country").asString()).isEqualTo("FRA");
    assertThat(talks.get("cite_info").get(0).get("url").asString()).isEqualTo("https://example.org/news/1");
    assertThat(talks.get("cite_info").get(0).get("title").asString()).isEqualTo("Ministers \"meet\"\tin Paris");

    JsonNode condemn = records.get(1);
    assertThat(condemn.get("event").get(0).asString()).isEqualTo("ACCUSE");
    assertThat(condemn.get("mode").asString()).isEqualTo("disapprove");
    assertThat(condemn.get("quad_code").asInt()).isEqualTo(3);
    assertThat(condemn.get("date").asString()).isEqualTo("2024-03-01");
    assertThat(condemn.get("enddate").asString()).isEqualTo("2024-03-31");
    assertThat(condemn.get("comment").asString()).contains("2024-03 (EDTF)");
    assertThat(condemn.get("context").get(0).asString()).isEqualTo("cbrn");
    assertThat(condemn.get("actor")).hasSize(2);
    assertThat(condemn.get("recipient").get(0).get("code").asString()).isEqualTo("PRK");

    JsonNode concern = records.get(2);
    assertThat(concern.get("event").get(0).asString()).isEqualTo("ACCUSE");
    assertThat(concern.has("mode")).isFalse();
    assertThat(concern.get("comment").asString())
        .contains("neither CAMEO nor PLOVER has a category for \"express concern\"")
        .contains("hedged REPORTED");

    JsonNode support = records.get(3);
    assertThat(support.get("actor").get(0).get("entity_text").asString()).isEqualTo("Jeanne Martin");
    assertThat(support.get("actor").get(0).get("code").asString()).isEqualTo("FRA");
    assertThat(support.get("recipient").get(0).get("code").asString()).isEqualTo("IGO");
    assertThat(support.get("recipient").get(0).get("identifier_id").asString()).isEqualTo("entente:g7");

    assertThat(records.get(4).get("event").get(0).asString()).isEqualTo("AGREE");
    JsonNode cancelled = records.get(5);
    assertThat(cancelled.get("event")).isEmpty();
    assertThat(cancelled.get("comment").asString()).contains("has a code for a cancelled meeting");
  }

  @Test
  void cameoTableHasAHeaderAndOneRowPerDirectedEvent() {
    String[] lines = CameoExport.toString(dossier).split("\n");
    assertThat(lines[0].split("\t", -1)).containsExactlyElementsOf(CameoExport.COLUMNS);
    List<String[]> rows = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      String[] row = lines[i].split("\t", -1);
      assertThat(row).as(lines[i]).hasSize(CameoExport.COLUMNS.size());
      rows.add(row);
    }
    // talks: 2 directions; joint: 2 positions x 2 issuers x 1 target; quote: 1; plan: 2 changes x 2.
    assertThat(rows).hasSize(2 + 4 + 1 + 4);
    String[] visit = rows.get(0);
    assertThat(visit).startsWith("fra-jpn:talks#1", "20240301", "2024-03-01", "JPNGOV", "Japan", "JPN", "GOV",
        "FRAGOV", "France", "FRA", "GOV", "042", "042", "04", "1", "1.9", "Paris, France", "FRA",
        "https://example.org/news/1", "Daily, Ministers \"meet\" in Paris (2024-03-02)");
    assertThat(rows.get(1)[11]).isEqualTo("043");
    assertThat(rows.get(1)[15]).isEqualTo("2.8");
    String[] condemn = rows.get(2);
    assertThat(condemn[1]).isEqualTo("20240301");
    assertThat(condemn[2]).isEqualTo("2024-03");
    assertThat(condemn[7]).isEqualTo("PRKGOV");
    assertThat(condemn[11]).isEqualTo("111");
    assertThat(condemn[13]).isEqualTo("11");
    assertThat(condemn[14]).isEqualTo("3");
    assertThat(condemn[15]).isEqualTo("-2.0");
    assertThat(rows.get(4)[11]).isEqualTo("012");
    assertThat(rows.get(4)[20]).contains("express concern");
    String[] support = rows.get(6);
    assertThat(support[3]).isEqualTo("FRAGOV");
    assertThat(support[7]).isEqualTo("IGO");
    assertThat(support[8]).isEqualTo("G7");
    assertThat(support[20]).contains("G7 has no official CAMEO code: IGO, identifier entente:g7");
    assertThat(rows.get(7)[11]).isEqualTo("036");
    String[] cancelled = rows.get(9);
    assertThat(cancelled[11]).isEmpty();
    assertThat(cancelled[20]).contains("cancelled");
  }

  @Test
  void jsonLdGivesAnEngagementsExactStartWithItsOffset() {
    Meeting talks = (Meeting) dossier.engagements().get(0);
    java.time.ZonedDateTime start = java.time.ZonedDateTime.of(
        2024, 3, 1, 15, 0, 0, 0, java.time.ZoneId.of("Europe/Paris"));
    Dossier timed = dossier.withEngagements(List.of(talks.withStartsAt(start)));

    Model model = ModelFactory.createDefaultModel();
    RDFParser.create().source(new StringReader(JsonLdExport.toString(timed))).lang(Lang.JSONLD)
        .parse(model);

    Resource event = model.getResource(ID + "talks");
    assertThat(event.getProperty(p(model, "startDate")).getString())
        .isEqualTo("2024-03-01T15:00+01:00");
  }

  @Test
  void jsonLdReadsBackAsSchemaOrgTriples() {
    String text = JsonLdExport.toString(dossier);
    Model model = ModelFactory.createDefaultModel();
    RDFParser.create().source(new StringReader(text)).lang(Lang.JSONLD).parse(model);

    Resource talks = model.getResource(ID + "talks");
    assertThat(talks.hasProperty(RDF.type, model.getResource(S + "Event"))).isTrue();
    assertThat(talks.getProperty(p(model, "startDate")).getString()).isEqualTo("2024-03-01");
    assertThat(talks.getProperty(p(model, "organizer")).getResource().getURI()).isEqualTo(ID + "fr");
    assertThat(talks.getProperty(p(model, "eventStatus")).getResource().getURI()).isEqualTo(S + "EventScheduled");
    Resource place = talks.getProperty(p(model, "location")).getResource();
    assertThat(place.getProperty(p(model, "name")).getString()).isEqualTo("Paris, France");
    assertThat(model.listObjectsOfProperty(talks, p(model, "attendee")).toList())
        .extracting(n -> n.asResource().getURI())
        .contains(ID + "fr", ID + "jp", ID + "minister");

    Resource quote = model.getResource(ID + "quote");
    assertThat(quote.hasProperty(RDF.type, model.getResource(S + "Quotation"))).isTrue();
    assertThat(quote.getProperty(p(model, "text")).getString()).isEqualTo("We stand with the G7.");
    assertThat(quote.getProperty(p(model, "spokenByCharacter")).getResource().getURI()).isEqualTo(ID + "minister");
    assertThat(model.getResource(ID + "minister").hasProperty(RDF.type, model.getResource(S + "Person"))).isTrue();

    Resource news = model.getResource(ID + "news");
    assertThat(news.hasProperty(RDF.type, model.getResource(S + "NewsArticle"))).isTrue();
    assertThat(news.getProperty(p(model, "headline")).getString()).isEqualTo("Ministers \"meet\"\tin Paris");

    Resource next = model.getResource(ID + "next");
    assertThat(next.getProperty(p(model, "eventStatus")).getResource().getURI()).isEqualTo(S + "EventCancelled");

    Resource condemn = model.getResource(ID + "joint/positions/0");
    assertThat(condemn.getProperty(model.createProperty(JsonLdExport.ENTENTE_NS, "cameoCode")).getString())
        .isEqualTo("111");
    assertThat(model.getResource(ID + "non-proliferation").getProperty(p(model, "name")).getString())
        .isEqualTo("Non-proliferation");
  }

  private static Property p(Model model, String name) {
    return model.createProperty(S, name);
  }
}
