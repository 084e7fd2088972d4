package dev.entente.serialization.internal;

/**
 * A fixed table of names and their values, looked up by characters: open addressing, at most
 * half full, each name kept as characters and compared by {@link java.util.Arrays#equals(char[],
 * int, int, char[], int, int)}.
 */
final class NameTable<T> {
  private final char[][] keys;
  private final Object[] values;
  private final int mask;

  NameTable(java.util.Map<String, T> byName) {
    int size = Integer.highestOneBit(Math.max(1, byName.size()) * 4 - 1) << 1;
    keys = new char[size][];
    values = new Object[size];
    mask = size - 1;
    byName.forEach((name, value) -> {
      char[] key = name.toCharArray();
      int slot = hash(key, 0, key.length) & mask;
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = key;
      values[slot] = value;
    });
  }

  private static int hash(char[] chars, int offset, int length) {
    int hash = length;
    for (int i = offset, end = offset + length; i < end; i++) {
      hash = 31 * hash + chars[i];
    }
    return hash ^ (hash >>> 16);
  }

  /** The value named by these characters, or null. */
  @SuppressWarnings("unchecked")
  T find(char[] chars, int offset, int length) {
    int end = offset + length;
    for (int slot = hash(chars, offset, length) & mask; keys[slot] != null;
        slot = (slot + 1) & mask) {
      char[] key = keys[slot];
      if (java.util.Arrays.equals(key, 0, key.length, chars, offset, end)) {
        return (T) values[slot];
      }
    }
    return null;
  }
}
