/**
 * Timelines of dossiers: {@link dev.entente.interop.timeline.Timeline} draws one or several
 * dossiers on a time axis, as a self-contained HTML page (inline SVG, no script, no request) or
 * as a Mermaid {@code gantt} chart for Markdown.
 *
 * <pre>{@code
 * Timeline timeline = Timeline.of(List.of(first, second));
 * Files.writeString(Path.of("timeline.html"), timeline.html());
 * System.out.print(timeline.mermaid());
 * }</pre>
 */
package dev.entente.interop.timeline;
