package kz.ecase.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import kz.ecase.merkle.Hash;
import kz.ecase.merkle.InMemoryTree;
import kz.ecase.merkle.MerkleTree;
import org.junit.jupiter.api.Test;

class ConsistencyWitnessTest {

  @Test
  void keepsExactlyWhatTheProofFromAnyOldSizeToAnyLaterSizeNeeds() {
    InMemoryTree full = new InMemoryTree();
    for (int i = 0; i < 70; i++) {
      full.append(new byte[] {(byte) i});
    }
    MerkleTree reference = new MerkleTree(full);
    for (long old = 1; old <= 70; old++) {
      for (long end = old; end <= 70; end++) {
        ConsistencyWitness witness = new ConsistencyWitness(old);
        TreeEdge edge = new TreeEdge();
        for (int i = 0; i < 70; i++) {
          edge.append(Hash.leaf(new byte[] {(byte) i}), witness);
          if (edge.size() == end) {
            witness.markEnd(edge);
          }
        }
        assertThat(witness.proof().path())
            .as("proof from %d to %d", old, end)
            .isEqualTo(reference.consistencyProof(old, end).path());
      }
    }
  }

  @Test
  void theEdgeRootIsTheTreesRoot() {
    InMemoryTree full = new InMemoryTree();
    TreeEdge edge = new TreeEdge();
    for (int i = 0; i < 37; i++) {
      full.append(new byte[] {(byte) i});
      edge.append(Hash.leaf(new byte[] {(byte) i}), (level, index, hash) -> {});
      assertThat(edge.root()).isEqualTo(new MerkleTree(full).rootHash());
    }
  }
}
