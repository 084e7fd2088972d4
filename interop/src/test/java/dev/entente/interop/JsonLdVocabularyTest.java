package dev.entente.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.model.Actor;
import dev.entente.model.DateClaim;
import dev.entente.model.Dossier;
import dev.entente.model.ExternalId;
import dev.entente.model.InvalidValueException;
import dev.entente.model.MeetingChange;
import dev.entente.model.PlannedMeeting;
import dev.entente.model.PlannedStatus;
import dev.entente.model.Ref;
import dev.entente.model.State;
import dev.entente.serialization.EntenteJson;
import dev.entente.testing.SampleDossiers;
import dev.entente.time.FuzzyDate;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/**
 * The JSON-LD export, expanded by a JSON-LD 1.1 processor (Jena's, Titanium inside), checked
 * against schema.org's published vocabulary ({@link SchemaOrgVocabulary}) for domain and range,
 * and against the points of the issue that domains and ranges cannot catch.
 */
class JsonLdVocabularyTest {

  private static final String S = SchemaOrgVocabulary.S;
  private static final SchemaOrgVocabulary VOCABULARY = SchemaOrgVocabulary.load();
  /** The article, as the examples module writes it (that module depends on this one). */
  private static final Path ARTICLE = Path.of("../examples/data/korea-uk-2024.json");

  static Model expand(String jsonLd) {
    Model model = ModelFactory.createDefaultModel();
    RDFParser.create().source(new StringReader(jsonLd)).lang(Lang.JSONLD).parse(model);
    return model;
  }

  static List<String> violations(Dossier dossier) {
    return VOCABULARY.violations(expand(JsonLdExport.toString(dossier)), JsonLdExport.ENTENTE_NS);
  }

  private static Dossier article() throws Exception {
    return EntenteJson.standard().readDossier(Files.readString(ARTICLE));
  }

  @Test
  void theExtractIsSchemaOrgsOwnVocabulary() {
    assertThat(VOCABULARY.domainOf("attendee")).containsExactly(S + "Event");
    assertThat(VOCABULARY.rangeOf("attendee")).containsExactlyInAnyOrder(S + "Organization", S + "Person");
    assertThat(VOCABULARY.domainOf("citation")).containsExactly(S + "CreativeWork");
    assertThat(VOCABULARY.rangeOf("sameAs")).containsExactly(S + "URL");
    assertThat(VOCABULARY.isA(S + "Country", S + "Place")).isTrue();
    assertThat(VOCABULARY.isA(S + "Country", S + "Organization")).isFalse();
    assertThat(VOCABULARY.isA(S + "GovernmentOrganization", S + "Organization")).isTrue();
    assertThat(VOCABULARY.isA(S + "OrganizationRole", S + "Role")).isTrue();
  }

  @Test
  void theCheckRejectsWhatTheOldExportWrote() {
    // The shapes of the export before it was checked: a Country as attendee, citation on an
    // Event, sameAs as a string, EventScheduled as a string.
    String old = "{\"@context\": {\"@vocab\": \"https://schema.org/\"}, \"@graph\": ["
        + "{\"@id\": \"urn:x:kr\", \"@type\": \"Country\", \"name\": \"Korea\","
        + " \"sameAs\": \"http://www.wikidata.org/entity/Q884\"},"
        + "{\"@id\": \"urn:x:e\", \"@type\": \"Event\", \"attendee\": {\"@id\": \"urn:x:kr\"},"
        + " \"organizer\": {\"@id\": \"urn:x:kr\"}, \"citation\": {\"@id\": \"urn:x:s\"},"
        + " \"jobTitle\": \"Minister\"},"
        + "{\"@id\": \"urn:x:s\", \"@type\": \"NewsArticle\"}]}";
    List<String> found = VOCABULARY.violations(expand(old), JsonLdExport.ENTENTE_NS);
    assertThat(found).anyMatch(v -> v.startsWith("object outside the range") && v.contains("attendee"));
    assertThat(found).anyMatch(v -> v.startsWith("object outside the range") && v.contains("organizer"));
    assertThat(found).anyMatch(v -> v.startsWith("subject outside the domain") && v.contains("citation"));
    assertThat(found).anyMatch(v -> v.startsWith("literal outside the range") && v.contains("sameAs"));
    assertThat(found).anyMatch(v -> v.startsWith("not a schema.org property") && v.contains("jobTitle"));
  }

  @Test
  void theSamplesKeepToSchemaOrg() {
    assertThat(violations(SampleDossiers.franceJapan())).isEmpty();
    assertThat(violations(SampleDossiers.korUsa())).isEmpty();
  }

  @Test
  void theArticleHasNoneOfTheTermsItMisusedBefore() throws Exception {
    String text = JsonLdExport.toString(article());
    Model model = expand(text);
    for (String misused : List.of("citation", "abstract", "addressRegion", "jobTitle")) {
      assertThat(model.listStatements(null, model.createProperty(S, misused), (RDFNode) null).toList())
          .as(misused).isEmpty();
    }
    // No Country acts: countries are only served.
    for (Resource country : model.listSubjectsWithProperty(RDF.type, model.createResource(S + "Country")).toList()) {
      assertThat(model.listStatements(null, null, country).toList())
          .allMatch(t -> t.getPredicate().getURI().equals(S + "areaServed"));
    }
    // Every EventScheduled has a startDate.
    for (Resource scheduled : model.listSubjectsWithProperty(model.createProperty(S, "eventStatus"),
        model.createResource(S + "EventScheduled")).toList()) {
      assertThat(scheduled.hasProperty(model.createProperty(S, "startDate"))).as(scheduled.getURI()).isTrue();
    }
  }

  @Test
  void officesAreDatedRoles() throws Exception {
    Dossier article = article();
    String base = JsonLdExport.defaultBase(article);
    Model model = expand(JsonLdExport.toString(article));
    Resource cho = model.getResource(base + "cho-tae-yul");
    List<Resource> roles = new ArrayList<>();
    model.listObjectsOfProperty(cho, model.createProperty(S, "memberOf"))
        .forEachRemaining(r -> roles.add(r.asResource()));
    assertThat(roles).isNotEmpty();
    for (Resource role : roles) {
      assertThat(role.hasProperty(RDF.type, model.createResource(S + "OrganizationRole"))).isTrue();
      assertThat(role.hasProperty(model.createProperty(S, "roleName"))).isTrue();
      assertThat(role.hasProperty(model.createProperty(JsonLdExport.ENTENTE_NS, "startEdtf"))).isTrue();
      assertThat(role.getProperty(model.createProperty(S, "memberOf")).getResource()
          .hasProperty(RDF.type, model.createResource(S + "GovernmentOrganization"))).isTrue();
    }
    assertThat(roles).anyMatch(r -> r.getProperty(model.createProperty(S, "roleName")).getString()
        .equals("Minister of Foreign Affairs") && r.hasProperty(model.createProperty(S, "startDate")));
  }

  @Test
  void everySameAsAndSuperEventIsKept() {
    Dossier sample = SampleDossiers.franceJapan();
    PlannedMeeting next = sample.plannedMeetings().get(0);
    // A plan held twice over (two accounts of its being held) keeps both sameAs.
    Dossier twice = sample.withPlannedMeetings(List.of(next.withLifecycle(List.of(
        next.lifecycle().get(0),
        MeetingChange.builder().status(PlannedStatus.HELD).heldAs(Ref.of("talks")).build()))));
    Model model = expand(JsonLdExport.toString(twice));
    String base = JsonLdExport.defaultBase(twice);
    assertThat(model.listObjectsOfProperty(model.getResource(base + "next"),
        model.createProperty(S, "sameAs")).toList())
        .extracting(n -> n.asResource().getURI()).containsExactly(base + "talks");

    Model article = expand(JsonLdExport.toString(SampleDossiers.korUsa()));
    // Every engagement in a series names it, and one also part of another names both.
    assertThat(article.listStatements(null, article.createProperty(S, "superEvent"), (RDFNode) null).toList())
        .isNotEmpty();
  }

  @Test
  void aPostponedPlanKeepsItsPreviousStartAndNoScheduledStatusWithoutADate() {
    Dossier sample = SampleDossiers.franceJapan();
    PlannedMeeting plan = PlannedMeeting.builder().id("visit").title("State visit")
        .addSides(Ref.of("fr"), Ref.of("jp"))
        .addLifecycle(
            MeetingChange.builder().status(PlannedStatus.SCHEDULED).date(FuzzyDate.parse("2024-03-01"))
                .addWindows(DateClaim.of(FuzzyDate.parse("2024-05-10"))).build(),
            MeetingChange.builder().status(PlannedStatus.POSTPONED).date(FuzzyDate.parse("2024-04-20"))
                .addWindows(DateClaim.of(FuzzyDate.parse("2024-41"))).build())
        .build();
    PlannedMeeting undated = PlannedMeeting.builder().id("later").title("Later talks")
        .addSides(Ref.of("fr"), Ref.of("jp"))
        .addLifecycle(MeetingChange.builder().status(PlannedStatus.AGREED)
            .addWindows(DateClaim.of(FuzzyDate.parse("2025-40"))).build())
        .build();
    Dossier dossier = sample.withPlannedMeetings(List.of(plan, undated));
    assertThat(violations(dossier)).isEmpty();
    Model model = expand(JsonLdExport.toString(dossier));
    String base = JsonLdExport.defaultBase(dossier);
    Resource visit = model.getResource(base + "visit");
    assertThat(visit.getProperty(model.createProperty(S, "previousStartDate")).getString()).isEqualTo("2024-05-10");
    assertThat(visit.getProperty(model.createProperty(S, "eventStatus")).getResource().getURI())
        .isEqualTo(S + "EventPostponed");
    assertThat(visit.hasProperty(model.createProperty(S, "startDate"))).isFalse();
    Resource later = model.getResource(base + "later");
    assertThat(later.hasProperty(model.createProperty(S, "eventStatus"))).isFalse();
    assertThat(later.getProperty(model.createProperty(JsonLdExport.ENTENTE_NS, "window")).getString())
        .isEqualTo(FuzzyDate.parse("2025-40").toString());
  }

  @Test
  void aStateActsAsAGovernmentServingItsCountry() {
    Dossier plain = SampleDossiers.franceJapan();
    State france = (State) plain.actors().get(0);
    List<Actor> actors = new ArrayList<>(plain.actors());
    actors.set(0, france.withExternalIds(ExternalId.wikidata("Q142"), ExternalId.geonames("3017382")));
    Dossier sample = plain.withActors(actors);
    Model model = expand(JsonLdExport.toString(sample));
    String base = JsonLdExport.defaultBase(sample);
    Resource fr = model.getResource(base + "fr");
    assertThat(fr.hasProperty(RDF.type, model.createResource(S + "GovernmentOrganization"))).isTrue();
    Resource country = fr.getProperty(model.createProperty(S, "areaServed")).getResource();
    assertThat(country.hasProperty(RDF.type, model.createResource(S + "Country"))).isTrue();
    assertThat(country.getProperty(model.createProperty(S, "identifier")).getString()).isEqualTo("FRA");
    // Every external id kept, each an IRI: they identify the country, not its government.
    assertThat(model.listObjectsOfProperty(country, model.createProperty(S, "sameAs")).toList())
        .extracting(n -> n.asResource().getURI())
        .containsExactlyInAnyOrder("http://www.wikidata.org/entity/Q142", "https://sws.geonames.org/3017382/");
    assertThat(fr.hasProperty(model.createProperty(S, "sameAs"))).isFalse();
    assertThat(violations(sample)).isEmpty();
    Resource talks = model.getResource(base + "talks");
    assertThat(talks.getProperty(model.createProperty(S, "organizer")).getResource()).isEqualTo(fr);
    // Evidence of an event is subjectOf, never citation.
    assertThat(talks.getProperty(model.createProperty(S, "subjectOf")).getResource().getURI())
        .isEqualTo(base + "news");
    assertThat(model.getResource(base + "news").getProperty(model.createProperty(S, "url"))
        .getResource().getURI()).isEqualTo("https://example.org/news/1");
  }

  @Test
  void theCallerChoosesTheBaseIri() {
    Dossier sample = SampleDossiers.franceJapan();
    String base = "https://example.org/dossiers/fra-jpn/";
    Model model = expand(JsonLdExport.toString(sample, base));
    assertThat(model.getResource(base + "talks").hasProperty(RDF.type, model.createResource(S + "Event"))).isTrue();
    assertThat(model.getResource("https://example.org/dossiers/fra-jpn")
        .hasProperty(RDF.type, model.createResource(S + "Dataset"))).isTrue();
    assertThat(model.listSubjects().toList()).noneMatch(r -> r.isURIResource() && r.getURI().startsWith("urn:"));
    assertThat(JsonLdExport.toString(sample)).contains("\"urn:entente:fra-jpn:talks\"");
    assertThatThrownBy(() -> JsonLdExport.toString(sample, "dossiers/fra-jpn/"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("base")
        .hasMessageContaining("dossiers/fra-jpn/");
    assertThatThrownBy(() -> JsonLdExport.toString(sample, "https://example.org/fra-jpn"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("does not end in");
  }

  @Test
  void lossesNameWhatSchemaOrgCannotSayInDocumentOrder() {
    List<Loss> losses = JsonLdExport.losses(SampleDossiers.franceJapan());
    assertThat(losses).extracting(Loss::pointer).containsExactly(
        "/actors/3/kind",
        "/offices/0",
        "/engagements/0/participants/0",
        "/plannedMeetings/0/lifecycle/0",
        "/plannedMeetings/0/lifecycle/1",
        "/statements/0/positions/1/objects/0/hedging",
        "/statements/1/speaker/office");
    assertThat(losses.get(5).what()).contains("reported");
  }

  @Test
  void theArticleReportsItsLosses() throws Exception {
    List<Loss> losses = JsonLdExport.losses(article());
    Set<String> kinds = new java.util.HashSet<>();
    for (Loss loss : losses) {
      String last = loss.pointer().replaceAll("/[0-9]+", "").replaceAll(".*/", "");
      kinds.add(last);
    }
    assertThat(kinds).contains("intensity", "lifecycle");
    assertThat(losses).allMatch(l -> l.pointer().startsWith("/") && !l.reason().isBlank());
  }
}
