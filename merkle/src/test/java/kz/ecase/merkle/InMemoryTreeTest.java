package kz.ecase.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;

class InMemoryTreeTest {

  private static final long SEED = Long.getLong("ecase.seed", System.nanoTime());

  private final RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(SEED);

  @Test
  void appendReturnsTheLeafIndex() {
    InMemoryTree tree = new InMemoryTree();

    assertThat(tree.append(new byte[] {1})).isZero();
    assertThat(tree.append(new byte[] {2})).isEqualTo(1);
    assertThat(tree.appendLeafHash(Hash.leaf(new byte[] {3}))).isEqualTo(2);
    assertThat(tree.size()).isEqualTo(3);
  }

  @Test
  void everyCompleteSubtreeHoldsTheRootOfItsLeaves() {
    List<byte[]> entries = randomEntries(random, 1 + random.nextInt(200));
    InMemoryTree tree = MerkleTreeTest.treeOf(entries);

    for (int level = 0; 1 << level <= entries.size(); level++) {
      int width = 1 << level;
      for (int index = 0; (index + 1) * width <= entries.size(); index++) {
        assertThat(tree.subtree(level, index))
            .as("seed %d, %d leaves, level %d, index %d", SEED, entries.size(), level, index)
            .isEqualTo(ReferenceTree.mth(entries.subList(index * width, (index + 1) * width)));
      }
    }
  }

  @Test
  void refusesSubtreesThatAreNotComplete() {
    InMemoryTree tree = MerkleTreeTest.treeOf(MerkleTreeTest.LEAVES.subList(0, 6));

    assertThat(tree.subtree(1, 2))
        .isEqualTo(ReferenceTree.mth(MerkleTreeTest.LEAVES.subList(4, 6)));
    assertThatThrownBy(() -> tree.subtree(2, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the subtree at level 2, index 1 is not complete");
    assertThatThrownBy(() -> tree.subtree(0, 6)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> tree.subtree(3, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> tree.subtree(0, -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void keepsOneHashPerCompleteSubtree() {
    InMemoryTree tree = new InMemoryTree();
    for (int i = 0; i < 1000; i++) {
      tree.append(new byte[] {(byte) i});
    }
    // 1000 + 500 + 250 + 125 + 62 + 31 + 15 + 7 + 3 + 1 hashes, one level per halving
    assertThat(tree.subtree(9, 0)).isNotNull();
    assertThatThrownBy(() -> tree.subtree(10, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(tree.subtree(3, 124)).isNotNull();
    assertThatThrownBy(() -> tree.subtree(3, 125)).isInstanceOf(IllegalArgumentException.class);
  }

  /** Entries that are all different: a 4-byte counter, then 0 to 36 random bytes. */
  static List<byte[]> randomEntries(RandomGenerator random, int count) {
    List<byte[]> entries = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      byte[] entry = new byte[4 + random.nextInt(37)];
      random.nextBytes(entry);
      entry[0] = (byte) (i >>> 24);
      entry[1] = (byte) (i >>> 16);
      entry[2] = (byte) (i >>> 8);
      entry[3] = (byte) i;
      entries.add(entry);
    }
    return entries;
  }
}
