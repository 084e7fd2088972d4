package dev.entente.model;

import dev.entente.time.FuzzyDate;
import java.util.Optional;

/**
 * The builder of a {@link Statement} of any kind: the attributes every statement has, so that
 * they are set once for all kinds. {@code JointStatement.Builder},
 * {@code UnilateralStatement.Builder} and {@code Remarks.Builder} implement it. The issuers are
 * not among them: each kind has its own way of naming them.
 *
 * <pre>{@code
 * static <T extends Statement, B extends StatementBuilder<T, B>> T madeAt(
 *     B builder, String id, Ref<Engagement> engagement) {
 *   return builder.id(id).engagement(engagement).build();
 * }
 * }</pre>
 *
 * @param <T> the kind of statement built
 * @param <B> the builder's own type
 */
public interface StatementBuilder<T extends Statement, B extends StatementBuilder<T, B>>
    extends ExtensibleBuilder<T, B> {

  /** Sets the id; see {@link Statement#id()}. */
  B id(String id);

  /** Sets the title; see {@link Statement#title()}. */
  B title(String title);

  /** Sets or clears the title; see {@link Statement#title()}. */
  B title(Optional<String> title);

  /** Sets the date; see {@link Statement#date()}. */
  B date(FuzzyDate date);

  /** Sets or clears the date; see {@link Statement#date()}. */
  B date(Optional<? extends FuzzyDate> date);

  /** Adds a date claim; see {@link Statement#dateClaims()}. */
  B addDateClaim(DateClaim dateClaim);

  /** Replaces the date claims; see {@link Statement#dateClaims()}. */
  B dateClaims(Iterable<? extends DateClaim> dateClaims);

  /** Adds date claims; see {@link Statement#dateClaims()}. */
  B addAllDateClaims(Iterable<? extends DateClaim> dateClaims);

  /** Sets the engagement; see {@link Statement#engagement()}. */
  B engagement(Ref<Engagement> engagement);

  /** Sets or clears the engagement; see {@link Statement#engagement()}. */
  B engagement(Optional<? extends Ref<Engagement>> engagement);

  /** Adds a relation; see {@link Statement#relations()}. */
  B addRelation(StatementRelation relation);

  /** Replaces the relations; see {@link Statement#relations()}. */
  B relations(Iterable<? extends StatementRelation> relations);

  /** Adds relations; see {@link Statement#relations()}. */
  B addAllRelations(Iterable<? extends StatementRelation> relations);

  /** Adds a topic; see {@link Statement#topics()}. */
  B addTopic(Ref<Topic> topic);

  /** Replaces the topics; see {@link Statement#topics()}. */
  B topics(Iterable<? extends Ref<Topic>> topics);

  /** Adds topics; see {@link Statement#topics()}. */
  B addAllTopics(Iterable<? extends Ref<Topic>> topics);

  /** Adds a position; see {@link Statement#positions()}. */
  B addPosition(Position position);

  /** Replaces the positions; see {@link Statement#positions()}. */
  B positions(Iterable<? extends Position> positions);

  /** Adds positions; see {@link Statement#positions()}. */
  B addAllPositions(Iterable<? extends Position> positions);

  /** Sets the confirmation; see {@link Statement#confirmation()}. */
  B confirmation(Confirmation confirmation);

  /** Sets or clears the confirmation; see {@link Statement#confirmation()}. */
  B confirmation(Optional<? extends Confirmation> confirmation);

  /** Adds evidence; see {@link Statement#evidence()}. */
  B addEvidence(Evidence evidence);

  /** Replaces the evidence; see {@link Statement#evidence()}. */
  B evidence(Iterable<? extends Evidence> evidence);

  /** Adds evidence; see {@link Statement#evidence()}. */
  B addAllEvidence(Iterable<? extends Evidence> evidence);
}
