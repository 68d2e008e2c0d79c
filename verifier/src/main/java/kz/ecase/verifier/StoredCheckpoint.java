package kz.ecase.verifier;

import kz.ecase.merkle.Checkpoint;
import kz.ecase.merkle.NoteException;

/**
 * One stored checkpoint as a source holds it: the signed note and, where the source keeps them
 * beside the note, its tree size and root hash columns. Nothing in it is trusted before the note's
 * signature is checked with the trusted key.
 *
 * @param treeSize the stored tree size, or -1 when the source keeps only the note
 * @param rootHash the stored root hash column, or null when the source keeps only the note
 * @param signedNote the C2SP signed note
 */
public record StoredCheckpoint(long treeSize, byte[] rootHash, String signedNote) {

  /** A checkpoint known only by its note, as export files and users keep them. */
  public static StoredCheckpoint ofNote(String signedNote) {
    return new StoredCheckpoint(-1, null, signedNote);
  }

  /**
   * The tree size the checkpoint claims, read from the stored column or else from the note's text
   * without checking its signature; -1 if neither says. Only for ordering and for messages.
   */
  public long claimedSize() {
    if (treeSize >= 0) {
      return treeSize;
    }
    return unverifiedSize(signedNote);
  }

  /** The tree size in a signed note's text, signature unchecked; -1 if it has none. */
  static long unverifiedSize(String signedNote) {
    int end = signedNote == null ? -1 : signedNote.indexOf("\n\n");
    if (end < 0) {
      return -1;
    }
    try {
      return Checkpoint.parse(signedNote.substring(0, end + 1)).size();
    } catch (NoteException | IllegalArgumentException e) {
      return -1;
    }
  }
}
