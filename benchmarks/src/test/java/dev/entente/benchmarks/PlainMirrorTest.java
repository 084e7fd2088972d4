package dev.entente.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.entente.model.Dossier;
import dev.entente.serialization.EntenteJson;
import dev.entente.testing.SampleDossiers;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The plain records of {@link Plain} mirror the shipped JSON Schema member by member, so that the
 * benchmark's plain contender reads the very documents Entente reads: every object type of the
 * schema's {@code $defs} has a record of its name, every member a component of its name and
 * shape, and every union a sealed interface whose type ids are the kinds' {@code type} constants;
 * and nothing in {@code Plain} is not in the schema.
 */
class PlainMirrorTest {

  private static final String SCHEMA = "dev/entente/serialization/entente.schema.json";

  private static JsonNode defs() throws IOException {
    try (InputStream in = Dossier.class.getClassLoader().getResourceAsStream(SCHEMA)) {
      assertThat(in).as(SCHEMA + " on the class path").isNotNull();
      return ReadBenchmark.MAPPER.readTree(in).get("$defs");
    }
  }

  /** The nested types of {@link Plain}, by simple name. */
  private static Map<String, Class<?>> plainTypes() {
    Map<String, Class<?>> types = new LinkedHashMap<>();
    for (Class<?> type : Plain.class.getDeclaredClasses()) {
      types.put(type.getSimpleName(), type);
    }
    return types;
  }

  /** The name of the {@code $defs} entry a {@code $ref} points at. */
  private static String refName(JsonNode member) {
    String ref = member.path("$ref").asString("");
    return ref.startsWith("#/$defs/") ? ref.substring("#/$defs/".length()) : null;
  }

  /** Whether a {@code $defs} entry is an object type or a union, which Plain has a type for. */
  private static boolean isStructured(JsonNode def) {
    return def.has("properties") || def.has("oneOf");
  }

  /**
   * The Java type a member of the schema is mirrored by, as text: {@code List<X>} for an array,
   * the Plain type's name for an object or a union, {@code Integer} for an integer, {@code
   * String} for everything else (ids, codes, dates, enumerations and text).
   */
  private static String expectedType(JsonNode member, JsonNode defs) {
    if (member.path("type").asString("").equals("array")) {
      return "List<" + expectedType(member.get("items"), defs) + ">";
    }
    String ref = refName(member);
    if (ref != null && isStructured(defs.get(ref))) {
      return ref;
    }
    if (member.path("type").asString("").equals("integer")) {
      return "Integer";
    }
    return "String";
  }

  private static String typeName(Type type) {
    if (type instanceof ParameterizedType) {
      ParameterizedType parameterized = (ParameterizedType) type;
      return ((Class<?>) parameterized.getRawType()).getSimpleName() + "<"
          + Arrays.stream(parameterized.getActualTypeArguments()).map(PlainMirrorTest::typeName)
              .collect(Collectors.joining(", ")) + ">";
    }
    return ((Class<?>) type).getSimpleName();
  }

  /** The type id of a record under its union's {@link JsonSubTypes}, or null if it has none. */
  private static String typeId(Class<?> record) {
    for (Class<?> union : record.getInterfaces()) {
      JsonTypeInfo info = union.getAnnotation(JsonTypeInfo.class);
      JsonSubTypes subTypes = union.getAnnotation(JsonSubTypes.class);
      if (info != null && subTypes != null && info.property().equals("type")) {
        for (JsonSubTypes.Type subType : subTypes.value()) {
          if (subType.value() == record) {
            return subType.name();
          }
        }
      }
    }
    return null;
  }

  /** Every difference between the schema and {@link Plain}, one a line. */
  static List<String> differences(JsonNode defs, Map<String, Class<?>> plain) {
    List<String> differences = new ArrayList<>();
    Set<String> mirrored = new TreeSet<>();
    for (Map.Entry<String, JsonNode> entry : defs.properties()) {
      String name = entry.getKey();
      JsonNode def = entry.getValue();
      if (!isStructured(def)) {
        continue;
      }
      mirrored.add(name);
      Class<?> type = plain.get(name);
      if (type == null) {
        differences.add(name + ": in the schema, but Plain has no type " + name);
      } else if (def.has("oneOf")) {
        differences.addAll(unionDifferences(name, def, type));
      } else if (!type.isRecord()) {
        differences.add(name + ": an object in the schema, but Plain." + name + " is no record");
      } else {
        differences.addAll(recordDifferences(name, def, type, defs));
      }
    }
    for (String name : plain.keySet()) {
      if (!mirrored.contains(name)) {
        differences.add(name + ": Plain." + name + " is not an object type or union of the"
            + " schema");
      }
    }
    return differences;
  }

  private static List<String> unionDifferences(String name, JsonNode def, Class<?> type) {
    Set<String> kinds = new TreeSet<>();
    for (JsonNode kind : def.get("oneOf")) {
      kinds.add(refName(kind));
    }
    Set<String> permitted = type.isSealed()
        ? Arrays.stream(type.getPermittedSubclasses()).map(Class::getSimpleName)
            .collect(Collectors.toCollection(TreeSet::new))
        : Set.of();
    return kinds.equals(permitted) ? List.of()
        : List.of(name + ": the schema's kinds are " + kinds + ", but Plain." + name
            + " permits " + permitted);
  }

  private static List<String> recordDifferences(String name, JsonNode def, Class<?> record,
      JsonNode defs) {
    List<String> differences = new ArrayList<>();
    Map<String, String> components = new LinkedHashMap<>();
    for (RecordComponent component : record.getRecordComponents()) {
      components.put(component.getName(), typeName(component.getGenericType()));
    }
    Set<String> members = new LinkedHashSet<>();
    for (Map.Entry<String, JsonNode> member : def.get("properties").properties()) {
      String field = member.getKey();
      members.add(field);
      JsonNode kind = member.getValue().get("const");
      if (field.equals("type") && kind != null) {
        String id = typeId(record);
        if (!kind.asString().equals(id)) {
          differences.add(name + ".type: the schema's kind is \"" + kind.asString()
              + "\", but Plain." + name + "'s type id is " + (id == null ? "missing" : "\"" + id
              + "\""));
        }
      } else if (!components.containsKey(field)) {
        differences.add(name + "." + field + ": in the schema, but Plain." + name
            + " has no component " + field);
      } else if (!components.get(field).equals(expectedType(member.getValue(), defs))) {
        differences.add(name + "." + field + ": the schema's shape is "
            + expectedType(member.getValue(), defs) + ", but Plain." + name + "." + field
            + " is " + components.get(field));
      }
    }
    for (String component : components.keySet()) {
      if (!members.contains(component)) {
        differences.add(name + "." + component + ": Plain." + name + " has it, but the schema"
            + " has no member " + component);
      }
    }
    return differences;
  }

  @Test
  void everyMemberOfTheSchemaHasItsComponentInPlainAndNothingElseIsThere() throws IOException {
    assertThat(differences(defs(), plainTypes())).as("differences between the schema and Plain")
        .isEmpty();
  }

  @Test
  void theCheckNamesAMissingMemberAComponentTooManyAndAMissingType() throws IOException {
    JsonNode defs = defs();
    Map<String, Class<?>> plain = plainTypes();
    plain.remove("Term");
    plain.put("Mirror", Mirror.class);
    plain.put("Venue", Venue.class);
    assertThat(differences(defs, plain)).contains(
        "Term: in the schema, but Plain has no type Term",
        "Mirror: Plain.Mirror is not an object type or union of the schema",
        "Venue.externalIds: in the schema, but Plain.Venue has no component externalIds",
        "Venue.floor: Plain.Venue has it, but the schema has no member floor",
        "Venue.city: the schema's shape is String, but Plain.Venue.city is List<String>");
  }

  /** A type the schema does not have. */
  record Mirror(String id) {}

  /** A venue that drifted: one member missing, one of the wrong shape, one added. */
  record Venue(String country, List<String> city, String district, String building,
      String floor) {}

  @Test
  void plainRecordsReadAndWriteThePublishedSamplesAsEntenteWritesThem() {
    for (Dossier sample : List.of(SampleDossiers.korUsa(), SampleDossiers.franceJapan())) {
      byte[] json = EntenteJson.standard().writeBytes(sample);
      Plain.Dossier records = BenchmarksTest.STRICT.readValue(json, Plain.Dossier.class);
      assertThat(ReadBenchmark.MAPPER.readTree(ReadBenchmark.MAPPER.writeValueAsBytes(records)))
          .as(sample.id()).isEqualTo(ReadBenchmark.MAPPER.readTree(json));
    }
  }
}
