package kz.ecase.verifier;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Reads an export file of {@link BinaryExport format 2} through a large buffer. A file cut short, a
 * length that cannot be, or a record of no known kind is an error naming the byte where it lies and
 * the last entry read before it; the entries' contents are the audit's to judge.
 */
final class BinaryExportReader implements ExportReader {

  private static final int BUFFER = 1 << 22;

  private final Path file;
  private final FileChannel channel;
  private final long fileSize;
  private final ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER).limit(0);
  private final long expected;
  private long loaded;
  private long lastIndex = -1;
  private boolean anyEntry;
  private boolean ended;

  BinaryExportReader(Path file) throws IOException {
    this.file = file;
    this.channel = FileChannel.open(file, StandardOpenOption.READ);
    try {
      this.fileSize = channel.size();
      byte[] signature = new byte[BinaryExport.SIGNATURE.length];
      if (!fill(signature.length + 12)) {
        throw new IOException(file + " is too short to be an export file");
      }
      buffer.get(signature);
      if (!Arrays.equals(signature, BinaryExport.SIGNATURE)) {
        throw new IOException(file + " is not an export file: its first bytes are not an export's");
      }
      int version = buffer.getInt();
      if (version != BinaryExport.VERSION) {
        throw new IOException(
            file + " is an export of format " + version + ", which this verifier cannot read");
      }
      this.expected = buffer.getLong();
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  @Override
  public long expectedEntries() {
    return expected;
  }

  @Override
  public StoredEntry readUntilEntry(ExportItems items) throws IOException {
    while (!ended) {
      long at = offset();
      if (!fill(1)) {
        throw cutShort(at, "without its end record");
      }
      byte tag = buffer.get();
      switch (tag) {
        case BinaryExport.ENTRY -> {
          StoredEntry entry = new StoredEntry(readLong(), text(), text(), text(), bytes(), bytes());
          lastIndex = entry.index();
          anyEntry = true;
          return entry;
        }
        case BinaryExport.NODE -> items.addNode(readInt(), readLong(), bytes());
        case BinaryExport.CHECKPOINT -> items.addCheckpoint(StoredCheckpoint.ofNote(text()));
        case BinaryExport.END -> {
          ended = true;
          if (fill(1)) {
            throw damaged(offset(), "there are bytes after the end record");
          }
        }
        default -> throw damaged(at, String.format("no record starts with 0x%02x", tag & 0xff));
      }
    }
    return null;
  }

  private long offset() {
    return loaded - buffer.remaining();
  }

  /** Makes at least {@code count} bytes available in the buffer; false if the file ends first. */
  private boolean fill(int count) throws IOException {
    if (buffer.remaining() >= count) {
      return true;
    }
    buffer.compact();
    while (buffer.position() < count) {
      int read = channel.read(buffer);
      if (read < 0) {
        break;
      }
      loaded += read;
    }
    buffer.flip();
    return buffer.remaining() >= count;
  }

  private int readInt() throws IOException {
    long at = offset();
    if (!fill(Integer.BYTES)) {
      throw cutShort(at, "inside a record");
    }
    return buffer.getInt();
  }

  private long readLong() throws IOException {
    long at = offset();
    if (!fill(Long.BYTES)) {
      throw cutShort(at, "inside a record");
    }
    return buffer.getLong();
  }

  private String text() throws IOException {
    byte[] bytes = bytes();
    return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
  }

  private byte[] bytes() throws IOException {
    long at = offset();
    int length = readInt();
    if (length == -1) {
      return null;
    } else if (length < -1 || length > BinaryExport.MAX_FIELD) {
      throw damaged(at, "a length of " + length + " bytes cannot be");
    } else if (length > fileSize - offset()) {
      throw new IOException(
          file
              + ", byte "
              + at
              + ": a length of "
              + length
              + " bytes runs past the end of the file ("
              + whereInFile()
              + "): the file was cut short or is damaged");
    }
    byte[] bytes = new byte[length];
    int copied = 0;
    while (copied < length) {
      if (!buffer.hasRemaining() && !fill(1)) {
        throw cutShort(offset(), "inside a record");
      }
      int n = Math.min(buffer.remaining(), length - copied);
      buffer.get(bytes, copied, n);
      copied += n;
    }
    return bytes;
  }

  private IOException cutShort(long at, String where) {
    return new IOException(
        file + " ends at byte " + at + " " + where + " (" + whereInFile() + "): it was cut short");
  }

  private IOException damaged(long at, String what) {
    return new IOException(
        file + ", byte " + at + ": " + what + " (" + whereInFile() + "): the file is damaged");
  }

  private String whereInFile() {
    return anyEntry ? "after the entry of index " + lastIndex : "before the first entry";
  }

  @Override
  public long bytesRead() {
    return offset();
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
