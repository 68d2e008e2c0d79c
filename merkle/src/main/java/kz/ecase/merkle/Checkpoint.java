package kz.ecase.merkle;

import java.util.List;

/**
 * What a log commits to at one moment, in the note text format of c2sp.org/tlog-checkpoint: the
 * log's origin, its tree size and the tree's root hash, one per line, then optional extension
 * lines. Signed with {@link NoteSigner} it becomes a signed tree head that auditors, witnesses and
 * courts can hold the log to.
 *
 * @param origin unique name of the log, such as {@code ecase.example/registry}
 * @param size number of entries in the tree
 * @param rootHash root hash of the tree of {@code size} entries
 * @param extensions extra lines, each non-empty; usually none
 */
public record Checkpoint(String origin, long size, Hash rootHash, List<String> extensions) {

  public Checkpoint {
    requireLine(origin, "origin");
    if (size < 0) {
      throw new IllegalArgumentException("a tree size is not negative: " + size);
    }
    if (rootHash == null) {
      throw new IllegalArgumentException("a checkpoint has a root hash");
    }
    extensions = List.copyOf(extensions);
    extensions.forEach(line -> requireLine(line, "extension line"));
  }

  /** A checkpoint without extension lines. */
  public Checkpoint(String origin, long size, Hash rootHash) {
    this(origin, size, rootHash, List.of());
  }

  /** The note text: origin, size, base64 root hash and extension lines, each ending in newline. */
  public String format() {
    StringBuilder text = new StringBuilder();
    text.append(origin).append('\n').append(size).append('\n').append(rootHash.base64());
    text.append('\n');
    extensions.forEach(line -> text.append(line).append('\n'));
    return text.toString();
  }

  /**
   * Reads a checkpoint's note text. Only the text: check the signature first with {@link
   * NoteVerifier#verifyCheckpoint}.
   *
   * @throws NoteException if the text is not a well-formed checkpoint
   */
  public static Checkpoint parse(String text) {
    SignedNote.requireValidText(text, "the checkpoint");
    List<String> lines = List.of(text.substring(0, text.length() - 1).split("\n", -1));
    if (lines.size() < 3) {
      throw new NoteException("the checkpoint has fewer than three lines");
    }
    if (lines.contains("")) {
      throw new NoteException("the checkpoint has an empty line");
    }
    String sizeLine = lines.get(1);
    if (!sizeLine.matches("0|[1-9][0-9]*")) {
      throw new NoteException(
          "the checkpoint's tree size \""
              + sizeLine
              + "\" is not a decimal number"
              + " without leading zeros");
    }
    long size;
    try {
      size = Long.parseLong(sizeLine);
    } catch (NumberFormatException e) {
      throw new NoteException("the checkpoint's tree size " + sizeLine + " is too large", e);
    }
    byte[] root = SignedNote.decodeBase64(lines.get(2));
    if (root == null || root.length != Hash.SIZE) {
      throw new NoteException("the checkpoint's root hash is not base64 of 32 bytes");
    }
    return new Checkpoint(lines.get(0), size, new Hash(root), lines.subList(3, lines.size()));
  }

  private static void requireLine(String line, String what) {
    if (line == null || line.isEmpty() || line.chars().anyMatch(c -> c < 0x20)) {
      throw new IllegalArgumentException(
          "a checkpoint's " + what + " is one non-empty line of text: \"" + line + "\"");
    }
  }
}
