package dev.entente.model;

/**
 * A record that other records can point at with a {@link Ref}: actors, offices, dialogue series,
 * engagements, planned meetings, statements, topics and sources.
 *
 * <p>Ids are unique within a {@link Dossier} (across all kinds) and follow {@link Ref#ID_PATTERN}:
 * {@code "rok"}, {@code "cho-tae-yul"}, {@code "dialogue-9"}.
 */
public interface Identified {

  /** {@value}: the name of {@link #id()}, in pointers and written forms. */
  String ID = "id";

  /** The id, unique in its dossier. */
  String id();
}
