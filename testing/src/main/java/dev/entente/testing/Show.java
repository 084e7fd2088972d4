package dev.entente.testing;

import dev.entente.model.Participant;
import dev.entente.model.Position;
import dev.entente.model.PositionObject;
import dev.entente.model.Ref;
import dev.entente.serialization.JsonProblem;
import dev.entente.validation.Violation;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/** Canonical text forms for failure messages. */
final class Show {

  private Show() {}

  /** Reference ids as {@code [rok, uk]}. */
  static String refs(Collection<? extends Ref<?>> refs) {
    return refs.stream().map(Ref::id).collect(Collectors.joining(", ", "[", "]"));
  }

  /** The value's text, or {@code (none)}. */
  static String opt(Optional<?> value) {
    return value.map(String::valueOf).orElse("(none)");
  }

  static String opt(OptionalInt value) {
    return value.isPresent() ? String.valueOf(value.getAsInt()) : "(none)";
  }

  static String quoted(String text) {
    return "\"" + text + "\"";
  }

  /** One violation a line, indented, as {@code pointer: code: message}. */
  static String violations(List<Violation> violations) {
    if (violations.isEmpty()) {
      return "  (no violations)";
    }
    return violations.stream().map(v -> "  " + v).collect(Collectors.joining("\n"));
  }

  /** One problem a line, indented, as {@code line:column: pointer: message}. */
  static String problems(List<JsonProblem> problems) {
    if (problems.isEmpty()) {
      return "  (no problems)";
    }
    return problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
  }

  /** A participant as {@code cho-tae-yul for rok as rok-foreign-minister}. */
  static String participant(Participant p) {
    return p.person().id() + " for " + p.side().id() + " as "
        + (p.offices().isEmpty() ? "(no office)"
            : p.offices().stream().map(Ref::id).collect(Collectors.joining(" and ")));
  }

  static String participants(List<Participant> participants) {
    if (participants.isEmpty()) {
      return "  (no participants)";
    }
    return participants.stream().map(p -> "  " + participant(p)).collect(Collectors.joining("\n"));
  }

  /** A position object as {@code targets [dprk], conduct "...", hedging reported}. */
  static String object(PositionObject o) {
    StringBuilder text = new StringBuilder("targets ").append(refs(o.targets()));
    if (!o.actors().isEmpty()) {
      text.append(", actors ").append(o.actors().stream()
          .map(a -> a.actor().id() + " as " + a.role()).collect(Collectors.joining(", ", "[", "]")));
    }
    o.phenomenon().ifPresent(p -> text.append(", phenomenon ").append(p.id()));
    o.conduct().ifPresent(c -> text.append(", conduct ").append(quoted(c)));
    text.append(", hedging ").append(o.hedgeLevel());
    return text.toString();
  }

  static String objects(List<PositionObject> objects) {
    if (objects.isEmpty()) {
      return "  (no objects)";
    }
    return objects.stream().map(o -> "  " + object(o)).collect(Collectors.joining("\n"));
  }

  /** A venue as {@code Ministry of Foreign Affairs, Jongno-gu, Seoul, KR}. */
  static String venue(dev.entente.model.Venue v) {
    return java.util.stream.Stream.of(v.building(), v.district(), v.city(),
            v.country().map(String::valueOf))
        .flatMap(Optional::stream).collect(Collectors.joining(", "));
  }

  /** Kinds of positions as {@code [CONDEMN, MONITOR]}. */
  static String kinds(List<Position> positions) {
    return positions.stream().map(p -> p.kind().name()).collect(Collectors.joining(", ", "[", "]"));
  }
}
