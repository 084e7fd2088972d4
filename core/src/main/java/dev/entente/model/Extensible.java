package dev.entente.model;

import java.util.Map;

/**
 * A value whose wire form may carry members that this version of Entente does not know.
 *
 * <p>A document written by a newer Entente can have members an older one has never heard of.
 * Strict reading refuses them; lenient reading keeps each one here, under its name, with its
 * value as JSON text exactly as read ({@code "1.50"}, {@code "{\"a\":[true,null]}"}), so that
 * writing the value back yields the same members. Values built in code have none.
 *
 * <p>The names never collide with the value's own attributes, and the texts are checked to be
 * JSON when written.
 */
public interface Extensible {

  /** Members of the wire form that this version does not know, by name, as JSON text. */
  Map<String, String> unknownMembers();
}
