package kz.ecase.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;

/**
 * The table against a plain map, over random record keys (short and long, ASCII and not, some
 * differing only in their last character) as it grows well past its first size. The seed is printed
 * with any failure; {@code -Decase.seed=} replays it.
 */
class LatestIndexesTest {

  private static final long SEED = Long.getLong("ecase.seed", System.nanoTime());

  private final RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(SEED);

  @Test
  void remembersEachRecordsLatestIndexAsAMapWould() {
    LatestIndexes table = new LatestIndexes();
    Map<String, Long> expected = new HashMap<>();
    String[] alphabet = {"a", "b", "7", "/", "-", "ж", "😀", "z"};
    for (long index = 0; index < 60_000; index++) {
      String key;
      if (random.nextInt(4) > 0 && !expected.isEmpty()) {
        key = "protocol/7100022600" + random.nextInt(Math.max(1, expected.size()));
      } else {
        StringBuilder text = new StringBuilder("t/");
        int length = random.nextInt(4) == 0 ? 40 + random.nextInt(30) : 1 + random.nextInt(12);
        for (int i = 0; i < length; i++) {
          text.append(alphabet[random.nextInt(random.nextInt(10) == 0 ? 8 : 5)]);
        }
        key = text.toString();
      }
      Long before = expected.put(key, index);

      boolean seen = table.put(key, index);

      assertThat(seen).as("seed %d, key %s", SEED, key).isEqualTo(before != null);
      if (seen) {
        assertThat(table.previous()).as("seed %d, key %s", SEED, key).isEqualTo(before);
      }
    }
  }

  @Test
  void packsAKeysBytesAsItPacksTheKey() {
    String[] keys = {
      "protocol/710002260000001", "t/" + "a".repeat(53), "t/" + "a".repeat(54), "t/ж", "x"
    };
    for (String key : keys) {
      long[] fromText = new long[LatestIndexes.KEY_LONGS];
      long[] fromBytes = new long[LatestIndexes.KEY_LONGS + 2];
      byte[] bytes = ("~" + key + "~").getBytes(StandardCharsets.UTF_8);
      LatestIndexes.pack(key, fromText, 0);
      LatestIndexes.pack(bytes, 1, bytes.length - 2, fromBytes, 1);

      assertThat(Arrays.copyOfRange(fromBytes, 1, 1 + LatestIndexes.KEY_LONGS))
          .as(key)
          .isEqualTo(fromText);
    }
  }

  /**
   * Packing a key's bytes eight at a time (when the array holds the bytes around them) gives the
   * longs packing its text gives, whatever lies before and after it: random keys of every length to
   * beyond what packs, ASCII and not, at random places among random bytes.
   */
  @Test
  void packsAKeysBytesAsItPacksTheKeyWhereverTheyLie() {
    String[] alphabet = {"a", "Z", "7", "/", "~", "ж", "\u007f", "\u0080"};
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(LatestIndexes.MAX_INLINE + 4);
      for (int i = 0; i < length; i++) {
        text.append(alphabet[random.nextInt(random.nextInt(5) == 0 ? 8 : 5)]);
      }
      String key = text.toString();
      byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
      byte[] bytes = new byte[keyBytes.length + random.nextInt(70)];
      random.nextBytes(bytes);
      int from = random.nextInt(bytes.length - keyBytes.length + 1);
      System.arraycopy(keyBytes, 0, bytes, from, keyBytes.length);
      long[] fromText = new long[LatestIndexes.KEY_LONGS];
      long[] fromBytes = new long[LatestIndexes.KEY_LONGS + 2];
      Arrays.fill(fromBytes, -1);
      LatestIndexes.pack(key, fromText, 0);
      LatestIndexes.pack(bytes, from, keyBytes.length, fromBytes, 1);

      assertThat(Arrays.copyOfRange(fromBytes, 1, 1 + LatestIndexes.KEY_LONGS))
          .as("seed %d, key %s at %d of %d bytes", SEED, key, from, bytes.length)
          .isEqualTo(fromText);
    }
  }

  /**
   * Each record falls into one half whether its key is packed from its text or from its bytes, or
   * does not pack; and the application's keys fall into both halves, about evenly.
   */
  @Test
  void putsEachRecordInOneHalfAndTheKeysInBoth() {
    int[] counts = new int[2];
    for (int n = 0; n < 10_000; n++) {
      String key =
          switch (n % 3) {
            case 0 -> "protocol/71000226" + String.format("%07d", random.nextInt(10_000_000));
            case 1 -> "t/" + "a".repeat(50 + n % 10); // some too long to pack
            default -> "t/ж" + n; // beyond ASCII: not packed
          };
      long[] fromText = new long[LatestIndexes.KEY_LONGS];
      long[] fromBytes = new long[LatestIndexes.KEY_LONGS];
      byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
      LatestIndexes.pack(key, fromText, 0);
      LatestIndexes.pack(bytes, 0, bytes.length, fromBytes, 0);

      int half = LatestIndexes.half(fromText, 0, key);
      assertThat(LatestIndexes.half(fromBytes, 0, key)).as(key).isEqualTo(half);
      assertThat(half).as(key).isBetween(0, 1);
      if (n % 3 == 0) {
        counts[half]++;
      }
    }
    assertThat(counts[0]).as("application keys in half 0 of %d", 3334).isBetween(1_500, 1_834);
  }
}
