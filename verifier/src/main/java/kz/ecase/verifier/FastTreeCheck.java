package kz.ecase.verifier;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import kz.ecase.merkle.Checkpoint;
import kz.ecase.merkle.NoteException;
import kz.ecase.merkle.NoteVerifier;

/**
 * The fast path of {@code check-export --fast}, kept apart from the reference audit ({@link
 * LedgerAudit}) and small enough to read in one sitting. It answers one question with "shown" or
 * "not shown": in an export file of format 2, laid out exactly as {@code export-db} writes it, are
 * the indexes 0, 1, 2, …, does every entry's bytes hash to its stored leaf hash, does every stored
 * node equal the tree recomputed from the leaves, and does every checkpoint in the file (signed by
 * the trusted key) and every checkpoint the auditor saved match the recomputed root at its size?
 *
 * <p>Why it is fast: one thread reads the file through one buffer and hashes each entry where it
 * lies (no copy, no object per entry) with one reused digest; the tree's right edge is a flat array
 * of hashes. What it leaves out: the records' chains and the columns stored beside each entry
 * (record key, unit, subject), which only the reference checks; and any file laid out otherwise
 * than the writer lays it out is "not shown" rather than judged. Whenever it does not say "shown",
 * the reference's report says what is wrong. {@code FastTreeCheckTest} holds it against the
 * reference on random ledgers, tampered and not.
 */
final class FastTreeCheck {

  /** The answer: whether the file's hashes were shown intact, and if not, the first reason. */
  record Result(boolean shown, long entries, long verifiedSize, String reason) {}

  private static final int H = 32;

  private final FileChannel channel;
  private final NoteVerifier trustedKey;
  private final List<Checkpoint> saved;
  private final MessageDigest sha256;
  private ByteBuffer buffer = ByteBuffer.allocate(1 << 23).limit(0);
  private final byte[] edge = new byte[64 * H]; // right edge: complete subtrees, largest first
  private final int[] edgeLevels = new int[64];
  private final byte[] due = new byte[64 * H]; // nodes completed by the last entry, by level
  private final byte[] scratch = new byte[2 * H];
  private final byte[] leaf = new byte[H];
  private int depth;
  private int dueLevels;
  private int nextDue;
  private long size;
  private long verifiedSize = -1;
  private int nextSaved;

  private FastTreeCheck(FileChannel channel, NoteVerifier trustedKey, List<Checkpoint> saved)
      throws NoSuchAlgorithmException {
    this.channel = channel;
    this.trustedKey = trustedKey;
    this.saved = saved;
    this.sha256 = MessageDigest.getInstance("SHA-256");
  }

  /**
   * Checks the file against the trusted key and the checkpoints the auditor saved (each must verify
   * with the trusted key, as for the reference).
   */
  static Result run(Path file, NoteVerifier trustedKey, List<String> savedNotes)
      throws IOException {
    List<Checkpoint> saved = new ArrayList<>();
    for (String note : savedNotes) {
      try {
        saved.add(trustedKey.verifyCheckpoint(note));
      } catch (NoteException e) {
        throw new IllegalArgumentException(
            "your saved checkpoint does not verify with the trusted key: " + e.getMessage(), e);
      }
    }
    saved.sort(Comparator.comparingLong(Checkpoint::size));
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      FastTreeCheck check = new FastTreeCheck(channel, trustedKey, saved);
      String reason = check.read();
      return new Result(reason == null, check.size, check.verifiedSize, reason);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** Reads the whole file; returns null if everything was shown, else the first reason why not. */
  private String read() throws IOException {
    if (!need(20) || !Arrays.equals(bytes(8), BinaryExport.SIGNATURE)) {
      return "not an export file of format 2";
    }
    if (buffer.getInt() != BinaryExport.VERSION) {
      return "not an export file of format 2";
    }
    buffer.getLong(); // expected number of entries: for progress only
    String problem = savedAtSize();
    while (problem == null) {
      if (!need(1)) {
        return "the file ends without its end record";
      }
      byte tag = buffer.get();
      if (tag != BinaryExport.NODE && nextDue < dueLevels) {
        return "the stored node at level " + (nextDue + 1) + " after entry " + (size - 1);
      }
      problem =
          switch (tag) {
            case BinaryExport.ENTRY -> entry();
            case BinaryExport.NODE -> node();
            case BinaryExport.CHECKPOINT -> checkpoint();
            case BinaryExport.END -> end();
            default -> "a record of unknown kind";
          };
      if (tag == BinaryExport.END && problem == null) {
        return null;
      }
    }
    return problem;
  }

  private String entry() throws IOException {
    if (!need(8) || buffer.getLong() != size) {
      return "the entry after index " + (size - 1) + " is not index " + size;
    }
    for (int skip = 0; skip < 3; skip++) { // record key, unit, subject: the reference's to check
      int length = length();
      if (length < -1 || !need(Math.max(length, 0))) {
        return "entry " + size + " is cut short";
      }
      buffer.position(buffer.position() + Math.max(length, 0));
    }
    int length = length();
    if (length < 0 || !need(length + 4 + H)) {
      return "entry " + size + " is cut short";
    }
    sha256.update((byte) 0x00);
    sha256.update(buffer.array(), buffer.position(), length);
    digestInto(leaf, 0);
    buffer.position(buffer.position() + length);
    if (buffer.getInt() != H || !storedEquals(leaf, 0)) {
      return "entry " + size + ": its bytes do not hash to its stored leaf hash";
    }
    buffer.position(buffer.position() + H);
    append(leaf);
    return savedAtSize();
  }

  /** Appends a leaf to the right edge, keeping every subtree it completes in {@link #due}. */
  private void append(byte[] leafHash) {
    int level = 0;
    System.arraycopy(leafHash, 0, scratch, H, H);
    while (depth > 0 && edgeLevels[depth - 1] == level) {
      depth--;
      level++;
      System.arraycopy(edge, depth * H, scratch, 0, H);
      sha256.update((byte) 0x01);
      sha256.update(scratch, 0, 2 * H);
      digestInto(scratch, H);
      System.arraycopy(scratch, H, due, (level - 1) * H, H);
    }
    System.arraycopy(scratch, H, edge, depth * H, H);
    edgeLevels[depth++] = level;
    dueLevels = level;
    nextDue = 0;
    size++;
  }

  private String node() throws IOException {
    int level = nextDue + 1;
    long index = (size >>> level) - 1;
    if (nextDue >= dueLevels
        || !need(16 + H)
        || buffer.getInt() != level
        || buffer.getLong() != index
        || buffer.getInt() != H
        || !storedEquals(due, nextDue * H)) {
      return "the stored node at level " + level + ", index " + index;
    }
    buffer.position(buffer.position() + H);
    nextDue++;
    return null;
  }

  private String checkpoint() throws IOException {
    int length = length();
    if (length < 0 || !need(length)) {
      return "a checkpoint is cut short";
    }
    String note = new String(bytes(length), StandardCharsets.UTF_8);
    Checkpoint checkpoint;
    try {
      checkpoint = trustedKey.verifyCheckpoint(note);
    } catch (NoteException e) {
      return "a checkpoint is not signed by the trusted key";
    }
    return matches(checkpoint) ? null : "the checkpoint of size " + checkpoint.size();
  }

  private String end() throws IOException {
    if (need(1)) {
      return "bytes after the end record";
    } else if (nextSaved < saved.size()) {
      return "your checkpoint of size " + saved.get(nextSaved).size() + " is beyond the entries";
    } else if (size > 0 && verifiedSize <= 0) {
      return "no checkpoint signed by the trusted key covers the entries";
    }
    return null;
  }

  /** Compares the checkpoints the auditor saved of the size the tree has now reached. */
  private String savedAtSize() {
    while (nextSaved < saved.size() && saved.get(nextSaved).size() == size) {
      if (!matches(saved.get(nextSaved++))) {
        return "your checkpoint of size " + size;
      }
    }
    return null;
  }

  /** Whether the checkpoint is of the size reached and its root is the recomputed one. */
  private boolean matches(Checkpoint checkpoint) {
    if (checkpoint.size() != size || !Arrays.equals(root(), checkpoint.rootHash().bytes())) {
      return false;
    }
    verifiedSize = Math.max(verifiedSize, size);
    return true;
  }

  /** The root of the tree as it is now: the right edge folded from its smallest subtree up. */
  private byte[] root() {
    byte[] root = new byte[H];
    if (depth == 0) {
      sha256.reset();
      digestInto(root, 0);
      return root;
    }
    System.arraycopy(edge, (depth - 1) * H, scratch, H, H);
    for (int i = depth - 2; i >= 0; i--) {
      System.arraycopy(edge, i * H, scratch, 0, H);
      sha256.update((byte) 0x01);
      sha256.update(scratch, 0, 2 * H);
      digestInto(scratch, H);
    }
    System.arraycopy(scratch, H, root, 0, H);
    return root;
  }

  private void digestInto(byte[] out, int offset) {
    try {
      sha256.digest(out, offset, H);
    } catch (DigestException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether the next 32 bytes of the buffer are the hash at {@code offset} of {@code hashes}. */
  private boolean storedEquals(byte[] hashes, int offset) {
    int at = buffer.position();
    return Arrays.equals(buffer.array(), at, at + H, hashes, offset, offset + H);
  }

  /**
   * The next length field; {@link Integer#MIN_VALUE} if cut short or longer than a field can be.
   */
  private int length() throws IOException {
    int length = need(4) ? buffer.getInt() : Integer.MIN_VALUE;
    return length > BinaryExport.MAX_FIELD ? Integer.MIN_VALUE : length;
  }

  private byte[] bytes(int count) {
    byte[] bytes = new byte[count];
    buffer.get(bytes);
    return bytes;
  }

  /** Makes {@code count} bytes available in the buffer; false if the file ends first. */
  private boolean need(int count) throws IOException {
    if (buffer.remaining() >= count) {
      return true;
    }
    if (count > BinaryExport.MAX_FIELD + 64) {
      return false;
    }
    if (count > buffer.capacity()) {
      buffer = ByteBuffer.allocate(count).put(buffer).flip();
    }
    buffer.compact();
    while (buffer.position() < count && channel.read(buffer) >= 0) {
      // read until enough
    }
    buffer.flip();
    return buffer.remaining() >= count;
  }
}
