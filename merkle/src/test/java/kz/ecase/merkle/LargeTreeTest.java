package kz.ecase.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;

/**
 * Roots and proofs of trees far too big to hold, from a store that makes up a hash for each
 * complete subtree and counts the reads: each answer takes O(log n) reads, never of an incomplete
 * subtree, and the proofs still verify.
 */
class LargeTreeTest {

  private static final long SEED = Long.getLong("ecase.seed", System.nanoTime());

  private final RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(SEED);

  /**
   * Stands in for a database of subtree hashes of a log whose entry {@code i} is the single byte
   * {@code i mod 256}: below level 8 a subtree's hash depends on its index, above it only on its
   * level, so every hash is found without hashing its leaves.
   */
  private static final class CountingNodes implements NodeStore {
    private static final int PATTERN_LEVELS = 8;
    private static final Hash[][] HASHES = new Hash[63][];

    static {
      HASHES[0] = new Hash[1 << PATTERN_LEVELS];
      for (int i = 0; i < HASHES[0].length; i++) {
        HASHES[0][i] = Hash.leaf(new byte[] {(byte) i});
      }
      for (int level = 1; level < HASHES.length; level++) {
        Hash[] below = HASHES[level - 1];
        HASHES[level] = new Hash[Math.max(1, below.length / 2)];
        for (int i = 0; i < HASHES[level].length; i++) {
          HASHES[level][i] =
              Hash.node(below[(2 * i) % below.length], below[(2 * i + 1) % below.length]);
        }
      }
    }

    private final long size;
    private int reads;

    CountingNodes(long size) {
      this.size = size;
    }

    @Override
    public long size() {
      return size;
    }

    @Override
    public Hash subtree(int level, long index) {
      if (level < 0 || level > 62 || index < 0 || (index + 1) > size >>> level) {
        throw new AssertionError("read of incomplete subtree " + level + "/" + index);
      }
      reads++;
      Hash[] row = HASHES[level];
      return row[(int) (index % row.length)];
    }
  }

  @Test
  void theStandInAgreesWithTheRfcOnSmallTrees() {
    List<byte[]> entries = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      entries.add(new byte[] {(byte) i});
    }
    for (int n : new int[] {1, 2, 255, 256, 257, 511, 512, 513, 600}) {
      assertThat(new MerkleTree(new CountingNodes(n)).rootHash())
          .as("size %d", n)
          .isEqualTo(ReferenceTree.mth(entries.subList(0, n)));
    }
  }

  @Test
  void proofsOfHugeTreesTakeLogarithmicallyManyReadsAndVerify() {
    for (int trial = 0; trial < 200; trial++) {
      long n = 1 + random.nextLong(1L << (1 + random.nextInt(50)));
      long m = random.nextLong(n);
      long old = 1 + random.nextLong(n);
      CountingNodes nodes = new CountingNodes(n);
      MerkleTree tree = new MerkleTree(nodes);
      int levels = 64 - Long.numberOfLeadingZeros(n);
      String context = String.format("seed %d, size %d", SEED, n);

      nodes.reads = 0;
      Hash root = tree.rootHash(n);
      assertThat(nodes.reads).as(context + ", root").isLessThanOrEqualTo(levels);

      nodes.reads = 0;
      InclusionProof inclusion = tree.inclusionProof(m, n);
      assertThat(nodes.reads).as(context + ", leaf %d", m).isLessThanOrEqualTo(2 * levels);
      Hash leaf = nodes.subtree(0, m);
      assertThatCode(() -> inclusion.verify(leaf, root))
          .as(context + ", leaf %d", m)
          .doesNotThrowAnyException();

      Hash oldRoot = tree.rootHash(old);
      nodes.reads = 0;
      ConsistencyProof consistency = tree.consistencyProof(old, n);
      assertThat(nodes.reads).as(context + ", from %d", old).isLessThanOrEqualTo(2 * levels);
      assertThatCode(() -> consistency.verify(oldRoot, root))
          .as(context + ", from %d", old)
          .doesNotThrowAnyException();
    }
  }
}
