package dev.entente.serialization.internal;

import dev.entente.model.Identified;
import dev.entente.model.Ref;
import tools.jackson.core.JsonParser;

/**
 * References read lately on this thread, found by the characters of the string being read: a
 * document names the same few records again and again ({@code "rok"}, a source's id), and a
 * reference found here costs neither a new string nor a new {@code Ref} nor another check of the
 * id. Ids read through it are shared too, so the dossier's index finds a reference's record by
 * identity rather than by comparing characters.
 *
 * <p>A direct-mapped cache of a fixed size per thread: bounded whatever is read, and correct
 * whatever it holds, since references are values equal by id.
 */
final class SharedRefs {

  private static final int SIZE = 1024;
  private static final ThreadLocal<Object[]> CACHE =
      ThreadLocal.withInitial(() -> new Object[SIZE]);

  private SharedRefs() {}

  /** The reference whose id is the parser's current string, if it was read lately. */
  @SuppressWarnings("unchecked")
  static Ref<Identified> find(JsonParser p) {
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
    Object entry = CACHE.get()[slot(hash)];
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
  static void remember(Ref<Identified> ref) {
    CACHE.get()[slot(ref.id().hashCode())] = ref;
  }

  private static int slot(int hash) {
    return (hash ^ (hash >>> 16)) & (SIZE - 1);
  }
}
