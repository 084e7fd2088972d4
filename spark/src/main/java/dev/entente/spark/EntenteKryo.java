package dev.entente.spark;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import dev.entente.model.CountryCode;
import dev.entente.model.Dialogue;
import dev.entente.model.Dossier;
import dev.entente.model.Engagement;
import dev.entente.model.JointStatement;
import dev.entente.model.Meeting;
import dev.entente.model.Remarks;
import dev.entente.model.Statement;
import dev.entente.model.UnilateralStatement;
import dev.entente.serialization.EntenteJson;
import java.nio.charset.StandardCharsets;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkEnv;
import org.apache.spark.serializer.KryoRegistrator;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;

/**
 * Model values in Spark: Kryo serializers that carry each dossier, statement or engagement as its
 * canonical JSON, and encoders built on them. Kryo's own field-by-field serializer cannot rebuild
 * the model's immutable values (their lists are {@code List.of}), Java serialization does not
 * apply (they are not {@code Serializable}) and {@code Encoders.bean} does not fit them (they are
 * not beans); the canonical JSON round-trips every value exactly.
 *
 * <pre>{@code
 * SparkSession spark = SparkSession.builder().config(EntenteKryo.configure(new SparkConf())).getOrCreate();
 * Dataset<Dossier> dossiers = spark.createDataset(list, EntenteKryo.dossiers());
 * }</pre>
 *
 * <p>Values read back are not validated again: they were valid when written (a shuffle or a
 * cache only moves them).
 */
public final class EntenteKryo implements KryoRegistrator {

  /** Creates the registrator, as Spark does from {@code spark.kryo.registrator}. */
  public EntenteKryo() {}

  /**
   * The configuration with Kryo as Spark's serializer and this registrator added to any already
   * set.
   */
  public static SparkConf configure(SparkConf conf) {
    String registrators = conf.get("spark.kryo.registrator", "");
    String mine = EntenteKryo.class.getName();
    if (!(("," + registrators + ",").contains("," + mine + ","))) {
      registrators = registrators.isEmpty() ? mine : registrators + "," + mine;
    }
    return conf.set("spark.serializer", "org.apache.spark.serializer.KryoSerializer")
        .set("spark.kryo.registrator", registrators);
  }

  /** An encoder of dossiers, carried as their canonical JSON (needs {@link #configure}). */
  public static Encoder<Dossier> dossiers() {
    return Encoders.kryo(Dossier.class);
  }

  /** An encoder of statements of every kind (needs {@link #configure}). */
  public static Encoder<Statement> statements() {
    return Encoders.kryo(Statement.class);
  }

  /** An encoder of engagements of every kind (needs {@link #configure}). */
  public static Encoder<Engagement> engagements() {
    return Encoders.kryo(Engagement.class);
  }

  /**
   * {@value}: the configuration key of the user-assigned country codes (such as Kosovo's {@code
   * XK}) that values may hold, as {@code alpha2:alpha3:name} separated by {@code ;}: {@code
   * XK:XKX:Kosovo}. The canonical JSON of such a value reads back only where the code is allowed.
   */
  public static final String USER_ASSIGNED = "spark.entente.userAssignedCountryCodes";

  /**
   * Registers the model's dossiers, statements and engagements with their canonical JSON, read
   * back with the user-assigned codes of {@link #USER_ASSIGNED} in the running Spark's
   * configuration.
   */
  @Override
  public void registerClasses(Kryo kryo) {
    SparkEnv env = SparkEnv.get();
    registerClasses(kryo, env == null ? "" : env.conf().get(USER_ASSIGNED, ""));
  }

  static void registerClasses(Kryo kryo, String userAssigned) {
    EntenteJson json = json(userAssigned, false);
    register(kryo, json, Dossier.class, Dossier.class);
    register(kryo, json, Statement.class, JointStatement.class, UnilateralStatement.class,
        Remarks.class);
    register(kryo, json, Engagement.class, Dialogue.class, Meeting.class);
  }

  /** A reader of the running Spark's {@link #USER_ASSIGNED} codes. */
  static EntenteJson json(boolean validate) {
    SparkEnv env = SparkEnv.get();
    return json(env == null ? "" : env.conf().get(USER_ASSIGNED, ""), validate);
  }

  static EntenteJson json(String userAssigned, boolean validate) {
    EntenteJson.Builder builder = EntenteJson.builder().validate(validate);
    for (String code : userAssigned.split(";")) {
      if (code.isBlank()) {
        continue;
      }
      String[] parts = code.trim().split(":", 3);
      if (parts.length != 3) {
        throw new IllegalArgumentException(USER_ASSIGNED + ": a code is alpha2:alpha3:name, not \""
            + code + "\"");
      }
      builder.allowUserAssigned(CountryCode.ofUserAssigned(parts[0], parts[1], parts[2]));
    }
    return builder.build();
  }

  @SafeVarargs
  private static <T> void register(Kryo kryo, EntenteJson json, Class<T> type,
      Class<? extends T>... classes) {
    CanonicalJson<T> serializer = new CanonicalJson<>(json, type);
    kryo.addDefaultSerializer(type, serializer);
    for (Class<? extends T> c : classes) {
      kryo.register(c, serializer);
    }
  }

  /** A value as the length and bytes of its canonical JSON. */
  static final class CanonicalJson<T> extends Serializer<T> {
    /** Reads without validation: a value serialized was valid. */
    private final EntenteJson json;
    private final Class<T> type;

    CanonicalJson(EntenteJson json, Class<T> type) {
      super(false, true);
      this.json = json;
      this.type = type;
    }

    @Override
    public void write(Kryo kryo, Output output, T value) {
      byte[] bytes = json.writeBytes(value);
      output.writeInt(bytes.length, true);
      output.writeBytes(bytes);
    }

    @Override
    public T read(Kryo kryo, Input input, Class<T> ignored) {
      byte[] bytes = input.readBytes(input.readInt(true));
      return type == Dossier.class ? type.cast(json.readDossier(bytes))
          : json.read(new String(bytes, StandardCharsets.UTF_8), type);
    }
  }
}
