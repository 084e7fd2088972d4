package dev.entente.serialization.internal;


import dev.entente.serialization.JsonProblem.Kind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.Named;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.util.TokenBuffer;

/**
 * A sealed hierarchy: each kind is an {@link ObjectCodec} with its {@code type} name (kebab-case,
 * never a Java class name). A writer puts the {@code type} member first in every object, so that a
 * reader knows the kind before the other members and needs no buffering; an object whose {@code
 * type} comes later (sorted by key) is read too, buffering that object alone.
 *
 * @param <T> the sealed interface
 */
final class UnionCodec<T> extends Codec<T> {

  private final String name;
  private final String description;
  private final Map<Class<?>, ObjectCodec<? extends T, ?>> byClass = new LinkedHashMap<>();
  private final Map<String, ObjectCodec<? extends T, ?>> byType = new LinkedHashMap<>();
  /**
   * The kinds' classes, in order, compared by identity to a value's class to find its codec: a
   * sealed hierarchy has a dozen kinds at most, so a scan of a small array is as quick as any
   * table and needs no hashing per value written.
   */
  private final Class<?>[] classes;
  /** Each kind's codec, at its class's index in {@link #classes}. */
  private final ObjectCodec<?, ?>[] codecs;
  /** {@link #byType} as the reader looks a {@code type} up: by the parser's characters. */
  private final NameTable<ObjectCodec<? extends T, ?>> kindsByType;

  UnionCodec(String name, String description, List<Member<? extends T>> kinds) {
    this.name = name;
    this.description = description;
    for (Member<? extends T> kind : kinds) {
      kind.codec.family(name);
      byClass.put(kind.type, kind.codec);
      byType.put(kind.codec.typeName().orElseThrow(), kind.codec);
    }
    kindsByType = new NameTable<>(byType);
    this.classes = byClass.keySet().toArray(new Class<?>[0]);
    this.codecs = byClass.values().toArray(new ObjectCodec<?, ?>[0]);
  }

  /**
   * One kind of the hierarchy, its row: its class and its codec, which names its {@code type}
   * and its builder.
   */
  static final class Member<T> {
    final Class<T> type;
    final ObjectCodec<T, ?> codec;

    Member(Class<T> type, ObjectCodec<T, ?> codec) {
      this.type = type;
      this.codec = codec;
    }
  }

  static <T> Member<T> kind(Class<T> type, ObjectCodec<T, ?> codec) {
    return new Member<>(type, codec);
  }

  @Override
  public void write(JsonGenerator g, T value) {
    writeAs(g, value, codecFor(value.getClass()));
  }

  @SuppressWarnings("unchecked")
  private <S extends T> void writeAs(JsonGenerator g, T value, ObjectCodec<S, ?> codec) {
    codec.write(g, (S) value);
  }

  /** The codec of the kind whose class is {@code type}, exactly. */
  @SuppressWarnings("unchecked")
  ObjectCodec<? extends T, ?> codecFor(Class<?> type) {
    for (int i = 0; i < classes.length; i++) {
      if (classes[i] == type) {
        return (ObjectCodec<? extends T, ?>) codecs[i];
      }
    }
    throw new IllegalArgumentException("no codec for " + type.getName());
  }

  @Override
  public T read(JsonParser p, ReadContext r) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw r.fail(p, Kind.WRONG_TYPE, "expected "
          + description + " as an object, found " + ReadContext.describe(p));
    }
    int first = ReadContext.nextName(p, r, TYPE_ONLY);
    if (first == 0) {
      return readKind(p, r);
    }
    if (first != PropertyNameMatcher.MATCH_UNKNOWN_NAME) {
      throw r.fail(p, Kind.MISSING_MEMBER,
          "missing required member \"type\" of " + description + "; one of " + byType.keySet());
    }
    return readTypeLater(p, r);
  }

  /** Matches the name a union looks for first, {@code type}, as index 0. */
  private static final PropertyNameMatcher TYPE_ONLY = JsonFactory.builder().build()
      .constructNameMatcher(List.of(Named.fromString(ObjectCodec.TYPE)), false);

  /**
   * Reads an object whose {@code type} is not its first member, as a key-sorted writer ({@code jq
   * -S}) leaves it: this object alone is buffered, with {@code type} moved first, and read from
   * the buffer. Pointers go on from the document's; problems found in the buffer are placed at
   * their pointer, or else where the object ends.
   */
  private T readTypeLater(JsonParser p, ReadContext r) {
    TokenStreamContext object = p.streamReadContext();
    TokenStreamContext parent = object.getParent();
    TokenBuffer type = null;
    TokenBuffer rest = TokenBuffer.forBuffering(p, ObjectReadContext.empty());
    // The first member, just read, is not type.
    int match = PropertyNameMatcher.MATCH_UNKNOWN_NAME;
    do {
      String name = p.currentName();
      p.nextToken();
      if (type == null && match == 0) {
        type = TokenBuffer.forBuffering(p, ObjectReadContext.empty());
        type.copyCurrentStructure(p);
      } else {
        rest.writeName(name);
        rest.copyCurrentStructure(p);
      }
      match = ReadContext.nextName(p, r, TYPE_ONLY);
    } while (match >= 0 || match == PropertyNameMatcher.MATCH_UNKNOWN_NAME);
    if (type == null) {
      throw r.fail(p, Kind.MISSING_MEMBER,
          "missing required member \"type\" of " + description + "; one of " + byType.keySet());
    }
    TokenBuffer sorted = TokenBuffer.forBuffering(p, ObjectReadContext.empty())
        .overrideParentContext(new Before(parent));
    sorted.writeStartObject();
    sorted.writeName(ObjectCodec.TYPE);
    sorted.append(type);
    sorted.append(rest);
    sorted.writeEndObject();
    try (JsonParser buffered = sorted.asParser(ObjectReadContext.empty(), p)) {
      buffered.nextToken();
      buffered.nextName();
      return readKind(buffered, r);
    }
  }

  /**
   * The context a buffered object continues from: the object's container as it was just before
   * the object, since the buffer's parser counts the object as the container's next value again.
   */
  private static final class Before extends TokenStreamContext {
    private final TokenStreamContext container;

    Before(TokenStreamContext container) {
      super(container.inArray() ? TYPE_ARRAY : container.inObject() ? TYPE_OBJECT : TYPE_ROOT,
          container.getCurrentIndex() - 1);
      this._nestingDepth = container.getNestingDepth();
      this.container = container;
    }

    @Override
    public TokenStreamContext getParent() {
      return container.getParent();
    }

    @Override
    public String currentName() {
      return container.currentName();
    }
  }

  /** Reads the kind named by the {@code type} member, the parser on its name, and the rest. */
  private T readKind(JsonParser p, ReadContext r) {
    p.nextToken();
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw r.fail(p, Kind.WRONG_TYPE,
          "expected the type as a string, found " + ReadContext.describe(p));
    }
    ObjectCodec<? extends T, ?> codec =
        kindsByType.find(p.getStringCharacters(), p.getStringOffset(), p.getStringLength());
    if (codec == null) {
      String type = p.getString();
      throw r.fail(p, Kind.UNKNOWN_TYPE,
          ScalarCodec.quote(type) + " is not a kind of " + name + "; one of " + byType.keySet());
    }
    return codec.readMembers(p, r, true);
  }

  /** The name of the hierarchy, as in {@code $defs}. */
  String name() {
    return name;
  }

  /** How a person would call a value: "a statement". */
  String description() {
    return description;
  }

  /** The class of each kind, in order. */
  java.util.Set<Class<?>> kindClasses() {
    return java.util.Collections.unmodifiableSet(byClass.keySet());
  }

  /** Each kind's codec, by its {@code type} name, in order. */
  Map<String, ObjectCodec<? extends T, ?>> kinds() {
    return java.util.Collections.unmodifiableMap(byType);
  }

  @Override
  String label() {
    return name;
  }

  @Override
  ObjectNode schema(SchemaContext s) {
    return s.ref(name, () -> {
      ObjectNode schema = s.node();
      schema.put("description", MemberDocs.typeMeaning(this));
      ArrayNode oneOf = schema.putArray("oneOf");
      for (ObjectCodec<? extends T, ?> codec : byType.values()) {
        oneOf.add(codec.schema(s));
      }
      return schema;
    });
  }
}
