package dev.entente.serialization.internal;

import dev.entente.model.Identified;
import dev.entente.model.Ref;
import tools.jackson.core.JsonParser;

/**
 * References read lately in one document, found by the characters of the string being read: a
 * document names the same few records again and again ({@code "rok"}, a source's id), and a
 * reference found here costs neither a new string nor a new {@code Ref} nor another check of the
 * id. Ids read through it are shared too, so the dossier's index finds a reference's record by
 * identity rather than by comparing characters.
 *
 * <p>A direct-mapped table of a fixed size, held by the document's {@link ReadContext} (see
 * {@link ReadContext#sharedRefs()}), made at the first reference and dropped with the context:
 * no thread-local state, nothing kept between documents, bounded whatever is read, and correct
 * whatever it holds, since references are values equal by id.
 */
final class SharedRefs {

  /** The table's slots: a power of two. 256 references take 1 KiB (compressed pointers). */
  static final int SIZE = 256;

  private SharedRefs() {}

  /** A new, empty table. */
  static Object[] table() {
    return new Object[SIZE];
  }

  /** The reference whose id is the parser's current string, if it was read lately. */
  @SuppressWarnings("unchecked")
  static Ref<Identified> find(JsonParser p, Object[] table) {
    char[] chars = p.getStringCharacters();
    int offset = p.getStringOffset();
    int length = p.getStringLength();
    if (length == 0 || length > 128) {
      return null;
    }
    int hash = 0;
    for (int i = offset, end = offset + length; i < end; i++) {
      hash = 31 * hash + chars[i];
    }
    Object entry = table[slot(hash)];
    if (entry == null) {
      return null;
    }
    Ref<Identified> ref = (Ref<Identified>) entry;
    String id = ref.id();
    if (id.length() != length) {
      return null;
    }
    for (int i = 0; i < length; i++) {
      if (id.charAt(i) != chars[offset + i]) {
        return null;
      }
    }
    return ref;
  }

  /** Remembers a reference just read. */
  static void remember(Ref<Identified> ref, Object[] table) {
    table[slot(ref.id().hashCode())] = ref;
  }

  private static int slot(int hash) {
    return (hash ^ (hash >>> 16)) & (SIZE - 1);
  }
}
