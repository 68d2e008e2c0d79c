package kz.ecase.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The efficient tree against the RFC's recursive definitions, for random trees of up to 300 leaves:
 * same roots, same proofs, every genuine proof verifies and no altered one does.
 */
class MerkleTreePropertyTest {

  private static final long SEED = Long.getLong("ecase.seed", System.nanoTime());
  private static final int MAX_SIZE = 300;
  private static final int TRIALS = 150;

  private static List<byte[]> entries;
  private static MerkleTree tree;

  /** {@code roots.get(n)} is MTH of the first n entries, by the RFC's definition. */
  private static List<Hash> roots;

  private final RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(SEED);

  @BeforeAll
  static void growATree() {
    RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(SEED);
    entries = InMemoryTreeTest.randomEntries(random, MAX_SIZE);
    tree = new MerkleTree(MerkleTreeTest.treeOf(entries));
    roots = new ArrayList<>();
    for (int n = 0; n <= MAX_SIZE; n++) {
      roots.add(ReferenceTree.mth(entries.subList(0, n)));
    }
  }

  @Test
  void rootsAreTheRfcsForEverySize() {
    for (int n = 0; n <= MAX_SIZE; n++) {
      assertThat(tree.rootHash(n)).as("seed %d, size %d", SEED, n).isEqualTo(roots.get(n));
    }
  }

  @Test
  void inclusionProofsAreTheRfcsAndVerify() {
    for (int n = 1; n <= 40; n++) {
      for (int m = 0; m < n; m++) {
        checkInclusion(m, n);
      }
    }
    for (int trial = 0; trial < TRIALS; trial++) {
      int n = 1 + random.nextInt(MAX_SIZE);
      checkInclusion(random.nextInt(n), n);
    }
  }

  private void checkInclusion(int m, int n) {
    InclusionProof proof = tree.inclusionProof(m, n);
    assertThat(proof.path())
        .as("seed %d, leaf %d of %d", SEED, m, n)
        .isEqualTo(ReferenceTree.path(m, entries.subList(0, n)));
    assertThatCode(() -> proof.verify(leaf(m), roots.get(n)))
        .as("seed %d, leaf %d of %d", SEED, m, n)
        .doesNotThrowAnyException();
  }

  @Test
  void inclusionProofsWithAFlippedBitAreRejected() {
    for (int trial = 0; trial < TRIALS; trial++) {
      int n = 1 + random.nextInt(MAX_SIZE);
      int m = random.nextInt(n);
      InclusionProof proof = tree.inclusionProof(m, n);
      String context = String.format("seed %d, leaf %d of %d", SEED, m, n);
      for (int i = 0; i < proof.path().size(); i++) {
        List<Hash> path = new ArrayList<>(proof.path());
        path.set(i, flipRandomBit(path.get(i)));
        InclusionProof tampered = new InclusionProof(m, n, path);
        assertThatThrownBy(() -> tampered.verify(leaf(m), roots.get(n)))
            .as("%s, hash %d altered", context, i)
            .isInstanceOf(ProofException.class)
            .hasMessage("inclusion proof does not lead to the expected root hash");
      }
      assertThatThrownBy(() -> proof.verify(flipRandomBit(leaf(m)), roots.get(n)))
          .as("%s, leaf altered", context)
          .isInstanceOf(ProofException.class);
      assertThatThrownBy(() -> proof.verify(leaf(m), flipRandomBit(roots.get(n))))
          .as("%s, root altered", context)
          .isInstanceOf(ProofException.class);
    }
  }

  @Test
  void inclusionProofsWithAHashTooManyOrTooFewAreRejected() {
    for (int trial = 0; trial < TRIALS; trial++) {
      int n = 1 + random.nextInt(MAX_SIZE);
      int m = random.nextInt(n);
      List<Hash> path = tree.inclusionProof(m, n).path();
      String context = String.format("seed %d, leaf %d of %d", SEED, m, n);

      List<Hash> longer = new ArrayList<>(path);
      longer.add(roots.get(random.nextInt(MAX_SIZE + 1)));
      assertThatThrownBy(() -> new InclusionProof(m, n, longer).verify(leaf(m), roots.get(n)))
          .as("%s, hash added", context)
          .isInstanceOf(ProofException.class)
          .hasMessageContaining("wrong number of hashes");
      if (!path.isEmpty()) {
        List<Hash> shorter = path.subList(0, path.size() - 1);
        assertThatThrownBy(() -> new InclusionProof(m, n, shorter).verify(leaf(m), roots.get(n)))
            .as("%s, last hash dropped", context)
            .isInstanceOf(ProofException.class)
            .hasMessageContaining("wrong number of hashes");
      }
    }
  }

  @Test
  void inclusionProofsForAnotherIndexOrSizeAreRejected() {
    for (int trial = 0; trial < TRIALS / 3; trial++) {
      int n = 1 + random.nextInt(MAX_SIZE);
      int m = random.nextInt(n);
      List<Hash> path = tree.inclusionProof(m, n).path();
      String context = String.format("seed %d, leaf %d of %d", SEED, m, n);
      for (int otherIndex = -1; otherIndex <= n; otherIndex++) {
        if (otherIndex != m) {
          InclusionProof claimed = new InclusionProof(otherIndex, n, path);
          assertThatThrownBy(() -> claimed.verify(leaf(m), roots.get(n)))
              .as("%s, claimed as leaf %d", context, otherIndex)
              .isInstanceOf(ProofException.class);
        }
      }
      for (int otherSize = 0; otherSize <= MAX_SIZE; otherSize++) {
        if (otherSize != n) {
          InclusionProof claimed = new InclusionProof(m, otherSize, path);
          Hash otherRoot = roots.get(otherSize);
          assertThatThrownBy(() -> claimed.verify(leaf(m), otherRoot))
              .as("%s, claimed for size %d", context, otherSize)
              .isInstanceOf(ProofException.class);
        }
      }
    }
  }

  @Test
  void consistencyProofsAreTheRfcsAndVerify() {
    for (int n = 0; n <= 40; n++) {
      for (int m = 0; m <= n; m++) {
        checkConsistency(m, n);
      }
    }
    for (int trial = 0; trial < TRIALS; trial++) {
      int n = random.nextInt(MAX_SIZE + 1);
      checkConsistency(random.nextInt(n + 1), n);
    }
  }

  private void checkConsistency(int m, int n) {
    ConsistencyProof proof = tree.consistencyProof(m, n);
    String context = String.format("seed %d, %d to %d", SEED, m, n);
    assertThat(proof.path()).as(context).isEqualTo(expectedConsistency(m, n));
    assertThatCode(() -> proof.verify(roots.get(m), roots.get(n)))
        .as(context)
        .doesNotThrowAnyException();
  }

  @Test
  void consistencyProofsWithAFlippedBitOrWrongLengthAreRejected() {
    for (int trial = 0; trial < TRIALS; trial++) {
      int n = 2 + random.nextInt(MAX_SIZE - 1);
      int m = 1 + random.nextInt(n - 1);
      ConsistencyProof proof = tree.consistencyProof(m, n);
      String context = String.format("seed %d, %d to %d", SEED, m, n);
      for (int i = 0; i < proof.path().size(); i++) {
        List<Hash> path = new ArrayList<>(proof.path());
        path.set(i, flipRandomBit(path.get(i)));
        ConsistencyProof tampered = new ConsistencyProof(m, n, path);
        assertThatThrownBy(() -> tampered.verify(roots.get(m), roots.get(n)))
            .as("%s, hash %d altered", context, i)
            .isInstanceOf(ProofException.class)
            .hasMessageStartingWith("consistency proof does not lead to");
      }
      assertThatThrownBy(() -> proof.verify(flipRandomBit(roots.get(m)), roots.get(n)))
          .as("%s, old root altered", context)
          .isInstanceOf(ProofException.class);
      assertThatThrownBy(() -> proof.verify(roots.get(m), flipRandomBit(roots.get(n))))
          .as("%s, new root altered", context)
          .isInstanceOf(ProofException.class);

      List<Hash> longer = new ArrayList<>(proof.path());
      longer.add(roots.get(random.nextInt(MAX_SIZE + 1)));
      assertThatThrownBy(
              () -> new ConsistencyProof(m, n, longer).verify(roots.get(m), roots.get(n)))
          .as("%s, hash added", context)
          .isInstanceOf(ProofException.class)
          .hasMessageContaining("wrong number of hashes");
      List<Hash> shorter = proof.path().subList(0, proof.path().size() - 1);
      assertThatThrownBy(
              () -> new ConsistencyProof(m, n, shorter).verify(roots.get(m), roots.get(n)))
          .as("%s, last hash dropped", context)
          .isInstanceOf(ProofException.class)
          .hasMessageContaining("wrong number of hashes");
    }
  }

  /**
   * A proof claimed for other sizes, with the true roots of those sizes, verifies only if it
   * happens to be the genuine proof for them too (as the empty proof is for 0 to n and n to n).
   */
  @Test
  void consistencyProofsForOtherSizesAreRejected() {
    for (int trial = 0; trial < TRIALS / 3; trial++) {
      int n = random.nextInt(MAX_SIZE + 1);
      int m = random.nextInt(n + 1);
      List<Hash> path = tree.consistencyProof(m, n).path();
      String context = String.format("seed %d, %d to %d", SEED, m, n);
      for (int otherOld = 0; otherOld <= n; otherOld++) {
        expectAcceptedOnlyIfGenuine(path, otherOld, n, context);
      }
      for (int otherNew = m; otherNew <= MAX_SIZE; otherNew++) {
        expectAcceptedOnlyIfGenuine(path, m, otherNew, context);
      }
    }
  }

  private void expectAcceptedOnlyIfGenuine(List<Hash> path, int m, int n, String context) {
    ConsistencyProof claimed = new ConsistencyProof(m, n, path);
    if (path.equals(expectedConsistency(m, n))) {
      assertThatCode(() -> claimed.verify(roots.get(m), roots.get(n)))
          .as("%s, claimed for %d to %d, where it is genuine", context, m, n)
          .doesNotThrowAnyException();
    } else {
      assertThatThrownBy(() -> claimed.verify(roots.get(m), roots.get(n)))
          .as("%s, claimed for %d to %d", context, m, n)
          .isInstanceOf(ProofException.class);
    }
  }

  /** PROOF(m, D[n]) by the RFC's definition, and the empty proof where the RFC has none. */
  private static List<Hash> expectedConsistency(int m, int n) {
    return m == 0 ? List.of() : ReferenceTree.proof(m, entries.subList(0, n));
  }

  private static Hash leaf(int index) {
    return Hash.leaf(entries.get(index));
  }

  private Hash flipRandomBit(Hash hash) {
    byte[] bytes = hash.bytes();
    int bit = random.nextInt(Hash.SIZE * 8);
    bytes[bit / 8] ^= (byte) (1 << (bit % 8));
    return new Hash(bytes);
  }
}
