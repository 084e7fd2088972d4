package dev.entente.model;

import dev.entente.time.FuzzyDate;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * The builder of an {@link Engagement} of any kind: the attributes every engagement has, so that
 * they are set once for all kinds. {@code Dialogue.Builder} and {@code Meeting.Builder} implement
 * it.
 *
 * <pre>{@code
 * static <T extends Engagement, B extends EngagementBuilder<T, B>> T between(
 *     B builder, String id, FuzzyDate date) {
 *   return builder.id(id).addSide(Ref.of("rok")).addSide(Ref.of("uk")).date(date).build();
 * }
 * }</pre>
 *
 * @param <T> the kind of engagement built
 * @param <B> the builder's own type
 */
public interface EngagementBuilder<T extends Engagement, B extends EngagementBuilder<T, B>>
    extends ExtensibleBuilder<T, B> {

  /** Sets the id; see {@link Engagement#id()}. */
  B id(String id);

  /** Sets the title; see {@link Engagement#title()}. */
  B title(String title);

  /** Sets or clears the title; see {@link Engagement#title()}. */
  B title(Optional<String> title);

  /** Adds a side; see {@link Engagement#sides()}. */
  B addSide(Ref<Actor> side);

  /** Replaces the sides; see {@link Engagement#sides()}. */
  B sides(Iterable<? extends Ref<Actor>> sides);

  /** Adds sides; see {@link Engagement#sides()}. */
  B addAllSides(Iterable<? extends Ref<Actor>> sides);

  /** Sets the host; see {@link Engagement#host()}. */
  B host(Ref<Actor> host);

  /** Sets or clears the host; see {@link Engagement#host()}. */
  B host(Optional<? extends Ref<Actor>> host);

  /** Sets the initiator; see {@link Engagement#initiator()}. */
  B initiator(Ref<Actor> initiator);

  /** Sets or clears the initiator; see {@link Engagement#initiator()}. */
  B initiator(Optional<? extends Ref<Actor>> initiator);

  /** Adds a claim about the host; see {@link Engagement#hostClaims()}. */
  B addHostClaim(ActorClaim hostClaim);

  /** Replaces the claims about the host; see {@link Engagement#hostClaims()}. */
  B hostClaims(Iterable<? extends ActorClaim> hostClaims);

  /** Adds claims about the host; see {@link Engagement#hostClaims()}. */
  B addAllHostClaims(Iterable<? extends ActorClaim> hostClaims);

  /** Sets the date; see {@link Engagement#date()}. */
  B date(FuzzyDate date);

  /** Sets or clears the date; see {@link Engagement#date()}. */
  B date(Optional<? extends FuzzyDate> date);

  /** Sets the exact start; see {@link Engagement#startsAt()}. */
  B startsAt(ZonedDateTime startsAt);

  /** Sets or clears the exact start; see {@link Engagement#startsAt()}. */
  B startsAt(Optional<? extends ZonedDateTime> startsAt);

  /** Adds a date claim; see {@link Engagement#dateClaims()}. */
  B addDateClaim(DateClaim dateClaim);

  /** Replaces the date claims; see {@link Engagement#dateClaims()}. */
  B dateClaims(Iterable<? extends DateClaim> dateClaims);

  /** Adds date claims; see {@link Engagement#dateClaims()}. */
  B addAllDateClaims(Iterable<? extends DateClaim> dateClaims);

  /** Sets the venue; see {@link Engagement#venue()}. */
  B venue(Venue venue);

  /** Sets or clears the venue; see {@link Engagement#venue()}. */
  B venue(Optional<? extends Venue> venue);

  /** Adds a claim about the venue; see {@link Engagement#venueClaims()}. */
  B addVenueClaim(VenueClaim venueClaim);

  /** Replaces the claims about the venue; see {@link Engagement#venueClaims()}. */
  B venueClaims(Iterable<? extends VenueClaim> venueClaims);

  /** Adds claims about the venue; see {@link Engagement#venueClaims()}. */
  B addAllVenueClaims(Iterable<? extends VenueClaim> venueClaims);

  /** Adds a participant; see {@link Engagement#participants()}. */
  B addParticipant(Participant participant);

  /** Replaces the participants; see {@link Engagement#participants()}. */
  B participants(Iterable<? extends Participant> participants);

  /** Adds participants; see {@link Engagement#participants()}. */
  B addAllParticipants(Iterable<? extends Participant> participants);

  /** Sets the larger engagement; see {@link Engagement#partOf()}. */
  B partOf(Ref<Engagement> partOf);

  /** Sets or clears the larger engagement; see {@link Engagement#partOf()}. */
  B partOf(Optional<? extends Ref<Engagement>> partOf);

  /** Sets the planned meeting it replaced; see {@link Engagement#replaces()}. */
  B replaces(Ref<PlannedMeeting> replaces);

  /** Sets or clears the planned meeting it replaced; see {@link Engagement#replaces()}. */
  B replaces(Optional<? extends Ref<PlannedMeeting>> replaces);

  /** Adds a topic; see {@link Engagement#topics()}. */
  B addTopic(Ref<Topic> topic);

  /** Replaces the topics; see {@link Engagement#topics()}. */
  B topics(Iterable<? extends Ref<Topic>> topics);

  /** Adds topics; see {@link Engagement#topics()}. */
  B addAllTopics(Iterable<? extends Ref<Topic>> topics);

  /** Adds evidence; see {@link Engagement#evidence()}. */
  B addEvidence(Evidence evidence);

  /** Replaces the evidence; see {@link Engagement#evidence()}. */
  B evidence(Iterable<? extends Evidence> evidence);

  /** Adds evidence; see {@link Engagement#evidence()}. */
  B addAllEvidence(Iterable<? extends Evidence> evidence);
}
