package dev.entente.testing.generators;

import static dev.entente.testing.generators.ModelArbitraries.MAX_LIST_SIZE;
import static dev.entente.testing.generators.FuzzyDateArbitraries.fuzzyDates;
import static dev.entente.testing.generators.ScalarArbitraries.ids;
import static dev.entente.testing.generators.ScalarArbitraries.languageTags;
import static dev.entente.testing.generators.ScalarArbitraries.list;
import static dev.entente.testing.generators.ScalarArbitraries.localTimes;
import static dev.entente.testing.generators.ScalarArbitraries.opt;
import static dev.entente.testing.generators.ScalarArbitraries.refs;
import static dev.entente.testing.generators.ScalarArbitraries.texts;
import static dev.entente.testing.generators.ScalarArbitraries.uris;
import static dev.entente.testing.generators.ScalarArbitraries.zonedDateTimes;

import dev.entente.model.DateClaim;
import dev.entente.model.Evidence;
import dev.entente.model.Source;
import dev.entente.model.SourceKind;
import dev.entente.model.Wording;
import dev.entente.time.FuzzyDate;
import java.net.URI;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Evidence, wordings, date claims and sources. */
final class ProvenanceArbitraries {

  private ProvenanceArbitraries() {}

  // ============================================================================ provenance

  /** Evidence from an arbitrary source, with or without quote and note. */
  public static Arbitrary<Evidence> evidence() {
    return Builders.withBuilder(Evidence::builder)
        .use(ScalarArbitraries.<Source>refs()).in((b, v) -> b.source(v))
        .use(opt(texts())).in((b, v) -> b.quote(v))
        .use(opt(texts())).in((b, v) -> b.note(v))
        .build(Evidence.Builder::build);
  }

  static Arbitrary<List<Evidence>> evidenceLists() {
    return list(evidence());
  }

  /** A text as written, with one or more pieces of evidence. */
  public static Arbitrary<Wording> wordings() {
    return Combinators.combine(texts(), evidence().list().ofMinSize(1).ofMaxSize(MAX_LIST_SIZE))
        .as((t, e) -> Wording.builder().text(t).evidence(e).build());
  }

  /** Claims of a time, with or without wording and reference. */
  public static Arbitrary<DateClaim> dateClaims() {
    return Builders.withBuilder(DateClaim::builder)
        .use(fuzzyDates()).in((b, v) -> b.value(v))
        .use(opt(texts())).in((b, v) -> b.wording(v))
        .use(opt(fuzzyDates())).in((b, v) -> b.reference(v))
        .use(evidenceLists()).in((b, v) -> b.evidence(v))
        .build(DateClaim.Builder::build);
  }

  /**
   * Sources of every kind, with and without each optional member; always a title, a URL or both,
   * and an exact instant of publication within the published day when both are given.
   */
  public static Arbitrary<Source> sources() {
    Arbitrary<Tuple.Tuple2<Optional<FuzzyDate>, Optional<ZonedDateTime>>> publication =
        Combinators.combine(opt(fuzzyDates(1900, 2100)), opt(zonedDateTimes()))
            .as(ProvenanceArbitraries::publishedWithin);
    // Findable: a title, a URL, or a publisher and a date of publication.
    Arbitrary<Tuple.Tuple4<Optional<String>, Optional<URI>, Optional<String>,
        Tuple.Tuple2<Optional<FuzzyDate>, Optional<ZonedDateTime>>>> findable =
        Combinators.combine(opt(texts()), opt(uris()), opt(texts()), publication).as(Tuple::of)
            .filter(t -> t.get1().isPresent() || t.get2().isPresent()
                || (t.get3().isPresent()
                    && (t.get4().get1().isPresent() || t.get4().get2().isPresent())));
    return Builders.withBuilder(Source::builder)
        .use(ids()).in((b, v) -> b.id(v))
        .use(Arbitraries.of(SourceKind.class)).in((b, v) -> b.kind(v))
        .use(findable).in((b, v) -> b.title(v.get1()).url(v.get2()).publisher(v.get3())
            .published(v.get4().get1()).publishedAt(v.get4().get2()))
        .use(list(texts())).in((b, v) -> b.authors(v))
        .use(opt(texts())).in((b, v) -> b.section(v))
        .use(opt(localTimes())).in((b, v) -> b.localTime(v))
        .use(opt(languageTags())).in((b, v) -> b.language(v))
        .use(opt(languageTags())).in((b, v) -> b.originalLanguage(v))
        .use(opt(texts())).in((b, v) -> b.note(v))
        .build(Source.Builder::build);
  }

  /**
   * Moves an exact instant into the fuzzy day when both are given, or drops the instant: for a
   * source's publication and for an engagement's start.
   */
  static Tuple.Tuple2<Optional<FuzzyDate>, Optional<ZonedDateTime>> publishedWithin(
      Optional<FuzzyDate> day, Optional<ZonedDateTime> at) {
    if (day.isEmpty() || at.isEmpty() || day.get().contains(at.get().toLocalDate())) {
      return Tuple.of(day, at);
    }
    ZonedDateTime moved = ZonedDateTime.of(
        day.get().earliest(), at.get().toLocalTime(), at.get().getZone());
    boolean ok = day.get().contains(moved.toLocalDate())
        && ZonedDateTime.parse(moved.toString()).equals(moved);
    return Tuple.of(day, ok ? Optional.of(moved) : Optional.empty());
  }
}
