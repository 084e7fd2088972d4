package dev.entente.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.model.Dossier;
import dev.entente.model.Statement;
import dev.entente.testing.generators.ModelArbitraries;
import java.nio.ByteBuffer;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.spark.SparkEnv;
import org.apache.spark.serializer.SerializerInstance;
import org.apache.spark.sql.Dataset;
import org.junit.jupiter.api.Test;
import scala.reflect.ClassTag$;

/** Model values through Kryo, as shuffles and caches move them. */
class EntenteKryoTest {

  /** Kryo as the session's executors have it, with the generators' user-assigned XK allowed. */
  private static final SerializerInstance KRYO = session().serializer().newInstance();

  private static SparkEnv session() {
    LocalSpark.session();
    return SparkEnv.get();
  }

  @Provide
  Arbitrary<Dossier> dossiers() {
    return ModelArbitraries.validDossiers(3);
  }

  @Test
  void theSessionSerializesWithKryo() {
    assertThat(session().serializer()).isInstanceOf(org.apache.spark.serializer.KryoSerializer.class);
  }

  @Property(tries = 30)
  void generatedDossiersRoundTrip(@ForAll("dossiers") Dossier dossier) {
    ByteBuffer bytes = KRYO.serialize(dossier, ClassTag$.MODULE$.apply(Dossier.class));
    Dossier back = KRYO.deserialize(bytes, ClassTag$.MODULE$.apply(Dossier.class));
    assertThat(back).isEqualTo(dossier);
    for (Statement s : dossier.statements()) {
      Object read = KRYO.deserialize(KRYO.serialize(s, ClassTag$.MODULE$.apply(Object.class)),
          ClassTag$.MODULE$.apply(Object.class));
      assertThat(read).isEqualTo(s);
    }
  }

  @Test
  void datasetsOfDossiersSurviveAShuffle() {
    List<Dossier> dossiers = Corpus.dossiers(12);
    Dataset<Dossier> set = LocalSpark.session().createDataset(dossiers, EntenteKryo.dossiers());
    List<Dossier> back = set.repartition(3).collectAsList();
    assertThat(back).containsExactlyInAnyOrderElementsOf(dossiers);
  }
}
