package dev.entente.examples.koreauk2024;

import static dev.entente.examples.koreauk2024.KoreaUkDialogue2024.*;
import static dev.entente.model.Evidence.quoting;

import dev.entente.model.Actor;
import dev.entente.model.Agreement;
import dev.entente.model.Attribution;
import dev.entente.model.Commitment;
import dev.entente.model.Concern;
import dev.entente.model.Condemnation;
import dev.entente.model.Confirmation;
import dev.entente.model.DateClaim;
import dev.entente.model.Evidence;
import dev.entente.model.HedgeLevel;
import dev.entente.model.Hedging;
import dev.entente.model.Hope;
import dev.entente.model.Intensity;
import dev.entente.model.IntensityLevel;
import dev.entente.model.Intention;
import dev.entente.model.JointStatement;
import dev.entente.model.Meeting;
import dev.entente.model.Monitoring;
import dev.entente.model.ObjectActor;
import dev.entente.model.ObjectRole;
import dev.entente.model.Opposition;
import dev.entente.model.PositionObject;
import dev.entente.model.Recognition;
import dev.entente.model.Ref;
import dev.entente.model.Reiteration;
import dev.entente.model.RelationKind;
import dev.entente.model.Remarks;
import dev.entente.model.StatementKind;
import dev.entente.model.StatementRelation;
import dev.entente.model.Topics;
import dev.entente.model.UnilateralStatement;
import dev.entente.model.Welcome;
import dev.entente.time.FuzzyDate;
import dev.entente.time.RelativeTime;
import dev.entente.time.ResolvedTime;

/** The statements: the two joint statements, the remarks and the statements they cite. */
final class Statements {

  private Statements() {}

  static JointStatement outcomeStatement() {
    return JointStatement.builder()
        .id(OUTCOME_STATEMENT.id())
        .addIssuers(ROK, UK)
        .addSignatories(
            Attribution.of(CHO, ROK_FOREIGN_MINISTER),
            Attribution.of(LAMMY, UK_FOREIGN_SECRETARY))
        .date(DIALOGUE_DAY)
        .engagement(NINTH_DIALOGUE)
        .addPositions(
            Agreement.builder()
                .addObjects(PositionObject.builder()
                    .conduct("the current geopolitical situation shows the interconnectedness of"
                        + " European and Indo-Pacific security")
                    .build())
                .addTopics(Topics.SECURITY.ref(), INDO_PACIFIC, EURO_ATLANTIC)
                .addEvidence(quoting(ARTICLE, "the ministers agreed that the current geopolitical"
                    + " situation shows the interconnectedness of European and Indo-Pacific"
                    + " security"))
                .build(),
            Agreement.builder()
                .addObjects(PositionObject.builder()
                    .conduct("hold the inaugural ROK-UK Foreign and Defence Ministerial 2+2"
                        + " Meeting")
                    .build())
                .plannedMeeting(FIRST_TWO_PLUS_TWO)
                .addTopics(Topics.DEFENCE.ref(), Topics.SECURITY.ref())
                .reiteration(Reiteration.builder()
                    .since(FuzzyDate.parse("2023"))
                    .addEvidence(Evidence.builder()
                        .source(OPENING_REMARKS)
                        .note("Cho recalls that the 2+2 was first agreed in 2023; the article"
                            + " does not say so.")
                        .build())
                    .build())
                .addEvidence(
                    quoting(KOREA_HERALD, "agreed to hold the inaugural ROK-UK Foreign and"
                        + " Defence Ministerial 2+2 Meeting in early 2025"),
                    quoting(ARTICLE, "The ministers agreed to hold a 2+2 Ministerial Meeting"
                        + " (Foreign and Defense) between the two countries in the first half of"
                        + " next year"))
                .build(),
            Agreement.builder()
                .addObjects(PositionObject.builder()
                    .conduct("continue discussions on improving the Korea-UK FTA, economic"
                        + " cooperation, advanced science (AI, quantum, bio), cyber cooperation,"
                        + " climate change, clean energy and development collaboration")
                    .build())
                .addTopics(
                    KOREA_UK_FTA,
                    Topics.ECONOMY.ref(),
                    Topics.AI.ref(),
                    Topics.QUANTUM.ref(),
                    Topics.BIO.ref(),
                    Topics.CYBER.ref(),
                    Topics.CLIMATE.ref(),
                    Topics.CLEAN_ENERGY.ref(),
                    Topics.DEVELOPMENT.ref())
                .addEvidence(
                    quoting(ARTICLE, "continue discussions on matters such as improving the"
                        + " Korea-UK FTA, economic cooperation, advanced science fields like AI,"
                        + " quantum science technology, bio, as well as cyber cooperation, climate"
                        + " change, clean energy, and development collaboration"),
                    Evidence.builder()
                        .source(OPENING_REMARKS)
                        .note("Lists the FTA upgrade; AI, quantum, bio; clean energy including"
                            + " nuclear; cyber; climate; development; the UN Security Council,"
                            + " the G7 and the G20.")
                        .build())
                .build(),
            Recognition.builder()
                .addObjects(PositionObject.builder()
                    .addActors(ObjectActor.of(AUKUS, ObjectRole.CONDUCT))
                    .conduct("contributes to the security and stability of the Indo-Pacific"
                        + " region and beyond")
                    .build())
                .addTopics(INDO_PACIFIC, Topics.SECURITY.ref())
                .wording("AUKUS contributes to the security and stability of the Indo-Pacific"
                    + " region and beyond")
                .addEvidence(quoting(ARTICLE, "Both sides recognized that \u201cAUKUS"
                    + " contributes to the security and stability of the Indo-Pacific region and"
                    + " beyond\u201d"))
                .build(),
            Welcome.builder()
                .addObjects(PositionObject.builder()
                    .addActors(ObjectActor.of(ROK, ObjectRole.CONDUCT),
                        ObjectActor.of(AUKUS, ObjectRole.CONDUCT))
                    .conduct("ongoing consultations on potential collaboration under Pillar Two")
                    .build())
                .addTopics(PILLAR_TWO)
                .wording("welcomed ongoing consultations between the ROK and AUKUS on potential"
                    + " collaboration under Pillar Two")
                .addEvidence(
                    quoting(KOREA_HERALD_MOBILE, "welcomed ongoing consultations between the ROK"
                        + " and AUKUS on potential collaboration under Pillar Two"),
                    quoting(ARTICLE, "welcomed ongoing consultations for potential cooperation"
                        + " between Korea and AUKUS Pillar-2"))
                .build())
        .confirmation(Confirmation.CONFIRMED)
        .addEvidence(Evidence.of(KOREA_HERALD), Evidence.of(KOREA_HERALD_MOBILE),
            Evidence.of(ARTICLE))
        .build();
  }

  static JointStatement russiaDprkStatement() {
    return JointStatement.builder()
        .id(RUSSIA_DPRK_STATEMENT.id())
        .addIssuers(ROK, UK)
        .addSignatories(
            Attribution.of(CHO, ROK_FOREIGN_MINISTER),
            Attribution.of(LAMMY, UK_FOREIGN_SECRETARY))
        .date(STATEMENT_DAY)
        .addDateClaims(
            DateClaim.of(RelativeTime.resolve("the 22nd", PUBLICATION),
                quoting(ARTICLE, "issued a statement on the 22nd condemning military cooperation"
                    + " between Russia and North Korea")),
            DateClaim.of(STATEMENT_DAY, Evidence.of(STATEMENT_TEXT)))
        .engagement(NINTH_DIALOGUE)
        .addRelations(StatementRelation.of(RelationKind.SEPARATE_FROM, OUTCOME_STATEMENT))
        .addPositions(
            Condemnation.builder()
                .intensity(Intensity.of(IntensityLevel.STRONGEST, "in the strongest terms"))
                .addObjects(
                    PositionObject.builder()
                        .addActors(ObjectActor.of(DPRK, ObjectRole.CONDUCT),
                            ObjectActor.of(RUSSIA, ObjectRole.MENTIONED))
                        .conduct("continued unlawful arms transfers to Russia")
                        .build(),
                    PositionObject.builder()
                        .addActors(ObjectActor.of(DPRK, ObjectRole.CONDUCT),
                            ObjectActor.of(RUSSIA, ObjectRole.MENTIONED))
                        .conduct("deployment of its troops to the Russian Federation to support"
                            + " Russia's unlawful war of aggression in Ukraine")
                        .hedging(Hedging.of(HedgeLevel.REPORTED, "reported"))
                        .build())
                .addGrounds(
                    "violates multiple UN Security Council resolutions",
                    "prolongs the suffering of the Ukrainian people",
                    "threatens global security, including that of the ROK and the UK",
                    "demonstrates the desperation of the DPRK and Russia")
                .addTopics(WAR_IN_UKRAINE, Topics.DEFENCE.ref(), Topics.SANCTIONS.ref())
                .wording("We condemn in the strongest terms the DPRK's continued unlawful arms"
                    + " transfers and the reported deployment of its troops to the Russian"
                    + " Federation to support Russia's unlawful war of aggression in Ukraine")
                .addEvidence(
                    Evidence.builder()
                        .source(STATEMENT_TEXT)
                        .quote("We condemn in the strongest terms the ... DPRK's continued"
                            + " unlawful arms transfers and the reported deployment of its troops"
                            + " to the Russian Federation to support Russia's unlawful war of"
                            + " aggression in Ukraine")
                        .build(),
                    Evidence.builder()
                        .source(ARTICLE)
                        .quote("We condemn in the strongest terms North Korea's continued illegal"
                            + " transfer of weapons and deployment of military forces to support"
                            + " Russia's unlawful invasion of Ukraine.")
                        .note("Drops \"reported\" before the deployment.")
                        .build())
                .build(),
            Monitoring.builder()
                .intensity(Intensity.of(IntensityLevel.STRONG, "closely"))
                .addObjects(PositionObject.builder()
                    .addActors(ObjectActor.of(RUSSIA, ObjectRole.CONDUCT),
                        ObjectActor.of(DPRK, ObjectRole.MENTIONED))
                    .conduct("what Russia provides to the DPRK in return for weapons and"
                        + " military personnel")
                    .build())
                .addTopics(Topics.DEFENCE.ref(), Topics.NON_PROLIFERATION.ref())
                .addEvidence(
                    quoting(STATEMENT_TEXT, "closely monitoring what Russia provides to the DPRK"
                        + " in return"),
                    Evidence.builder()
                        .source(ARTICLE)
                        .quote("We are closely monitoring Russia's potential provision of"
                            + " materials and technology to North Korea in exchange for weapons"
                            + " and military personnel to support North Korea's military"
                            + " objectives.")
                        .note("Hedges the provision as \"potential\"; the statement text does"
                            + " not.")
                        .build())
                .build(),
            Concern.builder()
                .intensity(Intensity.of(IntensityLevel.STRONG, "deeply"))
                .addObjects(PositionObject.builder()
                    .addActors(ObjectActor.of(RUSSIA, ObjectRole.CONDUCT),
                        ObjectActor.of(DPRK, ObjectRole.SUBJECT))
                    .conduct("transfer of nuclear or ballistic missile-related technology to the"
                        + " DPRK")
                    .hedging(Hedging.of(HedgeLevel.POSSIBLE, "the possibility for any"))
                    .build())
                .addGrounds(
                    "could jeopardise the international non-proliferation regime",
                    "could threaten peace and stability on the Korean Peninsula and globally")
                .addTopics(Topics.NON_PROLIFERATION.ref(), KOREAN_PENINSULA)
                .addEvidence(
                    quoting(STATEMENT_TEXT, "deeply concerned about the possibility for any"
                        + " transfer of nuclear or ballistic missile-related technology to the"
                        + " DPRK"),
                    quoting(ARTICLE, "We are deeply concerned about the possible transfer of"
                        + " nuclear or ballistic missile-related technology to North Korea that"
                        + " could jeopardize the international non-proliferation regime and"
                        + " threaten peace and stability on the Korean Peninsula and globally."))
                .build(),
            Recognition.builder()
                .addObjects(PositionObject.builder()
                    .conduct("the increasingly intertwined security of the Indo-Pacific and"
                        + " Euro-Atlantic areas")
                    .build())
                .addTopics(INDO_PACIFIC, EURO_ATLANTIC, Topics.SECURITY.ref())
                .addEvidence(quoting(ARTICLE, "We take note of the increasingly intertwined"
                    + " security of the Indo-Pacific and Euro-Atlantic areas"))
                .build(),
            Commitment.builder()
                .addObjects(PositionObject.builder()
                    .addActors(ObjectActor.of(DPRK, ObjectRole.SUBJECT),
                        ObjectActor.of(RUSSIA, ObjectRole.SUBJECT))
                    .conduct("closely monitor the situation and actively pursue necessary"
                        + " measures with the international community to deter further"
                        + " unlawful, reckless and destabilising behaviour")
                    .build())
                .addTopics(Topics.SECURITY.ref())
                .addEvidence(
                    Evidence.of(STATEMENT_TEXT),
                    quoting(ARTICLE, "pledge to closely monitor developments, actively pursue"
                        + " necessary actions with the international community to deter illegal,"
                        + " reckless, and destabilizing actions"))
                .build(),
            Commitment.builder()
                .addObjects(PositionObject.builder()
                    .addActors(ObjectActor.of(UKRAINE, ObjectRole.SUBJECT))
                    .conduct("provide the support Ukraine requires to secure a just and lasting"
                        + " peace")
                    .build())
                .addTopics(WAR_IN_UKRAINE)
                .addEvidence(Evidence.builder()
                    .source(STATEMENT_TEXT)
                    .note("Not in the article.")
                    .build())
                .build())
        .confirmation(Confirmation.CONFIRMED)
        .addEvidence(Evidence.of(STATEMENT_TEXT), Evidence.of(ARTICLE))
        .build();
  }

  static Remarks choOnG7() {
    return Remarks.builder()
        .id(CHO_ON_G7.id())
        .speaker(Attribution.of(CHO, ROK_FOREIGN_MINISTER))
        .side(ROK)
        .engagement(NINTH_DIALOGUE)
        .date(DIALOGUE_DAY)
        .quote("We will strengthen cooperation with the G7.")
        .addPositions(Intention.builder()
            .addHolders(Ref.widen(CHO))
            .addObjects(PositionObject.builder()
                .addActors(ObjectActor.of(G7, ObjectRole.SUBJECT))
                .conduct("strengthen cooperation with the G7 on major international issues")
                .build())
            .addTopics(Topics.MULTILATERALISM.ref())
            .build())
        .confirmation(Confirmation.UNCONFIRMED)
        .addEvidence(
            Evidence.builder()
                .source(ARTICLE)
                .quote("We will strengthen cooperation with the G7.")
                .note("A sub-headline attributed to Cho; the body says he \"stated that he would"
                    + " strengthen cooperation with the G7 on major international issues\".")
                .build(),
            Evidence.builder()
                .source(OPENING_REMARKS)
                .note("Not found verbatim in the primary sources; the nearest is this passage on"
                    + " the UN, the G7 and the G20.")
                .build())
        .build();
  }

  static Remarks lammyOnPillarTwo() {
    return Remarks.builder()
        .id(LAMMY_ON_PILLAR_TWO.id())
        .speaker(Attribution.of(LAMMY, UK_FOREIGN_SECRETARY))
        .side(UK)
        .engagement(COURTESY_CALL)
        .date(DIALOGUE_DAY)
        .addPositions(Hope.builder()
            .addHolders(Ref.widen(LAMMY))
            .addObjects(PositionObject.builder()
                .addActors(ObjectActor.of(ROK, ObjectRole.SUBJECT),
                    ObjectActor.of(AUKUS, ObjectRole.SUBJECT))
                .conduct("enhanced advanced defence technology cooperation at the Pillar II"
                    + " level")
                .build())
            .addTopics(PILLAR_TWO, Topics.DEFENCE_TECHNOLOGY.ref())
            .build())
        .confirmation(Confirmation.REPORTED)
        .addEvidence(quoting(ARTICLE, "Minister Lammy, who met President Yoon Suk-yeol the"
            + " previous day, expressed hope for enhanced advanced defense technology cooperation"
            + " between Korea and AUKUS at the Pillar-2 level."))
        .build();
  }

  static UnilateralStatement aukusDefenceMinisters() {
    ResolvedTime lastMonth = RelativeTime.resolve("last month", PUBLICATION);
    return UnilateralStatement.builder()
        .id(AUKUS_DEFENCE_MINISTERS.id())
        .kind(StatementKind.DECLARATION)
        .issuer(AUKUS)
        .date(lastMonth.value())
        .addDateClaims(DateClaim.of(lastMonth,
            quoting(ARTICLE, "Last month, during a joint statement, the defense ministers of the"
                + " US, UK, and Australia publicly mentioned the potential for cooperation with"
                + " Canada, New Zealand, and Korea in AUKUS Pillar-2.")))
        .addPositions(Recognition.builder()
            .addObjects(PositionObject.builder()
                .addActors(ObjectActor.of(CANADA, ObjectRole.SUBJECT),
                    ObjectActor.of(NEW_ZEALAND, ObjectRole.SUBJECT),
                    ObjectActor.of(ROK, ObjectRole.SUBJECT))
                .conduct("cooperation with AUKUS under Pillar II")
                .hedging(Hedging.of(HedgeLevel.POSSIBLE, "the potential for"))
                .build())
            .addTopics(PILLAR_TWO)
            .build())
        .confirmation(Confirmation.REPORTED)
        .addEvidence(Evidence.of(ARTICLE))
        .build();
  }

  static UnilateralStatement opposesAukusExpansion(String id, Ref<Actor> who) {
    return UnilateralStatement.builder()
        .id(id)
        .kind(StatementKind.REPORTED_POSITION)
        .issuer(who)
        .addPositions(Opposition.builder()
            .addObjects(PositionObject.builder()
                .addActors(ObjectActor.of(AUKUS, ObjectRole.CONDUCT))
                .conduct("expansion of AUKUS participation")
                .build())
            .addTopics(PILLAR_TWO)
            .build())
        .confirmation(Confirmation.REPORTED)
        .addEvidence(quoting(ARTICLE,
            "China and North Korea have opposed the expansion of AUKUS participation."))
        .build();
  }
}
