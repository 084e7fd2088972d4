package dev.entente.examples.usrok2023;

import static dev.entente.examples.usrok2023.UsRok2023.EXTENDED_DETERRENCE;
import static dev.entente.examples.usrok2023.UsRok2023.NCG;
import static dev.entente.examples.usrok2023.UsRok2023.ROK;
import static dev.entente.examples.usrok2023.UsRok2023.USA;

import dev.entente.model.Agreement;
import dev.entente.model.Commitment;
import dev.entente.model.Confirmation;
import dev.entente.model.Evidence;
import dev.entente.model.JointStatement;
import dev.entente.model.ObjectActor;
import dev.entente.model.ObjectRole;
import dev.entente.model.PositionObject;
import dev.entente.model.Recognition;
import dev.entente.model.Reiteration;
import dev.entente.model.RelationKind;
import dev.entente.model.StatementKind;
import dev.entente.model.StatementRelation;
import dev.entente.model.Topics;
import dev.entente.model.UnilateralStatement;
import dev.entente.time.FuzzyDate;

/**
 * The three documents of 26 April 2023, each of its own kind: the Washington Declaration, the
 * Leaders' Joint Statement and the White House fact sheet.
 */
final class Documents {

  private Documents() {}

  private static final FuzzyDate DAY = FuzzyDate.parse("2023-04-26");

  /** The Washington Declaration: a joint declaration on extended deterrence and the NCG. */
  static JointStatement declaration() {
    return JointStatement.builder()
        .id(UsRok2023.WASHINGTON_DECLARATION.id())
        .kind(StatementKind.DECLARATION)
        .title("Washington Declaration")
        .addIssuers(USA, ROK)
        .date(DAY)
        .engagement(UsRok2023.SUMMIT)
        .addTopics(EXTENDED_DETERRENCE, NCG)
        .addPositions(ncg(), consultation(), reliance(), npt())
        .confirmation(Confirmation.CONFIRMED)
        .addEvidence(Evidence.quoting(Sources.KOREA_HERALD, "Full text of Washington Declaration"))
        .addEvidence(Evidence.quoting(Sources.ROK_OFFICE, "President Yoon Suk Yeol and U.S."
            + " President Joe Biden on April 26 officially adopted the Washington Declaration at"
            + " their bilateral summit in Washington."))
        .build();
  }

  /** The Leaders' Joint Statement on the 70th anniversary, which refers to the Declaration. */
  static JointStatement jointStatement() {
    return JointStatement.builder()
        .id(UsRok2023.JOINT_STATEMENT.id())
        .kind(StatementKind.JOINT_STATEMENT)
        .title("Leaders’ Joint Statement in Commemoration of the 70th Anniversary of the Alliance"
            + " between the United States of America and the Republic of Korea")
        .addIssuers(USA, ROK)
        .date(DAY)
        .engagement(UsRok2023.SUMMIT)
        .addRelations(StatementRelation.builder()
            .kind(RelationKind.REFERS_TO)
            .target(UsRok2023.WASHINGTON_DECLARATION)
            .addEvidence(Evidence.quoting(Sources.JOINT_STATEMENT_TEXT, "reinforced today by the"
                + " Presidents’ commitments in the Washington Declaration to develop ever-stronger"
                + " mutual defense and deterrence"))
            .build())
        .addPositions(Commitment.builder()
            .addObjects(PositionObject.builder()
                .conduct("the principles enshrined in the UN Charter")
                .build())
            .wording("reiterated their commitment")
            .reiteration(Reiteration.builder().wording("reiterated")
                .addEvidence(Evidence.quoting(Sources.JOINT_STATEMENT_TEXT,
                    "reiterated their commitment")).build())
            .addTopics(Topics.MULTILATERALISM.ref())
            .addEvidence(Evidence.quoting(Sources.JOINT_STATEMENT_TEXT, "The two Presidents"
                + " reiterated their commitment to the principles enshrined in the UN Charter."))
            .build())
        .addEvidence(Evidence.quoting(Sources.JOINT_STATEMENT_TEXT, "Today President Joseph R."
            + " Biden Jr. of the United States (U.S.) and President Yoon Suk Yeol of the Republic"
            + " of Korea (ROK) met in Washington to commemorate the 70th anniversary of the U.S.-ROK"
            + " Alliance."))
        .build();
  }

  /** The White House's fact sheet: the United States' alone, though it speaks of both sides. */
  static UnilateralStatement factSheet() {
    return UnilateralStatement.builder()
        .id(UsRok2023.FACT_SHEET.id())
        .kind(StatementKind.FACT_SHEET)
        .title("Fact Sheet: Republic of Korea State Visit to the United States")
        .issuer(USA)
        .date(DAY)
        .engagement(UsRok2023.STATE_VISIT)
        .addTopics(NCG)
        .addPositions(Commitment.builder()
            .addHolders(USA, ROK)
            .addObjects(PositionObject.builder()
                .conduct("the Nuclear Non-Proliferation Treaty as the cornerstone for the"
                    + " international nonproliferation regime and the foundation for nuclear"
                    + " disarmament and peaceful uses")
                .build())
            .wording("reaffirmed their enduring commitment")
            .reiteration(Reiteration.builder().wording("reaffirmed")
                .addEvidence(Evidence.quoting(Sources.FACT_SHEET_TEXT,
                    "reaffirmed their enduring commitment")).build())
            .addTopics(Topics.NON_PROLIFERATION.ref())
            .addEvidence(Evidence.quoting(Sources.FACT_SHEET_TEXT, "The United States and the ROK"
                + " reaffirmed their enduring commitment to the Nuclear Non-Proliferation Treaty"
                + " as the cornerstone for the international nonproliferation regime and the"
                + " foundation for nuclear disarmament and peaceful uses."))
            .build())
        .addEvidence(Evidence.quoting(Sources.FACT_SHEET_TEXT, "FACT SHEET: Republic of Korea"
            + " State Visit to the United States").withNote("headed \"The White House\""))
        .addEvidence(Evidence.quoting(Sources.FACT_SHEET_TEXT, "Nuclear Consultative Group (NCG):"
            + " The United States and the ROK launched an NCG to discuss how to plan for nuclear"
            + " contingencies and cooperate on the Alliance’s approach to nuclear deterrence, given"
            + " the growing threat posed by the Democratic People’s Republic of Korea (DPRK)."))
        .build();
  }

  /** The ROK's recognition of its reliance on the US nuclear deterrent. */
  private static Recognition reliance() {
    return Recognition.builder()
        .addHolders(ROK)
        .addObjects(PositionObject.builder()
            .conduct("the importance, necessity, and benefit of its enduring reliance on the US"
                + " nuclear deterrent")
            .build())
        .wording("recognizes")
        .addTopics(EXTENDED_DETERRENCE)
        .addEvidence(Evidence.quoting(Sources.KOREA_HERALD, "The ROK has full confidence in US"
            + " extended deterrence commitments and recognizes the importance, necessity, and"
            + " benefit of its enduring reliance on the US nuclear deterrent."))
        .build();
  }

  /** The two presidents' agreement to establish the NCG. */
  private static Agreement ncg() {
    return Agreement.builder()
        .addObjects(PositionObject.builder()
            .conduct("establish a new Nuclear Consultative Group (NCG) to strengthen extended"
                + " deterrence, discuss nuclear and strategic planning, and manage the threat to"
                + " the nonproliferation regime posed by the DPRK")
            .build())
        .wording("announced the establishment")
        .addTopics(NCG)
        .addEvidence(Evidence.quoting(Sources.ROK_OFFICE, "The two Presidents announced the"
            + " establishment of a new Nuclear Consultative Group (NCG) to strengthen extended"
            + " deterrence, discuss nuclear and strategic planning, and manage the threat to the"
            + " nonproliferation regime posed by the Democratic People’s Republic of Korea"
            + " (DPRK).").withNote("the Declaration as the presidential office quotes it"))
        .build();
  }

  /** The US commitment to consult, with the ROK its addressee. */
  private static Commitment consultation() {
    return Commitment.builder()
        .addHolders(USA)
        .addObjects(PositionObject.builder()
            .addActors(ObjectActor.of(ROK, ObjectRole.ADDRESSEE))
            .conduct("make every effort to consult with the ROK on any possible nuclear weapons"
                + " employment on the Korean Peninsula")
            .build())
        .wording("commits to make every effort")
        .addTopics(EXTENDED_DETERRENCE)
        .addEvidence(Evidence.quoting(Sources.ROK_OFFICE, "The United States commits to make every"
            + " effort to consult with the ROK on any possible nuclear weapons employment on the"
            + " Korean Peninsula, consistent with the U.S. Nuclear Posture Review's declaratory"
            + " policy,").withNote("the Declaration as the presidential office quotes it"))
        .build();
  }

  /** The ROK's reaffirmed commitment to the NPT, known only as a policy brief quotes it. */
  private static Commitment npt() {
    return Commitment.builder()
        .addHolders(ROK)
        .addObjects(PositionObject.builder()
            .conduct("its obligations under the Nuclear Nonproliferation Treaty")
            .build())
        .wording("reaffirmed the ROK’s longstanding commitment")
        .reiteration(Reiteration.builder().wording("reaffirmed")
            .addEvidence(Evidence.quoting(Sources.FDD,
                "reaffirmed the ROK’s longstanding commitment")).build())
        .addTopics(Topics.NON_PROLIFERATION.ref())
        .addEvidence(Evidence.quoting(Sources.FDD, "Crucially, President Yoon also “reaffirmed"
            + " the ROK’s longstanding commitment to its obligations under the Nuclear"
            + " Nonproliferation Treaty.”").withNote("a policy brief on the Declaration, quoting"
            + " words it does not attribute to a document; the Declaration's own sentence was"
            + " not found in a primary copy"))
        .build();
  }
}
