package dev.entente.serialization;

import dev.entente.serialization.internal.Codec;
import dev.entente.serialization.internal.Codecs;
import dev.entente.serialization.internal.ReadContext;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Teaches a Jackson 3 mapper Entente's types, and nothing else.
 *
 * <p>Found by {@link java.util.ServiceLoader}, so {@code JsonMapper.builder().findAndAddModules()}
 * registers it; or add it by hand:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new EntenteModule()).build();
 * String json = mapper.writeValueAsString(dossier);
 * Dossier back = mapper.readValue(json, Dossier.class);
 * }</pre>
 *
 * <p>The module registers a serializer and a deserializer for each Entente type and for no other
 * type, so the mapper treats the user's own types as before. An Entente value is written the same
 * way wherever it is, in an Entente record or in a field of the user's own type: a {@code
 * FuzzyDate} as its EDTF string, a {@code CountryCode} or a {@code Ref} as its code or id, and
 * every Entente enum (such as {@code SourceKind}, {@code PositionKind} or {@code ViolationCode})
 * in lower kebab-case, {@code "press-release"}. Standing on its own, an enum is also read from
 * its constant's name ({@code "PRESS_RELEASE"}), as a mapper without the module wrote it. Entente's types are written and read
 * token by token from one table of members per type, so the mapper's settings (naming strategy,
 * inclusion, ordering, unknown-property handling) do not change their form: member names, order,
 * omission of absent values, and the rejection of unknown members are the same in every mapper.
 * Problems come out as {@link EntenteJsonException}, a Jackson exception.
 *
 * <p>Whole-document guarantees (no trailing content, size limits, dossier validation, UTF-8 only)
 * are the facade's, {@link EntenteJson}: a mapper reads what its own settings allow around
 * Entente's values.
 */
public final class EntenteModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** A module that reads strictly and accepts no user-assigned country codes. */
  public EntenteModule() {
    this(ReadContext.strict());
  }

  EntenteModule(ReadContext reading) {
    super("entente", Version.unknownVersion());
    for (Map.Entry<Class<?>, Codec<?>> entry : Codecs.all().entrySet()) {
      register(entry.getKey(), entry.getValue(), reading);
    }
    for (Map.Entry<Class<?>, Codec<?>> entry : Codecs.enumerations().entrySet()) {
      register(entry.getKey(), entry.getValue(), reading);
    }
  }

  @SuppressWarnings("unchecked")
  private <T> void register(Class<?> type, Codec<?> codec, ReadContext reading) {
    Class<T> target = (Class<T>) type;
    Codec<T> typed = (Codec<T>) codec;
    addSerializer(target, new CodecSerializer<>(target, typed));
    addDeserializer(target, new CodecDeserializer<>(target, typed, reading));
  }

  private static final class CodecSerializer<T> extends ValueSerializer<T> {
    private final Class<T> type;
    private final Codec<T> codec;

    CodecSerializer(Class<T> type, Codec<T> codec) {
      this.type = type;
      this.codec = codec;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializationContext context) {
      codec.write(g, value);
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }

  private static final class CodecDeserializer<T> extends ValueDeserializer<T> {
    private final Class<T> type;
    private final Codec<T> codec;
    private final ReadContext reading;

    CodecDeserializer(Class<T> type, Codec<T> codec, ReadContext reading) {
      this.type = type;
      this.codec = codec;
      this.reading = reading;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext context) {
      T value = codec.read(p, reading);
      if (!type.isInstance(value)) {
        throw reading.fail(p, JsonProblem.Kind.UNKNOWN_TYPE, "expected "
            + type.getSimpleName() + ", found " + value.getClass().getSimpleName());
      }
      return value;
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }
}
