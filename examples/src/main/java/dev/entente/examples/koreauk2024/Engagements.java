package dev.entente.examples.koreauk2024;

import static dev.entente.examples.koreauk2024.KoreaUkDialogue2024.*;
import static dev.entente.model.Evidence.quoting;

import dev.entente.model.CountryCode;
import dev.entente.model.DateClaim;
import dev.entente.model.Dialogue;
import dev.entente.model.DialogueSeries;
import dev.entente.model.Engagement;
import dev.entente.model.Evidence;
import dev.entente.model.Level;
import dev.entente.model.Meeting;
import dev.entente.model.MeetingChange;
import dev.entente.model.MeetingKind;
import dev.entente.model.OfficeKind;
import dev.entente.model.Participant;
import dev.entente.model.ParticipantRole;
import dev.entente.model.PlannedMeeting;
import dev.entente.model.PlannedStatus;
import dev.entente.model.Venue;
import dev.entente.model.Wording;
import dev.entente.time.FuzzyDate;
import dev.entente.time.RelativeTime;
import java.util.List;

/** The dialogue series, the engagements of 21 October 2024 and the planned 2+2. */
final class Engagements {

  private Engagements() {}

  static DialogueSeries strategicDialogue() {
    return DialogueSeries.builder()
        .id(STRATEGIC_DIALOGUE.id())
        .name("ROK-UK Foreign Ministerial Strategic Dialogue")
        .addSides(ROK, UK)
        .level(Level.MINISTERIAL)
        .addPrincipalKinds(OfficeKind.FOREIGN_MINISTER)
        .established(FuzzyDate.parse("2014-12"))
        .addEvidence(Evidence.builder()
            .source(MOFA_PRESS_RELEASE)
            .note("The 1st session was held in London in December 2014.")
            .build())
        .build();
  }

  static DialogueSeries twoPlusTwo() {
    return DialogueSeries.builder()
        .id(TWO_PLUS_TWO.id())
        .name("ROK-UK Foreign and Defence Ministerial 2+2 Meeting")
        .addSides(ROK, UK)
        .level(Level.MINISTERIAL)
        .addPrincipalKinds(OfficeKind.FOREIGN_MINISTER, OfficeKind.DEFENCE_MINISTER)
        .addEvidence(Evidence.of(KOREA_HERALD))
        .build();
  }

  static List<Engagement> all() {
    return List.of(
        earlierRound(1, "2014-12", "London", "GB", null),
        earlierRound(2, "2015-08-10", "Seoul", "KR", null),
        earlierRound(3, "2017-02-22", "London", "GB", "Lancaster House"),
        unknownRound(4),
        unknownRound(5),
        unknownRound(6),
        earlierRound(7, "2022-09-28", "Seoul", "KR", null),
        earlierRound(8, "2023-09", "London", "GB", null),
        ninthDialogue(),
        courtesyCall());
  }

  /** An earlier round, as the ministry's releases name it: ordinal, date and city. */
  private static Dialogue earlierRound(
      int ordinal, String date, String city, String country, String building) {
    Venue.Builder venue = Venue.builder().country(CountryCode.of(country)).city(city);
    if (building != null) {
      venue.building(building);
    }
    return Dialogue.builder()
        .id("strategic-dialogue-" + ordinal)
        .series(STRATEGIC_DIALOGUE)
        .ordinal(ordinal)
        .addSides(ROK, UK)
        .date(FuzzyDate.parse(date))
        .venue(venue.build())
        .addEvidence(Evidence.of(MOFA_PRESS_RELEASE))
        .build();
  }

  /**
   * A round the sources imply but do not describe: the 9th session follows the 4th to 6th, whose
   * dates and venues the ministry's releases at hand do not give. They stay unknown, not guessed.
   */
  private static Dialogue unknownRound(int ordinal) {
    return Dialogue.builder()
        .id("strategic-dialogue-" + ordinal)
        .series(STRATEGIC_DIALOGUE)
        .ordinal(ordinal)
        .addSides(ROK, UK)
        .addEvidence(Evidence.builder()
            .source(MOFA_PRESS_RELEASE)
            .note("The 9th session implies this one; the sources at hand give neither its date"
                + " nor its venue.")
            .build())
        .build();
  }

  static Dialogue ninthDialogue() {
    return Dialogue.builder()
        .id(NINTH_DIALOGUE.id())
        .series(STRATEGIC_DIALOGUE)
        .ordinal(9)
        .addSides(ROK, UK)
        .host(ROK)
        .date(DIALOGUE_DAY)
        .addDateClaims(
            DateClaim.of(RelativeTime.resolve("the 21st", PUBLICATION),
                quoting(ARTICLE, "held the 9th Korea-UK Foreign Ministers' Strategic Dialogue"
                    + " in Seoul's Jongno-gu at the Ministry of Foreign Affairs building on the"
                    + " 21st")),
            DateClaim.of(DIALOGUE_DAY, Evidence.of(MOFA_PRESS_RELEASE),
                Evidence.of(OPENING_REMARKS)))
        .venue(Venue.builder()
            .country(CountryCode.of("KR"))
            .city("Seoul")
            .district("Jongno-gu")
            .building("Ministry of Foreign Affairs")
            .build())
        .addParticipants(
            Participant.builder()
                .person(CHO)
                .side(ROK)
                .addOffice(ROK_FOREIGN_MINISTER)
                .addRoles(ParticipantRole.PRINCIPAL, ParticipantRole.CO_CHAIR)
                .addTitlesAsWritten(Wording.of("Foreign Minister", Evidence.of(ARTICLE)))
                .build(),
            Participant.builder()
                .person(LAMMY)
                .side(UK)
                .addOffice(UK_FOREIGN_SECRETARY)
                .addRoles(ParticipantRole.PRINCIPAL, ParticipantRole.CO_CHAIR)
                .addTitlesAsWritten(
                    Wording.of("British Foreign Minister", Evidence.of(ARTICLE)))
                .build())
        .addTopics(NORTHEAST_ASIA, MIDDLE_EAST, UKRAINE_REGION, DOWNING_STREET_ACCORD)
        .addEvidence(
            Evidence.of(MOFA_PRESS_RELEASE),
            Evidence.of(OPENING_REMARKS),
            Evidence.quoting(ARTICLE, "exchanged views on regional and international issues"
                + " including Northeast Asia, the Middle East, and Ukraine"),
            Evidence.builder()
                .source(MOFA_PRESS_RELEASE)
                .note("The first dialogue since the Global Strategic Partnership of the Downing"
                    + " Street Accord.")
                .build())
        .build();
  }

  static Meeting courtesyCall() {
    return Meeting.builder()
        .id(COURTESY_CALL.id())
        .kind(MeetingKind.COURTESY_CALL)
        .addSides(UK, ROK)
        .host(ROK)
        .date(DIALOGUE_DAY)
        .addDateClaims(DateClaim.of(
            RelativeTime.resolve("the previous day", STATEMENT_DAY),
            quoting(ARTICLE, "Minister Lammy, who met President Yoon Suk-yeol the previous"
                + " day")))
        .addParticipants(
            Participant.builder()
                .person(LAMMY)
                .side(UK)
                .addOffice(UK_FOREIGN_SECRETARY)
                .addRoles(ParticipantRole.VISITOR)
                .build(),
            Participant.builder()
                .person(YOON)
                .side(ROK)
                .addOffice(ROK_PRESIDENT)
                .addRoles(ParticipantRole.RECEIVER)
                .addTitlesAsWritten(Wording.of("President", Evidence.of(ARTICLE)))
                .build())
        .addTopics(PILLAR_TWO)
        .addEvidence(Evidence.of(ARTICLE))
        .build();
  }

  static PlannedMeeting firstTwoPlusTwo() {
    return PlannedMeeting.builder()
        .id(FIRST_TWO_PLUS_TWO.id())
        .title("Inaugural ROK-UK Foreign and Defence Ministerial 2+2 Meeting")
        .series(TWO_PLUS_TWO)
        .ordinal(1)
        .addSides(ROK, UK)
        .addPrincipals(
            ROK_FOREIGN_MINISTER, ROK_DEFENCE_MINISTER, UK_FOREIGN_SECRETARY, UK_DEFENCE_SECRETARY)
        .addLifecycle(
            MeetingChange.builder()
                .status(PlannedStatus.AGREED)
                .date(FuzzyDate.parse("2023"))
                .addEvidence(Evidence.builder()
                    .source(OPENING_REMARKS)
                    .note("Cho recalls that the 2+2 was first agreed in 2023.")
                    .build())
                .build(),
            MeetingChange.builder()
                .status(PlannedStatus.AGREED)
                .date(DIALOGUE_DAY)
                .addWindows(
                    DateClaim.of(RelativeTime.resolve("first half of next year", PUBLICATION),
                        quoting(ARTICLE, "The ministers agreed to hold a 2+2 Ministerial Meeting"
                            + " (Foreign and Defense) between the two countries in the first half"
                            + " of next year")),
                    DateClaim.of(RelativeTime.resolve("early 2025", DIALOGUE_DAY),
                        quoting(KOREA_HERALD, "agreed to hold the inaugural ROK-UK Foreign and"
                            + " Defence Ministerial 2+2 Meeting in early 2025")))
                .announcedIn(OUTCOME_STATEMENT)
                .addEvidence(Evidence.of(KOREA_HERALD), Evidence.of(ARTICLE))
                .build())
        .build();
  }
}
