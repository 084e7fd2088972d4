package dev.entente.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * What a user would write without Entente: plain Java 17 records that mirror the JSON one to one,
 * for a default Jackson 3 {@code JsonMapper}. Every member of every type is here, so these read
 * the very documents Entente reads; codes and EDTF values are strings, arrays are lists, absent
 * members are {@code null}, and nothing is validated. The {@code type} member of a sealed
 * hierarchy is Jackson's name-based type id. Members that are null or empty are left out when
 * writing, as Entente leaves them out.
 *
 * <p>Generated from the member tables of {@code serialization/FORMAT.md}; {@code
 * PlainMirrorTest} checks them against the shipped JSON Schema, member by member.
 */
public final class Plain {

  private Plain() {}

  /** The {@code type} member names the kind. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = State.class, name = "state"),
    @JsonSubTypes.Type(value = Grouping.class, name = "grouping"),
    @JsonSubTypes.Type(value = GovernmentBody.class, name = "government-body"),
    @JsonSubTypes.Type(value = Person.class, name = "person")
  })
  public sealed interface Actor permits State, Grouping, GovernmentBody, Person {}

  /** The {@code type} member names the kind. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = Dialogue.class, name = "dialogue"),
    @JsonSubTypes.Type(value = Meeting.class, name = "meeting")
  })
  public sealed interface Engagement permits Dialogue, Meeting {}

  /** The {@code type} member names the kind. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = JointStatement.class, name = "joint-statement"),
    @JsonSubTypes.Type(value = UnilateralStatement.class, name = "unilateral-statement"),
    @JsonSubTypes.Type(value = Remarks.class, name = "remarks")
  })
  public sealed interface Statement permits JointStatement, UnilateralStatement, Remarks {}

  /** The {@code type} member names the kind. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = Condemnation.class, name = "condemnation"),
    @JsonSubTypes.Type(value = Concern.class, name = "concern"),
    @JsonSubTypes.Type(value = Welcome.class, name = "welcome"),
    @JsonSubTypes.Type(value = Support.class, name = "support"),
    @JsonSubTypes.Type(value = Recognition.class, name = "recognition"),
    @JsonSubTypes.Type(value = Agreement.class, name = "agreement"),
    @JsonSubTypes.Type(value = Commitment.class, name = "commitment"),
    @JsonSubTypes.Type(value = Monitoring.class, name = "monitoring"),
    @JsonSubTypes.Type(value = Hope.class, name = "hope"),
    @JsonSubTypes.Type(value = Opposition.class, name = "opposition"),
    @JsonSubTypes.Type(value = Appeal.class, name = "appeal"),
    @JsonSubTypes.Type(value = Interest.class, name = "interest"),
    @JsonSubTypes.Type(value = Appreciation.class, name = "appreciation"),
    @JsonSubTypes.Type(value = Intention.class, name = "intention"),
    @JsonSubTypes.Type(value = Accusation.class, name = "accusation"),
    @JsonSubTypes.Type(value = Denial.class, name = "denial")
  })
  public sealed interface Position permits Condemnation, Concern, Welcome, Support, Recognition,
      Agreement, Commitment, Monitoring, Hope, Opposition, Appeal, Interest, Appreciation,
      Intention, Accusation, Denial {}

  /** {@code Dossier}, member by member. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Dossier(
      String entente,
      String id,
      String title,
      String description,
      List<Actor> actors,
      List<Office> offices,
      List<DialogueSeries> series,
      List<Engagement> engagements,
      List<PlannedMeeting> plannedMeetings,
      List<Statement> statements,
      List<Instrument> instruments,
      List<Topic> topics,
      List<Source> sources) {}

  /** {@code State}, member by member. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record State(
      String id,
      String country,
      String name,
      List<String> externalIds) implements Actor {}

  /** {@code Grouping}, member by member. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Grouping(
      String id,
      String name,
      String fullName,
      String kind,
      List<String> members,
      String partOf,
      List<String> externalIds) implements Actor {}

  /** {@code GovernmentBody}, member by member. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record GovernmentBody(
      String id,
      String name,
      String government,
      String partOf,
      List<String> externalIds) implements Actor {}

  /** {@code Person}, member by member. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Person(
      String id,
      String name,
      List<PersonName> names,
      List<Wording> aliases,
      List<Tenure> tenures,
      List<String> externalIds) implements Actor {}

  /** {@code PersonName}, member by member. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record PersonName(
      String text,
      String family,
      String given,
      String order,
      String script,
      String language,
      String romanization) {}

  /** {@code Wording}, member by member. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Wording(
      String text,
      List<Evidence> evidence) {}

  /** {@code Evidence}, member by member. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Evidence(
      String source,
      String quote,
      String note) {}

  /** {@code Tenure}, member by member. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Tenure(
      String office,
      Term term,
      Integer ordinal,
      List<Evidence> evidence) {}

  /** {@code Term}, member by member. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Term(
      String start,
      String end) {}

  /** {@code Office}, member by member. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Office(
      String id,
      String title,
      String shortTitle,
      String kind,
      String jurisdiction,
      String body,
      List<String> externalIds) {}

  /** {@code DialogueSeries}, member by member. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record DialogueSeries(
      String id,
      String name,
      List<String> sides,
      String level,
      List<String> principalKinds,
      String established,
      List<Evidence> evidence) {}

  /** {@code Dialogue}, member by member. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Dialogue(
      String id,
      String series,
      Integer ordinal,
      String round,
      String title,
      List<String> sides,
      String host,
      String initiator,
      List<ActorClaim> hostClaims,
      String date,
      String startsAt,
      List<DateClaim> dateClaims,
      Venue venue,
      List<VenueClaim> venueClaims,
      List<Participant> participants,
      String partOf,
      String replaces,
      List<String> topics,
      List<Evidence> evidence) implements Engagement {}

  /** {@code DateClaim}, member by member. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record DateClaim(
      String value,
      String wording,
      String reference,
      List<Evidence> evidence) {}

  /** {@code ActorClaim}, member by member. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record ActorClaim(
      String value,
      String wording,
      List<Evidence> evidence) {}

  /** {@code VenueClaim}, member by member. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record VenueClaim(
      Venue value,
      String wording,
      List<Evidence> evidence) {}

  /** {@code Venue}, member by member. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Venue(
      String country,
      String city,
      String district,
      String building,
      List<String> externalIds) {}

  /** {@code Participant}, member by member. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Participant(
      String person,
      String side,
      String office,
      List<String> offices,
      List<String> roles,
      List<Wording> titlesAsWritten) {}

  /** {@code Meeting}, member by member. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Meeting(
      String id,
      String kind,
      String title,
      List<String> sides,
      String host,
      String initiator,
      List<ActorClaim> hostClaims,
      String date,
      String startsAt,
      List<DateClaim> dateClaims,
      Venue venue,
      List<VenueClaim> venueClaims,
      List<Participant> participants,
      String partOf,
      String replaces,
      List<String> topics,
      List<Evidence> evidence) implements Engagement {}

  /** {@code PlannedMeeting}, member by member. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record PlannedMeeting(
      String id,
      String title,
      String kind,
      String series,
      Integer ordinal,
      List<String> sides,
      String host,
      List<String> principals,
      List<String> topics,
      List<MeetingChange> lifecycle,
      String confirmation,
      List<Evidence> evidence,
      List<Evidence> deniedBy) {}

  /** {@code MeetingChange}, member by member. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record MeetingChange(
      String status,
      String date,
      String initiator,
      List<DateClaim> windows,
      String host,
      Venue venue,
      ChangeReason reason,
      String heldAs,
      String announcedIn,
      String confirmation,
      List<Evidence> evidence,
      List<AlternativeChange> alternatives) {}

  /** {@code AlternativeChange}, member by member: a {@code MeetingChange} but alternatives. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record AlternativeChange(
      String status,
      String date,
      String initiator,
      List<DateClaim> windows,
      String host,
      Venue venue,
      ChangeReason reason,
      String heldAs,
      String announcedIn,
      String confirmation,
      List<Evidence> evidence) {}

  /** {@code ChangeReason}, member by member. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record ChangeReason(
      String kind,
      String side,
      String wording,
      List<Evidence> evidence) {}

  /** {@code JointStatement}, member by member. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record JointStatement(
      String id,
      List<String> issuers,
      String kind,
      List<Attribution> signatories,
      String title,
      String date,
      List<DateClaim> dateClaims,
      String engagement,
      List<StatementRelation> relations,
      List<String> topics,
      List<Position> positions,
      String confirmation,
      List<Evidence> evidence) implements Statement {}

  /** {@code Attribution}, member by member. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Attribution(
      String person,
      String office) {}

  /** {@code StatementRelation}, member by member. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record StatementRelation(
      String kind,
      String target,
      List<Evidence> evidence) {}

  /** {@code Instrument}, member by member. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Instrument(
      String id,
      String kind,
      String title,
      List<String> parties,
      List<String> topics,
      String text,
      String signing,
      List<Signatory> signatories,
      List<Attribution> witnesses,
      List<EntryCondition> conditions,
      List<InstrumentStep> history,
      List<Evidence> evidence) {}

  /** {@code Signatory}, member by member. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Signatory(
      String person,
      String office,
      String party) {}

  /** {@code EntryCondition}, member by member. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record EntryCondition(
      String kind,
      String wording,
      List<Evidence> evidence) {}

  /** {@code InstrumentStep}, member by member. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record InstrumentStep(
      String status,
      String date,
      String party,
      String wording,
      String confirmation,
      List<Evidence> evidence,
      List<AlternativeStep> alternatives) {}

  /** {@code AlternativeStep}, member by member: an {@code InstrumentStep} but alternatives. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record AlternativeStep(
      String status,
      String date,
      String party,
      String wording,
      String confirmation,
      List<Evidence> evidence) {}

  /** {@code Condemnation}, member by member. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Condemnation(
      List<String> holders,
      List<PositionObject> objects,
      Intensity intensity,
      List<String> grounds,
      List<String> topics,
      String wording,
      Reiteration reiteration,
      DateClaim period,
      Mutuality mutuality,
      List<Evidence> evidence) implements Position {}

  /** {@code PositionObject}, member by member. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record PositionObject(
      List<String> targets,
      List<ObjectActor> actors,
      String phenomenon,
      String conduct,
      Hedging hedging) {}

  /** {@code Hedging}, member by member. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Hedging(
      String level,
      String wording) {}

  /** {@code Intensity}, member by member. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Intensity(
      String level,
      String wording) {}

  /** {@code Concern}, member by member. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Concern(
      List<String> holders,
      List<PositionObject> objects,
      Intensity intensity,
      List<String> grounds,
      List<String> topics,
      String wording,
      Reiteration reiteration,
      DateClaim period,
      Mutuality mutuality,
      List<Evidence> evidence) implements Position {}

  /** {@code Welcome}, member by member. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Welcome(
      List<String> holders,
      List<PositionObject> objects,
      Intensity intensity,
      List<String> grounds,
      List<String> topics,
      String wording,
      Reiteration reiteration,
      DateClaim period,
      Mutuality mutuality,
      List<Evidence> evidence) implements Position {}

  /** {@code Support}, member by member. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Support(
      List<String> holders,
      List<PositionObject> objects,
      Intensity intensity,
      List<String> grounds,
      List<String> topics,
      String wording,
      Reiteration reiteration,
      DateClaim period,
      Mutuality mutuality,
      List<Evidence> evidence) implements Position {}

  /** {@code Recognition}, member by member. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Recognition(
      List<String> holders,
      List<PositionObject> objects,
      Intensity intensity,
      List<String> grounds,
      List<String> topics,
      String wording,
      Reiteration reiteration,
      DateClaim period,
      Mutuality mutuality,
      List<Evidence> evidence) implements Position {}

  /** {@code Agreement}, member by member. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Agreement(
      List<String> holders,
      List<PositionObject> objects,
      Intensity intensity,
      List<String> grounds,
      List<String> topics,
      String wording,
      Reiteration reiteration,
      DateClaim period,
      Mutuality mutuality,
      List<Evidence> evidence,
      String plannedMeeting) implements Position {}

  /** {@code Commitment}, member by member. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Commitment(
      List<String> holders,
      List<PositionObject> objects,
      Intensity intensity,
      List<String> grounds,
      List<String> topics,
      String wording,
      Reiteration reiteration,
      DateClaim period,
      Mutuality mutuality,
      List<Evidence> evidence) implements Position {}

  /** {@code Monitoring}, member by member. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Monitoring(
      List<String> holders,
      List<PositionObject> objects,
      Intensity intensity,
      List<String> grounds,
      List<String> topics,
      String wording,
      Reiteration reiteration,
      DateClaim period,
      Mutuality mutuality,
      List<Evidence> evidence) implements Position {}

  /** {@code Hope}, member by member. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Hope(
      List<String> holders,
      List<PositionObject> objects,
      Intensity intensity,
      List<String> grounds,
      List<String> topics,
      String wording,
      Reiteration reiteration,
      DateClaim period,
      Mutuality mutuality,
      List<Evidence> evidence) implements Position {}

  /** {@code Opposition}, member by member. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Opposition(
      List<String> holders,
      List<PositionObject> objects,
      Intensity intensity,
      List<String> grounds,
      List<String> topics,
      String wording,
      Reiteration reiteration,
      DateClaim period,
      Mutuality mutuality,
      List<Evidence> evidence) implements Position {}

  /** {@code Appeal}, member by member. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Appeal(
      List<String> holders,
      List<PositionObject> objects,
      Intensity intensity,
      List<String> grounds,
      List<String> topics,
      String wording,
      Reiteration reiteration,
      DateClaim period,
      Mutuality mutuality,
      List<Evidence> evidence) implements Position {}

  /** {@code Interest}, member by member. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Interest(
      List<String> holders,
      List<PositionObject> objects,
      Intensity intensity,
      List<String> grounds,
      List<String> topics,
      String wording,
      Reiteration reiteration,
      DateClaim period,
      Mutuality mutuality,
      List<Evidence> evidence) implements Position {}

  /** {@code Appreciation}, member by member. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Appreciation(
      List<String> holders,
      List<PositionObject> objects,
      Intensity intensity,
      List<String> grounds,
      List<String> topics,
      String wording,
      Reiteration reiteration,
      DateClaim period,
      Mutuality mutuality,
      List<Evidence> evidence) implements Position {}

  /** {@code Intention}, member by member. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Intention(
      List<String> holders,
      List<PositionObject> objects,
      Intensity intensity,
      List<String> grounds,
      List<String> topics,
      String wording,
      Reiteration reiteration,
      DateClaim period,
      Mutuality mutuality,
      List<Evidence> evidence) implements Position {}

  /** {@code Accusation}, member by member. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Accusation(
      List<String> holders,
      List<PositionObject> objects,
      Intensity intensity,
      List<String> grounds,
      List<String> topics,
      String wording,
      Reiteration reiteration,
      DateClaim period,
      Mutuality mutuality,
      List<Evidence> evidence) implements Position {}

  /** {@code Denial}, member by member. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Denial(
      List<String> holders,
      List<PositionObject> objects,
      Intensity intensity,
      List<String> grounds,
      List<String> topics,
      String wording,
      Reiteration reiteration,
      DateClaim period,
      Mutuality mutuality,
      List<Evidence> evidence) implements Position {}

  /** {@code ObjectActor}, member by member. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record ObjectActor(
      String actor,
      String role) {}

  /** {@code Reiteration}, member by member. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Reiteration(
      String wording,
      String previous,
      String since,
      List<Evidence> evidence) {}

  /** {@code Mutuality}, member by member. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Mutuality(
      String kind,
      String wording) {}

  /** {@code UnilateralStatement}, member by member. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record UnilateralStatement(
      String id,
      String kind,
      String issuer,
      Attribution by,
      String title,
      String date,
      List<DateClaim> dateClaims,
      String engagement,
      List<StatementRelation> relations,
      List<String> topics,
      List<Position> positions,
      String confirmation,
      List<Evidence> evidence) implements Statement {}

  /** {@code Remarks}, member by member. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Remarks(
      String id,
      Attribution speaker,
      String side,
      String quote,
      String title,
      String date,
      List<DateClaim> dateClaims,
      String engagement,
      List<StatementRelation> relations,
      List<String> topics,
      List<Position> positions,
      String confirmation,
      List<Evidence> evidence) implements Statement {}

  /** {@code Topic}, member by member. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Topic(
      String id,
      String label,
      String kind,
      List<String> parents,
      String owner,
      String description,
      String date,
      Venue venue,
      List<String> externalIds,
      List<Evidence> evidence) {}

  /** {@code Source}, member by member. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Source(
      String id,
      String kind,
      String title,
      String publisher,
      List<String> authors,
      String section,
      String published,
      String publishedAt,
      String localTime,
      String url,
      String language,
      String originalLanguage,
      String note) {}
}
