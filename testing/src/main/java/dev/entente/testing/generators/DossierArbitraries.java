package dev.entente.testing.generators;

import static dev.entente.testing.generators.ActorArbitraries.actors;
import static dev.entente.testing.generators.ActorArbitraries.offices;
import static dev.entente.testing.generators.EngagementArbitraries.dialogueSeries;
import static dev.entente.testing.generators.EngagementArbitraries.engagements;
import static dev.entente.testing.generators.EngagementArbitraries.plannedMeetings;
import static dev.entente.testing.generators.ProvenanceArbitraries.evidenceLists;
import static dev.entente.testing.generators.ProvenanceArbitraries.sources;
import static dev.entente.testing.generators.ScalarArbitraries.distinctRefs;
import static dev.entente.testing.generators.ScalarArbitraries.externalIds;
import static dev.entente.testing.generators.ScalarArbitraries.ids;
import static dev.entente.testing.generators.ScalarArbitraries.list;
import static dev.entente.testing.generators.ScalarArbitraries.opt;
import static dev.entente.testing.generators.ScalarArbitraries.refs;
import static dev.entente.testing.generators.ScalarArbitraries.texts;
import static dev.entente.testing.generators.StatementArbitraries.statements;

import dev.entente.model.Actor;
import dev.entente.model.Dossier;
import dev.entente.model.Topic;
import dev.entente.model.TopicKind;
import dev.entente.model.Topics;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Builders;

/** Topics, and dossiers whose references point at arbitrary ids. */
final class DossierArbitraries {

  private DossierArbitraries() {}

  // ============================================================================ topics, dossiers

  /**
   * Topics of every kind, with distinct parents other than themselves; an event may have a date
   * and a venue.
   */
  public static Arbitrary<Topic> topics() {
    return Combinators.combine(undatedTopics(), opt(FuzzyDateArbitraries.fuzzyDates()),
            opt(EngagementArbitraries.venues()))
        .as((topic, date, venue) -> topic.kind() == TopicKind.EVENT
            ? topic.withDate(date).withVenue(venue) : topic);
  }

  private static Arbitrary<Topic> undatedTopics() {
    return Builders.withBuilder(Topic::builder)
        .use(ids()).in((b, v) -> b.id(v))
        .use(texts()).in((b, v) -> b.label(v))
        .use(Arbitraries.of(TopicKind.class)).in((b, v) -> b.kind(v))
        .use(ScalarArbitraries.<Topic>distinctRefs()).in((b, v) -> b.parents(v))
        .use(opt(ScalarArbitraries.<Actor>refs())).in((b, v) -> b.owner(v))
        .use(opt(texts())).in((b, v) -> b.description(v))
        .use(list(externalIds())).in((b, v) -> b.externalIds(v))
        .use(evidenceLists()).in((b, v) -> b.evidence(v))
        .build(Topic.Builder::build);
  }

  /** Dossiers of up to 4 records of each kind; see {@link #dossiers(int)}. */
  public static Arbitrary<Dossier> dossiers() {
    return dossiers(4);
  }

  /**
   * Dossiers of up to {@code maxRecordsPerKind} records of each kind, every record well-formed
   * but references pointing at arbitrary ids: such a dossier need not pass validation.
   */
  public static Arbitrary<Dossier> dossiers(int maxRecordsPerKind) {
    int n = maxRecordsPerKind;
    return Builders.withBuilder(Dossier::builder)
        .use(ids()).in((b, v) -> b.id(v))
        .use(opt(texts())).in((b, v) -> b.title(v))
        .use(opt(texts())).in((b, v) -> b.description(v))
        .use(actors().list().ofMaxSize(n)).in((b, v) -> b.actors(v))
        .use(offices().list().ofMaxSize(n)).in((b, v) -> b.offices(v))
        .use(dialogueSeries().list().ofMaxSize(n)).in((b, v) -> b.series(v))
        .use(engagements().list().ofMaxSize(n)).in((b, v) -> b.engagements(v))
        .use(plannedMeetings().list().ofMaxSize(n)).in((b, v) -> b.plannedMeetings(v))
        .use(statements().list().ofMaxSize(n)).in((b, v) -> b.statements(v))
        .use(InstrumentArbitraries.instruments().list().ofMaxSize(n))
        .in((b, v) -> b.instruments(v))
        .use(topics().list().ofMaxSize(n)).in((b, v) -> b.topics(v))
        .use(sources().list().ofMaxSize(n)).in((b, v) -> b.sources(v))
        .build(Dossier.Builder::build);
  }
}
