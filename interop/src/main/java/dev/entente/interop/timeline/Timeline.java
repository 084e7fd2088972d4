package dev.entente.interop.timeline;

import dev.entente.model.Dialogue;
import dev.entente.model.DialogueSeries;
import dev.entente.model.Dossier;
import dev.entente.model.Engagement;
import dev.entente.model.Finding;
import dev.entente.model.Instrument;
import dev.entente.model.InstrumentStep;
import dev.entente.model.Meeting;
import dev.entente.model.MeetingChange;
import dev.entente.model.PlannedMeeting;
import dev.entente.model.Statement;
import dev.entente.time.FuzzyDate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One or several dossiers drawn on a time axis: as a self-contained HTML page ({@link #html()})
 * or as a Mermaid {@code gantt} chart for Markdown ({@link #mermaid()}).
 *
 * <pre>{@code
 * Timeline timeline = Timeline.of(dossier);
 * Files.writeString(Path.of("timeline.html"), timeline.html());
 * String markdown = "```mermaid\n" + timeline.mermaid() + "```\n";
 * }</pre>
 *
 * <h2>What is drawn</h2>
 *
 * <ul>
 *   <li>Each engagement in a lane of its own kind: the sessions of a dialogue series in the
 *       series' lane, meetings in one lane per {@linkplain dev.entente.model.MeetingKind kind}.
 *       Its bar runs from the first to the end of the last day its {@linkplain Engagement#date()
 *       date} can mean, so a month-long bar says "some day in that month"; a dot marks its middle.
 *       An engagement without a date (one known only by its ordinal) is listed below the axis.
 *   <li>Statements in a lane of their own, their positions in the tooltip and in a panel below.
 *   <li>Each treaty or other instrument in a lane of its own: each dated step of its history
 *       (signed, ratified, in force) a mark linked to its first source.
 *   <li>Each planned meeting in a lane of its own: every window its lifecycle gives as a band as
 *       wide as the window's uncertainty (a season, a half-year), the current windows solid and
 *       earlier ones faded; a window with an open or unknown end runs to the end of the axis with
 *       an arrow. Each dated step of the lifecycle (agreed, postponed, relocated, cancelled, held)
 *       is a mark at its date, linked to its first source; disputed accounts of a step are marks
 *       of their own.
 * </ul>
 *
 * <p>The axis runs from 1 January of the year of the earliest day drawn to 1 January of the year
 * after the latest, on a linear scale of days; the open and unknown ends of intervals ({@code
 * 2025/..}, {@code /2025}) do not stretch it, and are drawn to the axis' end. Every element the page draws for a record carries the record's JSON Pointer in the dossier
 * ({@code data-pointer}) and the dossier's index ({@code data-dossier}), so tools and tests can
 * find it.
 *
 * <p>Dossiers given together are drawn in one picture: lanes of the same series, kind or planned
 * meeting (by id) are shared, and a record equal to one already drawn is drawn once. The
 * dossiers are expected to be valid ({@code DossierValidator}); text from them is escaped, and
 * the page loads nothing: its Content-Security-Policy forbids every request.
 *
 * <p>Immutable and thread-safe; {@link #html()} and {@link #mermaid()} give the same text for the
 * same dossiers, byte for byte.
 */
public final class Timeline {

  private final List<Dossier> dossiers;
  private final List<Lane> lanes;
  private final List<Item> undated;
  private final Optional<Axis> axis;

  private Timeline(List<Dossier> dossiers) {
    this.dossiers = List.copyOf(dossiers);
    Map<String, Lane> byKey = new LinkedHashMap<>();
    List<Item> notDated = new ArrayList<>();
    Set<Object> drawn = new HashSet<>();
    for (int d = 0; d < this.dossiers.size(); d++) {
      collect(d, this.dossiers.get(d), byKey, notDated, drawn);
    }
    List<Lane> ordered = new ArrayList<>();
    for (LaneKind kind : LaneKind.values()) {
      byKey.values().stream().filter(lane -> lane.kind == kind).forEach(ordered::add);
    }
    this.lanes = List.copyOf(ordered);
    this.undated = List.copyOf(notDated);
    this.axis = Axis.of(lanes);
  }

  /**
   * The timeline of one dossier.
   *
   * @param dossier a valid dossier
   * @return its timeline
   */
  public static Timeline of(Dossier dossier) {
    return of(List.of(Objects.requireNonNull(dossier, "dossier")));
  }

  /**
   * The timeline of several dossiers, merged into one picture.
   *
   * @param dossiers valid dossiers, at least one
   * @return their timeline
   * @throws IllegalArgumentException if the list is empty
   */
  public static Timeline of(List<Dossier> dossiers) {
    Objects.requireNonNull(dossiers, "dossiers");
    if (dossiers.isEmpty()) {
      throw new IllegalArgumentException("dossiers: []: a timeline needs at least one dossier");
    }
    dossiers.forEach(d -> Objects.requireNonNull(d, "dossiers: null element"));
    return new Timeline(dossiers);
  }

  /**
   * The timeline as one HTML page that needs nothing else: inline SVG and CSS, no script, no
   * request (a Content-Security-Policy of {@code default-src 'none'} forbids any).
   *
   * @return the page, UTF-8 text
   */
  public String html() {
    StringBuilder out = new StringBuilder(64 * 1024);
    writeHtml(out);
    return out.toString();
  }

  /**
   * Writes {@link #html()} to {@code out}.
   *
   * @param out where to write
   * @throws UncheckedIOException if {@code out} fails
   */
  public void writeHtml(Appendable out) {
    write(out, new HtmlPage(this).text());
  }

  /**
   * The timeline as a Mermaid {@code gantt} chart: a section per lane, exact days as milestones,
   * fuzzy dates and windows as bars of their whole extent, and the records that have no date as
   * comments ({@code %%}) at the end. Text is written so that Mermaid reads it as text: characters
   * that its grammar gives a meaning are written as its entity codes ({@code #58;} for a colon).
   *
   * @return the chart, without a Markdown fence
   */
  public String mermaid() {
    return new MermaidChart(this).text();
  }

  /**
   * Writes {@link #mermaid()} to {@code out}.
   *
   * @param out where to write
   * @throws UncheckedIOException if {@code out} fails
   */
  public void writeMermaid(Appendable out) {
    write(out, mermaid());
  }

  private static void write(Appendable out, String text) {
    try {
      out.append(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<Dossier> dossiers() {
    return dossiers;
  }

  List<Lane> lanes() {
    return lanes;
  }

  List<Item> undated() {
    return undated;
  }

  Optional<Axis> axis() {
    return axis;
  }

  // ------------------------------------------------------------------------- collecting

  private static void collect(int d, Dossier dossier, Map<String, Lane> lanes, List<Item> undated,
      Set<Object> drawn) {
    Labels labels = new Labels(dossier);
    for (int i = 0; i < dossier.engagements().size(); i++) {
      Engagement engagement = dossier.engagements().get(i);
      if (!drawn.add(engagement)) {
        continue;
      }
      Item item = new Item(ItemKind.ENGAGEMENT, d, "/" + Dossier.ENGAGEMENTS + "/" + i,
          date(engagement), labels.engagement(engagement), labels.engagementDetails(engagement),
          Optional.empty(), false, "");
      if (item.date().isEmpty()) {
        undated.add(item);
      } else {
        engagementLane(engagement, dossier, lanes).items.add(item);
      }
    }
    for (int i = 0; i < dossier.statements().size(); i++) {
      Statement statement = dossier.statements().get(i);
      if (!drawn.add(statement)) {
        continue;
      }
      Item item = new Item(ItemKind.STATEMENT, d, "/" + Dossier.STATEMENTS + "/" + i,
          statement.date(), labels.statement(statement), labels.statementDetails(statement),
          Optional.empty(), false, "");
      if (item.date().isEmpty()) {
        undated.add(item);
      } else {
        lanes.computeIfAbsent("statements",
            key -> new Lane(key, LaneKind.STATEMENTS, "Statements", Optional.empty())).items.add(item);
      }
    }
    for (int n = 0; n < dossier.instruments().size(); n++) {
      Instrument instrument = dossier.instruments().get(n);
      if (!drawn.add(instrument)) {
        continue;
      }
      String pointer = "/" + Dossier.INSTRUMENTS + "/" + n;
      List<Item> items = new ArrayList<>();
      for (int s = 0; s < instrument.history().size(); s++) {
        List<InstrumentStep> accounts = instrument.history().get(s).accounts();
        for (int a = 0; a < accounts.size(); a++) {
          InstrumentStep step = accounts.get(a);
          if (step.date().isPresent()) {
            items.add(new Item(ItemKind.STEP, d, pointer + "/history/" + s
                + (a == 0 ? "" : "/alternatives/" + (a - 1)), step.date(), labels.step(step),
                labels.stepDetails(instrument, step, accounts.size() > 1),
                step.evidence().stream().findFirst().map(e -> e.source().id()),
                accounts.size() > 1, Labels.words(step.status())));
          }
        }
      }
      if (items.isEmpty()) {
        undated.add(new Item(ItemKind.INSTRUMENT, d, pointer, Optional.empty(),
            labels.instrument(instrument), labels.instrument(instrument), Optional.empty(), false,
            ""));
      } else {
        lanes.computeIfAbsent("instrument:" + instrument.id(), key -> new Lane(key,
            LaneKind.INSTRUMENTS, labels.instrument(instrument), Optional.of(new Ref(d, pointer))))
            .items.addAll(items);
      }
    }
    for (int p = 0; p < dossier.plannedMeetings().size(); p++) {
      PlannedMeeting plan = dossier.plannedMeetings().get(p);
      if (!drawn.add(plan)) {
        continue;
      }
      String pointer = "/" + Dossier.PLANNED_MEETINGS + "/" + p;
      Lane lane = lanes.computeIfAbsent("plan:" + plan.id(), key -> new Lane(key,
          LaneKind.PLANS, labels.plan(plan), Optional.of(new Ref(d, pointer))));
      List<Item> items = planItems(d, pointer, plan, labels);
      if (items.isEmpty()) {
        undated.add(new Item(ItemKind.PLAN, d, pointer, Optional.empty(), labels.plan(plan),
            labels.planDetails(plan), Optional.empty(), false, ""));
      }
      lane.items.addAll(items);
    }
  }

  private static List<Item> planItems(int d, String pointer, PlannedMeeting plan, Labels labels) {
    List<Item> items = new ArrayList<>();
    int current = currentStep(plan);
    for (int s = 0; s < plan.lifecycle().size(); s++) {
      List<MeetingChange> accounts = plan.lifecycle().get(s).accounts();
      for (int a = 0; a < accounts.size(); a++) {
        MeetingChange change = accounts.get(a);
        String step = pointer + "/lifecycle/" + s
            + (a == 0 ? "" : "/" + MeetingChange.ALTERNATIVES + "/" + (a - 1));
        boolean disputed = accounts.size() > 1;
        if (change.date().isPresent()) {
          Optional<String> source = change.evidence().isEmpty() ? Optional.empty()
              : Optional.of(change.evidence().get(0).source().id());
          items.add(new Item(ItemKind.CHANGE, d, step, change.date(),
              labels.change(change), labels.changeDetails(plan, change, disputed), source,
              disputed, Labels.words(change.status())));
        }
        for (int w = 0; w < change.windows().size(); w++) {
          FuzzyDate window = change.windows().get(w).value();
          items.add(new Item(ItemKind.WINDOW, d, step + "/" + MeetingChange.WINDOWS + "/" + w,
              Optional.of(window), labels.window(change.windows().get(w)),
              labels.windowDetails(plan, change, change.windows().get(w)), Optional.empty(),
              s == current, ""));
        }
      }
    }
    return items;
  }

  /** The last step of a lifecycle that gives windows, or -1: the one whose windows are current. */
  private static int currentStep(PlannedMeeting plan) {
    for (int s = plan.lifecycle().size() - 1; s >= 0; s--) {
      for (MeetingChange account : plan.lifecycle().get(s).accounts()) {
        if (!account.windows().isEmpty()) {
          return s;
        }
      }
    }
    return -1;
  }

  /** The engagement's date, or the date its claims settle on when it has none. */
  private static Optional<FuzzyDate> date(Engagement engagement) {
    if (engagement.date().isPresent()) {
      return engagement.date();
    }
    Finding<FuzzyDate> finding = engagement.dateFinding();
    return finding instanceof Finding.Settled ? finding.value() : Optional.empty();
  }

  private static Lane engagementLane(Engagement engagement, Dossier dossier,
      Map<String, Lane> lanes) {
    if (engagement instanceof Dialogue) {
      Dialogue dialogue = (Dialogue) engagement;
      String name = dossier.series(dialogue.series()).map(DialogueSeries::name)
          .orElse(dialogue.series().id());
      return lanes.computeIfAbsent("series:" + dialogue.series().id(),
          key -> new Lane(key, LaneKind.SERIES, name, Optional.empty()));
    }
    String kind = Labels.words(((Meeting) engagement).kind());
    return lanes.computeIfAbsent("kind:" + kind, key -> new Lane(key, LaneKind.MEETINGS,
        Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + "s", Optional.empty()));
  }

  // ------------------------------------------------------------------------- the model

  /** The kinds of lane, in the order they are drawn. */
  enum LaneKind { SERIES, MEETINGS, STATEMENTS, INSTRUMENTS, PLANS }

  /** What an item stands for. */
  enum ItemKind { ENGAGEMENT, STATEMENT, WINDOW, CHANGE, PLAN, STEP, INSTRUMENT }

  /** A record by the index of its dossier and its JSON Pointer there. */
  record Ref(int dossier, String pointer) {}

  /** One lane: a series, a kind of meeting, the statements, one instrument or planned meeting. */
  static final class Lane {
    final String key;
    final LaneKind kind;
    final String label;
    /** The planned meeting a plan's lane stands for. */
    final Optional<Ref> record;
    final List<Item> items = new ArrayList<>();

    Lane(String key, LaneKind kind, String label, Optional<Ref> record) {
      this.key = key;
      this.kind = kind;
      this.label = label;
      this.record = record;
    }
  }

  /**
   * One thing drawn: an engagement, a statement, a window or a lifecycle step of a plan; or a plan
   * with nothing dated, listed below the axis.
   *
   * @param date when; empty for what is listed below the axis
   * @param label the short text beside it
   * @param details the tooltip, one fact a line
   * @param source for a lifecycle step, the id of its first source, which the mark links to
   * @param emphasis a current window; a disputed account of a step
   * @param status a step's status in words ("postponed", "in force"); empty for the rest
   */
  record Item(ItemKind kind, int dossier, String pointer, Optional<FuzzyDate> date, String label,
      String details, Optional<String> source, boolean emphasis, String status) {}

  /**
   * The time axis: from 1 January of the earliest year drawn to 1 January after the latest, in
   * days. Open ends (0001-01-01, 9999-12-31) do not count.
   */
  record Axis(LocalDate start, LocalDate end) {

    static Optional<Axis> of(List<Lane> lanes) {
      LocalDate first = null;
      LocalDate last = null;
      for (Lane lane : lanes) {
        for (Item item : lane.items) {
          FuzzyDate date = item.date().orElseThrow();
          if (!openStart(date)) {
            first = first == null || date.earliest().isBefore(first) ? date.earliest() : first;
            last = last == null || date.earliest().isAfter(last) ? date.earliest() : last;
          }
          if (!openEnd(date)) {
            first = first == null || date.latest().isBefore(first) ? date.latest() : first;
            last = last == null || date.latest().isAfter(last) ? date.latest() : last;
          }
        }
      }
      if (first == null) {
        return Optional.empty();
      }
      return Optional.of(new Axis(LocalDate.of(first.getYear(), 1, 1),
          LocalDate.of(last.getYear(), 1, 1).plusYears(1)));
    }

    long days() {
      return end.toEpochDay() - start.toEpochDay();
    }
  }

  /** Whether a date has no known start: an interval whose start is open or unknown. */
  static boolean openStart(FuzzyDate date) {
    return date.isOpenStart() || date.isUnknownStart();
  }

  /** Whether a date has no known end: an interval whose end is open or unknown. */
  static boolean openEnd(FuzzyDate date) {
    return date.isOpenEnd() || date.isUnknownEnd();
  }
}
