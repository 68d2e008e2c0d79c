package kz.ecase.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class HashTest {

  @Test
  void theEmptyTreeHashesTheEmptyString() {
    assertThat(Hash.emptyTree().hex())
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  @Test
  void aLeafIsPrefixedWithZero() {
    assertThat(Hash.leaf(new byte[0]).hex())
        .isEqualTo("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d");
    byte[] entry = "protocol 710001-2024-000042".getBytes(StandardCharsets.UTF_8);
    assertThat(Hash.leaf(entry).bytes()).isEqualTo(ReferenceTree.sha256(new byte[] {0}, entry));
  }

  @Test
  void aNodeIsPrefixedWithOneAndHashesLeftThenRight() {
    Hash left = Hash.leaf(new byte[] {1});
    Hash right = Hash.leaf(new byte[] {2});

    assertThat(Hash.node(left, right).bytes())
        .isEqualTo(ReferenceTree.sha256(new byte[] {1}, left.bytes(), right.bytes()));
    assertThat(Hash.node(left, right)).isNotEqualTo(Hash.node(right, left));
  }

  @Test
  void aLeafCannotPassForANodeOfTheSameBytes() {
    Hash left = Hash.leaf(new byte[] {1});
    Hash right = Hash.leaf(new byte[] {2});
    byte[] concatenation = new byte[64];
    System.arraycopy(left.bytes(), 0, concatenation, 0, 32);
    System.arraycopy(right.bytes(), 0, concatenation, 32, 32);

    assertThat(Hash.leaf(concatenation)).isNotEqualTo(Hash.node(left, right));
  }

  @Test
  void isAValueThatCannotBeChangedFromOutside() {
    byte[] bytes = HexFormat.of().parseHex("00".repeat(32));
    Hash hash = new Hash(bytes);
    bytes[0] = 1;
    hash.bytes()[1] = 1;

    assertThat(hash).isEqualTo(Hash.fromHex("00".repeat(32)));
    assertThat(hash).hasSameHashCodeAs(Hash.fromHex("00".repeat(32)));
    assertThat(hash.toString()).isEqualTo("00".repeat(32));
    assertThat(hash.base64()).isEqualTo("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");
  }

  @Test
  void hasExactly32Bytes() {
    assertThatThrownBy(() -> new Hash(new byte[31])).hasMessageContaining("32 bytes, not 31");
    assertThatThrownBy(() -> Hash.fromHex("00".repeat(33)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
