package dev.entente.serialization.internal;


import dev.entente.serialization.JsonProblem.Kind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
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
   * The kinds' classes, each at its {@link #slot} in a table where no two share one: a value's
   * codec is found by one identity comparison, with no hash map to walk per value written.
   */
  private final Class<?>[] classes;
  /** Each kind's codec, at its class's slot in {@link #classes}. */
  private final ObjectCodec<?, ?>[] codecs;
  /** The table's size less one (a power of two less one). */
  private final int mask;
  /** How far a class's identity hash is shifted onto itself before masking. */
  private final int shift;
  /** {@link #byType} as the reader looks a {@code type} up: by the parser's characters. */
  private final ScalarCodec.Names<ObjectCodec<? extends T, ?>> kindsByType;

  UnionCodec(String name, String description, List<Member<? extends T>> kinds) {
    this.name = name;
    this.description = description;
    for (Member<? extends T> kind : kinds) {
      kind.codec.family(name);
      byClass.put(kind.type, kind.codec);
      byType.put(kind.codec.typeName().orElseThrow(), kind.codec);
    }
    kindsByType = new ScalarCodec.Names<>(byType);
    int[] fit = perfectFit(byClass.keySet());
    this.mask = fit[0] - 1;
    this.shift = fit[1];
    this.classes = new Class<?>[fit[0]];
    this.codecs = new ObjectCodec<?, ?>[fit[0]];
    if (mask >= 0) {
      for (Map.Entry<Class<?>, ObjectCodec<? extends T, ?>> kind : byClass.entrySet()) {
        int at = slot(kind.getKey(), shift, mask);
        classes[at] = kind.getKey();
        codecs[at] = kind.getValue();
      }
    }
  }

  /**
   * The smallest table size, and a shift, where the classes' identity hashes (fixed for the life
   * of a class) fall in distinct slots: thirty-one shifts of a table four times the classes or
   * larger find one at once in practice. Size 0 if there is none (two classes with one identity
   * hash), for which {@link #codecFor} looks the class up in {@link #byClass}.
   */
  static int[] perfectFit(java.util.Set<Class<?>> types) {
    for (int size = Integer.highestOneBit(Math.max(1, types.size()) * 4); size <= 1 << 16;
        size *= 2) {
      for (int shift = 1; shift < 32; shift++) {
        boolean[] taken = new boolean[size];
        boolean distinct = true;
        for (Class<?> type : types) {
          int at = slot(type, shift, size - 1);
          distinct &= !taken[at];
          taken[at] = true;
        }
        if (distinct) {
          return new int[] {size, shift};
        }
      }
    }
    return new int[] {0, 0};
  }

  static int slot(Class<?> type, int shift, int mask) {
    int hash = System.identityHashCode(type);
    return (hash ^ (hash >>> shift)) & mask;
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
    writeAs(g, value, codecFor(value));
  }

  @SuppressWarnings("unchecked")
  private <S extends T> void writeAs(JsonGenerator g, T value, ObjectCodec<S, ?> codec) {
    codec.write(g, (S) value);
  }

  @SuppressWarnings("unchecked")
  private ObjectCodec<? extends T, ?> codecFor(T value) {
    Class<?> type = value.getClass();
    ObjectCodec<? extends T, ?> codec;
    if (mask >= 0) {
      int at = slot(type, shift, mask);
      codec = classes[at] == type ? (ObjectCodec<? extends T, ?>) codecs[at] : null;
    } else {
      codec = byClass.get(type);
    }
    if (codec == null) {
      throw new IllegalArgumentException("no codec for " + value.getClass().getName());
    }
    return codec;
  }

  @Override
  public T read(JsonParser p, ReadContext r) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw r.fail(p, Kind.WRONG_TYPE, "expected "
          + description + " as an object, found " + ReadContext.describe(p));
    }
    String first = ReadContext.nextName(p, r);
    if (first == null) {
      throw r.fail(p, Kind.MISSING_MEMBER,
          "missing required member \"type\" of " + description + "; one of " + byType.keySet());
    }
    if (!ObjectCodec.TYPE.equals(first)) {
      return readTypeLater(p, r, first);
    }
    return readKind(p, r);
  }

  /**
   * Reads an object whose {@code type} is not its first member, as a key-sorted writer ({@code jq
   * -S}) leaves it: this object alone is buffered, with {@code type} moved first, and read from
   * the buffer. Pointers go on from the document's; problems found in the buffer are placed at
   * their pointer, or else where the object ends.
   */
  private T readTypeLater(JsonParser p, ReadContext r, String first) {
    TokenStreamContext object = p.streamReadContext();
    TokenStreamContext parent = object.getParent();
    TokenBuffer type = null;
    TokenBuffer rest = TokenBuffer.forBuffering(p, ObjectReadContext.empty());
    for (String name = first; name != null; name = ReadContext.nextName(p, r)) {
      p.nextToken();
      if (type == null && ObjectCodec.TYPE.equals(name)) {
        type = TokenBuffer.forBuffering(p, ObjectReadContext.empty());
        type.copyCurrentStructure(p);
      } else {
        rest.writeName(name);
        rest.copyCurrentStructure(p);
      }
    }
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
