package dev.entente.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's example job, on a few generated dossiers. */
class ExampleJobTest {

  @Test
  void theJobWritesEveryOutput(@TempDir Path dir) throws Exception {
    String input = ExampleJob.generate(dir, 30);
    String out = dir.resolve("out").toString();

    ExampleJob.run(LocalSpark.session(), input, out);

    for (String output : new String[] {"statements", "positions", "engagements", "plover",
        "gdelt", "problems"}) {
      assertThat(dir.resolve("out").resolve(output).resolve("_SUCCESS")).as(output).exists();
    }
    assertThat(LocalSpark.session().read().option("header", "true").csv(out + "/problems")
        .select("offset").distinct().collectAsList()).extracting(r -> r.getString(0))
        .as("one bad line after every tenth dossier").hasSize(3);
  }
}
