package dev.entente.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The class path as {@code spark-submit} makes it: Spark's jars, with Spark's own (older)
 * jackson-annotations, before the application's. Jackson 3 needs the newer jackson-annotations
 * this module declares; the README's class-path step puts it first. The probe runs in a JVM of
 * its own with each class path.
 */
class ClassPathProbeTest {

  /** Spark's jackson-annotations (copied by the build from Spark's version line). */
  private static final String SPARKS = System.getProperty("entente.sparkJacksonAnnotations");

  /** The jackson-annotations this module declares, the one on the test class path. */
  private static String declared() {
    return entries().stream().filter(e -> e.contains("jackson-annotations")).findFirst()
        .orElseThrow(() -> new AssertionError("no jackson-annotations on the test class path"));
  }

  private static List<String> entries() {
    return Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
  }

  /** Spark's jars first (its Scala, Hadoop and Jackson 2 jars too), then the application's. */
  private static List<String> sparkFirst() {
    List<String> spark = new ArrayList<>();
    List<String> application = new ArrayList<>();
    spark.add(SPARKS);
    for (String entry : entries()) {
      if (entry.contains("jackson-annotations")) {
        continue;
      }
      boolean ours = entry.contains("dev" + File.separator + "entente")
          || entry.contains(File.separator + "tools" + File.separator + "jackson")
          || entry.endsWith("classes") || entry.endsWith("classes" + File.separator);
      (ours ? application : spark).add(entry);
    }
    spark.addAll(application);
    return spark;
  }

  private static Result run(List<String> classPath) throws IOException, InterruptedException {
    Path out = Files.createTempFile("entente-probe", ".txt");
    try {
      List<String> command = new ArrayList<>(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", String.join(File.pathSeparator, classPath), Probe.class.getName()));
      Process p = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(out.toFile()).start();
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the probe ends").isTrue();
      return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
    }
  }

  record Result(int status, String output) {}

  @Test
  void sparksJarsFirstWithTheDeclaredAnnotationsBeforeThemWriteTheRecord() throws Exception {
    assertThat(Path.of(SPARKS)).exists();
    List<String> classPath = new ArrayList<>(List.of(declared()));
    classPath.addAll(sparkFirst());

    Result result = run(classPath);

    assertThat(result.output())
        .contains("{\"name\":\"probe\",\"dossier\":{\"entente\":\"1.1\",\"id\":\"probe-dossier\"}}");
    assertThat(result.status()).as(result.output()).isZero();
  }

  @Test
  void sparksJarsFirstWithoutTheDeclaredAnnotationsFail() throws Exception {
    Result result = run(sparkFirst());

    assertThat(result.status()).isNotZero();
    assertThat(result.output()).contains("NoClassDefFoundError")
        .contains("com/fasterxml/jackson/annotation/");
  }
}
