package dev.entente.interop;

import dev.entente.model.MeetingKind;
import dev.entente.model.PlannedStatus;
import dev.entente.model.PositionKind;
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

  /** PLOVER, like CAMEO, has no "express concern"; see {@link #position(PositionKind)}. */
  static final String NO_CONCERN =
      "neither CAMEO nor PLOVER has a category for \"express concern\": CAMEO 012 (make"
          + " pessimistic comment) is the nearest code, and PLOVER, which dropped CAMEO's 01x"
          + " statements, gets its nearest category ACCUSE without a mode";

  private EventMapping() {}

  /**
   * The coding of a position of this kind (for an agreement to meet, see {@link
   * #agreementToMeet()}).
   *
   * <ul>
   *   <li>CONDEMN → 111 criticize or denounce; PLOVER ACCUSE, disapprove.
   *   <li>EXPRESS_CONCERN → 012 make pessimistic comment; PLOVER has no category: ACCUSE (nearest).
   *   <li>WELCOME, SUPPORT → 051 praise or endorse; PLOVER SUPPORT.
   *   <li>RECOGNISE → 010 make statement; PLOVER has no category: SUPPORT (nearest).
   *   <li>AGREE → 030 express intent to cooperate; PLOVER AGREE.
   *   <li>COMMIT → 030 express intent to cooperate; PLOVER AGREE.
   *   <li>MONITOR → 090 investigate; PLOVER ACCUSE, investigate.
   *   <li>HOPE → 013 make optimistic comment; PLOVER has no category: SUPPORT (nearest).
   *   <li>OPPOSE → 120 reject; PLOVER REJECT.
   *   <li>CALL_ON → 020 appeal; PLOVER has no category: REQUEST (nearest).
   *   <li>EXPRESS_INTEREST → 014 consider policy option; PLOVER has no category: AGREE (nearest).
   *   <li>APPRECIATE → 051 praise or endorse (neither codebook has thanks); PLOVER SUPPORT.
   *   <li>INTEND → 030 express intent to cooperate; PLOVER AGREE.
   *   <li>ACCUSE → 112 accuse; PLOVER ACCUSE, disapprove.
   *   <li>DENY → 016 deny responsibility; PLOVER has no category: REJECT (nearest).
   * </ul>
   */
  public static Coding position(PositionKind kind) {
    switch (kind) {
      case CONDEMN:
        return table("111");
      case EXPRESS_CONCERN:
        return nearest("012", "ACCUSE", NO_CONCERN);
      case WELCOME:
        return table("051");
      case SUPPORT:
        return table("051");
      case RECOGNISE:
        return nearest("010", "SUPPORT",
            "recognise or take note: CAMEO has only 010 (make statement), and PLOVER, which dropped"
                + " CAMEO's 01x statements, has no category; SUPPORT is the nearest");
      case AGREE:
        return table("030");
      case COMMIT:
        return table("030");
      case MONITOR:
        return table("090");
      case HOPE:
        return nearest("013", "SUPPORT",
            "express hope: CAMEO has only 013 (make optimistic comment), and PLOVER, which dropped"
                + " CAMEO's 01x statements, has no category; SUPPORT is the nearest");
      case OPPOSE:
        return table("120");
      case CALL_ON:
        return nearest("020", "REQUEST",
            "call on: CAMEO 020 (appeal); PLOVER dropped CAMEO's 02x appeals and has no category;"
                + " REQUEST is the nearest");
      case EXPRESS_INTEREST:
        return nearest("014", "AGREE",
            "express interest: CAMEO 014 (consider policy option) is the nearest code, and PLOVER,"
                + " which dropped CAMEO's 01x statements, has no category; AGREE is the nearest");
      case APPRECIATE:
        // Neither codebook has thanks; 051 (praise or endorse) covers commending an actor or its
        // action, and has a PLOVER row, so the record carries no "nearest" comment.
        return table("051");
      case INTEND:
        return table("030");
      case ACCUSE:
        return table("112");
      case DENY:
        return nearest("016", "REJECT",
            "deny: CAMEO 016 (deny responsibility), and PLOVER, which dropped CAMEO's 01x"
                + " statements, has no category; REJECT is the nearest");
      default:
        throw new IllegalArgumentException("unmapped position kind " + kind);
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

  private static Coding nearest(String code, String ploverEvent, String comment) {
    if (BOOK.plover(code).isPresent()) {
      throw new IllegalStateException("CAMEO " + code + " has a PLOVER row; use it");
    }
    return new Coding(
        Optional.of(BOOK.get(code)),
        Optional.of(new PloverEvent(ploverEvent, Optional.empty(), List.of())),
        true,
        Optional.of(comment));
  }

  private static Coding withComment(Coding coding, String comment) {
    return new Coding(coding.cameo(), coding.plover(), coding.isPloverNearest(), Optional.of(comment));
  }
}
