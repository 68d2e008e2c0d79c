package kz.ecase.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import kz.ecase.merkle.Hash;
import org.junit.jupiter.api.Test;

class TreeHasherTest {

  @Test
  void hashesLeavesAndNodesAsTheMerkleLibraryDoesTimeAfterTime() {
    TreeHasher hasher = new TreeHasher();
    Hash previous = Hash.emptyTree();
    for (int i = 0; i < 50; i++) {
      byte[] entry = ("entry " + i).repeat(i).getBytes(StandardCharsets.UTF_8);
      Hash leaf = hasher.leaf(entry);
      assertThat(leaf).isEqualTo(Hash.leaf(entry));
      assertThat(hasher.node(previous, leaf)).isEqualTo(Hash.node(previous, leaf));
      previous = leaf;
    }
  }
}
