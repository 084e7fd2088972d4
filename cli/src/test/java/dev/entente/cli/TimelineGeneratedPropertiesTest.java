package dev.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.interop.timeline.Timeline;
import dev.entente.model.Dossier;
import dev.entente.testing.generators.ModelArbitraries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The timelines of generated valid dossiers in headless Chromium, as {@link TimelineBrowserTest}
 * checks the examples': names in every script, dates from 0001 to 9999, open and unknown ends,
 * disputed steps. Each record is drawn where its dates say, the page loads nothing, and Mermaid
 * reads the chart. Full tier; a fixed seed, so that each run draws the same dossiers.
 */
@Tag("slow")
class TimelineGeneratedPropertiesTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  /** One browser for the pages, one that keeps Mermaid loaded. */
  private static Chromium chromium;
  private static Chromium mermaid;
  private static Path dir;

  @BeforeContainer
  static void startBrowsers() throws Exception {
    chromium = Chromium.start();
    mermaid = Chromium.start();
    dir = Files.createTempDirectory("entente-timeline-");
    TimelineBrowserTest.loadMermaid(mermaid, dir);
  }

  @AfterContainer
  static void stopBrowsers() throws IOException {
    if (chromium != null) {
      chromium.close();
    }
    if (mermaid != null) {
      mermaid.close();
    }
    if (dir != null) {
      try (var files = Files.list(dir)) {
        for (Path file : (Iterable<Path>) files::iterator) {
          Files.delete(file);
        }
      }
      Files.delete(dir);
    }
  }

  @Provide
  Arbitrary<Dossier> dossiers() {
    return ModelArbitraries.validDossiers(3);
  }

  @Property(tries = 25, seed = "20261203")
  void drawsEachRecordWhereItsDatesSayAndMermaidReadsTheChart(
      @ForAll("dossiers") Dossier dossier) throws IOException {
    Timeline timeline = Timeline.of(dossier);
    if (TimelineBrowserTest.dated(0, dossier).isEmpty()) {
      assertThat(timeline.html()).contains("id=\"no-axis\"");
    } else {
      JsonNode page = TimelineBrowserTest.load(chromium, dir, timeline.html(), "generated");
      TimelineBrowserTest.checkGeometry(List.of(dossier), page);
    }
    String chart = timeline.mermaid();
    assertThat(mermaid.evaluate("mermaid.parse(" + JSON.writeValueAsString(chart)
        + ").then(r => r.diagramType)").asString()).as("the chart:%n%s", chart)
        .isEqualTo("gantt");
  }
}
