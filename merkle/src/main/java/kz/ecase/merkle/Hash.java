package kz.ecase.merkle;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A SHA-256 value in the Merkle tree: the hash of a leaf, of an interior node or of a whole tree.
 * Leaf and node hashes are domain-separated as RFC 9162 section 2.1 requires, so that a leaf can
 * never pass for a node: a leaf hashes {@code 0x00 || entry}, a node {@code 0x01 || left || right}.
 *
 * @param bytes the 32 bytes of the hash (copied in and out, the value never changes)
 */
public record Hash(byte[] bytes) {

  /** Length of every hash in bytes. */
  public static final int SIZE = 32;

  private static final byte LEAF_PREFIX = 0x00;
  private static final byte NODE_PREFIX = 0x01;
  private static final Hash EMPTY_TREE = new Hash(sha256().digest());

  public Hash {
    if (bytes == null || bytes.length != SIZE) {
      throw new IllegalArgumentException(
          "a hash has " + SIZE + " bytes, not " + (bytes == null ? "none" : bytes.length));
    }
    bytes = bytes.clone();
  }

  /** The hash of a leaf: SHA-256(0x00 || entry). */
  public static Hash leaf(byte[] entry) {
    MessageDigest sha256 = sha256();
    sha256.update(LEAF_PREFIX);
    sha256.update(entry);
    return new Hash(sha256.digest());
  }

  /** The hash of an interior node: SHA-256(0x01 || left || right). */
  public static Hash node(Hash left, Hash right) {
    MessageDigest sha256 = sha256();
    sha256.update(NODE_PREFIX);
    sha256.update(left.bytes);
    sha256.update(right.bytes);
    return new Hash(sha256.digest());
  }

  /** The root hash of a tree without leaves: SHA-256 of the empty string. */
  public static Hash emptyTree() {
    return EMPTY_TREE;
  }

  /** Reads 64 hexadecimal digits. */
  public static Hash fromHex(String hex) {
    return new Hash(HexFormat.of().parseHex(hex));
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  /** The hash as 64 lowercase hexadecimal digits. */
  public String hex() {
    return HexFormat.of().formatHex(bytes);
  }

  /** The hash in standard base64 with padding, as a checkpoint writes it. */
  public String base64() {
    return Base64.getEncoder().encodeToString(bytes);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Hash hash && MessageDigest.isEqual(bytes, hash.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return hex();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
