package kz.ecase.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import kz.ecase.merkle.Hash;
import kz.ecase.merkle.InMemoryTree;
import kz.ecase.merkle.MerkleTree;
import org.junit.jupiter.api.Test;

class RightEdgeTest {

  static final long SEED = Long.getLong("ecase.seed", System.nanoTime());

  @Test
  void rootAndCompletedNodesMatchTheReferenceTreeAtEverySize() {
    RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(SEED);
    RightEdge edge = RightEdge.empty();
    InMemoryTree reference = new InMemoryTree();
    assertThat(edge.root()).isEqualTo(Hash.emptyTree());
    for (int i = 0; i < 600; i++) {
      byte[] entry = new byte[random.nextInt(1, 64)];
      random.nextBytes(entry);
      reference.append(entry);

      List<RightEdge.Node> completed = edge.append(Hash.leaf(entry));

      assertThat(edge.root())
          .as("seed %d, size %d", SEED, i + 1)
          .isEqualTo(new MerkleTree(reference).rootHash());
      for (RightEdge.Node node : completed) {
        assertThat(node.hash())
            .as("seed %d, node %d/%d", SEED, node.level(), node.index())
            .isEqualTo(reference.subtree(node.level(), node.index()));
      }
    }
  }

  @Test
  void eachAppendCompletesOneNodePerTrailingOneBitOfTheIndex() {
    RightEdge edge = RightEdge.empty();
    for (long index = 0; index < 1024; index++) {
      List<RightEdge.Node> completed = edge.append(Hash.leaf(new byte[] {(byte) index}));
      assertThat(completed).hasSize(Long.numberOfTrailingZeros(~index));
    }
  }

  @Test
  void anEdgeReadFromStoredSubtreesContinuesLikeTheOriginal() {
    RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(SEED + 1);
    InMemoryTree reference = new InMemoryTree();
    int size = random.nextInt(1, 500);
    List<byte[]> later = new ArrayList<>();
    for (int i = 0; i < size + 50; i++) {
      byte[] entry = {(byte) i, (byte) (i >> 8), (byte) random.nextInt()};
      if (i < size) {
        reference.append(entry);
      } else {
        later.add(entry);
      }
    }

    RightEdge resumed = RightEdge.of(size, reference::subtree);
    for (byte[] entry : later) {
      resumed.append(Hash.leaf(entry));
      reference.append(entry);
    }

    assertThat(resumed.size()).isEqualTo(size + 50);
    assertThat(resumed.root())
        .as("seed %d", SEED + 1)
        .isEqualTo(new MerkleTree(reference).rootHash());
  }
}
