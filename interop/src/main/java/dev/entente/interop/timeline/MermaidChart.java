package dev.entente.interop.timeline;

import dev.entente.interop.timeline.Timeline.Axis;
import dev.entente.interop.timeline.Timeline.Item;
import dev.entente.interop.timeline.Timeline.ItemKind;
import dev.entente.interop.timeline.Timeline.Lane;
import dev.entente.time.FuzzyDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes a {@link Timeline} as a Mermaid {@code gantt} chart: one section per lane; an exact day
 * as a milestone, any other date or window as a task from its first day to the day after its
 * last (Mermaid's end dates are exclusive); an open end runs to the end of the axis.
 */
final class MermaidChart {

  /**
   * Words with which Mermaid's gantt grammar starts a statement rather than a task's text, and
   * dates: a label that starts with one has its first character written as an entity code.
   */
  private static final Pattern KEYWORD = Pattern.compile(
      "(?i)^(?:acc|call|click|href|gantt|dateformat|inclusiveenddates|topaxis|axisformat"
          + "|tickinterval|includes|excludes|todaymarker|weekday|weekend|title|section"
          + "|\\d{4}-\\d\\d-\\d\\d)");

  private final Timeline timeline;

  MermaidChart(Timeline timeline) {
    this.timeline = timeline;
  }

  String text() {
    StringBuilder out = new StringBuilder(4096);
    out.append("gantt\n    title ").append(text(timeline.dossiers().stream()
        .map(d -> d.title().orElse(d.id())).collect(Collectors.joining(" · ")))).append('\n')
        .append("    dateFormat YYYY-MM-DD\n    axisFormat %Y-%m\n    todayMarker off\n");
    List<Item> undated = new ArrayList<>(timeline.undated());
    Optional<Axis> axis = timeline.axis();
    int task = 0;
    for (Lane lane : timeline.lanes()) {
      if (axis.isEmpty()) {
        undated.addAll(lane.items);
        continue;
      }
      out.append("    section ").append(text(lane.label)).append('\n');
      for (Item item : lane.items) {
        out.append("    ").append(label(item)).append(" :")
            .append(tags(item)).append(" t").append(++task).append(", ")
            .append(extent(item.date().orElseThrow(), axis.get())).append('\n');
      }
    }
    for (Item item : undated) {
      out.append("    %% not dated: ").append(text(item.label())).append(" (")
          .append(item.kind().name().toLowerCase(Locale.ROOT)).append(' ')
          .append(item.dossier()).append(item.pointer()).append(")\n");
    }
    return out.toString();
  }

  private static String label(Item item) {
    String label = item.label();
    if (item.kind() == ItemKind.WINDOW) {
      FuzzyDate window = item.date().orElseThrow();
      label = "expected " + label
          + (Timeline.openEnd(window) ? " (no end)" : "");
    }
    String written = text(label);
    return KEYWORD.matcher(written).find() ? entity(written.codePointAt(0))
        + written.substring(Character.charCount(written.codePointAt(0))) : written;
  }

  private static String tags(Item item) {
    List<String> tags = new ArrayList<>();
    if (item.kind() == ItemKind.WINDOW) {
      tags.add(item.emphasis() ? "active" : "done");
    }
    if ((item.kind() == ItemKind.CHANGE || item.kind() == ItemKind.STEP) && item.emphasis()) {
      tags.add("crit");
    }
    if (isDay(item.date().orElseThrow())) {
      tags.add("milestone");
    }
    return tags.isEmpty() ? "" : " " + String.join(", ", tags) + ",";
  }

  private static boolean isDay(FuzzyDate date) {
    return date.earliest().equals(date.latest());
  }

  /**
   * {@code 2024-10-21, 0d} for a day; {@code first, dayAfterLast} otherwise, an open end at the
   * axis' end. Mermaid reads years of four digits: an end after 9999-12-31 is written as that day.
   */
  private static String extent(FuzzyDate date, Axis axis) {
    if (isDay(date)) {
      return date.earliest() + ", 0d";
    }
    LocalDate first = Timeline.openStart(date) ? axis.start() : date.earliest();
    LocalDate end = Timeline.openEnd(date) ? axis.end() : date.latest().plusDays(1);
    return first + ", " + (end.isAfter(FuzzyDate.MAX_DAY) ? FuzzyDate.MAX_DAY : end);
  }

  /**
   * Text on one line in which no character means anything to Mermaid: line breaks as spaces, and
   * as entity codes each character that its gantt grammar reads ({@code # ; : %}) or that is
   * markup in the labels it writes ({@code < > & " `}).
   */
  static String text(String text) {
    StringBuilder written = new StringBuilder(text.length() + 16);
    oneLine(text).codePoints().forEach(c -> {
      if ("#;:%<>&\"`".indexOf(c) >= 0) {
        written.append(entity(c));
      } else {
        written.appendCodePoint(c);
      }
    });
    String result = written.toString().strip();
    return result.isEmpty() ? "(untitled)" : result;
  }

  private static String entity(int c) {
    return "#" + c + ";";
  }

  private static String oneLine(String text) {
    StringBuilder line = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      boolean control = Character.isISOControl(c) || c == 0x2028 || c == 0x2029;
      line.appendCodePoint(control ? ' ' : c);
    });
    return line.toString();
  }
}
