package dev.entente.model;

import dev.entente.time.FuzzyDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/** How claims add up to a {@link Finding}: the one routine every finding goes through. */
final class Findings {

  private Findings() {}

  /** Evidence in a canonical order: by source id, then quote, then note, then everything else. */
  static final Comparator<Evidence> EVIDENCE_ORDER = Comparator
      .comparing((Evidence e) -> e.source().id())
      .thenComparing(e -> e.quote().orElse(""))
      .thenComparing(e -> e.note().orElse(""))
      .thenComparing(Evidence::toString);

  /** Refs in the order of their ids. */
  static final Comparator<Ref<Actor>> REF_ORDER = Comparator.comparing(Ref::id);

  /** Venues in the order of their written parts. */
  static final Comparator<Venue> VENUE_ORDER = Comparator.comparing(Venue::toString);

  /** Dates in their natural order, then by how they are written. */
  static final Comparator<FuzzyDate> DATE_ORDER =
      Comparator.<FuzzyDate>naturalOrder().thenComparing(FuzzyDate::toString);

  /** The distinct evidence of several lists, in canonical order. */
  static List<Evidence> merge(List<List<Evidence>> lists) {
    TreeSet<Evidence> merged = new TreeSet<>(EVIDENCE_ORDER);
    lists.forEach(merged::addAll);
    return List.copyOf(merged);
  }

  /**
   * Every account of a step, the recorded one first: the step itself and its alternatives, as
   * {@link MeetingChange#accounts()} and {@link InstrumentStep#accounts()} give them.
   */
  static <A> List<A> accounts(A first, List<A> alternatives) {
    if (alternatives.isEmpty()) {
      return List.of(first);
    }
    List<A> accounts = new ArrayList<>(alternatives.size() + 1);
    accounts.add(first);
    accounts.addAll(alternatives);
    return Collections.unmodifiableList(accounts);
  }

  /**
   * Checks the alternative accounts of a step (a planned meeting's change, an instrument's step):
   * an alternative has none of its own, and a step marked DISPUTED has alternatives.
   *
   * @param type the step's type, for messages
   * @param noun what a step is called in messages ("change", "step")
   * @param alternatives the step's alternatives
   * @param nested the alternatives of an alternative
   * @param confirmation the step's confirmation
   */
  static <A> void checkAlternatives(String type, String noun, List<A> alternatives,
      Function<A, List<A>> nested, Optional<Confirmation> confirmation) {
    for (A alternative : alternatives) {
      if (!nested.apply(alternative).isEmpty()) {
        throw new InvalidValueException(type, "alternatives", nested.apply(alternative),
            "an alternative account has no alternatives of its own: list every account of the"
                + " step on the first");
      }
    }
    if (alternatives.isEmpty() && confirmation.equals(Optional.of(Confirmation.DISPUTED))) {
      throw new InvalidValueException(type, "confirmation", Confirmation.DISPUTED,
          "a DISPUTED " + noun + " lists the other accounts of its step as alternatives");
    }
  }

  /**
   * What the accounts of one step say about its status: settled when they give one status,
   * disputed when they differ, each status with the sources of the accounts that give it.
   */
  static <A, T extends Comparable<T>> Finding<T> ofAccounts(List<A> accounts,
      Function<A, T> status, Function<A, List<Evidence>> evidence) {
    List<T> values = new ArrayList<>(accounts.size());
    List<List<Evidence>> sources = new ArrayList<>(accounts.size());
    for (A account : accounts) {
      values.add(status.apply(account));
      sources.add(evidence.apply(account));
    }
    return group(values, sources, Comparator.naturalOrder());
  }

  /**
   * Groups accounts by equal value: one group settles, two or more are disputed, none is unknown.
   *
   * @param values the value of each account
   * @param evidence the evidence of each account, index by index
   * @param order the order of alternatives
   */
  static <T> Finding<T> group(List<T> values, List<List<Evidence>> evidence,
      Comparator<? super T> order) {
    Map<T, List<List<Evidence>>> groups = new LinkedHashMap<>();
    for (int i = 0; i < values.size(); i++) {
      groups.computeIfAbsent(values.get(i), v -> new ArrayList<>()).add(evidence.get(i));
    }
    List<Finding.Alternative<T>> alternatives = new ArrayList<>();
    groups.forEach((value, lists) -> alternatives.add(new Finding.Alternative<>(value, merge(lists))));
    alternatives.sort(Comparator.comparing(Finding.Alternative::value, order));
    if (alternatives.isEmpty()) {
      return new Finding.Unknown<>();
    }
    if (alternatives.size() == 1) {
      return new Finding.Settled<>(alternatives.get(0));
    }
    return new Finding.Disputed<>(alternatives);
  }

  /**
   * The finding of claims of equal-or-not values, with the record's own value: claims that all
   * give one value settle it (the record's value, if any, is that value); claims that differ are
   * disputed; with no claims, the record's value is settled on the record's own evidence, and
   * without one it is unknown.
   */
  static <T> Finding<T> of(Optional<T> recorded, List<Evidence> recordEvidence,
      List<? extends Claim<T>> claims, Comparator<? super T> order) {
    if (claims.isEmpty()) {
      return recorded.<Finding<T>>map(v -> new Finding.Settled<>(
              new Finding.Alternative<>(v, merge(List.of(recordEvidence)))))
          .orElseGet(Finding.Unknown::new);
    }
    List<T> values = new ArrayList<>();
    List<List<Evidence>> evidence = new ArrayList<>();
    for (Claim<T> claim : claims) {
      values.add(claim.value());
      evidence.add(claim.evidence());
    }
    return group(values, evidence, order);
  }

  /**
   * The finding of date claims: claims whose times can all overlap agree, and settle on the
   * record's date if there is one, else on the narrowest claim that every other claim encloses,
   * else on the days they share; claims of which two cannot overlap are disputed, one alternative
   * per distinct time.
   */
  static Finding<FuzzyDate> ofDates(Optional<FuzzyDate> recorded, List<Evidence> recordEvidence,
      List<DateClaim> claims) {
    if (claims.isEmpty()) {
      return of(recorded, recordEvidence, claims, DATE_ORDER);
    }
    for (int i = 0; i < claims.size(); i++) {
      for (int j = i + 1; j < claims.size(); j++) {
        if (!claims.get(i).value().mayOverlap(claims.get(j).value())) {
          return of(Optional.empty(), List.of(), claims, DATE_ORDER);
        }
      }
    }
    List<List<Evidence>> evidence = new ArrayList<>();
    claims.forEach(c -> evidence.add(c.evidence()));
    FuzzyDate settled = recorded.orElseGet(() -> common(claims));
    return new Finding.Settled<>(new Finding.Alternative<>(settled, merge(evidence)));
  }

  /** The narrowest claim every other claim encloses, or the days all claims share. */
  private static FuzzyDate common(List<DateClaim> claims) {
    FuzzyDate narrowest = null;
    for (DateClaim candidate : claims) {
      boolean enclosed = true;
      for (DateClaim other : claims) {
        enclosed &= other.value().encloses(candidate.value());
      }
      if (enclosed && (narrowest == null || DATE_ORDER.compare(candidate.value(), narrowest) < 0)) {
        narrowest = candidate.value();
      }
    }
    if (narrowest != null) {
      return narrowest;
    }
    LocalDate earliest = FuzzyDate.MIN_DAY;
    LocalDate latest = FuzzyDate.MAX_DAY;
    for (DateClaim claim : claims) {
      earliest = max(earliest, claim.value().earliest());
      latest = min(latest, claim.value().latest());
    }
    return earliest.equals(latest) ? FuzzyDate.of(earliest)
        : FuzzyDate.interval(FuzzyDate.of(earliest), FuzzyDate.of(latest));
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
