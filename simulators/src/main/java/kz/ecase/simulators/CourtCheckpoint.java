package kz.ecase.simulators;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;

/**
 * The court's last known checkpoint of ecase's ledger: the tree size and root hash (base64) of the
 * newest checkpoint in a court file it accepted, and that signed note, so that ecase sends a
 * consistency proof from it with the next file. Before the first file: the empty tree.
 *
 * @param treeSize the number of ledger entries the checkpoint covers
 * @param rootHash the tree's root hash, base64
 * @param checkpoint the signed note it came in, or null when set by hand or empty
 */
public record CourtCheckpoint(long treeSize, String rootHash, String checkpoint) {

  /** The root of the empty tree (RFC 9162): the SHA-256 of nothing. */
  public static final CourtCheckpoint EMPTY = new CourtCheckpoint(0, emptyRoot(), null);

  public CourtCheckpoint {
    if (treeSize < 0) {
      throw new IllegalArgumentException("treeSize must be 0 or more");
    }
    byte[] root;
    try {
      root = rootHash == null ? null : Base64.getDecoder().decode(rootHash);
    } catch (IllegalArgumentException e) {
      root = null;
    }
    if (root == null || root.length != 32) {
      throw new IllegalArgumentException("rootHash must be 32 bytes in base64");
    }
  }

  /**
   * The checkpoint a signed note carries ({@code <origin>\n<size>\n<root base64>\n…}), if it is
   * one. The simulator does not check its signature: a real court would, with ecase's verifier key.
   */
  static Optional<CourtCheckpoint> of(String signedNote) {
    if (signedNote == null) {
      return Optional.empty();
    }
    String[] lines = signedNote.split("\n", -1);
    if (lines.length < 3) {
      return Optional.empty();
    }
    try {
      return Optional.of(new CourtCheckpoint(Long.parseLong(lines[1]), lines[2], signedNote));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String emptyRoot() {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest("".getBytes(StandardCharsets.US_ASCII));
      return Base64.getEncoder().encodeToString(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
