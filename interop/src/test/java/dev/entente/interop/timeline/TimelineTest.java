package dev.entente.interop.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.model.Dossier;
import dev.entente.model.Meeting;
import dev.entente.model.State;
import dev.entente.testing.SampleDossiers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The timeline's text: escaped, self-contained and stable. Where things are drawn is checked in a
 * real browser, in {@code entente-cli}'s {@code TimelineBrowserTest} (full tier).
 */
class TimelineTest {

  private static final String MARKUP = "<img src=x onerror=alert(1)> & \"quoted\" 'too'";

  /** France and Japan, with markup in Japan's name and in the meeting's title. */
  private static Dossier hostile() {
    Dossier dossier = SampleDossiers.franceJapan();
    State japan = dossier.actors().stream().filter(a -> a.id().equals("jp"))
        .map(a -> (State) a).findFirst().orElseThrow();
    Meeting talks = (Meeting) dossier.engagements().get(0);
    return dossier.withRecord(japan.withName(MARKUP))
        .withRecord(talks.withTitle("Section: " + MARKUP));
  }

  @Test
  void escapesEveryNameInThePage() {
    String html = Timeline.of(hostile()).html();
    assertThat(html).doesNotContain("<img", "onerror=alert(1)>", "\"quoted\"", "'too'")
        .contains("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quoted&quot; &#39;too&#39;");
    // Only the page's own elements: no tag other than these.
    Matcher tags = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)").matcher(html);
    while (tags.find()) {
      assertThat(tags.group(1)).isIn("html", "head", "meta", "title", "style", "body", "h1",
          "h2", "h3", "p", "figure", "svg", "g", "rect", "text", "tspan", "line", "circle",
          "path", "a", "figcaption", "span", "section", "article", "ul", "ol", "li", "strong",
          "br");
    }
  }

  @Test
  void escapeWritesTheFiveSpecialCharactersAsReferencesAndControlsAsReplacements() {
    assertThat(HtmlPage.escape("a<b>&\"'\u0007\tc\n")).isEqualTo("a&lt;b&gt;&amp;&quot;&#39;\uFFFD\tc\n");
  }

  @Test
  void allowsOnlyItsOwnStyleAndNoRequest() throws Exception {
    String html = Timeline.of(SampleDossiers.franceJapan()).html();
    Matcher style = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(html);
    assertThat(style.find()).isTrue();
    String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
        .digest(style.group(1).getBytes(StandardCharsets.UTF_8)));
    assertThat(html).contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src"
        + " 'none'; style-src 'sha256-" + hash + "'; base-uri 'none'; form-action 'none'\">");
    assertThat(html).doesNotContain("<script", "<link", "<img", " style=\"", "src=\"", "url(");
  }

  @Test
  void isTheSameTextEveryTime() {
    assertThat(Timeline.of(SampleDossiers.korUsa()).html())
        .isEqualTo(Timeline.of(SampleDossiers.korUsa()).html());
    assertThat(Timeline.of(SampleDossiers.korUsa()).mermaid())
        .isEqualTo(Timeline.of(SampleDossiers.korUsa()).mermaid());
  }

  @Test
  void mergesDossiersAndMarksEachRecordWithItsDossier() {
    String html = Timeline.of(List.of(SampleDossiers.korUsa(), SampleDossiers.franceJapan()))
        .html();
    assertThat(html).contains("data-dossier=\"0\" data-pointer=\"/engagements/0\"",
        "data-dossier=\"1\" data-pointer=\"/engagements/0\"",
        "data-dossier=\"1\" data-pointer=\"/plannedMeetings/0\"");
    // The same dossier twice is drawn once.
    Timeline twice = Timeline.of(List.of(SampleDossiers.korUsa(), SampleDossiers.korUsa()));
    assertThat(twice.html()).doesNotContain("class=\"item engagement\" data-dossier=\"1\"");
  }

  @Test
  void refusesNoDossier() {
    assertThatThrownBy(() -> Timeline.of(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dossiers: []: a timeline needs at least one dossier");
  }

  @Test
  void mermaidWritesNamesAsTextAndGrammarWordsAsEntities() {
    String chart = Timeline.of(hostile()).mermaid();
    assertThat(chart).startsWith("gantt\n").contains("    dateFormat YYYY-MM-DD\n");
    // A task is "text : data"; the text's own colon, markup and quotes are entity codes, and a
    // text that starts with a word of the grammar ("section") has its first letter as one.
    assertThat(chart).contains("    #83;ection#58; #60;img src=x onerror=alert(1)#62;"
        + " #38; #34;quoted#34; 'too' · Paris : milestone, t");
    for (String line : chart.split("\n")) {
      if (line.startsWith("    ") && line.contains(" : ")) {
        assertThat(line.indexOf(':')).as(line).isEqualTo(line.lastIndexOf(':'));
      }
    }
  }

  @Test
  void mermaidLeavesUndatedRecordsAsComments() {
    Dossier dossier = SampleDossiers.korUsa();
    String chart = Timeline.of(dossier).mermaid();
    long tasks = chart.lines().filter(l -> l.matches("    [^%].* : .*t\\d+, .*")).count();
    long comments = chart.lines().filter(l -> l.startsWith("    %% not dated: ")).count();
    assertThat(tasks + comments).isGreaterThanOrEqualTo(
        dossier.engagements().size() + dossier.statements().size());
  }
}
