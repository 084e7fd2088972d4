package dev.entente.interop.timeline;

import dev.entente.interop.timeline.Timeline.Axis;
import dev.entente.interop.timeline.Timeline.Item;
import dev.entente.interop.timeline.Timeline.ItemKind;
import dev.entente.interop.timeline.Timeline.Lane;
import dev.entente.model.Dossier;
import dev.entente.model.Evidence;
import dev.entente.model.Instrument;
import dev.entente.model.InstrumentStep;
import dev.entente.model.MeetingChange;
import dev.entente.model.PlannedMeeting;
import dev.entente.model.Source;
import dev.entente.model.Statement;
import dev.entente.time.FuzzyDate;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes a {@link Timeline} as one HTML page: an inline SVG drawing, then panels of the
 * statements, planned meetings, instruments, undated records and sources. No script; the styles
 * are inline, allowed by their hash in the page's Content-Security-Policy, which forbids
 * everything else.
 */
final class HtmlPage {

  /** The drawing's width; the plot runs from {@link #PLOT_LEFT} to {@link #PLOT_RIGHT}. */
  static final int WIDTH = 1200;
  static final int PLOT_LEFT = 240;
  static final int PLOT_RIGHT = 1180;
  private static final int AXIS_Y = 34;
  private static final int ROW = 20;
  private static final int LANE_PADDING = 8;
  private static final int LANE_LABEL_LINE = 14;
  private static final int LANE_LABEL_CHARS = 34;
  private static final int MAX_LANE_LABEL_LINES = 4;
  private static final double CHAR_WIDTH = 6.3;
  private static final int MAX_LABEL = 44;

  static final String STYLE = String.join("\n",
      "body{font:14px/1.45 sans-serif;margin:16px;color:#1d2433;background:#fff;max-width:1200px}",
      "h1{font-size:20px;margin:0 0 4px}h2{font-size:16px;margin:24px 0 6px}",
      "h3{font-size:14px;margin:12px 0 2px}p{margin:2px 0}ul,ol{margin:2px 0;padding-left:22px}",
      "figure{margin:8px 0}figcaption{font-size:12px;color:#4a5568}",
      "svg{display:block;background:#fff}svg text{font:11px sans-serif;fill:#1d2433}",
      ".lane-bg{fill:#f4f6f9}.lane-bg.odd{fill:#e9edf3}",
      ".lane-label{font-weight:bold}.tick line{stroke:#c3cad5}.tick text{fill:#4a5568}",
      ".tick.minor line{stroke:#dde2e9}.tick.minor text{fill:#718096;font-size:10px}",
      "#axis{fill:#4a5568}",
      ".engagement .span{fill:#2b6cb0;fill-opacity:.35}.engagement .dot{fill:#2b6cb0}",
      ".statement .span{fill:#805ad5;fill-opacity:.35}.statement .dot{fill:#805ad5}",
      ".window .span{fill:#dd6b20;fill-opacity:.18;stroke:#dd6b20;stroke-dasharray:3 2}",
      ".window.current .span{fill-opacity:.45;stroke-dasharray:none}",
      ".open-end{fill:#dd6b20}",
      ".change .span,.step .span{fill:#4a5568;fill-opacity:.3}",
      ".change .mark,.step .mark{stroke:#fff;stroke-width:1}",
      ".disputed .mark{stroke:#1d2433;stroke-dasharray:2 1}.step .mark{fill:#2c7a7b}",
      ".status-proposed .mark,.status-agreed .mark,.status-scheduled .mark{fill:#2b6cb0}",
      ".status-postponed .mark,.status-rescheduled .mark{fill:#dd6b20}",
      ".status-relocated .mark{fill:#805ad5}.status-cancelled .mark{fill:#c53030}",
      ".status-held .mark{fill:#2f855a}",
      ".details{white-space:pre-line;color:#4a5568;font-size:13px}",
      ".legend span{display:inline-block;margin-right:14px}");

  private final Timeline timeline;
  private final StringBuilder out = new StringBuilder(64 * 1024);

  HtmlPage(Timeline timeline) {
    this.timeline = timeline;
  }

  String text() {
    String title = title();
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
        .append("style-src 'sha256-").append(sha256(STYLE)).append("'; base-uri 'none'; ")
        .append("form-action 'none'\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape(title)).append("</title>\n")
        .append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n")
        .append("<h1>").append(escape(title)).append("</h1>\n");
    for (Dossier dossier : timeline.dossiers()) {
      dossier.description().ifPresent(d -> out.append("<p>").append(escape(d)).append("</p>\n"));
    }
    figure();
    statements();
    plans();
    instruments();
    undated();
    sources();
    out.append("</body>\n</html>\n");
    return out.toString();
  }

  private String title() {
    return timeline.dossiers().stream().map(d -> d.title().orElse(d.id()))
        .collect(Collectors.joining(" · "));
  }

  // ------------------------------------------------------------------------ the drawing

  private void figure() {
    Optional<Axis> axis = timeline.axis();
    if (axis.isEmpty()) {
      out.append("<p id=\"no-axis\">Nothing in the dossier has a date.</p>\n");
      return;
    }
    Scale scale = new Scale(axis.get());
    StringBuilder lanes = new StringBuilder();
    int y = AXIS_Y + 8;
    int index = 0;
    for (Lane lane : timeline.lanes()) {
      y += lane(lanes, lane, scale, y, index++ % 2 == 1);
    }
    int height = y + 6;
    out.append("<figure id=\"timeline\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(WIDTH).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ")
        .append(WIDTH).append(' ').append(height).append("\" role=\"img\" aria-label=\"")
        .append(escape("Timeline: " + title())).append("\">\n");
    out.append(lanes);
    ticks(scale, height);
    out.append("<rect id=\"axis\" x=\"").append(PLOT_LEFT).append("\" y=\"").append(AXIS_Y)
        .append("\" width=\"").append(PLOT_RIGHT - PLOT_LEFT).append("\" height=\"1\"/>\n");
    out.append("</svg>\n<figcaption class=\"legend\">")
        .append("<span>● engagement or statement, its bar the days its date can mean</span>")
        .append("<span>▭ planned meeting's window (solid: current; dashed: earlier;")
        .append(" ▶ open end)</span>")
        .append("<span>◆ a step of a plan's lifecycle or an instrument's history, linked to its")
        .append(" source")
        .append(" (outlined: accounts differ)</span>")
        .append("<span>hover for details</span></figcaption>\n</figure>\n");
  }

  private void ticks(Scale scale, int height) {
    Axis axis = scale.axis;
    int years = axis.end().getYear() - axis.start().getYear();
    int step = 1;
    for (int candidate : new int[] {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000}) {
      step = candidate;
      if (years / candidate <= 14) {
        break;
      }
    }
    for (int year = axis.start().getYear(); year <= axis.end().getYear(); year++) {
      if (year % step == 0 || year == axis.start().getYear()) {
        tick(scale, LocalDate.of(year, 1, 1), String.valueOf(year), "tick", height);
      }
      // Over three years or less, quarters too.
      for (int month = 4; years <= 3 && month <= 10 && year < axis.end().getYear(); month += 3) {
        LocalDate day = LocalDate.of(year, month, 1);
        tick(scale, day, day.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH),
            "tick minor", height);
      }
    }
  }

  private void tick(Scale scale, LocalDate day, String label, String classes, int height) {
    String x = number(scale.x(day));
    out.append("<g class=\"").append(classes).append("\" data-date=\"").append(day)
        .append("\"><line x1=\"").append(x).append("\" x2=\"").append(x).append("\" y1=\"")
        .append(AXIS_Y - 4).append("\" y2=\"").append(height - 4).append("\"/><text x=\"")
        .append(x).append("\" y=\"").append(AXIS_Y - 8).append("\" text-anchor=\"middle\">")
        .append(label).append("</text></g>\n");
  }

  /** Draws a lane from {@code top}; returns its height. */
  private int lane(StringBuilder svg, Lane lane, Scale scale, int top, boolean odd) {
    List<Placed> placed = new ArrayList<>();
    for (Item item : lane.items) {
      placed.add(new Placed(item, scale));
    }
    placed.sort(Comparator.comparingDouble(p -> p.left));
    List<Double> rowEnds = new ArrayList<>();
    for (Placed p : placed) {
      int row = 0;
      while (row < rowEnds.size() && rowEnds.get(row) > p.left) {
        row++;
      }
      if (row == rowEnds.size()) {
        rowEnds.add(p.right);
      } else {
        rowEnds.set(row, p.right);
      }
      p.row = row;
    }
    List<String> labelLines = wrap(lane.label);
    int height = Math.max(Math.max(rowEnds.size(), 1) * ROW,
        labelLines.size() * LANE_LABEL_LINE + 4) + 2 * LANE_PADDING;
    svg.append("<g class=\"lane\" data-lane=\"").append(escape(lane.key)).append('"');
    lane.record.ifPresent(r -> svg.append(" data-dossier=\"").append(r.dossier())
        .append("\" data-pointer=\"").append(escape(r.pointer())).append('"'));
    svg.append(">\n<rect class=\"lane-bg").append(odd ? " odd" : "").append("\" x=\"0\" y=\"")
        .append(top).append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
        .append("\"/>\n<text class=\"lane-label\" x=\"8\" y=\"").append(top + LANE_PADDING + 12)
        .append("\">");
    for (int i = 0; i < labelLines.size(); i++) {
      svg.append("<tspan x=\"8\"").append(i == 0 ? "" : " dy=\"" + LANE_LABEL_LINE + "\"")
          .append('>').append(escape(labelLines.get(i))).append("</tspan>");
    }
    svg.append("</text>\n");
    for (Placed p : placed) {
      item(svg, p, top + LANE_PADDING + p.row * ROW);
    }
    svg.append("</g>\n");
    return height;
  }

  private void item(StringBuilder svg, Placed p, int rowTop) {
    Item item = p.item;
    String kind = item.kind().name().toLowerCase(Locale.ROOT);
    StringBuilder classes = new StringBuilder("item ").append(kind);
    if (item.kind() == ItemKind.WINDOW && item.emphasis()) {
      classes.append(" current");
    }
    if (!item.status().isEmpty()) {
      classes.append(" status-").append(item.status().replace(' ', '-'));
    }
    if ((item.kind() == ItemKind.CHANGE || item.kind() == ItemKind.STEP) && item.emphasis()) {
      classes.append(" disputed");
    }
    Optional<String> link = item.source().flatMap(id -> sourceAnchor(item.dossier(), id));
    link.ifPresent(anchor -> svg.append("<a href=\"#").append(anchor).append("\">"));
    svg.append("<g class=\"").append(classes).append("\" data-dossier=\"")
        .append(item.dossier()).append("\" data-pointer=\"").append(escape(item.pointer()))
        .append("\"><title>").append(escape(item.details())).append("</title>");
    boolean window = item.kind() == ItemKind.WINDOW;
    double barTop = rowTop + (window ? 3 : 7);
    double barHeight = window ? 14 : 6;
    svg.append("<rect class=\"span\" x=\"").append(number(p.x0)).append("\" y=\"")
        .append(number(barTop)).append("\" width=\"").append(number(p.x1 - p.x0))
        .append("\" height=\"").append(number(barHeight)).append("\"/>");
    double middle = rowTop + 10;
    if (window) {
      if (p.openEnd) {
        svg.append("<path class=\"open-end\" d=\"M").append(number(PLOT_RIGHT - 1)).append(' ')
            .append(number(middle - 6)).append(" l8 6 l-8 6 z\"/>");
      }
      if (p.openStart) {
        svg.append("<path class=\"open-end\" d=\"M").append(number(PLOT_LEFT + 1)).append(' ')
            .append(number(middle - 6)).append(" l-8 6 l8 6 z\"/>");
      }
    } else if (item.kind() == ItemKind.CHANGE || item.kind() == ItemKind.STEP) {
      svg.append("<path class=\"mark\" d=\"M").append(number(p.centre)).append(' ')
          .append(number(middle - 6)).append(" l6 6 l-6 6 l-6 -6 z\"/>");
    } else {
      svg.append("<circle class=\"dot\" cx=\"").append(number(p.centre)).append("\" cy=\"")
          .append(number(middle)).append("\" r=\"4\"/>");
    }
    svg.append("<text class=\"label\" x=\"").append(number(p.labelX)).append("\" y=\"")
        .append(number(middle + 4)).append("\">").append(escape(p.label)).append("</text></g>");
    link.ifPresent(anchor -> svg.append("</a>"));
    svg.append('\n');
  }

  /** An item with its place on the axis and in its lane. */
  private static final class Placed {
    final Item item;
    final double x0;
    final double x1;
    final double centre;
    final double labelX;
    final double left;
    final double right;
    final boolean openStart;
    final boolean openEnd;
    final String label;
    int row;

    Placed(Item item, Scale scale) {
      this.item = item;
      FuzzyDate date = item.date().orElseThrow();
      openStart = Timeline.openStart(date);
      openEnd = Timeline.openEnd(date);
      x0 = openStart ? PLOT_LEFT : scale.x(date.earliest());
      x1 = openEnd ? PLOT_RIGHT : scale.x(date.latest().plusDays(1));
      centre = (x0 + x1) / 2;
      label = item.label().length() <= MAX_LABEL ? item.label()
          : item.label().substring(0, MAX_LABEL - 1).strip() + "…";
      double markEnd = item.kind() == ItemKind.WINDOW ? x1 + (openEnd ? 8 : 0) : Math.max(x1,
          centre + 6);
      double labelWidth = label.length() * CHAR_WIDTH;
      // A label that would run off the plot goes on the left of its mark.
      if (item.kind() == ItemKind.WINDOW && x1 - x0 > labelWidth + 8) {
        labelX = x0 + 4;
      } else if (markEnd + 4 + labelWidth > WIDTH
          && Math.min(x0, centre - 6) - 4 - labelWidth >= PLOT_LEFT) {
        labelX = Math.min(x0, centre - 6) - 4 - labelWidth;
      } else if (markEnd + 4 + labelWidth > WIDTH) {
        // Room on neither side of a long bar: on the bar, after its mark.
        labelX = centre + 10;
      } else {
        labelX = markEnd + 4;
      }
      left = Math.min(Math.min(x0, centre - 6), labelX) - 2;
      right = Math.max(markEnd, labelX + labelWidth) + 6;
    }
  }

  /** Days to x, linear from the axis' start at {@link #PLOT_LEFT} to its end at {@link #PLOT_RIGHT}. */
  private static final class Scale {
    final Axis axis;

    Scale(Axis axis) {
      this.axis = axis;
    }

    double x(LocalDate day) {
      double days = day.toEpochDay() - axis.start().toEpochDay();
      return PLOT_LEFT + days * (PLOT_RIGHT - PLOT_LEFT) / axis.days();
    }
  }

  /** A lane's label in lines of at most {@link #LANE_LABEL_CHARS}, broken at spaces. */
  private static List<String> wrap(String label) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : label.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > LANE_LABEL_CHARS) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    lines.add(line.toString());
    if (lines.size() > MAX_LANE_LABEL_LINES) {
      lines = new ArrayList<>(lines.subList(0, MAX_LANE_LABEL_LINES));
      lines.set(MAX_LANE_LABEL_LINES - 1, lines.get(MAX_LANE_LABEL_LINES - 1) + " …");
    }
    return lines;
  }

  // ------------------------------------------------------------------------ the panels

  private void statements() {
    out.append("<section id=\"statements\">\n<h2>Statements</h2>\n");
    boolean any = false;
    for (int d = 0; d < timeline.dossiers().size(); d++) {
      Dossier dossier = timeline.dossiers().get(d);
      Labels labels = new Labels(dossier);
      for (int i = 0; i < dossier.statements().size(); i++) {
        Statement statement = dossier.statements().get(i);
        any = true;
        out.append("<article data-dossier=\"").append(d).append("\" data-pointer=\"/")
            .append(Dossier.STATEMENTS).append('/').append(i).append("\">\n<h3>")
            .append(escape(labels.statement(statement))).append("</h3>\n<p>")
            .append(statement.date().map(date -> escape(Labels.date(date))).orElse("undated"))
            .append("</p>\n");
        if (!statement.positions().isEmpty()) {
          out.append("<ul>\n");
          statement.positions().forEach(position -> out.append("<li>")
              .append(escape(labels.position(position))).append("</li>\n"));
          out.append("</ul>\n");
        }
        sourceLinks(d, statement.evidence());
        out.append("</article>\n");
      }
    }
    if (!any) {
      out.append("<p>None.</p>\n");
    }
    out.append("</section>\n");
  }

  private void plans() {
    out.append("<section id=\"plans\">\n<h2>Planned meetings</h2>\n");
    boolean any = false;
    for (int d = 0; d < timeline.dossiers().size(); d++) {
      Dossier dossier = timeline.dossiers().get(d);
      Labels labels = new Labels(dossier);
      for (int p = 0; p < dossier.plannedMeetings().size(); p++) {
        PlannedMeeting plan = dossier.plannedMeetings().get(p);
        any = true;
        out.append("<article data-dossier=\"").append(d).append("\" data-pointer=\"/")
            .append(Dossier.PLANNED_MEETINGS).append('/').append(p).append("\">\n<h3>")
            .append(escape(labels.plan(plan))).append("</h3>\n<p class=\"details\">")
            .append(escape(labels.planDetails(plan))).append("</p>\n<ol>\n");
        for (MeetingChange step : plan.lifecycle()) {
          accounts(d, step.accounts(), MeetingChange::evidence, account -> {
            StringBuilder said = new StringBuilder(escape(Labels.words(account.status())))
                .append(account.date().map(date -> ", " + escape(Labels.date(date))).orElse(""));
            account.windows().forEach(w -> said.append("; expected ")
                .append(escape(Labels.date(w.value()))));
            return said.toString();
          });
        }
        out.append("</ol>\n</article>\n");
      }
    }
    if (!any) {
      out.append("<p>None.</p>\n");
    }
    out.append("</section>\n");
  }

  private void instruments() {
    out.append("<section id=\"instruments\">\n<h2>Instruments</h2>\n");
    boolean any = false;
    for (int d = 0; d < timeline.dossiers().size(); d++) {
      Dossier dossier = timeline.dossiers().get(d);
      Labels labels = new Labels(dossier);
      for (int n = 0; n < dossier.instruments().size(); n++) {
        Instrument instrument = dossier.instruments().get(n);
        any = true;
        out.append("<article data-dossier=\"").append(d).append("\" data-pointer=\"/")
            .append(Dossier.INSTRUMENTS).append('/').append(n).append("\">\n<h3>")
            .append(escape(labels.instrument(instrument))).append("</h3>\n<ol>\n");
        for (InstrumentStep step : instrument.history()) {
          accounts(d, step.accounts(), InstrumentStep::evidence, account ->
              escape(labels.step(account))
                  + account.date().map(date -> ", " + escape(Labels.date(date))).orElse(""));
        }
        out.append("</ol>\n</article>\n");
      }
    }
    if (!any) {
      out.append("<p>None.</p>\n");
    }
    out.append("</section>\n");
  }

  /**
   * One step of a history as a list item: each source's account of it (the first, then the others
   * as "or, other sources"), said as HTML by {@code said}, with links to its sources.
   */
  private <A> void accounts(int d, List<A> accounts, Function<A, List<Evidence>> evidence,
      Function<A, String> said) {
    out.append("<li>");
    for (int a = 0; a < accounts.size(); a++) {
      A account = accounts.get(a);
      out.append(a == 0 ? "" : "; or, other sources: ").append(said.apply(account)).append(' ');
      sourceLinks(d, evidence.apply(account));
    }
    out.append("</li>\n");
  }

  private void undated() {
    List<Item> items = new ArrayList<>(timeline.undated());
    if (timeline.axis().isEmpty()) {
      timeline.lanes().forEach(lane -> items.addAll(lane.items));
    }
    out.append("<section id=\"undated\">\n<h2>Not on the axis</h2>\n");
    if (items.isEmpty()) {
      out.append("<p>Everything has a date.</p>\n");
    } else {
      out.append("<p>No date is known for these.</p>\n<ul>\n");
      for (Item item : items) {
        out.append("<li class=\"item ").append(item.kind().name().toLowerCase(Locale.ROOT))
            .append("\" data-dossier=\"").append(item.dossier()).append("\" data-pointer=\"")
            .append(escape(item.pointer())).append("\"><strong>").append(escape(item.label()))
            .append("</strong><br><span class=\"details\">").append(escape(item.details()))
            .append("</span></li>\n");
      }
      out.append("</ul>\n");
    }
    out.append("</section>\n");
  }

  private void sources() {
    out.append("<section id=\"sources\">\n<h2>Sources</h2>\n<ol>\n");
    for (int d = 0; d < timeline.dossiers().size(); d++) {
      Dossier dossier = timeline.dossiers().get(d);
      for (int i = 0; i < dossier.sources().size(); i++) {
        Source source = dossier.sources().get(i);
        out.append("<li id=\"source-").append(d).append('-').append(i).append("\">");
        List<String> parts = new ArrayList<>();
        source.title().ifPresent(parts::add);
        source.publisher().ifPresent(parts::add);
        source.published().ifPresent(date -> parts.add(date.toString()));
        parts.add(Labels.words(source.kind()));
        out.append(escape(String.join(", ", parts)));
        source.url().ifPresent(url -> {
          String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
          out.append(" ");
          if (scheme.equals("https") || scheme.equals("http")) {
            out.append("<a href=\"").append(escape(url.toString()))
                .append("\" rel=\"noreferrer noopener\">").append(escape(url.toString()))
                .append("</a>");
          } else {
            out.append(escape(url.toString()));
          }
        });
        source.note().ifPresent(note -> out.append(" <span class=\"details\">")
            .append(escape(note)).append("</span>"));
        out.append("</li>\n");
      }
    }
    out.append("</ol>\n</section>\n");
  }

  private void sourceLinks(int d, List<Evidence> evidence) {
    Labels labels = new Labels(timeline.dossiers().get(d));
    List<String> links = new ArrayList<>();
    for (Evidence e : evidence) {
      String name = escape(labels.source(e.source()));
      links.add(sourceAnchor(d, e.source().id())
          .map(anchor -> "<a href=\"#" + anchor + "\">" + name + "</a>").orElse(name));
    }
    if (!links.isEmpty()) {
      out.append("<span class=\"sources\">(").append(String.join("; ", links))
          .append(")</span>");
    }
  }

  /** The id of a source's entry in the sources panel, if the dossier has that source. */
  private Optional<String> sourceAnchor(int d, String id) {
    List<Source> sources = timeline.dossiers().get(d).sources();
    for (int i = 0; i < sources.size(); i++) {
      if (sources.get(i).id().equals(id)) {
        return Optional.of("source-" + d + "-" + i);
      }
    }
    return Optional.empty();
  }

  // ------------------------------------------------------------------------ text

  /**
   * Text for HTML content or a quoted attribute: {@code & < > " '} as character references, and
   * control characters other than tab and line breaks (which HTML does not allow) as U+FFFD.
   */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    text.codePoints().forEach(c -> {
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> {
          boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
              || (c >= 0x7f && c <= 0x9f);
          if (control) {
            escaped.append('\uFFFD');
          } else {
            escaped.appendCodePoint(c);
          }
        }
      }
    });
    return escaped.toString();
  }

  /** A coordinate with at most three decimals, in a form that does not depend on the locale. */
  static String number(double value) {
    String text = String.format(Locale.ROOT, "%.3f", value);
    text = text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
    return text.equals("-0") ? "0" : text;
  }

  private static String sha256(String text) {
    try {
      return Base64.getEncoder().encodeToString(
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
