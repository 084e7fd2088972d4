package dev.entente.model;

import dev.entente.time.FuzzyDate;
import java.util.List;
import java.util.Optional;

/**
 * What actors said: a {@link JointStatement} issued by both sides, a {@link UnilateralStatement}
 * issued by one actor (a readout, a press release, a third party's declaration), or
 * {@link Remarks} spoken by a person.
 *
 * <p>A statement contains {@link Position positions} (condemnations, concerns, welcomes ...),
 * comes out of an engagement, and relates to other statements ("separate from the outcome
 * statement").
 *
 * <pre>{@code
 * Statement onDprk = JointStatement.builder()
 *     .id("joint-statement-dprk")
 *     .addIssuers(Ref.of("rok"), Ref.of("uk"))
 *     .date(FuzzyDate.parse("2024-10-22"))
 *     .addPositions(Concern.builder()
 *         .addObjects(PositionObject.builder()
 *             .addTargets(Ref.of("dprk"))
 *             .conduct("military cooperation with Russia")
 *             .build())
 *         .build())
 *     .build();
 * }</pre>
 *
 * <p>The hierarchy is sealed, so on Java 21 and later a {@code switch} over a statement can be
 * exhaustive, with no {@code default} (Entente itself is written in Java 17, which has no
 * patterns in {@code switch}):
 *
 * <pre>{@code
 * String byWhom = switch (statement) {
 *   case JointStatement joint -> "jointly by " + joint.issuers();
 *   case UnilateralStatement unilateral -> "by " + unilateral.issuer().id();
 *   case Remarks remarks -> "spoken by " + remarks.speaker().person().id();
 * };
 * }</pre>
 */
public sealed interface Statement extends Identified, Extensible
    permits AbstractJointStatement, AbstractUnilateralStatement, AbstractRemarks {

  /** {@value}: the name of {@link #title()}, in pointers and written forms. */
  String TITLE = "title";

  /** {@value}: the name of {@link #date()}, in pointers and written forms. */
  String DATE = "date";

  /** {@value}: the name of {@link #dateClaims()}, in pointers and written forms. */
  String DATE_CLAIMS = "dateClaims";

  /** {@value}: the name of {@link #engagement()}, in pointers and written forms. */
  String ENGAGEMENT = "engagement";

  /** {@value}: the name of {@link #relations()}, in pointers and written forms. */
  String RELATIONS = "relations";

  /** {@value}: the name of {@link #topics()}, in pointers and written forms. */
  String TOPICS = "topics";

  /** {@value}: the name of {@link #positions()}, in pointers and written forms. */
  String POSITIONS = "positions";

  /** {@value}: the name of {@link #confirmation()}, in pointers and written forms. */
  String CONFIRMATION = "confirmation";

  /** {@value}: the name of {@link #evidence()}, in pointers and written forms. */
  String EVIDENCE = "evidence";

  /** {@value}: the name of {@link #issuers()}, in pointers and written forms. */
  String ISSUERS = "issuers";

  /** The title, when the statement has one. */
  Optional<String> title();

  /** When it was issued or spoken. */
  Optional<FuzzyDate> date();

  /** What each source says about the date, in its own words, where that is worth keeping. */
  List<DateClaim> dateClaims();

  /** The engagement it came out of or was made at. */
  Optional<Ref<Engagement>> engagement();

  /** How it relates to other statements. */
  List<StatementRelation> relations();

  /**
   * What the statement as a whole is about ("Extended Deterrence"), beyond the topics of its
   * positions: topics of Entente's vocabulary ({@link Topics}) or of the dossier.
   */
  List<Ref<Topic>> topics();

  /** The positions it takes, in the order stated. */
  List<Position> positions();

  /** How far primary sources bear it out, when that was assessed. */
  Optional<Confirmation> confirmation();

  /** The sources for the statement. */
  List<Evidence> evidence();

  /** The actors who hold its positions unless a position names its own holders. */
  List<Ref<Actor>> issuers();
}
