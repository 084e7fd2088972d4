package dev.entente.serialization.internal;

import static dev.entente.serialization.internal.ProvenanceCodecs.ACTOR_CLAIM;
import static dev.entente.serialization.internal.ProvenanceCodecs.DATE_CLAIM;
import static dev.entente.serialization.internal.ProvenanceCodecs.EVIDENCE;
import static dev.entente.serialization.internal.ProvenanceCodecs.WORDING;
import static dev.entente.serialization.internal.ScalarCodecs.CONFIRMATION;
import static dev.entente.serialization.internal.ScalarCodecs.COUNTRY;
import static dev.entente.serialization.internal.ScalarCodecs.EXTERNAL_ID;
import static dev.entente.serialization.internal.ScalarCodecs.FUZZY_DATE;
import static dev.entente.serialization.internal.ScalarCodecs.ID;
import static dev.entente.serialization.internal.ScalarCodecs.INSTANT;
import static dev.entente.serialization.internal.ScalarCodecs.TEXT;
import static dev.entente.serialization.internal.ScalarCodecs.YEAR;
import static dev.entente.serialization.internal.ScalarCodecs.enumeration;
import static dev.entente.serialization.internal.ScalarCodecs.ref;

import dev.entente.model.ChangeReason;
import dev.entente.model.Dialogue;
import dev.entente.model.DialogueSeries;
import dev.entente.model.Engagement;
import dev.entente.model.EngagementBuilder;
import dev.entente.model.Level;
import dev.entente.model.Meeting;
import dev.entente.model.MeetingChange;
import dev.entente.model.MeetingKind;
import dev.entente.model.Office;
import dev.entente.model.OfficeKind;
import dev.entente.model.Participant;
import dev.entente.model.ParticipantRole;
import dev.entente.model.PlannedMeeting;
import dev.entente.model.PlannedStatus;
import dev.entente.model.ReasonKind;
import dev.entente.model.Ref;
import dev.entente.model.Venue;
import dev.entente.model.VenueClaim;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/** The wire form of engagements, dialogue series and planned meetings. */
final class EngagementCodecs {

  private EngagementCodecs() {}

  static final ObjectCodec<Venue, Venue.Builder> VENUE =
      ObjectCodec.of(Venue.class, Venue::builder)
          .describedAs("a venue")
          .optional(Venue.COUNTRY, Venue::country, Venue.Builder::country, COUNTRY)
          .optional(Venue.CITY, Venue::city, Venue.Builder::city, TEXT)
          .optional(Venue.DISTRICT, Venue::district, Venue.Builder::district, TEXT)
          .optional(Venue.BUILDING, Venue::building, Venue.Builder::building, TEXT)
          .list(Venue.EXTERNAL_IDS, Venue::externalIds, Venue.Builder::addExternalId,
              EXTERNAL_ID)
          .oneRequiredOf(Venue.COUNTRY, Venue.CITY, Venue.DISTRICT, Venue.BUILDING)
          .build();

  static final ObjectCodec<VenueClaim, VenueClaim.Builder> VENUE_CLAIM =
      ObjectCodec.of(VenueClaim.class, VenueClaim::builder)
          .describedAs("a venue claim")
          .required(VenueClaim.VALUE, VenueClaim::value, VenueClaim.Builder::value, VENUE)
          .optional(VenueClaim.WORDING, VenueClaim::wording, VenueClaim.Builder::wording, TEXT)
          .list(VenueClaim.EVIDENCE, VenueClaim::evidence, VenueClaim.Builder::addEvidence,
              EVIDENCE)
          .build();

  static final ObjectCodec<Participant, Participant.Builder> PARTICIPANT =
      ObjectCodec.of(Participant.class, Participant::builder)
          .describedAs("a participant")
          .required(Participant.PERSON, Participant::person, Participant.Builder::person, ref())
          .required(Participant.SIDE, Participant::side, Participant.Builder::side, ref())
          // One office is written as "office", as in 1.0; several as "offices".
          .optional(Participant.OFFICE, EngagementCodecs::onlyOffice,
              Participant.Builder::addOffice, ref())
          .list(Participant.OFFICES, EngagementCodecs::severalOffices,
              Participant.Builder::addOffice, ref())
          .items(0, -1, true)
          .atMostOneOf(Participant.OFFICE, Participant.OFFICES)
          .list(Participant.ROLES, Participant::roles, Participant.Builder::addRole,
              enumeration(ParticipantRole.class, "a participant's role"))
          .list(Participant.TITLES_AS_WRITTEN, Participant::titlesAsWritten,
              Participant.Builder::addTitlesAsWritten, WORDING)
          .build();

  /** The office of a participant with exactly one, written as {@code office}. */
  private static Optional<Ref<Office>> onlyOffice(Participant participant) {
    return participant.offices().size() == 1
        ? Optional.of(participant.offices().get(0)) : Optional.empty();
  }

  /** The offices of a participant with two or more, written as {@code offices}. */
  private static List<Ref<Office>> severalOffices(Participant participant) {
    return participant.offices().size() > 1 ? participant.offices() : List.of();
  }

  static final ObjectCodec<DialogueSeries, DialogueSeries.Builder> SERIES =
      ObjectCodec.of(DialogueSeries.class, DialogueSeries::builder)
          .describedAs("a dialogue series")
          .required(DialogueSeries.ID, DialogueSeries::id, DialogueSeries.Builder::id, ID)
          .required(DialogueSeries.NAME, DialogueSeries::name, DialogueSeries.Builder::name, TEXT)
          .list(DialogueSeries.SIDES, DialogueSeries::sides, DialogueSeries.Builder::addSide,
              ref())
          .items(2, 2, true)
          .required(DialogueSeries.LEVEL, DialogueSeries::level, DialogueSeries.Builder::level,
              enumeration(Level.class, "a level"))
          .list(DialogueSeries.PRINCIPAL_KINDS, DialogueSeries::principalKinds,
              DialogueSeries.Builder::addPrincipalKind,
              enumeration(OfficeKind.class, "a kind of office"))
          .optional(DialogueSeries.ESTABLISHED, DialogueSeries::established,
              DialogueSeries.Builder::established, FUZZY_DATE)
          .list(DialogueSeries.EVIDENCE, DialogueSeries::evidence,
              DialogueSeries.Builder::addEvidence, EVIDENCE)
          .build();

  /**
   * One kind of engagement, its row: its class, its {@code type}, how a message calls it, its
   * builder, and its own members, which come after the id and before the members that every
   * engagement has, bound here once through {@link EngagementBuilder}.
   */
  private static <K extends Engagement, B extends EngagementBuilder<K, B>> UnionCodec.Member<K>
      engagement(Class<K> kind, String type, String description, Supplier<B> builder,
          UnaryOperator<ObjectCodec.Builder<K, B>> own) {
    ObjectCodec.Builder<K, B> codec = ObjectCodec.of(kind, builder)
        .type(type).describedAs(description)
        .required(Engagement.ID, Engagement::id, EngagementBuilder::id, ID);
    return UnionCodec.kind(kind, own.apply(codec)
        .optional(Engagement.TITLE, Engagement::title, EngagementBuilder::title, TEXT)
        .list(Engagement.SIDES, Engagement::sides, EngagementBuilder::addSide, ref())
        .items(2, 2, true)
        .optional(Engagement.HOST, Engagement::host, EngagementBuilder::host, ref())
        .optional(Engagement.INITIATOR, Engagement::initiator, EngagementBuilder::initiator, ref())
        .list(Engagement.HOST_CLAIMS, Engagement::hostClaims, EngagementBuilder::addHostClaim,
            ACTOR_CLAIM)
        .optional(Engagement.DATE, Engagement::date, EngagementBuilder::date, FUZZY_DATE)
        .optional(Engagement.STARTS_AT, Engagement::startsAt, EngagementBuilder::startsAt, INSTANT)
        .list(Engagement.DATE_CLAIMS, Engagement::dateClaims, EngagementBuilder::addDateClaim,
            DATE_CLAIM)
        .optional(Engagement.VENUE, Engagement::venue, EngagementBuilder::venue, VENUE)
        .list(Engagement.VENUE_CLAIMS, Engagement::venueClaims,
            EngagementBuilder::addVenueClaim, VENUE_CLAIM)
        .list(Engagement.PARTICIPANTS, Engagement::participants,
            EngagementBuilder::addParticipant, PARTICIPANT)
        .optional(Engagement.PART_OF, Engagement::partOf, EngagementBuilder::partOf, ref())
        .optional(Engagement.REPLACES, Engagement::replaces, EngagementBuilder::replaces, ref())
        .list(Engagement.TOPICS, Engagement::topics, EngagementBuilder::addTopic, ref())
        .list(Engagement.EVIDENCE, Engagement::evidence, EngagementBuilder::addEvidence,
            EVIDENCE)
        .build());
  }

  static final UnionCodec<Engagement> ENGAGEMENT = new UnionCodec<>("Engagement",
      "an engagement", List.of(
          engagement(Dialogue.class, "dialogue", "a dialogue", Dialogue::builder, own -> own
              .required(Dialogue.SERIES, Dialogue::series, Dialogue.Builder::series, ref())
              .optionalInt(Dialogue.ORDINAL, Dialogue::ordinal, Dialogue.Builder::ordinal)
              .optional(Dialogue.ROUND, Dialogue::round, Dialogue.Builder::round, YEAR)),
          engagement(Meeting.class, "meeting", "a meeting", Meeting::builder, own -> own
              .required(Meeting.KIND, Meeting::kind, Meeting.Builder::kind,
                  enumeration(MeetingKind.class, "a kind of meeting")))));

  static final ObjectCodec<ChangeReason, ChangeReason.Builder> CHANGE_REASON =
      ObjectCodec.of(ChangeReason.class, ChangeReason::builder)
          .describedAs("a change's reason")
          .required(ChangeReason.KIND, ChangeReason::kind, ChangeReason.Builder::kind,
              enumeration(ReasonKind.class, "a kind of reason"))
          .optional(ChangeReason.SIDE, ChangeReason::side, ChangeReason.Builder::side, ref())
          .optional(ChangeReason.WORDING, ChangeReason::wording, ChangeReason.Builder::wording,
              TEXT)
          .list(ChangeReason.EVIDENCE, ChangeReason::evidence,
              ChangeReason.Builder::addEvidence, EVIDENCE)
          .build();

  /**
   * The members of a meeting change but its alternatives, in order; the alternatives come last,
   * and only on the first account of a step: an alternative account has no alternatives.
   */
  private static ObjectCodec.Builder<MeetingChange, MeetingChange.Builder> change() {
    return ObjectCodec.of(MeetingChange.class, MeetingChange::builder)
        .required(MeetingChange.STATUS, MeetingChange::status, MeetingChange.Builder::status,
            enumeration(PlannedStatus.class, "a planned meeting's status"))
        .optional(MeetingChange.DATE, MeetingChange::date, MeetingChange.Builder::date,
            FUZZY_DATE)
        .optional(MeetingChange.INITIATOR, MeetingChange::initiator,
            MeetingChange.Builder::initiator, ref())
        .list(MeetingChange.WINDOWS, MeetingChange::windows, MeetingChange.Builder::addWindow,
            DATE_CLAIM)
        .optional(MeetingChange.HOST, MeetingChange::host, MeetingChange.Builder::host, ref())
        .optional(MeetingChange.VENUE, MeetingChange::venue, MeetingChange.Builder::venue, VENUE)
        .optional(MeetingChange.REASON, MeetingChange::reason, MeetingChange.Builder::reason,
            CHANGE_REASON)
        .optional(MeetingChange.HELD_AS, MeetingChange::heldAs, MeetingChange.Builder::heldAs,
            ref())
        .optional(MeetingChange.ANNOUNCED_IN, MeetingChange::announcedIn,
            MeetingChange.Builder::announcedIn, ref())
        .optional(MeetingChange.CONFIRMATION, MeetingChange::confirmation,
            MeetingChange.Builder::confirmation, CONFIRMATION)
        .list(MeetingChange.EVIDENCE, MeetingChange::evidence,
            MeetingChange.Builder::addEvidence, EVIDENCE);
  }

  static final ObjectCodec<MeetingChange, MeetingChange.Builder> ALTERNATIVE_CHANGE =
      change().named("AlternativeChange").describedAs("an alternative account of a change").build();

  static final ObjectCodec<MeetingChange, MeetingChange.Builder> MEETING_CHANGE =
      change().describedAs("a meeting change")
          .list(MeetingChange.ALTERNATIVES, MeetingChange::alternatives,
              MeetingChange.Builder::addAlternative, ALTERNATIVE_CHANGE)
          .build();

  static final ObjectCodec<PlannedMeeting, PlannedMeeting.Builder> PLANNED_MEETING =
      ObjectCodec.of(PlannedMeeting.class, PlannedMeeting::builder)
          .describedAs("a planned meeting")
          .required(PlannedMeeting.ID, PlannedMeeting::id, PlannedMeeting.Builder::id, ID)
          .optional(PlannedMeeting.TITLE, PlannedMeeting::title, PlannedMeeting.Builder::title,
              TEXT)
          .optional(PlannedMeeting.KIND, PlannedMeeting::kind, PlannedMeeting.Builder::kind,
              enumeration(MeetingKind.class, "a kind of meeting"))
          .optional(PlannedMeeting.SERIES, PlannedMeeting::series, PlannedMeeting.Builder::series,
              ref())
          .optionalInt(PlannedMeeting.ORDINAL, PlannedMeeting::ordinal,
              PlannedMeeting.Builder::ordinal)
          .list(PlannedMeeting.SIDES, PlannedMeeting::sides, PlannedMeeting.Builder::addSide,
              ref())
          .items(2, 2, true)
          .optional(PlannedMeeting.HOST, PlannedMeeting::host, PlannedMeeting.Builder::host, ref())
          .list(PlannedMeeting.PRINCIPALS, PlannedMeeting::principals,
              PlannedMeeting.Builder::addPrincipal, ref())
          .list(PlannedMeeting.TOPICS, PlannedMeeting::topics,
              PlannedMeeting.Builder::addTopic, ref())
          .list(PlannedMeeting.LIFECYCLE, PlannedMeeting::lifecycle,
              PlannedMeeting.Builder::addLifecycle, MEETING_CHANGE)
          .items(1, -1, false)
          .optional(PlannedMeeting.CONFIRMATION, PlannedMeeting::confirmation,
              PlannedMeeting.Builder::confirmation, CONFIRMATION)
          .list(PlannedMeeting.EVIDENCE, PlannedMeeting::evidence,
              PlannedMeeting.Builder::addEvidence, EVIDENCE)
          .list(PlannedMeeting.DENIED_BY, PlannedMeeting::deniedBy,
              PlannedMeeting.Builder::addDeniedBy, EVIDENCE)
          .build();
}
