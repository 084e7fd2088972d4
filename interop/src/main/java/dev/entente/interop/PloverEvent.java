package dev.entente.interop;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A PLOVER event category with its mode and contexts, as a row of the CAMEO→PLOVER table gives
 * it ({@code CONSULT, visit}; {@code AGREE, , diplomatic}).
 */
public final class PloverEvent {

  private final String event;
  private final Optional<String> mode;
  private final List<String> contexts;

  PloverEvent(String event, Optional<String> mode, List<String> contexts) {
    this.event = event;
    this.mode = mode;
    this.contexts = List.copyOf(contexts);
  }

  /** The category, one of the sixteen: {@code AGREE}, {@code CONSULT}, {@code ACCUSE} … */
  public String event() {
    return event;
  }

  /** The mode, if the table gives one: {@code visit}, {@code phone}, {@code disapprove} … */
  public Optional<String> mode() {
    return mode;
  }

  /** The contexts the table gives, in its order; often empty. */
  public List<String> contexts() {
    return contexts;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof PloverEvent)) {
      return false;
    }
    PloverEvent that = (PloverEvent) other;
    return event.equals(that.event) && mode.equals(that.mode) && contexts.equals(that.contexts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(event, mode, contexts);
  }

  @Override
  public String toString() {
    return event + mode.map(m -> "/" + m).orElse("") + (contexts.isEmpty() ? "" : " " + contexts);
  }
}
