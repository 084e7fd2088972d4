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
