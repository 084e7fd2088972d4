package dev.entente.model;

/** What kind of document a {@link Source} is. */
public enum SourceKind {
  /** A news report, written by a journalist; a secondary source. */
  NEWS_ARTICLE,
  /** A press release of a government or organisation. */
  PRESS_RELEASE,
  /** The text of a statement, as issued or as reproduced in full by another publisher. */
  STATEMENT_TEXT,
  /** A transcript of remarks, a speech or a press conference. */
  TRANSCRIPT,
  /** A page of an official website other than a press release. */
  OFFICIAL_WEBSITE,
  /** A post on a social network. */
  SOCIAL_MEDIA_POST,
  /** An encyclopedia, database or other reference work. */
  REFERENCE_WORK,
  /** Anything else. */
  OTHER
}
