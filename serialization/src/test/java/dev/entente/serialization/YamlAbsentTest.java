package dev.entente.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.entente.model.Dossier;
import dev.entente.yamlprobe.YamlProbe;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;

/**
 * An application without the optional jackson-dataformat-yaml: JSON works, and asking for YAML
 * gets a {@link YamlUnavailableException} that says what to add, on the class path and on the
 * module path. Each case runs {@link YamlProbe} in a JVM of its own, with a path built from where
 * this JVM found each jar; the same runs with YAML present show that the probe tells them apart.
 */
class YamlAbsentTest {

  private static final String SERIALIZATION = location(EntenteJson.class);
  private static final String CORE = location(Dossier.class);
  private static final String PROBE = location(YamlProbe.class);
  private static final List<String> JACKSON = List.of(location(JsonParser.class),
      location(ObjectMapper.class), location(JsonProperty.class));
  private static final List<String> YAML = List.of(location(YAMLFactory.class),
      location(named("org.snakeyaml.engine.v2.api.Load")));

  @Test
  void onTheClassPathWithoutYamlJsonWorksAndYamlIsATypedErrorNamingTheArtifact() throws Exception {
    String out = run("-cp", path(Stream.concat(
        Stream.of(PROBE, SERIALIZATION, CORE), JACKSON.stream())), YamlProbe.class.getName());

    assertThat(out).contains("json: \"2024-10-21\" read back")
        .contains("yaml: unavailable: YAML needs tools.jackson.dataformat:jackson-dataformat-yaml,"
            + " which is not on the class or module path")
        .contains("--add-modules tools.jackson.dataformat.yaml")
        .doesNotContain("NoClassDefFoundError");
  }

  @Test
  void onTheClassPathWithYamlYamlIsWritten() throws Exception {
    String out = run("-cp", path(Stream.of(Stream.of(PROBE, SERIALIZATION, CORE),
        JACKSON.stream(), YAML.stream()).flatMap(s -> s)), YamlProbe.class.getName());

    assertThat(out).contains("json: \"2024-10-21\" read back").contains("yaml: written ");
  }

  @Test
  void onTheModulePathWithTheYamlModuleUnresolvedYamlIsATypedErrorNamingTheModule()
      throws Exception {
    // The jar is on the module path, as a Maven-built module path has it, but nothing requires it.
    String out = run("--module-path", path(Stream.of(Stream.of(SERIALIZATION, CORE),
            JACKSON.stream(), YAML.stream()).flatMap(s -> s)),
        "--add-modules", "dev.entente.serialization",
        "-cp", PROBE, YamlProbe.class.getName());

    assertThat(out).contains("json: \"2024-10-21\" read back")
        .contains("yaml: unavailable: YAML needs tools.jackson.dataformat:jackson-dataformat-yaml")
        .contains("--add-modules tools.jackson.dataformat.yaml");
  }

  @Test
  void onTheModulePathWithoutTheYamlJarYamlIsATypedError() throws Exception {
    String out = run("--module-path", path(Stream.concat(Stream.of(SERIALIZATION, CORE),
            JACKSON.stream())),
        "--add-modules", "dev.entente.serialization",
        "-cp", PROBE, YamlProbe.class.getName());

    assertThat(out).contains("json: \"2024-10-21\" read back")
        .contains("yaml: unavailable: YAML needs tools.jackson.dataformat:jackson-dataformat-yaml");
  }

  @Test
  void onTheModulePathWithTheYamlModuleAddedYamlIsWritten() throws Exception {
    String out = run("--module-path", path(Stream.of(Stream.of(SERIALIZATION, CORE),
            JACKSON.stream(), YAML.stream()).flatMap(s -> s)),
        "--add-modules", "dev.entente.serialization,tools.jackson.dataformat.yaml",
        "-cp", PROBE, YamlProbe.class.getName());

    assertThat(out).contains("json: \"2024-10-21\" read back").contains("yaml: written ");
  }

  /** Runs java with the arguments; its standard output, once it has exited with status 0. */
  private static String run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xshare:auto");
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the probe ends").isTrue();
    assertThat(process.exitValue()).as("exit status of %s%n%s", command, out).isZero();
    return out;
  }

  private static String path(Stream<String> entries) {
    return entries.collect(Collectors.joining(File.pathSeparator));
  }

  /** A class this module does not read (snakeyaml-engine's), found by name. */
  private static Class<?> named(String name) {
    try {
      return Class.forName(name, false, YAMLFactory.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(name + " is not on the test path", e);
    }
  }

  /** The jar or class directory a class was loaded from. */
  private static String location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(type + " has no file location", e);
    }
  }
}
