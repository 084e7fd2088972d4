package dev.entente.bomcheck;

import static dev.entente.testing.EntenteAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.model.Dossier;
import dev.entente.serialization.EntenteJson;
import dev.entente.testing.SampleDossiers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What a project gets by importing {@code entente-bom} alone: the BOM lists every published
 * module of the reactor, and Jackson, its YAML format and snakeyaml-engine come in versions that
 * work together, even beside networknt's validator, which asks for older ones.
 */
class BomConsumerTest {

  private static final Path REACTOR = Path.of(System.getProperty("entente.reactor", ".."));

  @Test
  void theBomListsEveryPublishedModuleAndNothingElse() {
    Document parent = parse(REACTOR.resolve("pom.xml"));
    TreeSet<String> published = new TreeSet<>();
    TreeSet<String> unpublished = new TreeSet<>();
    for (Element module : children(parent.getDocumentElement(), "modules", "module")) {
      Document pom = parse(REACTOR.resolve(module.getTextContent().trim()).resolve("pom.xml"));
      Element project = pom.getDocumentElement();
      String artifactId = text(project, "artifactId");
      String packaging = project.getElementsByTagName("packaging").getLength() == 0
          ? "jar" : text(project, "packaging");
      boolean skipped = "true".equals(property(project, "maven.deploy.skip"));
      if (skipped) {
        unpublished.add(artifactId);
      } else if (packaging.equals("jar")) {
        published.add(artifactId);
      }
    }

    Document bom = parse(REACTOR.resolve("bom").resolve("pom.xml"));
    TreeSet<String> listed = new TreeSet<>();
    for (Element dependency : children(bom.getDocumentElement(), "dependencyManagement",
        "dependencies", "dependency")) {
      if (text(dependency, "groupId").equals("dev.entente")) {
        listed.add(text(dependency, "artifactId"));
      }
    }
    assertThat(published).as("published modules").contains("entente-core", "entente-cli");
    assertThat(listed).as("the Entente artifacts entente-bom manages")
        .isEqualTo(published);

    // The release bundle leaves out exactly the modules that are not deployed.
    TreeSet<String> excluded = new TreeSet<>();
    NodeList artifacts = parent.getElementsByTagName("excludeArtifacts");
    assertThat(artifacts.getLength()).as("excludeArtifacts in the parent POM").isEqualTo(1);
    for (Element artifact : children((Element) artifacts.item(0), "artifact")) {
      excluded.add(artifact.getTextContent().trim());
    }
    assertThat(excluded).as("the release bundle's excluded artifacts").isEqualTo(unpublished);
  }

  @Test
  void jacksonAndItsYamlFormatAreOneVersion() {
    String core = tools.jackson.core.json.PackageVersion.VERSION.toString();
    assertThat(tools.jackson.databind.cfg.PackageVersion.VERSION.toString()).isEqualTo(core);
    assertThat(tools.jackson.dataformat.yaml.PackageVersion.VERSION.toString()).isEqualTo(core);
  }

  @Test
  void jacksonAnnotationsAreTheOnesJackson3Needs() throws ClassNotFoundException {
    // Added in jackson-annotations 2.21 and used by Jackson 3.3: an older jar (Spark's, say)
    // fails with NoClassDefFoundError when a mapper is built.
    assertThat(Class.forName("com.fasterxml.jackson.annotation.JsonSerializeAs")).isNotNull();
    assertThat(EntenteJson.builder().build().write(SampleDossiers.korUsa())).startsWith("{");
  }

  @Test
  void snakeyamlEngineIsTheOneThatReadsSupplementaryCharactersAtABufferEdge() throws IOException {
    // snakeyaml-engine 3.0.1, which networknt asks for, throws when a 1 KiB window ends inside
    // an emoji; the BOM's version reads it.
    String built = property(parse(REACTOR.resolve("pom.xml")).getDocumentElement(),
        "snakeyaml-engine.version");
    assertThat(mavenVersion("org.snakeyaml", "snakeyaml-engine")).isEqualTo(built);
    EntenteJson yaml = EntenteJson.builder().format(EntenteJson.Format.YAML).build();
    for (int padding = 1000; padding <= 1030; padding++) {
      Dossier dossier = Dossier.builder().id("d").title("x".repeat(padding) + "\uD83D\uDE00").build();
      assertThat(yaml.readDossier(yaml.write(dossier))).isEqualTo(dossier);
    }
  }

  @Test
  void networkntValidatesAgainstTheShippedSchema() {
    String json = EntenteJson.builder().build().write(SampleDossiers.korUsa());
    assertThatJson(json).conformsToSchema().isValidDossier();
  }

  private static String mavenVersion(String groupId, String artifactId) throws IOException {
    String path = "META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties";
    try (InputStream in = BomConsumerTest.class.getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    }
  }

  @Test
  void theBomManagesWhatTheBuildIsTestedWith() {
    Element parent = parse(REACTOR.resolve("pom.xml")).getDocumentElement();
    Element bom = parse(REACTOR.resolve("bom").resolve("pom.xml")).getDocumentElement();
    List<Element> managed = children(bom, "dependencyManagement", "dependencies", "dependency");
    assertThat(managed).filteredOn(d -> text(d, "artifactId").equals("jackson-bom"))
        .singleElement().satisfies(d -> assertThat(text(d, "version"))
            .isEqualTo(property(parent, "jackson.version")));
    assertThat(managed).filteredOn(d -> text(d, "artifactId").equals("snakeyaml-engine"))
        .singleElement().satisfies(d -> assertThat(text(d, "version"))
            .isEqualTo(property(parent, "snakeyaml-engine.version")));
  }

  private static Document parse(Path pom) {
    assertThat(pom).exists();
    try (InputStream in = Files.newInputStream(pom)) {
      return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
    } catch (Exception e) {
      throw new AssertionError("cannot parse " + pom + ": " + e, e);
    }
  }

  /** The elements reached from {@code from} through direct children named {@code path}. */
  private static List<Element> children(Element from, String... path) {
    List<Element> level = List.of(from);
    for (String name : path) {
      List<Element> next = new ArrayList<>();
      for (Element element : level) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
          if (child instanceof Element && ((Element) child).getTagName().equals(name)) {
            next.add((Element) child);
          }
        }
      }
      level = next;
    }
    return level;
  }

  private static String text(Element element, String child) {
    List<Element> found = children(element, child);
    assertThat(found).as("<%s> in <%s>", child, element.getTagName()).hasSize(1);
    return found.get(0).getTextContent().trim();
  }

  private static String property(Element project, String name) {
    List<Element> found = children(project, "properties", name);
    return found.isEmpty() ? null : found.get(0).getTextContent().trim();
  }
}
