package dev.entente.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.entente.model.Dossier;
import dev.entente.model.Statement;
import dev.entente.serialization.EntenteJson;
import dev.entente.serialization.EntenteJsonException;
import dev.entente.serialization.EntenteSchema;
import dev.entente.serialization.SampleDossiers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The shipped schema against what the module writes and reads: every document written in strict
 * form validates, and every copy of the sample dossier broken in one place is rejected by both
 * the schema and the reader. The broken copies are made by walking the written document with the
 * codecs, so that every object, member and value gets its turn.
 */
class SchemaValidationTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static Schema dossierSchema;
  private static Schema statementSchema;

  @BeforeAll
  static void loadSchemas() {
    ObjectNode schema = (ObjectNode) JSON.readTree(EntenteSchema.text());
    dossierSchema = registry().getSchema(schema);
    ObjectNode statement = schema.deepCopy();
    statement.put("$id", EntenteSchema.ID.replace("entente.schema", "statement.schema"));
    statement.put("$ref", "#/$defs/Statement");
    statementSchema = registry().getSchema(statement);
  }

  private static SchemaRegistry registry() {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  }

  private static JsonNode written(Object value) {
    return JSON.readTree(EntenteJson.standard().write(value));
  }

  // ---- What the module writes validates -------------------------------------------------------

  @Test
  void theSampleDossierValidates() {
    assertThat(dossierSchema.validate(written(SampleDossiers.everyType()))).isEmpty();
  }

  @Test
  void theMinimalDossierValidates() {
    assertThat(dossierSchema.validate(written(SampleDossiers.minimal()))).isEmpty();
  }

  @Test
  void eachStatementWrittenAloneValidates() {
    List<Statement> statements = SampleDossiers.everyType().statements();
    assertThat(statements).hasSizeGreaterThanOrEqualTo(3);
    for (Statement statement : statements) {
      assertThat(statementSchema.validate(written(statement))).as(statement.id()).isEmpty();
    }
  }

  @Test
  void aStatementAloneIsNotADossier() {
    assertThat(dossierSchema.validate(written(SampleDossiers.everyType().statements().get(0))))
        .isNotEmpty();
  }

  // ---- Mutations -------------------------------------------------------------------------------

  /** One broken copy of the sample: what was done, and the document. */
  record Mutation(String description, JsonNode document) {}

  @Test
  void everyMutationIsRejectedByTheSchemaAndTheReader() {
    List<Mutation> mutations = mutations();
    List<String> schemaAccepted = new ArrayList<>();
    List<String> readerAccepted = new ArrayList<>();
    for (Mutation mutation : mutations) {
      List<Error> errors = dossierSchema.validate(mutation.document());
      if (errors.isEmpty()) {
        schemaAccepted.add(mutation.description());
      }
      try {
        EntenteJson.standard().readDossier(mutation.document().toString());
        readerAccepted.add(mutation.description());
      } catch (EntenteJsonException expected) {
        // rejected, as it should be
      }
    }
    Map<String, Long> byKind = mutations.stream().collect(Collectors.groupingBy(
        m -> m.description().substring(0, m.description().indexOf(':')), LinkedHashMap::new,
        Collectors.counting()));
    System.out.println(mutations.size() + " mutations of the sample dossier: " + byKind);
    assertThat(mutations).hasSizeGreaterThan(1000);
    assertThat(byKind).containsKeys("remove", "extra member", "EDTF date", "id", "reference",
        "country code", "enumeration", "language tag", "external id", "positive integer", "type",
        "format version", "object for a string", "string for an array");
    assertThat(schemaAccepted).as("mutations the schema wrongly accepts").isEmpty();
    assertThat(readerAccepted).as("mutations the reader wrongly accepts").isEmpty();
  }

  /** The sample dossier as written, broken in one place at a time. */
  static List<Mutation> mutations() {
    JsonNode sample = written(SampleDossiers.everyType());
    Walk walk = new Walk();
    walk.value(sample, DossierCodecs.DOSSIER, "");
    List<Mutation> out = new ArrayList<>();
    for (Walk.Site site : walk.objects) {
      for (String member : site.needed()) {
        if (site.node().has(member)) {
          out.add(remove(sample, site.pointer(), member));
        }
      }
      out.add(replace(sample, site.pointer() + "/unknownMember", "extra member",
          () -> NODES.booleanNode(true)));
      site.codec().typeName().ifPresent(type -> out.add(replace(sample,
          site.pointer() + "/type", "type", () -> NODES.stringNode("no-such-" + type))));
    }
    out.add(replace(sample, "/entente", "format version", () -> NODES.stringNode("2.0")));
    out.add(replace(sample, "/entente", "format version", () -> NODES.stringNode("1")));
    out.add(replace(sample, "/entente", "format version", () -> NODES.numberNode(1.0)));
    for (Walk.Leaf leaf : walk.leaves) {
      String pointer = leaf.pointer();
      Codec<?> codec = leaf.codec();
      for (Map.Entry<String, List<JsonNode>> bad : badValues(codec, sample.at(pointer))
          .entrySet()) {
        for (JsonNode value : bad.getValue()) {
          out.add(replace(sample, pointer, bad.getKey(), value::deepCopy));
        }
      }
      if (codec != ScalarCodecs.POSITIVE_INT) {
        out.add(replace(sample, pointer, "object for a string", NODES::objectNode));
      }
    }
    for (String array : walk.arrays) {
      out.add(replace(sample, array, "string for an array", () -> NODES.stringNode("x")));
    }
    return out;
  }

  /** Values of the leaf's kind that are broken, by the kind's name. */
  private static Map<String, List<JsonNode>> badValues(Codec<?> codec, JsonNode current) {
    Map<String, List<JsonNode>> bad = new LinkedHashMap<>();
    if (codec == ScalarCodecs.FUZZY_DATE) {
      bad.put("EDTF date", strings("2024-13", "2024-10-32", "October 2024", "2024-10-21T10:00",
          "24", "2024-25", "2024-42", "2024/2025/2026", "2024??"));
    } else if (codec == ScalarCodecs.ID) {
      bad.put("id", strings("not an id", "-leading-dash", "é", ""));
    } else if (codec == ScalarCodecs.REF) {
      bad.put("reference", strings("not a reference", "_x", ""));
    } else if (codec == ScalarCodecs.COUNTRY) {
      bad.put("country code", strings("Korea", "kr", "K1", "QQ1"));
    } else if (codec == ScalarCodecs.EXTERNAL_ID) {
      bad.put("external id", strings("Q884", "wikidata:P31", "geonames:0", "isbn:123"));
    } else if (codec == ScalarCodecs.LANGUAGE) {
      bad.put("language tag", strings("english language", "en_GB", "e"));
    } else if (codec == ScalarCodecs.SCRIPT) {
      bad.put("script code", strings("latin", "LATN"));
    } else if (codec == ScalarCodecs.INSTANT) {
      bad.put("date-time", strings("2024-10-21", "2024-10-21T25:00Z", "2024-10-21T10:00"));
    } else if (codec == ScalarCodecs.LOCAL_TIME) {
      bad.put("time of day", strings("11h09", "24:00", "11:60"));
    } else if (codec == ScalarCodecs.URL) {
      bad.put("URI", strings("has spaces in it", "https://example.org/{x}"));
    } else if (codec == ScalarCodecs.POSITIVE_INT) {
      bad.put("positive integer", List.of(NODES.numberNode(0), NODES.numberNode(-3),
          NODES.numberNode(1.5), NODES.stringNode("9"), NODES.numberNode(3_000_000_000L)));
    } else if (codec instanceof ScalarCodec && !((ScalarCodec<?>) codec).values().isEmpty()) {
      String value = current.asString();
      bad.put("enumeration", strings("no-such-value",
          value.toUpperCase(Locale.ROOT).replace('-', '_')));
    } else if (codec == ScalarCodecs.TEXT) {
      bad.put("text", List.of(NODES.numberNode(7), NODES.booleanNode(true)));
    }
    return bad;
  }

  private static List<JsonNode> strings(String... values) {
    List<JsonNode> nodes = new ArrayList<>();
    for (String value : values) {
      nodes.add(NODES.stringNode(value));
    }
    return nodes;
  }

  private static Mutation remove(JsonNode sample, String object, String member) {
    JsonNode copy = sample.deepCopy();
    ((ObjectNode) copy.at(object)).remove(member);
    return new Mutation("remove: " + object + "/" + member, copy);
  }

  /** Sets the value at a pointer (adding the member if it is new). */
  private static Mutation replace(
      JsonNode sample, String pointer, String kind, Supplier<JsonNode> value) {
    JsonNode copy = sample.deepCopy();
    JsonPointer at = JsonPointer.compile(pointer);
    JsonNode parent = copy.at(at.head());
    JsonNode newValue = value.get();
    if (parent.isArray()) {
      ((ArrayNode) parent).set(at.last().getMatchingIndex(), newValue);
    } else {
      ((ObjectNode) parent).set(at.last().getMatchingProperty(), newValue);
    }
    return new Mutation(kind + ": " + pointer + " = " + newValue, copy);
  }

  /** The objects, arrays and scalar values of a written document, with their codecs. */
  static final class Walk {
    record Site(String pointer, ObjectNode node, ObjectCodec<?, ?> codec) {
      /** The members a document must have: type, version, required members, needed arrays. */
      List<String> needed() {
        List<String> names = new ArrayList<>();
        codec.typeName().ifPresent(t -> names.add(ObjectCodec.TYPE));
        codec.fields().stream().filter(Field::needed).forEach(f -> names.add(f.name));
        return names;
      }
    }

    record Leaf(String pointer, Codec<?> codec) {}

    final List<Site> objects = new ArrayList<>();
    final List<Leaf> leaves = new ArrayList<>();
    final List<String> arrays = new ArrayList<>();

    void value(JsonNode node, Codec<?> codec, String pointer) {
      if (codec instanceof UnionCodec) {
        ObjectCodec<?, ?> kind = ((UnionCodec<?>) codec).kinds().get(node.get("type").asString());
        value(node, kind, pointer);
      } else if (codec instanceof ObjectCodec) {
        ObjectCodec<?, ?> object = (ObjectCodec<?, ?>) codec;
        objects.add(new Site(pointer, (ObjectNode) node, object));
        for (Field<?, ?> field : object.fields()) {
          JsonNode member = node.get(field.name);
          String at = pointer + "/" + field.name;
          if (member == null || (object == DossierCodecs.DOSSIER && field.name.equals("entente"))) {
            continue;
          }
          if (field.list) {
            arrays.add(at);
            for (int i = 0; i < member.size(); i++) {
              value(member.get(i), field.valueCodec, at + "/" + i);
            }
          } else {
            value(member, field.valueCodec, at);
          }
        }
      } else {
        leaves.add(new Leaf(pointer, codec));
      }
    }
  }

  @Test
  void unbrokenCopiesAreAcceptedSoTheMutationsMeanSomething() {
    JsonNode sample = written(SampleDossiers.everyType());
    Walk walk = new Walk();
    walk.value(sample, DossierCodecs.DOSSIER, "");
    for (Walk.Leaf leaf : walk.leaves) {
      Mutation same = replace(sample, leaf.pointer(), "same", () -> sample.at(leaf.pointer()));
      assertThat(dossierSchema.validate(same.document())).as(same.description()).isEmpty();
    }
    EntenteJson.standard().readDossier(sample.toString());
  }

  @Test
  void theWalkSeesEveryKindOfValue() {
    Walk walk = new Walk();
    walk.value(written(SampleDossiers.everyType()), DossierCodecs.DOSSIER, "");
    List<Codec<?>> kinds = walk.leaves.stream().map(Walk.Leaf::codec).distinct()
        .collect(Collectors.toList());
    assertThat(kinds).contains(ScalarCodecs.TEXT, ScalarCodecs.ID, ScalarCodecs.FUZZY_DATE, ScalarCodecs.COUNTRY,
        ScalarCodecs.EXTERNAL_ID, ScalarCodecs.URL, ScalarCodecs.INSTANT, ScalarCodecs.LOCAL_TIME, ScalarCodecs.LANGUAGE,
        ScalarCodecs.SCRIPT, ScalarCodecs.POSITIVE_INT);
    List<String> types = walk.objects.stream().map(s -> s.codec().name()).distinct()
        .collect(Collectors.toList());
    assertThat(types).as("object types the sample has").containsAll(allObjectTypes());
  }

  /** Every object type of the format. */
  static List<String> allObjectTypes() {
    List<String> names = new ArrayList<>();
    for (Codec<?> codec : Codecs.all().values()) {
      if (codec instanceof ObjectCodec) {
        names.add(((ObjectCodec<?, ?>) codec).name());
      } else if (codec instanceof UnionCodec) {
        ((UnionCodec<?>) codec).kinds().values().forEach(k -> names.add(k.name()));
      }
    }
    return names.stream().distinct().collect(Collectors.toList());
  }

  @Test
  void aReadDossierIsTheSample() {
    Dossier read = EntenteJson.standard().readDossier(written(SampleDossiers.everyType()).toString());
    assertThat(read).isEqualTo(SampleDossiers.everyType());
  }
}
