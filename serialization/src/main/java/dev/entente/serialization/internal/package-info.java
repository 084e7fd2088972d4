/**
 * The codecs behind {@code EntenteJson} and {@code EntenteModule}: one table of members per
 * type, from which the reader, the writer and the JSON Schema are derived.
 *
 * <p>Internal: the module does not export this package, and its types may change in any release.
 */
package dev.entente.serialization.internal;
