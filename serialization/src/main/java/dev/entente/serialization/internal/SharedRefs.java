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
 * <p>A direct-mapped table held by the document's {@link ReadContext} (see {@link
 * ReadContext#sharedRefs()}), made at the first reference and dropped with the context: no
 * thread-local state, nothing kept between documents, bounded whatever is read, and correct
 * whatever it holds, since references are values equal by id and each slot keeps its reference
 * with that reference's own id. It starts at {@link #FIRST_SIZE} slots, which a small document's
 * few records fill, and doubles whenever half its slots are taken, up to {@link #MAX_SIZE}: a
 * document of a kilobyte does not pay for a table made for a hundred. Doubling keeps every
 * reference: two that had different slots cannot share one in a table twice the size.
 *
 * <p>A reference that was not found goes to the slot its lookup computed, without hashing its id
 * again.
 */
final class SharedRefs {

  /** The slots of a new table: a power of two. */
  static final int FIRST_SIZE = 16;

  /** The most slots: a power of two. 256 references take 1 KiB (compressed pointers). */
  static final int MAX_SIZE = 256;

  /** Each slot's reference, or null; its length is a power of two. */
  private Object[] refs = new Object[FIRST_SIZE];
  /** How many slots hold a reference. */
  private int taken;
  /**
   * The slot of the parser's current string, for {@link #at} and {@link #remember}; -1 for a
   * string that is not kept (empty, or longer than 128 characters).
   */
  int slot(JsonParser p) {
    int length = p.getStringLength();
    if (length == 0 || length > 128) {
      return -1;
    }
    char[] chars = p.getStringCharacters();
    int hash = 0;
    for (int i = p.getStringOffset(), end = i + length; i < end; i++) {
      hash = 31 * hash + chars[i];
    }
    return slot(hash, refs.length);
  }

  /** The reference in {@code slot} if its id is the parser's current string, else null. */
  @SuppressWarnings("unchecked")
  Ref<Identified> at(int slot, JsonParser p) {
    Object entry = slot < 0 ? null : refs[slot];
    if (entry != null) {
      Ref<Identified> ref = (Ref<Identified>) entry;
      String id = ref.id();
      if (id.length() == p.getStringLength()
          && same(id, p.getStringCharacters(), p.getStringOffset())) {
        return ref;
      }
    }
    return null;
  }

  private static boolean same(String id, char[] chars, int offset) {
    for (int i = 0, n = id.length(); i < n; i++) {
      if (id.charAt(i) != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Remembers a reference just read in the slot {@link #slot} gave for its id, without hashing the
   * id again (nothing may be remembered in between); a slot of -1 remembers nothing.
   */
  void remember(int slot, Ref<Identified> ref) {
    if (slot >= 0) {
      if (refs[slot] == null) {
        taken++;
      }
      refs[slot] = ref;
      if (taken * 2 > refs.length && refs.length < MAX_SIZE) {
        grow();
      }
    }
  }

  /** How many slots the table has now. */
  int size() {
    return refs.length;
  }

  /** How many references it holds now. */
  int taken() {
    return taken;
  }

  /** Twice the slots, every reference moved to its slot there (the id's hash is the string's). */
  private void grow() {
    Object[] old = refs;
    refs = new Object[old.length * 2];
    for (Object entry : old) {
      if (entry != null) {
        refs[slot(((Ref<?>) entry).id().hashCode(), refs.length)] = entry;
      }
    }
  }

  /** The slot of a hash ({@link String#hashCode()} of the id) in a table of {@code size} slots. */
  private static int slot(int hash, int size) {
    return (hash ^ (hash >>> 16)) & (size - 1);
  }
}
