package kz.ecase.verifier;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import kz.ecase.merkle.Hash;

/** Writes a ledger to an export file of {@link BinaryExport format 2}. */
final class BinaryExportWriter {

  private final DataOutputStream out;

  private BinaryExportWriter(OutputStream out) {
    this.out = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
  }

  /**
   * Writes everything {@code source} holds to {@code out} in export order and returns the number of
   * entries written. The nodes of each entry are those stored for the subtrees its index completes.
   */
  static long write(EntrySource source, OutputStream out, Progress progress) throws IOException {
    return new BinaryExportWriter(out).write(source, progress);
  }

  private long write(EntrySource source, Progress progress) throws IOException {
    OptionalLong expected = source.expectedEntries();
    progress.start(expected);
    out.write(BinaryExport.SIGNATURE);
    out.writeInt(BinaryExport.VERSION);
    out.writeLong(expected.orElse(-1));
    checkpoints(source.checkpointsUpTo(0));
    long count = 0;
    for (StoredEntry entry = source.nextEntry(); entry != null; entry = source.nextEntry()) {
      out.writeByte(BinaryExport.ENTRY);
      out.writeLong(entry.index());
      text(entry.recordKey());
      text(entry.unit());
      text(entry.subject());
      bytes(entry.entry(), entry.index());
      bytes(entry.leafHash(), entry.index());
      long end = entry.index() + 1;
      for (int level = 1; level < 63 && end % (1L << level) == 0; level++) {
        long index = (end >>> level) - 1;
        Optional<Hash> hash = source.storedNode(level, index);
        if (hash.isPresent()) {
          node(new StoredNode(level, index, hash.get().bytes()));
        }
      }
      checkpoints(source.checkpointsUpTo(end));
      count++;
      progress.update(count, source.bytesRead());
    }
    for (StoredNode node : source.strayNodes(count)) {
      node(node);
    }
    checkpoints(source.checkpointsUpTo(Long.MAX_VALUE));
    out.writeByte(BinaryExport.END);
    out.flush();
    return count;
  }

  private void node(StoredNode node) throws IOException {
    out.writeByte(BinaryExport.NODE);
    out.writeInt(node.level());
    out.writeLong(node.index());
    bytes(node.hash(), -1);
  }

  private void checkpoints(List<StoredCheckpoint> due) throws IOException {
    for (StoredCheckpoint checkpoint : due) {
      out.writeByte(BinaryExport.CHECKPOINT);
      text(checkpoint.signedNote());
    }
  }

  private void text(String text) throws IOException {
    bytes(text == null ? null : text.getBytes(StandardCharsets.UTF_8), -1);
  }

  private void bytes(byte[] bytes, long index) throws IOException {
    if (bytes == null) {
      out.writeInt(-1);
      return;
    }
    if (bytes.length > BinaryExport.MAX_FIELD) {
      throw new IOException(
          (index >= 0 ? "entry " + index : "a stored value")
              + " has "
              + bytes.length
              + " bytes, more than an export file holds in one field ("
              + BinaryExport.MAX_FIELD
              + ")");
    }
    out.writeInt(bytes.length);
    out.write(bytes);
  }
}
