package kz.ecase.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Known answers: the eight-leaf tree that Certificate Transparency implementations test against,
 * its roots and some of its proofs, each also checked against the RFC's definitions.
 */
class MerkleTreeTest {

  static final List<byte[]> LEAVES =
      Stream.of(
              "",
              "00",
              "10",
              "2021",
              "3031",
              "40414243",
              "5051525354555657",
              "606162636465666768696a6b6c6d6e6f")
          .map(HexFormat.of()::parseHex)
          .toList();

  /** Root hashes of the trees of the first 1, 2, ... 8 leaves. */
  static final List<Hash> ROOTS =
      Stream.of(
              "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
              "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
              "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
              "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
              "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
              "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
              "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
              "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328")
          .map(Hash::fromHex)
          .toList();

  private final MerkleTree tree = new MerkleTree(treeOf(LEAVES));

  static InMemoryTree treeOf(List<byte[]> entries) {
    InMemoryTree tree = new InMemoryTree();
    entries.forEach(tree::append);
    return tree;
  }

  @Test
  void rootOfAllEightLeavesIsTheKnownOne() {
    assertThat(tree.rootHash().hex())
        .isEqualTo("5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");
  }

  @Test
  void everyEarlierRootIsTheKnownOne() {
    assertThat(tree.rootHash(0)).isEqualTo(Hash.emptyTree());
    for (int size = 1; size <= 8; size++) {
      assertThat(tree.rootHash(size)).as("size %d", size).isEqualTo(ROOTS.get(size - 1));
      assertThat(ReferenceTree.mth(LEAVES.subList(0, size)))
          .as("size %d by the RFC's definition", size)
          .isEqualTo(ROOTS.get(size - 1));
    }
  }

  @ParameterizedTest(name = "leaf {0} of {1}")
  @CsvSource({
    "0, 1, ''",
    "0, 8, 96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7"
        + " 5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e"
        + " 6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
    "5, 8, bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"
        + " ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0"
        + " d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "2, 3, fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "1, 5, 6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d"
        + " 5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e"
        + " bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"
  })
  void inclusionProofsAreTheKnownOnes(int index, int size, String hexPath) {
    List<Hash> expected = hashes(hexPath);

    InclusionProof proof = tree.inclusionProof(index, size);

    assertThat(proof).isEqualTo(new InclusionProof(index, size, expected));
    assertThat(ReferenceTree.path(index, LEAVES.subList(0, size))).isEqualTo(expected);
    proof.verify(Hash.leaf(LEAVES.get(index)), ROOTS.get(size - 1));
  }

  @ParameterizedTest(name = "{0} to {1}")
  @CsvSource({
    "1, 1, ''",
    "1, 8, 96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7"
        + " 5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e"
        + " 6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
    "6, 8, 0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a"
        + " ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0"
        + " d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "2, 5, 5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e"
        + " bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"
  })
  void consistencyProofsAreTheKnownOnes(int oldSize, int newSize, String hexPath) {
    List<Hash> expected = hashes(hexPath);

    ConsistencyProof proof = tree.consistencyProof(oldSize, newSize);

    assertThat(proof).isEqualTo(new ConsistencyProof(oldSize, newSize, expected));
    assertThat(ReferenceTree.proof(oldSize, LEAVES.subList(0, newSize))).isEqualTo(expected);
    proof.verify(ROOTS.get(oldSize - 1), ROOTS.get(newSize - 1));
  }

  @Test
  void everyTreeIsConsistentWithTheEmptyTree() {
    ConsistencyProof proof = tree.consistencyProof(0, 8);

    assertThat(proof.path()).isEmpty();
    proof.verify(Hash.emptyTree(), ROOTS.get(7));
  }

  @Test
  void refusesSizesTheLogHasNotReached() {
    assertThatThrownBy(() -> tree.rootHash(9))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the log has 8 leaves, so it has no tree of 9");
    assertThatThrownBy(() -> tree.rootHash(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> tree.inclusionProof(8, 8))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("leaf 8 is not in a tree of 8 leaves");
    assertThatThrownBy(() -> tree.inclusionProof(-1, 8))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> tree.inclusionProof(0, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> tree.consistencyProof(5, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a tree of 5 leaves cannot be a prefix of one of 4");
    assertThatThrownBy(() -> tree.consistencyProof(4, 9))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anEmptyLogHasTheEmptyRoot() {
    assertThat(new MerkleTree(new InMemoryTree()).rootHash()).isEqualTo(Hash.emptyTree());
  }

  static List<Hash> hashes(String hexes) {
    return hexes.isBlank()
        ? List.of()
        : Stream.of(hexes.trim().split(" +")).map(Hash::fromHex).toList();
  }
}
