package dev.entente.serialization.internal;

import static dev.entente.serialization.internal.ActorCodecs.ACTOR;
import static dev.entente.serialization.internal.ActorCodecs.OFFICE;
import static dev.entente.serialization.internal.EngagementCodecs.ENGAGEMENT;
import static dev.entente.serialization.internal.EngagementCodecs.PLANNED_MEETING;
import static dev.entente.serialization.internal.EngagementCodecs.SERIES;
import static dev.entente.serialization.internal.ProvenanceCodecs.EVIDENCE;
import static dev.entente.serialization.internal.ProvenanceCodecs.SOURCE;
import static dev.entente.serialization.internal.ScalarCodecs.EXTERNAL_ID;
import static dev.entente.serialization.internal.ScalarCodecs.FUZZY_DATE;
import static dev.entente.serialization.internal.ScalarCodecs.ID;
import static dev.entente.serialization.internal.ScalarCodecs.TEXT;
import static dev.entente.serialization.internal.ScalarCodecs.enumeration;
import static dev.entente.serialization.internal.ScalarCodecs.ref;
import static dev.entente.serialization.internal.StatementCodecs.STATEMENT;

import dev.entente.model.Dossier;
import dev.entente.model.Topic;
import dev.entente.model.TopicKind;

/** The wire form of topics and of the dossier, the document's root. */
final class DossierCodecs {

  private DossierCodecs() {}

  static final ObjectCodec<Topic, Topic.Builder> TOPIC =
      ObjectCodec.of(Topic.class, Topic::builder)
          .describedAs("a topic")
          .required(Topic.ID, Topic::id, Topic.Builder::id, ID)
          .required(Topic.LABEL, Topic::label, Topic.Builder::label, TEXT)
          .required(Topic.KIND, Topic::kind, Topic.Builder::kind,
              enumeration(TopicKind.class, "a kind of topic"))
          .list(Topic.PARENTS, Topic::parents, Topic.Builder::addParent, ref())
          .optional(Topic.OWNER, Topic::owner, Topic.Builder::owner, ref())
          .optional(Topic.DESCRIPTION, Topic::description, Topic.Builder::description, TEXT)
          .optional(Topic.DATE, Topic::date, Topic.Builder::date, FUZZY_DATE)
          .optional(Topic.VENUE, Topic::venue, Topic.Builder::venue, EngagementCodecs.VENUE)
          .list(Topic.EXTERNAL_IDS, Topic::externalIds, Topic.Builder::addExternalId,
              EXTERNAL_ID)
          .list(Topic.EVIDENCE, Topic::evidence, Topic.Builder::addEvidence, EVIDENCE)
          .build();

  static final ObjectCodec<Dossier, Dossier.Builder> DOSSIER =
      ObjectCodec.of(Dossier.class, Dossier::builder)
          .describedAs("a dossier")
          .field(Field.version("entente", Codecs.FORMAT_VERSION))
          .required(Dossier.ID, Dossier::id, Dossier.Builder::id, ID)
          .optional(Dossier.TITLE, Dossier::title, Dossier.Builder::title, TEXT)
          .optional(Dossier.DESCRIPTION, Dossier::description, Dossier.Builder::description, TEXT)
          .list(Dossier.ACTORS, Dossier::actors, Dossier.Builder::addActor, ACTOR)
          .list(Dossier.OFFICES, Dossier::offices, Dossier.Builder::addOffice, OFFICE)
          .list(Dossier.SERIES, Dossier::series, Dossier.Builder::addSeries, SERIES)
          .list(Dossier.ENGAGEMENTS, Dossier::engagements, Dossier.Builder::addEngagement,
              ENGAGEMENT)
          .list(Dossier.PLANNED_MEETINGS, Dossier::plannedMeetings,
              Dossier.Builder::addPlannedMeeting, PLANNED_MEETING)
          .list(Dossier.STATEMENTS, Dossier::statements, Dossier.Builder::addStatement,
              STATEMENT)
          .list(Dossier.INSTRUMENTS, Dossier::instruments, Dossier.Builder::addInstrument,
              InstrumentCodecs.INSTRUMENT)
          .list(Dossier.TOPICS, Dossier::topics, Dossier.Builder::addTopic, TOPIC)
          .list(Dossier.SOURCES, Dossier::sources, Dossier.Builder::addSource, SOURCE)
          .build();
}
