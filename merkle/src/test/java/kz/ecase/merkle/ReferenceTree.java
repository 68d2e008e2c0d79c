package kz.ecase.merkle;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * MTH, PATH and PROOF written as literally as possible from the recursive definitions of RFC 9162
 * section 2.1, hashing with {@link MessageDigest} directly, so that {@link MerkleTree} can be
 * checked against something that shares no code with it. Slow (every call rehashes its leaves) and
 * only for tests.
 */
final class ReferenceTree {

  private ReferenceTree() {}

  /** MTH(D[n]). */
  static Hash mth(List<byte[]> d) {
    return new Hash(mthBytes(d));
  }

  /** PATH(m, D[n]). */
  static List<Hash> path(int m, List<byte[]> d) {
    int n = d.size();
    if (n == 1) {
      return new ArrayList<>();
    }
    int k = largestPowerOfTwoBelow(n);
    List<Hash> path;
    if (m < k) {
      path = path(m, d.subList(0, k));
      path.add(mth(d.subList(k, n)));
    } else {
      path = path(m - k, d.subList(k, n));
      path.add(mth(d.subList(0, k)));
    }
    return path;
  }

  /** PROOF(m, D[n]), for 0 < m <= n. */
  static List<Hash> proof(int m, List<byte[]> d) {
    return subproof(m, d, true);
  }

  private static List<Hash> subproof(int m, List<byte[]> d, boolean b) {
    int n = d.size();
    if (m == n) {
      List<Hash> proof = new ArrayList<>();
      if (!b) {
        proof.add(mth(d));
      }
      return proof;
    }
    int k = largestPowerOfTwoBelow(n);
    List<Hash> proof;
    if (m <= k) {
      proof = subproof(m, d.subList(0, k), b);
      proof.add(mth(d.subList(k, n)));
    } else {
      proof = subproof(m - k, d.subList(k, n), false);
      proof.add(mth(d.subList(0, k)));
    }
    return proof;
  }

  private static byte[] mthBytes(List<byte[]> d) {
    int n = d.size();
    if (n == 0) {
      return sha256(new byte[0]);
    }
    if (n == 1) {
      return sha256(new byte[] {0x00}, d.get(0));
    }
    int k = largestPowerOfTwoBelow(n);
    return sha256(new byte[] {0x01}, mthBytes(d.subList(0, k)), mthBytes(d.subList(k, n)));
  }

  /** The largest power of two smaller than n, for n > 1. */
  private static int largestPowerOfTwoBelow(int n) {
    int k = 1;
    while (k * 2 < n) {
      k *= 2;
    }
    return k;
  }

  static byte[] sha256(byte[]... parts) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      for (byte[] part : parts) {
        sha256.update(part);
      }
      return sha256.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
