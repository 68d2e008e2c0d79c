package kz.ecase.verifier;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Each record's latest index, the one thing the audit keeps that grows with the ledger. Keys of at
 * most 55 ASCII characters, all that the application makes, live inline in an open-addressing table
 * of 64-byte slots (one cache line: the index, the key's length and its bytes), so that looking a
 * record up costs one memory access however large the ledger; an ordinary map holds any other key.
 * Not thread-safe.
 */
final class LatestIndexes {

  private static final int SLOT = 8;
  static final int KEY_LONGS = SLOT - 1;
  static final int MAX_INLINE = KEY_LONGS * Long.BYTES - 1;

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private final Map<String, long[]> others = new HashMap<>();
  private final long[] key = new long[KEY_LONGS];
  private long[] slots = new long[1024 * SLOT];
  private int mask = 1023;
  private int count;
  private long previous;

  /**
   * Remembers {@code index} as the record's latest; answers whether the record was seen before, its
   * latest index until now being then {@link #previous()}. {@code packed} holds at {@code offset}
   * the key as {@link #pack} left it, or zero if it did not fit.
   */
  boolean put(String recordKey, long[] packed, int offset, long index) {
    if (packed[offset] == 0) {
      long[] latest = others.get(recordKey);
      if (latest == null) {
        others.put(recordKey, new long[] {index});
        return false;
      }
      previous = latest[0];
      latest[0] = index;
      return true;
    }
    int slot = find(slots, mask, packed, offset);
    int base = slot * SLOT;
    if (slots[base + 1] != 0) {
      previous = slots[base];
      slots[base] = index;
      return true;
    }
    slots[base] = index;
    System.arraycopy(packed, offset, slots, base + 1, KEY_LONGS);
    if (++count > (mask + 1) * 0.6) {
      grow();
    }
    return false;
  }

  /** As {@link #put(String, long[], int, long)}, packing the key here. */
  boolean put(String recordKey, long index) {
    pack(recordKey, key, 0);
    return put(recordKey, key, 0, index);
  }

  /** The record's latest index before the last {@link #put} that found it. */
  long previous() {
    return previous;
  }

  /**
   * Packs the key's length and ASCII bytes into {@value #KEY_LONGS} longs of {@code into} from
   * {@code offset}, for {@link #put}; leaves them zero if the key does not fit inline.
   */
  static void pack(String recordKey, long[] into, int offset) {
    Arrays.fill(into, offset, offset + KEY_LONGS, 0);
    int length = recordKey.length();
    if (length == 0 || length > MAX_INLINE) {
      return;
    }
    for (int i = 0; i < length; i++) {
      char c = recordKey.charAt(i);
      if (c >= 0x80) {
        Arrays.fill(into, offset, offset + KEY_LONGS, 0);
        return;
      }
      int at = i + 1;
      into[offset + (at >>> 3)] |= (long) c << ((at & 7) << 3);
    }
    into[offset] |= length;
  }

  /**
   * As {@link #pack(String, long[], int)}, for a key given as {@code length} bytes of {@code bytes}
   * from {@code from}: the same longs for the same ASCII key, zeros for a key beyond ASCII.
   */
  static void pack(byte[] bytes, int from, int length, long[] into, int offset) {
    int words = (length + Long.BYTES) / Long.BYTES; // the longs the length and the bytes fill
    if (length > 0
        && length <= MAX_INLINE
        && from > 0
        && from - 1 + words * Long.BYTES <= bytes.length) {
      packByWords(bytes, from, length, words, into, offset);
      return;
    }
    Arrays.fill(into, offset, offset + KEY_LONGS, 0);
    if (length == 0 || length > MAX_INLINE) {
      return;
    }
    for (int i = 0; i < length; i++) {
      byte c = bytes[from + i];
      if (c < 0) {
        Arrays.fill(into, offset, offset + KEY_LONGS, 0);
        return;
      }
      int at = i + 1;
      into[offset + (at >>> 3)] |= (long) c << ((at & 7) << 3);
    }
    into[offset] |= length;
  }

  /**
   * As {@link #pack(byte[], int, int, long[], int)}, eight bytes at a time: long {@code j} of the
   * packed key holds the bytes from {@code from - 1 + 8 * j} on, read as one little-endian long,
   * its first byte (not the key's) replaced by the length and the bytes beyond the key cleared.
   */
  private static void packByWords(
      byte[] bytes, int from, int length, int words, long[] into, int offset) {
    long beyondAscii = 0;
    for (int j = 0; j < words; j++) {
      long word = (long) LONGS.get(bytes, from - 1 + j * Long.BYTES);
      int kept = Math.min(length + 1 - j * Long.BYTES, Long.BYTES); // bytes of the key, and length
      if (kept < Long.BYTES) {
        word &= (1L << (kept * Long.BYTES)) - 1;
      }
      if (j == 0) {
        word = (word & ~0xffL) | length;
        beyondAscii |= word & ~0xffL;
      } else {
        beyondAscii |= word;
      }
      into[offset + j] = word;
    }
    boolean ascii = (beyondAscii & 0x8080808080808080L) == 0;
    for (int j = ascii ? words : 0; j < KEY_LONGS; j++) {
      into[offset + j] = 0;
    }
  }

  /**
   * Reads the slot where the packed key is looked for first, and answers a word of it, so that the
   * {@link #put} of that key soon after finds it in the cache: done for many keys in a row, the
   * cache misses of their look-ups overlap instead of following one another. Changes nothing.
   */
  long touch(long[] packed, int offset) {
    return packed[offset] == 0 ? 0 : slots[home(packed, offset, mask) * SLOT];
  }

  /**
   * Which of two halves the record falls into, 0 or 1, by a hash of its key: {@code packed} at
   * {@code offset} as {@link #pack} left it, or {@code recordKey} when that is zero. The same key
   * always falls into the same half, so that each half's chains can be followed apart.
   */
  static int half(long[] packed, int offset, String recordKey) {
    if (packed[offset] == 0) {
      return recordKey.hashCode() >>> 31;
    }
    long hash = 0;
    for (int i = 0; i < KEY_LONGS; i++) {
      hash = (hash ^ packed[offset + i]) * 0x9e3779b97f4a7c15L;
    }
    return (int) (hash >>> 63);
  }

  /** The slot where the packed key is looked for first. */
  private static int home(long[] packed, int offset, int mask) {
    long hash = 0;
    for (int i = 0; i < KEY_LONGS; i++) {
      hash = (hash ^ packed[offset + i]) * 0x9e3779b97f4a7c15L;
    }
    return (int) (hash ^ (hash >>> 32)) & mask;
  }

  /** The slot holding {@code packed}, or the empty one where it belongs. */
  private static int find(long[] slots, int mask, long[] packed, int offset) {
    int slot = home(packed, offset, mask);
    while (true) {
      int base = slot * SLOT;
      if (slots[base + 1] == 0 || matches(slots, base, packed, offset)) {
        return slot;
      }
      slot = (slot + 1) & mask;
    }
  }

  private static boolean matches(long[] slots, int base, long[] packed, int offset) {
    for (int i = 0; i < KEY_LONGS; i++) {
      if (slots[base + 1 + i] != packed[offset + i]) {
        return false;
      }
    }
    return true;
  }

  private void grow() {
    int newMask = mask * 2 + 1;
    long[] grown = new long[(newMask + 1) * SLOT];
    long[] packed = new long[KEY_LONGS];
    for (int base = 0; base < slots.length; base += SLOT) {
      if (slots[base + 1] != 0) {
        System.arraycopy(slots, base + 1, packed, 0, KEY_LONGS);
        int to = find(grown, newMask, packed, 0) * SLOT;
        System.arraycopy(slots, base, grown, to, SLOT);
      }
    }
    slots = grown;
    mask = newMask;
  }
}
