package dev.entente.model;

/** What kind of grouping a {@link Grouping} is. */
public enum GroupingKind {
  /** An intergovernmental organisation with a founding treaty, such as the UN or NATO. */
  INTERNATIONAL_ORGANIZATION,
  /** An organ of an organisation, such as the UN Security Council. */
  ORGAN,
  /** A military alliance. */
  ALLIANCE,
  /** A security or technology partnership without a treaty organisation, such as AUKUS. */
  PARTNERSHIP,
  /** An informal forum of governments, such as the G7 or the G20. */
  FORUM,
  /** An economic or political bloc, such as the European Union. */
  BLOC
}
