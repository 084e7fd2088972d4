package dev.entente.model;

/** How a statement relates to another, in {@link StatementRelation}. */
public enum RelationKind {
  /** Issued apart from the other, on another subject or occasion ("a separate statement"). */
  SEPARATE_FROM,
  /** Follows up on the other. */
  FOLLOWS_UP,
  /** Answers the other, typically another actor's. */
  RESPONDS_TO,
  /** Replaces the other. */
  SUPERSEDES,
  /** Cites or recalls the other. */
  REFERS_TO,
  /** Says what the other's facts or positions are not ("we do not see this as ..."). */
  CONTRADICTS,
  /** Denies what the other says happened or was said (typically an accusation). */
  DENIES
}
