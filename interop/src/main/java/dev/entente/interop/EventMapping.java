package dev.entente.interop;

import dev.entente.model.MeetingKind;
import dev.entente.model.PlannedStatus;
import dev.entente.model.ObjectRole;
import dev.entente.model.Position;
import dev.entente.model.PositionKind;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;

/**
 * The mapping of Entente engagements, positions and planned meetings to CAMEO codes and PLOVER
 * events. The codes are chosen here; their descriptions, Goldstein scores, quad classes and PLOVER
 * events come from the reference tables ({@link CameoCodebook}). {@code interop/MAPPING.md} gives
 * the whole table with the reasons.
 */
public final class EventMapping {

  private static final CameoCodebook BOOK = CameoCodebook.standard();

  /** The reason a kind of position has no PLOVER record: PLOVER dropped CAMEO's 01x statements. */
  static final String NO_PLOVER_STATEMENT =
      "PLOVER dropped CAMEO's 01x public statements and has no category for it; no PLOVER record"
          + " is written rather than the nearest category";

  private EventMapping() {}

  /**
   * The coding of a position of this kind (for an agreement to meet, see {@link
   * #agreementToMeet()}). Where PLOVER has no category, {@link Coding#plover()} is empty and the
   * PLOVER export writes no record for the position (it reports the loss); the nearest category
   * is never put in its place.
   *
   * <ul>
   *   <li>CONDEMN → 111 criticize or denounce; PLOVER ACCUSE, disapprove.
   *   <li>EXPRESS_CONCERN → 012 make pessimistic comment; no PLOVER category.
   *   <li>WELCOME, SUPPORT, APPRECIATE → 051 praise or endorse; PLOVER SUPPORT ("express support
   *       for, commend, approve policy, action, or actor").
   *   <li>RECOGNISE → 010 make statement; no PLOVER category.
   *   <li>AGREE (other than to meet) → 019 express accord: Entente does not tell an agreement to
   *       act from an agreed assessment, and 019 fits both; no PLOVER category (PLOVER AGREE is
   *       an intent to cooperate).
   *   <li>COMMIT, INTEND → 030 express intent to cooperate; PLOVER AGREE.
   *   <li>MONITOR → 090 investigate; PLOVER ACCUSE, investigate.
   *   <li>HOPE → 013 make optimistic comment; no PLOVER category.
   *   <li>OPPOSE → 120 reject; PLOVER REJECT.
   *   <li>CALL_ON → 020 appeal; PLOVER REQUEST ("all requests, demands, and orders").
   *   <li>EXPRESS_INTEREST → 014 consider policy option; no PLOVER category.
   *   <li>ACCUSE → 112 accuse; PLOVER ACCUSE, disapprove.
   *   <li>DENY → 016 deny responsibility; PLOVER REJECT ("all rejections and refusals").
   * </ul>
   */
  public static Coding position(PositionKind kind) {
    switch (kind) {
      case CONDEMN:
        return table("111");
      case EXPRESS_CONCERN:
        return noPlover("012", "express concern: CAMEO 012 (make pessimistic comment); "
            + NO_PLOVER_STATEMENT);
      case WELCOME:
      case SUPPORT:
      case APPRECIATE:
        // Neither codebook has thanks; 051 (praise or endorse) covers commending an actor or its
        // action, and PLOVER SUPPORT covers "commend, approve policy, action, or actor".
        return table("051");
      case RECOGNISE:
        return noPlover("010", "recognise or take note: CAMEO 010 (make statement); "
            + NO_PLOVER_STATEMENT);
      case AGREE:
        return noPlover("019", "an agreement other than to meet: CAMEO 019 (express accord), since"
            + " an agreed assessment and an agreement to act cannot be told apart; PLOVER AGREE"
            + " is an intent to cooperate, so " + NO_PLOVER_STATEMENT.substring(0, 1).toLowerCase(java.util.Locale.ROOT)
            + NO_PLOVER_STATEMENT.substring(1));
      case COMMIT:
      case INTEND:
        return table("030");
      case MONITOR:
        return table("090");
      case HOPE:
        return noPlover("013", "express hope: CAMEO 013 (make optimistic comment); "
            + NO_PLOVER_STATEMENT);
      case OPPOSE:
        return table("120");
      case CALL_ON:
        // PLOVER has no row for CAMEO's 02x appeals, but its REQUEST covers "all requests,
        // demands, and orders", which is what a call on an actor is.
        return new Coding(Optional.of(BOOK.get("020")),
            Optional.of(new PloverEvent("REQUEST", Optional.empty(), List.of())), false,
            Optional.empty());
      case EXPRESS_INTEREST:
        return noPlover("014", "express interest: CAMEO 014 (consider policy option); "
            + NO_PLOVER_STATEMENT);
      case ACCUSE:
        return table("112");
      case DENY:
        // No CAMEO->PLOVER row for 016; PLOVER REJECT covers "all rejections and refusals",
        // a denial of a claim among them.
        return new Coding(Optional.of(BOOK.get("016")),
            Optional.of(new PloverEvent("REJECT", Optional.empty(), List.of())), false,
            Optional.empty());
      default:
        throw new IllegalArgumentException("unmapped position kind " + kind);
    }
  }

  /**
   * The roles of a position's object actors that make them recipients of its event, by the
   * position's kind ({@link ObjectRole}); a {@link ObjectRole#MENTIONED} actor never is one.
   *
   * <ul>
   *   <li>Conflict kinds (CONDEMN, ACCUSE, EXPRESS_CONCERN, MONITOR, OPPOSE, DENY): the actor whose
   *       conduct it is, and an addressee.
   *   <li>CALL_ON: the addressee only.
   *   <li>Approval kinds (WELCOME, SUPPORT, APPRECIATE, RECOGNISE, HOPE): the subject, the actor
   *       whose conduct is approved, and an addressee.
   *   <li>Intent kinds (AGREE, COMMIT, INTEND, EXPRESS_INTEREST): an addressee only. The subject of
   *       a pledge may be the party cooperated with or the party deterred, which the model does
   *       not tell apart: making it the recipient of cooperation could invert the meaning.
   * </ul>
   *
   * @param position the position
   * @param coding its coding
   * @return the roles whose actors are recipients
   */
  static Set<ObjectRole> recipientRoles(Position position, Coding coding) {
    switch (position.kind()) {
      case CONDEMN:
      case ACCUSE:
      case EXPRESS_CONCERN:
      case MONITOR:
      case OPPOSE:
      case DENY:
        return EnumSet.of(ObjectRole.CONDUCT, ObjectRole.ADDRESSEE);
      case CALL_ON:
        return EnumSet.of(ObjectRole.ADDRESSEE);
      case WELCOME:
      case SUPPORT:
      case APPRECIATE:
      case RECOGNISE:
      case HOPE:
        return EnumSet.of(ObjectRole.SUBJECT, ObjectRole.CONDUCT, ObjectRole.ADDRESSEE);
      case AGREE:
      case COMMIT:
      case INTEND:
      case EXPRESS_INTEREST:
        return EnumSet.of(ObjectRole.ADDRESSEE);
      default:
        throw new IllegalArgumentException("unmapped position kind " + position.kind());
    }
  }

  /**
   * The coding of an agreement to hold a meeting ({@code Agreement#plannedMeeting()} present),
   * and of a planned meeting agreed: 036 express intent to meet or negotiate; PLOVER AGREE (the
   * PLOVER manual codes references to future meetings as AGREE).
   */
  public static Coding agreementToMeet() {
    return table("036");
  }

  /**
   * The coding of one change in a planned meeting's lifecycle; empty for {@code HELD}, whose
   * record is the engagement held. PROPOSED, AGREED, SCHEDULED, RESCHEDULED, RELOCATED and
   * POSTPONED are references to a future meeting: 036, PLOVER AGREE, with the status in the
   * comment where it is not simply AGREED. CANCELLED has no code in either codebook.
   */
  public static Optional<Coding> plannedMeeting(PlannedStatus status) {
    switch (status) {
      case AGREED:
        return Optional.of(agreementToMeet());
      case PROPOSED:
      case SCHEDULED:
      case RESCHEDULED:
      case RELOCATED:
      case POSTPONED:
        return Optional.of(withComment(agreementToMeet(),
            "a meeting " + status.name().toLowerCase(java.util.Locale.ROOT)
                + ": neither codebook has a category for it; coded as a reference to a future"
                + " meeting"));
      case CANCELLED:
        return Optional.of(new Coding(Optional.empty(), Optional.empty(), false, Optional.of(
            "a meeting cancelled: neither CAMEO nor PLOVER has a code for a cancelled meeting")));
      case HELD:
        return Optional.empty();
      default:
        throw new IllegalArgumentException("unmapped status " + status);
    }
  }

  /**
   * The coding of a side's part in a session of a dialogue series: 042 for the visitor, 043 for
   * the host, 046 engage in negotiation where no host is recorded, 044 at a third location.
   */
  public static Coding dialogue(EngagementRole role) {
    return hosted(role, "046");
  }

  /**
   * The coding of a side's part in a meeting of this kind.
   *
   * <ul>
   *   <li>MEETING, COURTESY_CALL, VISIT, STATE_VISIT → 042 visitor, 043 host, 040 consult where no
   *       host is recorded, 044 at a third location.
   *   <li>SUMMIT → as a dialogue: 042, 043, 046, 044.
   *   <li>PHONE_CALL → 041 discuss by telephone, PLOVER CONSULT, phone.
   *   <li>VIDEO_CALL → 041 with a comment: neither codebook has video calls.
   *   <li>SIGNING → 057 sign formal agreement, PLOVER SUPPORT.
   * </ul>
   */
  public static Coding meeting(MeetingKind kind, EngagementRole role) {
    switch (kind) {
      case MEETING:
      case COURTESY_CALL:
      case VISIT:
      case STATE_VISIT:
        return hosted(role, "040");
      case SUMMIT:
        return hosted(role, "046");
      case PHONE_CALL:
        return table("041");
      case VIDEO_CALL:
        return withComment(table("041"),
            "a video call: neither CAMEO nor PLOVER has one; coded as 041 discuss by telephone,"
                + " PLOVER mode phone");
      case SIGNING:
        return table("057");
      default:
        throw new IllegalArgumentException("unmapped meeting kind " + kind);
    }
  }

  private static Coding hosted(EngagementRole role, String noHost) {
    switch (role) {
      case VISITOR:
        return table("042");
      case HOST:
        return table("043");
      case THIRD_LOCATION:
        return table("044");
      case NO_HOST:
        return table(noHost);
      default:
        throw new IllegalArgumentException("unmapped role " + role);
    }
  }

  private static Coding table(String code) {
    CameoCode cameo = BOOK.get(code);
    PloverEvent plover = BOOK.plover(code)
        .orElseThrow(() -> new IllegalStateException("no PLOVER row for CAMEO " + code));
    return new Coding(Optional.of(cameo), Optional.of(plover), false, Optional.empty());
  }

  private static Coding noPlover(String code, String comment) {
    if (BOOK.plover(code).isPresent()) {
      throw new IllegalStateException("CAMEO " + code + " has a PLOVER row; use it");
    }
    return new Coding(Optional.of(BOOK.get(code)), Optional.empty(), false, Optional.of(comment));
  }

  private static Coding withComment(Coding coding, String comment) {
    return new Coding(coding.cameo(), coding.plover(), false, Optional.of(comment));
  }
}
