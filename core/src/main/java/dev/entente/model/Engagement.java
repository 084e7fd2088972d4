package dev.entente.model;

import dev.entente.time.FuzzyDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Something that happened between exactly two sides: a {@link Dialogue} (one session of a
 * recurring format) or a {@link Meeting} (a meeting, courtesy call, phone call, visit, summit,
 * signing).
 *
 * <p>Bilateral means two sides, each a state or a grouping (the ROK and AUKUS is bilateral too).
 * Third parties appear as targets of positions or as issuers of their own statements, never as a
 * third side. Who took part is in {@link #participants()}, each on one of the two sides and in the
 * office held at the time.
 *
 * <pre>{@code
 * Engagement call = Meeting.builder()
 *     .id("lammy-calls-on-yoon")
 *     .kind(MeetingKind.COURTESY_CALL)
 *     .addSides(Ref.of("uk"), Ref.of("rok"))
 *     .host(Ref.of("rok"))
 *     .date(FuzzyDate.parse("2024-10-21"))
 *     .build();
 * }</pre>
 *
 * <p>The hierarchy is sealed, so on Java 21 and later a {@code switch} over an engagement can be
 * exhaustive, with no {@code default} (Entente itself is written in Java 17, which has no
 * patterns in {@code switch}):
 *
 * <pre>{@code
 * String label = switch (engagement) {
 *   case Dialogue dialogue -> "session " + dialogue.ordinal().orElse(0) + " of "
 *       + dialogue.series().id();
 *   case Meeting meeting -> meeting.kind().toString();
 * };
 * }</pre>
 */
public sealed interface Engagement extends Identified, Extensible permits AbstractDialogue, AbstractMeeting {

  /** {@value}: the name of {@link #title()}, in pointers and written forms. */
  String TITLE = "title";

  /** {@value}: the name of {@link #sides()}, in pointers and written forms. */
  String SIDES = "sides";

  /** {@value}: the name of {@link #host()}, in pointers and written forms. */
  String HOST = "host";

  /** {@value}: the name of {@link #initiator()}, in pointers and written forms. */
  String INITIATOR = "initiator";

  /** {@value}: the name of {@link #hostClaims()}, in pointers and written forms. */
  String HOST_CLAIMS = "hostClaims";

  /** {@value}: the name of {@link #date()}, in pointers and written forms. */
  String DATE = "date";

  /** {@value}: the name of {@link #startsAt()}, in pointers and written forms. */
  String STARTS_AT = "startsAt";

  /** {@value}: the name of {@link #dateClaims()}, in pointers and written forms. */
  String DATE_CLAIMS = "dateClaims";

  /** {@value}: the name of {@link #venue()}, in pointers and written forms. */
  String VENUE = "venue";

  /** {@value}: the name of {@link #venueClaims()}, in pointers and written forms. */
  String VENUE_CLAIMS = "venueClaims";

  /** {@value}: the name of {@link #participants()}, in pointers and written forms. */
  String PARTICIPANTS = "participants";

  /** {@value}: the name of {@link #partOf()}, in pointers and written forms. */
  String PART_OF = "partOf";

  /** {@value}: the name of {@link #replaces()}, in pointers and written forms. */
  String REPLACES = "replaces";

  /** {@value}: the name of {@link #topics()}, in pointers and written forms. */
  String TOPICS = "topics";

  /** {@value}: the name of {@link #evidence()}, in pointers and written forms. */
  String EVIDENCE = "evidence";

  /** A title, when the engagement has one. */
  Optional<String> title();

  /** The two sides, in no particular order. */
  List<Ref<Actor>> sides();

  /**
   * The side that hosts, if one does. Left out when sources disagree about it: their claims are
   * then in {@link #hostClaims()}.
   */
  Optional<Ref<Actor>> host();

  /** The side at whose request or invitation it took place ("at the request of"), if sources say. */
  Optional<Ref<Actor>> initiator();

  /**
   * What each source says about the host, where sources disagree or their words are worth
   * keeping; see {@link #hostFinding()}.
   */
  List<ActorClaim> hostClaims();

  /**
   * When it took place: a day, or a fuzzy time when that is all the sources give; empty when the
   * sources do not say, rather than a guessed range. A {@link Dialogue} without a date is known by
   * its ordinal or round in its series.
   */
  Optional<FuzzyDate> date();

  /**
   * When it began, to the minute and with its zone, when the sources give it (a call at 15:00 in
   * Seoul); its day lies within {@link #date()}, which an engagement with a start has.
   */
  Optional<ZonedDateTime> startsAt();

  /** What each source says about the date, in its own words, where that is worth keeping. */
  List<DateClaim> dateClaims();

  /**
   * Where it took place. Left out when sources disagree about it: their claims are then in
   * {@link #venueClaims()}.
   */
  Optional<Venue> venue();

  /**
   * What each source says about the venue, where sources disagree or their words are worth
   * keeping; see {@link #venueFinding()}.
   */
  List<VenueClaim> venueClaims();

  /** The people who took part, each on a side and in an office. */
  List<Participant> participants();

  /** The larger engagement it was part of, such as the visit during which a call was paid. */
  Optional<Ref<Engagement>> partOf();

  /**
   * The planned meeting it was held instead of, when that one was cancelled or postponed and this
   * one took its place (a bilateral on the margins of a summit, in place of a called-off visit).
   */
  Optional<Ref<PlannedMeeting>> replaces();

  /** What was discussed. */
  List<Ref<Topic>> topics();

  /** The sources that report it. */
  List<Evidence> evidence();

  /**
   * The host, and how sure: the {@linkplain #hostClaims() claims} settle it when they all name one
   * side and dispute it when they name both; without claims, {@link #host()} is settled on the
   * engagement's evidence, and without a host it is unknown.
   *
   * @return the finding; the same whatever the order of claims and evidence
   */
  default Finding<Ref<Actor>> hostFinding() {
    return Findings.of(host(), evidence(), hostClaims(), Findings.REF_ORDER);
  }

  /**
   * The venue, and how sure: as {@link #hostFinding()}, from {@link #venueClaims()} and
   * {@link #venue()}.
   *
   * @return the finding; the same whatever the order of claims and evidence
   */
  default Finding<Venue> venueFinding() {
    return Findings.of(venue(), evidence(), venueClaims(), Findings.VENUE_ORDER);
  }

  /**
   * The date, and how sure: settled on {@link #date()} when the {@linkplain #dateClaims() date
   * claims} can all overlap (or there are none; then on the claims' common days if there is no
   * date), disputed when two of them cannot, each time with the sources that give it; unknown
   * when there is neither a date nor a claim.
   *
   * @return the finding; the same whatever the order of claims and evidence
   */
  default Finding<FuzzyDate> dateFinding() {
    return Findings.ofDates(date(), evidence(), dateClaims());
  }
}
