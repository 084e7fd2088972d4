package dev.entente.testing.generators;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.model.CountryCode;
import dev.entente.model.Dossier;
import dev.entente.model.Ref;
import dev.entente.model.Statement;
import dev.entente.model.Topic;
import dev.entente.model.TopicKind;
import dev.entente.serialization.EntenteJson;
import dev.entente.serialization.NdjsonWriter;
import dev.entente.validation.DossierValidator;
import dev.entente.validation.Violation;
import dev.entente.validation.ViolationCode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Every value Entente can hold survives its wire forms exactly. */
@Tag("slow")
class RoundTripPropertiesTest {

  private static final CountryCode KOSOVO = CountryCode.ofUserAssigned("XK", "XKX", "Kosovo");

  /** Reads back anything the generators make: structurally valid, not necessarily valid dossiers. */
  private static final EntenteJson JSON =
      EntenteJson.builder().validate(false).allowUserAssigned(KOSOVO).build();
  private static final EntenteJson PRETTY = JSON.toBuilder().pretty(true).build();
  private static final EntenteJson YAML =
      JSON.toBuilder().format(EntenteJson.Format.YAML).build();

  @Property(tries = 300)
  void everyDossierReadsBackEqualFromJson(@ForAll("dossiers") Dossier dossier) {
    assertThat(JSON.readDossier(JSON.write(dossier))).isEqualTo(dossier);
    assertThat(JSON.readDossier(PRETTY.write(dossier))).isEqualTo(dossier);
  }

  @Property(tries = 200)
  void everyValidDossierReadsBackEqualWithValidation(@ForAll("validDossiers") Dossier dossier) {
    EntenteJson validating = EntenteJson.builder().allowUserAssigned(KOSOVO).build();
    assertThat(validating.readDossier(validating.write(dossier))).isEqualTo(dossier);
  }

  @Property(tries = 200)
  void everyDossierSurvivesJsonToYamlToJson(@ForAll("dossiers") Dossier dossier) {
    String json = JSON.write(dossier);
    Dossier fromYaml = YAML.readDossier(YAML.write(JSON.readDossier(json)));
    assertThat(JSON.write(fromYaml)).isEqualTo(json);
    assertThat(fromYaml).isEqualTo(dossier);
  }

  /** Written with every object's members sorted by name, as {@code jq -S} does, it reads back. */
  @Property(tries = 200)
  void everyDossierReadsBackEqualWhenItsMembersAreSortedByName(
      @ForAll("dossiers") Dossier dossier) {
    JsonMapper mapper = JsonMapper.builder().build();
    String keySorted = mapper.writeValueAsString(sorted(mapper.readTree(JSON.write(dossier))));
    assertThat(JSON.readDossier(keySorted)).isEqualTo(dossier);
  }

  private static JsonNode sorted(JsonNode node) {
    if (node.isObject()) {
      Map<String, JsonNode> members = new TreeMap<>();
      node.properties().forEach(e -> members.put(e.getKey(), sorted(e.getValue())));
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      members.forEach(copy::set);
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode();
      node.forEach(element -> copy.add(sorted(element)));
      return copy;
    }
    return node;
  }

  /**
   * Any valid dossier stays valid with a chain of topics up to thousands long under one of its
   * own, and gains exactly one violation, a reference cycle, when the chain's first topic is
   * made the parent of its last.
   */
  @Property(tries = 100)
  void chainsOfTopicsOfAnyLengthAreValidAndTheirCyclesAreFound(
      @ForAll("validDossiers") Dossier dossier,
      @ForAll @IntRange(min = 2, max = 3_000) int length) {
    List<Topic> topics = new ArrayList<>(dossier.topics());
    for (int i = 0; i < length; i++) {
      topics.add(Topic.builder().id("chain-" + i).label("Chain " + i).kind(TopicKind.THEME)
          .addParent(Ref.of(i == 0 ? "security" : "chain-" + (i - 1))).build());
    }
    assertThat(DossierValidator.validate(dossier.withTopics(topics))).isEmpty();
    topics.set(dossier.topics().size(), topics.get(dossier.topics().size())
        .withParents(Ref.of("chain-" + (length - 1))));
    assertThat(DossierValidator.validate(dossier.withTopics(topics)))
        .extracting(Violation::code).containsExactly(ViolationCode.REFERENCE_CYCLE);
  }

  @Property(tries = 300)
  void everyPartReadsBackEqualAsItsOwnType(@ForAll("parts") Object part) {
    Object back = JSON.read(JSON.write(part), part.getClass());
    assertThat(back).isEqualTo(part);
  }

  @Property(tries = 100)
  void ndjsonOfManyStatementsReadsBackInOrder(@ForAll("statementLists") List<Statement> statements) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonWriter writer = JSON.ndjsonWriter(out)) {
      statements.forEach(writer::write);
    }
    try (Stream<Statement> back =
        JSON.readNdjson(new ByteArrayInputStream(out.toByteArray()), Statement.class)) {
      assertThat(back.collect(Collectors.toList())).containsExactlyElementsOf(statements);
    }
  }

  @Provide
  Arbitrary<Dossier> dossiers() {
    return ModelArbitraries.dossiers(4);
  }

  @Provide
  Arbitrary<Dossier> validDossiers() {
    return ModelArbitraries.validDossiers(4);
  }

  @Provide
  Arbitrary<List<Statement>> statementLists() {
    return ModelArbitraries.statements().list().ofMaxSize(20);
  }

  @Provide
  Arbitrary<Object> parts() {
    return Arbitraries.oneOf(List.of(
        ModelArbitraries.fuzzyDates().map(Object.class::cast),
        ModelArbitraries.countryCodes().map(Object.class::cast),
        ModelArbitraries.externalIds().map(Object.class::cast),
        ModelArbitraries.evidence().map(Object.class::cast),
        ModelArbitraries.wordings().map(Object.class::cast),
        ModelArbitraries.dateClaims().map(Object.class::cast),
        ModelArbitraries.sources().map(Object.class::cast),
        ModelArbitraries.personNames().map(Object.class::cast),
        ModelArbitraries.terms().map(Object.class::cast),
        ModelArbitraries.tenures().map(Object.class::cast),
        ModelArbitraries.offices().map(Object.class::cast),
        ModelArbitraries.actors().map(Object.class::cast),
        ModelArbitraries.venues().map(Object.class::cast),
        ModelArbitraries.participants().map(Object.class::cast),
        ModelArbitraries.dialogueSeries().map(Object.class::cast),
        ModelArbitraries.engagements().map(Object.class::cast),
        ModelArbitraries.meetingChanges().map(Object.class::cast),
        ModelArbitraries.plannedMeetings().map(Object.class::cast),
        ModelArbitraries.hedgings().map(Object.class::cast),
        ModelArbitraries.intensities().map(Object.class::cast),
        ModelArbitraries.positionObjects().map(Object.class::cast),
        ModelArbitraries.positions().map(Object.class::cast),
        ModelArbitraries.statementRelations().map(Object.class::cast),
        ModelArbitraries.attributions().map(Object.class::cast),
        ModelArbitraries.statements().map(Object.class::cast),
        ModelArbitraries.topics().map(Object.class::cast)));
  }
}
