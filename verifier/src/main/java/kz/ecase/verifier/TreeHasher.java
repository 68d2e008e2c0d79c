package kz.ecase.verifier;

import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import kz.ecase.merkle.Hash;

/**
 * The tree's leaf and node hashes of RFC 9162, {@code SHA-256(0x00 || entry)} and {@code
 * SHA-256(0x01 || left || right)}, as {@link Hash#leaf} and {@link Hash#node} compute them, but
 * with one digest reused for many hashes: looking the algorithm up each time costs about as much as
 * hashing a short entry. Not thread-safe; one per thread.
 */
final class TreeHasher {

  private final MessageDigest sha256;

  TreeHasher() {
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** Writes the hash of a leaf, SHA-256(0x00 || entry), into the first 32 bytes of {@code out}. */
  void leaf(byte[] entry, byte[] out) {
    sha256.update((byte) 0x00);
    sha256.update(entry);
    finish(out);
  }

  /** Writes the hash of an interior node, SHA-256(0x01 || left || right), into {@code out}. */
  void node(byte[] left, byte[] right, byte[] out) {
    sha256.update((byte) 0x01);
    sha256.update(left, 0, Hash.SIZE);
    sha256.update(right, 0, Hash.SIZE);
    finish(out);
  }

  private void finish(byte[] out) {
    try {
      sha256.digest(out, 0, Hash.SIZE);
    } catch (DigestException e) {
      throw new IllegalArgumentException("no room for a hash", e);
    }
  }

  /** The hash of a leaf: SHA-256(0x00 || entry). */
  Hash leaf(byte[] entry) {
    sha256.update((byte) 0x00);
    sha256.update(entry);
    return new Hash(sha256.digest());
  }

  /** The hash of an interior node: SHA-256(0x01 || left || right). */
  Hash node(Hash left, Hash right) {
    sha256.update((byte) 0x01);
    sha256.update(left.bytes());
    sha256.update(right.bytes());
    return new Hash(sha256.digest());
  }
}
