package dev.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.entente.examples.koreauk2024.KoreaUkDialogue2024;
import dev.entente.interop.timeline.Timeline;
import dev.entente.model.DialogueSeries;
import dev.entente.model.Dossier;
import dev.entente.model.Engagement;
import dev.entente.model.Finding;
import dev.entente.model.InstrumentStep;
import dev.entente.model.Meeting;
import dev.entente.model.MeetingChange;
import dev.entente.model.PlannedMeeting;
import dev.entente.model.State;
import dev.entente.time.FuzzyDate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The timeline in a real browser, headless Chromium: every band and mark where its dates put it
 * on the drawn axis (computed here from the {@code FuzzyDate} bounds, not by the timeline's code),
 * every engagement and planned meeting present, names shown as text and never as markup, no
 * request made, and the Mermaid chart read by Mermaid's own parser. Full tier: it needs the
 * system's Chromium and Mermaid's npm package, which {@code .ci/run} installs, and fails saying
 * so when either is missing.
 */
@Tag("slow")
class TimelineBrowserTest {

  /** Rendered coordinates agree with the computed ones to within this many CSS pixels. */
  private static final double TOLERANCE = 0.05;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static Chromium chromium;

  @TempDir
  static Path dir;

  @BeforeAll
  static void startBrowser() throws Exception {
    chromium = Chromium.start();
  }

  @AfterAll
  static void stopBrowser() throws Exception {
    if (chromium != null) {
      chromium.close();
    }
  }

  static Stream<Arguments> dossiers() {
    return TimelineCommandTest.examples().entrySet().stream()
        .map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  // ------------------------------------------------------------------------ geometry

  @ParameterizedTest(name = "{0}")
  @MethodSource("dossiers")
  void drawsEveryRecordWhereItsDatesSay(String name, Dossier dossier) throws IOException {
    checkGeometry(List.of(dossier), load(Timeline.of(dossier).html(), name));
  }

  @Test
  void mergesEveryExampleIntoOnePicture() throws IOException {
    List<Dossier> all = new ArrayList<>(TimelineCommandTest.examples().values());
    JsonNode page = load(Timeline.of(all).html(), "merged");
    checkGeometry(all, page);
    assertThat(page.get("lanes").size()).as("lanes drawn")
        .isLessThan(all.stream().mapToInt(d -> d.engagements().size()
            + d.plannedMeetings().size() + d.statements().size()).sum());
  }

  /**
   * A record drawn on the axis: its pointer, the date whose bounds give its extent, and whether
   * it is a lifecycle step with sources, which its mark links to.
   */
  record Drawn(String key, FuzzyDate date, boolean sourced) {
    Drawn(String key, FuzzyDate date) {
      this(key, date, false);
    }
  }

  static void checkGeometry(List<Dossier> dossiers, JsonNode page) {
    List<Drawn> expected = new ArrayList<>();
    Set<String> present = new HashSet<>();
    for (int d = 0; d < dossiers.size(); d++) {
      expected.addAll(dated(d, dossiers.get(d)));
      Dossier dossier = dossiers.get(d);
      for (int i = 0; i < dossier.engagements().size(); i++) {
        present.add(d + "/engagements/" + i);
      }
      for (int i = 0; i < dossier.plannedMeetings().size(); i++) {
        present.add(d + "/plannedMeetings/" + i);
      }
      for (int i = 0; i < dossier.statements().size(); i++) {
        present.add(d + "/statements/" + i);
      }
      for (int i = 0; i < dossier.instruments().size(); i++) {
        present.add(d + "/instruments/" + i);
      }
    }
    Set<String> onPage = new HashSet<>();
    page.get("all").forEach(key -> onPage.add(key.asString()));
    assertThat(onPage).as("every engagement, planned meeting, statement and instrument")
        .containsAll(present);

    // The axis: from 1 January of the first year drawn to 1 January after the last.
    LocalDate first = null;
    LocalDate last = null;
    for (Drawn drawn : expected) {
      List<LocalDate> known = new ArrayList<>();
      if (!openStart(drawn.date())) {
        known.add(drawn.date().earliest());
      }
      if (!openEnd(drawn.date())) {
        known.add(drawn.date().latest());
      }
      for (LocalDate day : known) {
        first = first == null || day.isBefore(first) ? day : first;
        last = last == null || day.isAfter(last) ? day : last;
      }
    }
    assertThat(first).as("a dated record").isNotNull();
    LocalDate start = LocalDate.of(first.getYear(), 1, 1);
    LocalDate end = LocalDate.of(last.getYear() + 1, 1, 1);
    double axisLeft = page.get("axis").get("left").asDouble();
    double axisRight = page.get("axis").get("right").asDouble();
    double perDay = (axisRight - axisLeft) / ChronoUnit.DAYS.between(start, end);

    for (JsonNode tick : page.get("ticks")) {
      LocalDate day = LocalDate.parse(tick.get("date").asString());
      assertThat(tick.get("x").asDouble()).as("tick %s", day)
          .isCloseTo(axisLeft + ChronoUnit.DAYS.between(start, day) * perDay, within(TOLERANCE));
    }
    assertThat(page.get("ticks").get(0).get("date").asString()).isEqualTo(start.toString());

    Map<String, JsonNode> items = new LinkedHashMap<>();
    page.get("items").forEach(item -> items.put(
        item.get("dossier").asInt() + item.get("pointer").asString(), item));
    assertThat(items.keySet()).as("records on the axis")
        .containsExactlyInAnyOrderElementsOf(expected.stream().map(Drawn::key).toList());
    for (Drawn drawn : expected) {
      JsonNode item = items.get(drawn.key());
      FuzzyDate date = drawn.date();
      boolean openStart = openStart(date);
      boolean openEnd = openEnd(date);
      double left = openStart ? axisLeft
          : axisLeft + ChronoUnit.DAYS.between(start, date.earliest()) * perDay;
      double right = openEnd ? axisRight
          : axisLeft + ChronoUnit.DAYS.between(start, date.latest().plusDays(1)) * perDay;
      JsonNode span = item.get("span");
      assertThat(span.get("left").asDouble()).as("left of %s, %s", drawn.key(), date)
          .isCloseTo(left, within(TOLERANCE));
      assertThat(span.get("right").asDouble()).as("right of %s, %s", drawn.key(), date)
          .isCloseTo(right, within(TOLERANCE));
      assertThat(item.get("openEnds").asInt()).as("open-end arrows of %s, %s", drawn.key(), date)
          .isEqualTo(item.get("class").asString().contains("window")
              ? (openStart ? 1 : 0) + (openEnd ? 1 : 0) : 0);
      assertThat(item.get("linked").asBoolean()).as("link of %s to its source: %s", drawn.key(),
          item.get("link")).isEqualTo(drawn.sourced());
    }
  }

  /** An interval whose start is open ({@code ../2025}) or unknown ({@code /2025}). */
  private static boolean openStart(FuzzyDate date) {
    return date.isInterval() && date.start().isEmpty();
  }

  /** An interval whose end is open ({@code 2025/..}) or unknown ({@code 2025/}). */
  private static boolean openEnd(FuzzyDate date) {
    return date.isInterval() && date.end().isEmpty();
  }

  /** What the page must draw on the axis, as this test reads the dossier. */
  static List<Drawn> dated(int d, Dossier dossier) {
    List<Drawn> drawn = new ArrayList<>();
    for (int i = 0; i < dossier.engagements().size(); i++) {
      Engagement engagement = dossier.engagements().get(i);
      Finding<FuzzyDate> finding = engagement.dateFinding();
      FuzzyDate date = engagement.date()
          .orElse(finding instanceof Finding.Settled ? finding.value().orElse(null) : null);
      if (date != null) {
        drawn.add(new Drawn(d + "/engagements/" + i, date));
      }
    }
    for (int i = 0; i < dossier.statements().size(); i++) {
      int index = i;
      dossier.statements().get(i).date()
          .ifPresent(date -> drawn.add(new Drawn(d + "/statements/" + index, date)));
    }
    for (int n = 0; n < dossier.instruments().size(); n++) {
      List<InstrumentStep> history = dossier.instruments().get(n).history();
      for (int s = 0; s < history.size(); s++) {
        List<InstrumentStep> accounts = new ArrayList<>();
        accounts.add(history.get(s));
        accounts.addAll(history.get(s).alternatives());
        for (int a = 0; a < accounts.size(); a++) {
          InstrumentStep step = accounts.get(a);
          String key = d + "/instruments/" + n + "/history/" + s
              + (a == 0 ? "" : "/alternatives/" + (a - 1));
          step.date().ifPresent(date -> drawn.add(
              new Drawn(key, date, !step.evidence().isEmpty())));
        }
      }
    }
    for (int p = 0; p < dossier.plannedMeetings().size(); p++) {
      PlannedMeeting plan = dossier.plannedMeetings().get(p);
      for (int s = 0; s < plan.lifecycle().size(); s++) {
        MeetingChange step = plan.lifecycle().get(s);
        List<MeetingChange> accounts = new ArrayList<>();
        accounts.add(step);
        accounts.addAll(step.alternatives());
        for (int a = 0; a < accounts.size(); a++) {
          String key = d + "/plannedMeetings/" + p + "/lifecycle/" + s
              + (a == 0 ? "" : "/alternatives/" + (a - 1));
          MeetingChange account = accounts.get(a);
          account.date().ifPresent(date -> drawn.add(
              new Drawn(key, date, !account.evidence().isEmpty())));
          for (int w = 0; w < account.windows().size(); w++) {
            drawn.add(new Drawn(key + "/windows/" + w, account.windows().get(w).value()));
          }
        }
      }
    }
    return drawn;
  }

  // ------------------------------------------------------------------------ no request, no markup

  @Test
  void makesNoRequestAndShowsMarkupInNamesAsText() throws IOException {
    Dossier hostile = hostile();
    String html = Timeline.of(hostile).html();
    Path file = write(html, "hostile.html");
    chromium.load(file);
    assertThat(chromium.requests()).as("requests").containsExactly(file.toUri().toString());
    assertThat(chromium.evaluate(
        "document.querySelectorAll('script, img, iframe, object, embed, b, link').length")
        .asInt()).as("elements made from names").isZero();
    assertThat(chromium.evaluate("document.querySelector('meta[http-equiv="
        + "\"Content-Security-Policy\"]').content").asString()).startsWith("default-src 'none';");
    // Each name is there, as text.
    String text = chromium.evaluate("document.body.textContent").asString();
    assertThat(text).contains(HOSTILE_SERIES, HOSTILE_PLAN, HOSTILE_MEETING);
    // The styles apply: the CSP's hash is the style's.
    assertThat(chromium.evaluate("getComputedStyle(document.querySelector('.lane-label'))"
        + ".fontWeight").asString()).isEqualTo("700");
  }

  /** The check above, on a page that does load something: it sees the request. */
  @Test
  void theRequestCheckSeesARequestWhenThereIsOne() throws IOException {
    write("not really a picture", "picture.png");
    Path file = write("<!DOCTYPE html><html><body><img src=\"picture.png\"></body></html>",
        "requesting.html");
    chromium.load(file);
    assertThat(chromium.requests()).containsExactly(file.toUri().toString(),
        dir.resolve("picture.png").toUri().toString());

  }

  static final String HOSTILE_SERIES = "<b>Strategic</b> \"Dialogue\" & <script>x()</script>";
  static final String HOSTILE_PLAN = "</title><img src=\"http://127.0.0.1:9/x.png\"> 'plan'";
  static final String HOSTILE_MEETING = "section: title click %%{init: {}}%% #58; ; <a> \\";
  static final String HOSTILE_STATE = "2024-01-01 Section <UK> & co";

  /** The article, with markup and Mermaid's syntax in its names. */
  static Dossier hostile() {
    Dossier dossier = KoreaUkDialogue2024.dossier();
    DialogueSeries series = dossier.series().get(0);
    PlannedMeeting plan = dossier.plannedMeetings().get(0);
    Meeting meeting = dossier.engagements().stream().filter(e -> e instanceof Meeting)
        .map(e -> (Meeting) e).findFirst().orElseThrow();
    State uk = dossier.actors().stream().filter(a -> a instanceof State && a.id().equals("uk"))
        .map(a -> (State) a).findFirst().orElseThrow();
    return dossier.withRecord(series.withName(HOSTILE_SERIES))
        .withRecord(plan.withTitle(HOSTILE_PLAN))
        .withRecord(meeting.withTitle(HOSTILE_MEETING))
        .withRecord(uk.withName(HOSTILE_STATE));
  }

  // ------------------------------------------------------------------------ Mermaid

  @Test
  void mermaidsOwnParserReadsEveryChart() throws IOException {
    loadMermaid();
    Map<String, String> charts = new LinkedHashMap<>();
    TimelineCommandTest.examples().forEach((name, d) -> charts.put(name, Timeline.of(d).mermaid()));
    charts.put("merged", Timeline.of(List.copyOf(TimelineCommandTest.examples().values()))
        .mermaid());
    charts.put("hostile", Timeline.of(hostile()).mermaid());
    charts.forEach((name, chart) -> assertThat(chromium.evaluate(
            "mermaid.parse(" + JSON.writeValueAsString(chart) + ").then(r => r.diagramType)")
        .asString()).as("diagram type of %s:\n%s", name, chart).isEqualTo("gantt"));
  }

  @Test
  void mermaidRendersNamesWithTheirCharacters() throws IOException {
    loadMermaid();
    String chart = Timeline.of(hostile()).mermaid();
    String text = chromium.evaluate("mermaid.render('hostile', " + JSON.writeValueAsString(chart)
        + ").then(r => { const div = document.createElement('div'); div.innerHTML = r.svg;"
        + " return div.textContent; })").asString();
    assertThat(text).contains(HOSTILE_SERIES, HOSTILE_MEETING);
  }

  @Test
  void theParserRefusesABrokenChart() throws IOException {
    loadMermaid();
    assertThatThrownBy(() -> chromium.evaluate(
        "mermaid.parse('gantt\\n    dateFormat YYYY-MM-DD\\n    a task without its data\\n')"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("the page threw");
  }

  private static void loadMermaid() throws IOException {
    loadMermaid(chromium, dir);
  }

  /** Loads Mermaid's script into a page of its own, ready to parse. */
  static void loadMermaid(Chromium chromium, Path dir) throws IOException {
    Path script = Path.of(System.getProperty("entente.mermaid", ""));
    assertThat(Files.isRegularFile(script)).as("Mermaid's script at %s (-Dentente.mermaid): the"
        + " browser tests need the npm package mermaid, which .ci/run installs with npm install"
        + " --prefix ~/.cache/entente/mermaid-VERSION mermaid@VERSION (see the cli POM)", script)
        .isTrue();
    Path page = Files.writeString(dir.resolve("mermaid.html"), "<!DOCTYPE html><html><head>"
        + "<meta charset=\"utf-8\"><script src=\"" + script.toUri()
        + "\"></script></head><body></body></html>", StandardCharsets.UTF_8);
    chromium.load(page);
    chromium.evaluate("mermaid.initialize({startOnLoad: false}), true");
  }

  // ------------------------------------------------------------------------ the README picture

  /**
   * Writes the article's timeline picture and the hash of the page it shows: run with {@code
   * -Dentente.timeline.screenshot=write} when {@link TimelineScreenshotTest} says it is stale.
   */
  @Test
  @EnabledIfSystemProperty(named = "entente.timeline.screenshot", matches = "write")
  void writeTheArticlesTimelinePicture() throws IOException {
    String html = TimelineScreenshotTest.articleHtml();
    chromium.load(write(html, "article.html"));
    JsonNode box = chromium.evaluate("(() => { const r = document.querySelector('#timeline svg')"
        + ".getBoundingClientRect(); return {x: r.left + scrollX, y: r.top + scrollY,"
        + " width: r.width, height: r.height}; })()");
    byte[] png = chromium.screenshot(box.get("x").asDouble(), box.get("y").asDouble(),
        box.get("width").asDouble(), box.get("height").asDouble());
    Files.write(TimelineScreenshotTest.PICTURE, png);
    Files.writeString(TimelineScreenshotTest.HASH, TimelineScreenshotTest.sha256(html)
        + "  " + TimelineScreenshotTest.SOURCE + "\n", StandardCharsets.UTF_8);
  }

  // ------------------------------------------------------------------------ the page

  private static Path write(String html, String name) throws IOException {
    return Files.writeString(dir.resolve(name), html, StandardCharsets.UTF_8);
  }

  private static JsonNode load(String html, String name) throws IOException {
    return load(chromium, dir, html, name);
  }

  /** Loads a page, checks it made no request, and reads what it drew with the boxes drawn. */
  static JsonNode load(Chromium chromium, Path dir, String html, String name)
      throws IOException {
    Path file = Files.writeString(dir.resolve(name.replaceAll("[^A-Za-z0-9]", "-") + ".html"),
        html, StandardCharsets.UTF_8);
    chromium.load(file);
    assertThat(chromium.requests()).as("requests of %s", name)
        .containsExactly(file.toUri().toString());
    return chromium.evaluate("(() => {"
        + " const box = e => { const r = e.getBoundingClientRect();"
        + "   return {left: r.left, right: r.right}; };"
        + " const axis = document.getElementById('axis');"
        + " return {"
        + "  axis: axis === null ? null : box(axis),"
        + "  ticks: [...document.querySelectorAll('svg .tick')].map(t =>"
        + "    ({date: t.dataset.date, x: t.querySelector('line').getBoundingClientRect().left})),"
        + "  items: [...document.querySelectorAll('svg .item')].map(g => ({"
        + "    dossier: g.dataset.dossier, pointer: g.dataset.pointer,"
        + "    class: g.getAttribute('class'), span: box(g.querySelector('.span')),"
        + "    openEnds: g.querySelectorAll('.open-end').length,"
        + "    link: g.parentElement.tagName === 'a' ? g.parentElement.getAttribute('href') : '',"
        + "    linked: g.parentElement.tagName === 'a'"
        + "      && document.getElementById(g.parentElement.getAttribute('href').slice(1)) !== null"
        + "   })),"
        + "  lanes: [...document.querySelectorAll('svg .lane')].map(l => l.dataset.lane),"
        + "  all: [...document.querySelectorAll('[data-pointer]')].map(e =>"
        + "    e.dataset.dossier + e.dataset.pointer)"
        + " }; })()");
  }
}
