package dev.entente.serialization.internal;

import dev.entente.model.Extensible;
import dev.entente.model.ExtensibleBuilder;
import dev.entente.model.InvalidValueException;
import dev.entente.serialization.EntenteJsonException;
import dev.entente.serialization.JsonProblem.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.Named;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A value written as a JSON object: members in a fixed order, each described by a {@link Field};
 * for a kind in a sealed hierarchy, a {@code type} member first; and the value's unknown members
 * (lenient reading) last.
 *
 * <p>Reading is strict about everything but member order: unknown members (unless lenient),
 * duplicate members, {@code null}, missing required members and values the model rejects are
 * problems at their JSON Pointer.
 *
 * @param <T> the value type
 * @param <B> its builder
 */
final class ObjectCodec<T, B> extends Codec<T> {

  static final String TYPE = "type";
  private static final SerializedString TYPE_NAME = new SerializedString(TYPE);
  private static final JsonFactory JSON = JsonFactory.builder().build();

  private final String name;
  /** The simple name of the class of the values, which {@link #name} differs from if renamed. */
  private final String className;
  private final Optional<String> typeName;
  /** The {@code type} member's value, encoded once; null for a type that is no kind. */
  private final SerializedString typeValue;
  private final Supplier<B> builder;
  private final Function<B, T> build;
  private final Function<T, Map<String, String>> unknownGetter;
  private final BiConsumer<B, Map<String, String>> unknownSetter;
  private final List<Field<T, B>> fields = new ArrayList<>();
  /** The members as an array, for {@link #write}: no iterator, no interface call per member. */
  private final Field<T, B>[] writing;
  private final Map<String, Integer> indexes = new HashMap<>();
  /**
   * The reader's table of member names: each field's at its index in {@link #fields}, and
   * {@code type} at {@link #typeIndex}, matched by the parser as it reads a name.
   */
  private final PropertyNameMatcher matcher;
  /** The index of {@code type} in {@link #matcher}: one past the last field's. */
  private final int typeIndex;
  /** The bits of the required members, as in {@code seen} while reading. */
  private final long required;
  private final String description;
  /** Alternatives of which a value has at least one: each the members it has all of. */
  private final List<List<String>> oneRequiredOf;
  /** Pairs of members of which a value has one at most. */
  private final List<List<String>> atMostOneOf;
  /**
   * {@link #atMostOneOf} as the reader checks it: each pair's two bits, as in {@code seen}, in
   * the same order.
   */
  private final long[] alternatives;
  /** The sealed hierarchy this is a kind of, as in {@code $defs}; set by its {@link UnionCodec}. */
  private String family;

  private ObjectCodec(Builder<T, B> spec) {
    this.name = spec.name;
    this.className = spec.className;
    this.typeName = Optional.ofNullable(spec.typeName);
    this.typeValue = spec.typeName == null ? null : new SerializedString(spec.typeName);
    this.builder = spec.builder;
    this.build = spec.build;
    this.unknownGetter = spec.unknownGetter;
    this.unknownSetter = spec.unknownSetter;
    this.description = spec.description;
    this.oneRequiredOf = List.copyOf(spec.oneRequiredOf);
    this.atMostOneOf = List.copyOf(spec.atMostOneOf);
    for (Field<T, B> field : spec.fields) {
      if (indexes.put(field.name, fields.size()) != null || field.name.equals(TYPE)) {
        throw new IllegalArgumentException(name + " names member " + field.name + " twice");
      }
      fields.add(field);
    }
    if (fields.size() > 63) {
      throw new IllegalArgumentException(name + " has more members than a long has bits");
    }
    long mask = 0L;
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).required) {
        mask |= 1L << i;
      }
    }
    this.required = mask;
    @SuppressWarnings({"unchecked", "rawtypes"})
    Field<T, B>[] all = fields.toArray(new Field[0]);
    this.writing = all;
    List<Named> names = new ArrayList<>();
    fields.forEach(f -> names.add(Named.fromString(f.name)));
    names.add(Named.fromString(TYPE));
    this.typeIndex = fields.size();
    this.alternatives = new long[atMostOneOf.size()];
    for (int i = 0; i < alternatives.length; i++) {
      for (String member : atMostOneOf.get(i)) {
        Integer index = indexes.get(member);
        if (index == null) {
          throw new IllegalArgumentException(name + " has no member " + member);
        }
        alternatives[i] |= 1L << index;
      }
    }
    this.matcher = JSON.constructNameMatcher(names, false);
  }

  /**
   * Starts the codec of a value type, named as its class: its unknown members and its
   * {@code build()} are bound once, through {@link ExtensibleBuilder}, for every type.
   */
  static <T extends Extensible, B extends ExtensibleBuilder<T, B>> Builder<T, B> of(
      Class<T> type, Supplier<B> builder) {
    return new Builder<T, B>(type.getSimpleName(), builder, ExtensibleBuilder::build)
        .unknown(Extensible::unknownMembers, ExtensibleBuilder::putAllUnknownMembers);
  }

  /** The name of the type, as in {@code $defs}. */
  String name() {
    return name;
  }

  /** The simple name of the class of its values: its {@link #name()} unless renamed. */
  String className() {
    return className;
  }

  /** The {@code type} member's value for a kind in a sealed hierarchy. */
  Optional<String> typeName() {
    return typeName;
  }

  /** How a person would call a value: "a dialogue". */
  String description() {
    return description;
  }

  /** The sealed hierarchy this is a kind of, if any. */
  Optional<String> family() {
    return Optional.ofNullable(family);
  }

  void family(String union) {
    if (family != null && !family.equals(union)) {
      throw new IllegalStateException(name + " is a kind of " + family + " and of " + union);
    }
    family = union;
  }

  /** The members but {@code type}, in order. */
  List<Field<T, B>> fields() {
    return java.util.Collections.unmodifiableList(fields);
  }

  /**
   * The alternatives of which a value has at least one, each as the members it has all of
   * ({@code [[title], [url], [publisher, published]]}); empty when there is no such rule.
   */
  List<List<String>> oneRequiredOf() {
    return oneRequiredOf;
  }

  /** The pairs of members of which a value has one at most. */
  List<List<String>> atMostOneOf() {
    return atMostOneOf;
  }

  @Override
  String label() {
    return name;
  }

  /** The names of the members, in order. */
  List<String> memberNames() {
    List<String> names = new ArrayList<>();
    typeName.ifPresent(t -> names.add(TYPE));
    fields.forEach(f -> names.add(f.name));
    return names;
  }

  @Override
  public void write(JsonGenerator g, T value) {
    g.writeStartObject(value);
    if (typeValue != null) {
      g.writeName(TYPE_NAME);
      g.writeString(typeValue);
    }
    for (Field<T, B> field : writing) {
      field.write(g, value);
    }
    Map<String, String> unknown = unknownGetter.apply(value);
    if (!unknown.isEmpty()) {
      writeUnknown(g, unknown);
    }
    g.writeEndObject();
  }

  private void writeUnknown(JsonGenerator g, Map<String, String> unknown) {
    for (Map.Entry<String, String> member : unknown.entrySet()) {
      // A "type" member is the object's own only when it has a type tag; the lenient reader keeps
      // one on any other object (a dossier, say) as unknown, so it is written back the same way.
      if (indexes.containsKey(member.getKey())
          || (member.getKey().equals(TYPE) && typeName.isPresent())) {
        throw new IllegalArgumentException(name + ".unknownMembers: \"" + member.getKey()
            + "\" is a member " + name + " knows; an unknown member cannot replace it");
      }
      g.writeName(member.getKey());
      try (JsonParser json = JSON.createParser(ObjectReadContext.empty(), member.getValue())) {
        json.nextToken();
        ReadContext.copyJson(json, g);
        if (json.nextToken() != null) {
          throw new IllegalArgumentException(name + ".unknownMembers: the value of \""
              + member.getKey() + "\" is more than one JSON value");
        }
      } catch (tools.jackson.core.JacksonException e) {
        throw new IllegalArgumentException(name + ".unknownMembers: the value of \""
            + member.getKey() + "\" is not JSON text: " + e.getOriginalMessage(), e);
      }
    }
  }

  @Override
  public T read(JsonParser p, ReadContext r) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw r.fail(p, Kind.WRONG_TYPE, "expected " + description + " as an object, found "
          + ReadContext.describe(p));
    }
    return readMembers(p, r, false);
  }

  /**
   * Reads the members of an object whose start has been read; {@code typeSeen} says whether its
   * {@code type} member has been read already (by a {@link UnionCodec}).
   */
  T readMembers(JsonParser p, ReadContext r, boolean typeSeen) {
    B values = builder.get();
    long seen = 0L;
    Map<String, String> unknown = null;
    // Collecting: whether a member's value was left out, so the object may not be built.
    boolean broken = false;
    int depth = p.streamReadContext().getNestingDepth();
    int index;
    while ((index = ReadContext.nextName(p, r, matcher)) >= 0
        || index == PropertyNameMatcher.MATCH_UNKNOWN_NAME) {
      if (index < 0 || index == typeIndex) {
        String member = p.currentName();
        if (index == typeIndex && typeName.isPresent()) {
          // Reported at the name, as the type member is the object's first.
          EntenteJsonException twice =
              r.fail(p, Kind.DUPLICATE_MEMBER, "member \"type\" appears twice");
          p.nextToken();
          r.recover(p, twice, depth);
          continue;
        }
        p.nextToken();
        if (!r.lenient()) {
          r.recover(p, r.fail(p, Kind.UNKNOWN_MEMBER, "unknown member \"" + member + "\" in "
              + description + "; known members are " + memberNames()), depth);
          continue;
        }
        if (unknown == null) {
          unknown = new LinkedHashMap<>();
        }
        if (unknown.containsKey(member)) {
          r.recover(p, r.fail(p, Kind.DUPLICATE_MEMBER, "member \"" + member + "\" appears twice"),
              depth);
          continue;
        }
        unknown.put(member, r.captureJson(p));
        continue;
      }
      long bit = 1L << index;
      if ((seen & bit) != 0) {
        p.nextToken();
        r.recover(p, r.fail(p, Kind.DUPLICATE_MEMBER,
            "member \"" + fields.get(index).name + "\" appears twice"), depth);
        continue;
      }
      seen |= bit;
      if (p.nextToken() == JsonToken.VALUE_NULL) {
        r.recover(p, r.fail(p, Kind.WRONG_TYPE,
            "null is not allowed; leave the member out instead"), depth);
        broken = true;
        continue;
      }
      try {
        fields.get(index).read(p, r, values);
      } catch (EntenteJsonException | ReadContext.Unreadable e) {
        r.recover(p, e, depth);
        broken = true;
      }
    }
    // The object's pointer is only built for a problem: it costs an allocation per object.
    if ((seen & required) != required) {
      for (int i = 0; i < fields.size(); i++) {
        if (fields.get(i).required && (seen & (1L << i)) == 0) {
          EntenteJsonException missing = r.fail(p, ReadContext.pointer(p), Kind.MISSING_MEMBER,
              "missing required member \"" + fields.get(i).name + "\" of " + description);
          if (!r.collects()) {
            throw missing;
          }
          r.keep(missing);
        }
      }
      throw ReadContext.unreadable();
    }
    for (int i = 0; i < alternatives.length; i++) {
      if ((seen & alternatives[i]) == alternatives[i]) {
        List<String> pair = atMostOneOf.get(i);
        EntenteJsonException both = r.fail(p, ReadContext.pointer(p) + "/" + pair.get(1),
            Kind.INVALID_VALUE, "members \"" + pair.get(0) + "\" and \"" + pair.get(1) + "\" of "
                + description + " are alternatives: give one of them");
        if (!r.collects()) {
          throw both;
        }
        r.keep(both);
        throw ReadContext.unreadable();
      }
    }
    if (unknown != null) {
      unknownSetter.accept(values, unknown);
    }
    try {
      return build.apply(values);
    } catch (InvalidValueException | IllegalStateException | EntenteJsonException e) {
      if (broken) {
        // Refused for want of what was left out: that problem is reported already.
        throw ReadContext.unreadable();
      }
      EntenteJsonException refused;
      if (e instanceof InvalidValueException && ((InvalidValueException) e).isMissing()) {
        // A member the model requires in a case that this table leaves to the model: reported as
        // the table reports a required member that is absent.
        refused = r.fail(p, ReadContext.pointer(p), Kind.MISSING_MEMBER, "missing required member"
            + " \"" + ((InvalidValueException) e).attribute() + "\" of " + description);
      } else if (e instanceof InvalidValueException) {
        InvalidValueException invalid = (InvalidValueException) e;
        // One element at fault (a repeat) is reported at that element, by itself.
        String at = ReadContext.pointer(p) + "/" + invalid.attribute()
            + (invalid.index().isPresent() ? "/" + invalid.index().getAsInt() : "");
        refused = r.fail(p, at, Kind.INVALID_VALUE, invalid.value() + ": " + invalid.rule());
      } else {
        refused = r.fail(p, ReadContext.pointer(p), Kind.INVALID_VALUE,
            String.valueOf(e.getMessage()));
      }
      if (!r.collects()) {
        throw refused;
      }
      r.keep(refused);
      throw ReadContext.unreadable();
    }
  }

  @Override
  ObjectNode schema(SchemaContext s) {
    return s.ref(name, () -> {
      ObjectNode schema = s.node();
      schema.put("type", "object");
      schema.put("description", MemberDocs.typeMeaning(this));
      ObjectNode properties = schema.putObject("properties");
      ArrayNode required = s.array();
      if (typeName.isPresent()) {
        properties.putObject(TYPE).put("const", typeName.get())
            .put("description", MemberDocs.meaning(this, TYPE));
        required.add(TYPE);
      }
      for (Field<T, B> field : fields) {
        ObjectNode member = field.schema(s);
        member.put("description", MemberDocs.meaning(this, field.name));
        properties.set(field.name, member);
        if (field.needed()) {
          required.add(field.name);
        }
      }
      if (!required.isEmpty()) {
        schema.set("required", required);
      }
      if (!oneRequiredOf.isEmpty()) {
        ArrayNode anyOf = schema.putArray("anyOf");
        for (List<String> members : oneRequiredOf) {
          ObjectNode alternative = anyOf.addObject();
          ArrayNode needs = alternative.putArray("required");
          for (String member : members) {
            needs.add(member);
            Field<T, B> field = fields.get(indexes.get(member));
            if (field.list) {
              ObjectNode nonEmpty = alternative.has("properties")
                  ? (ObjectNode) alternative.get("properties")
                  : alternative.putObject("properties");
              nonEmpty.putObject(member).put("minItems", 1);
            }
          }
        }
      }
      for (List<String> pair : atMostOneOf) {
        ObjectNode both = s.node();
        both.putArray("required").add(pair.get(0)).add(pair.get(1));
        ArrayNode allOf = schema.has("allOf") ? (ArrayNode) schema.get("allOf")
            : schema.putArray("allOf");
        allOf.addObject().set("not", both);
      }
      schema.put("additionalProperties", false);
      return schema;
    });
  }

  /** Describes an object codec member by member. */
  static final class Builder<T, B> {
    private String name;
    private final String className;
    private final Supplier<B> builder;
    private final Function<B, T> build;
    private String typeName;
    private String description;
    private Function<T, Map<String, String>> unknownGetter;
    private BiConsumer<B, Map<String, String>> unknownSetter;
    private final List<Field<T, B>> fields = new ArrayList<>();
    private final List<List<String>> oneRequiredOf = new ArrayList<>();
    private final List<List<String>> atMostOneOf = new ArrayList<>();

    private Builder(String name, Supplier<B> builder, Function<B, T> build) {
      this.name = name;
      this.className = name;
      this.builder = builder;
      this.build = build;
      this.description = "a " + name;
    }

    /** The {@code type} member's value, for a kind in a sealed hierarchy. */
    Builder<T, B> type(String typeName) {
      this.typeName = typeName;
      return this;
    }

    /**
     * Names the codec otherwise than its class, for a second wire form of one class (as in
     * {@code $defs} and the format's tables).
     */
    Builder<T, B> named(String name) {
      this.name = name;
      return this;
    }

    /** How a person would call it in a message: "a dialogue". */
    Builder<T, B> describedAs(String description) {
      this.description = description;
      return this;
    }

    Builder<T, B> unknown(
        Function<T, Map<String, String>> getter, BiConsumer<B, Map<String, String>> setter) {
      this.unknownGetter = getter;
      this.unknownSetter = setter;
      return this;
    }

    /** The model needs at least one of these members (absent, or an empty array, is none). */
    Builder<T, B> oneRequiredOf(String... members) {
      if (!oneRequiredOf.isEmpty()) {
        throw new IllegalStateException(name + " has one group of alternatives at most");
      }
      for (String member : members) {
        oneRequiredOf.add(List.of(member));
      }
      return this;
    }

    /**
     * After {@link #oneRequiredOf}: one more alternative, of several members that a value has all
     * of (a publisher and a date).
     */
    Builder<T, B> orAllOf(String... members) {
      if (oneRequiredOf.isEmpty()) {
        throw new IllegalStateException(name + " has no group of alternatives to add to");
      }
      oneRequiredOf.add(List.of(members));
      return this;
    }

    /** A value has one of these two members at most: they say the same thing two ways. */
    Builder<T, B> atMostOneOf(String first, String second) {
      atMostOneOf.add(List.of(first, second));
      return this;
    }

    /**
     * The last array member needs from {@code min} to {@code max} elements ({@code -1}: no
     * limit), distinct ones if {@code distinct}, as the model checks.
     */
    Builder<T, B> items(int min, int max, boolean distinct) {
      return items(fields.get(fields.size() - 1).name, min, max, distinct);
    }

    /** Like {@link #items(int, int, boolean)}, for the named array member. */
    Builder<T, B> items(String member, int min, int max, boolean distinct) {
      Field<T, B> last = fields.stream().filter(f -> f.name.equals(member)).findFirst()
          .orElseThrow(() -> new IllegalStateException(name + " has no member " + member));
      if (!last.list) {
        throw new IllegalStateException(name + "." + last.name + " is not an array");
      }
      last.minItems = min;
      last.maxItems = max;
      last.distinct = distinct;
      return this;
    }

    Builder<T, B> field(Field<T, B> field) {
      fields.add(field);
      return this;
    }

    <V> Builder<T, B> required(
        String member, Function<T, V> get, BiConsumer<B, V> set, Codec<V> codec) {
      return field(Field.required(member, get, set, codec));
    }

    <V> Builder<T, B> optional(
        String member, Function<T, Optional<V>> get, BiConsumer<B, V> set, Codec<V> codec) {
      return field(Field.optional(member, get, set, codec));
    }

    Builder<T, B> optionalInt(String member, Function<T, java.util.OptionalInt> get,
        java.util.function.ObjIntConsumer<B> set) {
      return field(Field.optionalInt(member, get, set));
    }

    /** An array member; {@code add} gives the builder one element ({@code Builder::addTopic}). */
    <V> Builder<T, B> list(String member, Function<T, List<V>> get,
        BiConsumer<B, V> add, Codec<V> codec) {
      return field(Field.list(member, get, add, codec));
    }

    ObjectCodec<T, B> build() {
      if (unknownGetter == null) {
        throw new IllegalStateException(name + " has no unknown-members accessors");
      }
      return new ObjectCodec<>(this);
    }
  }
}
