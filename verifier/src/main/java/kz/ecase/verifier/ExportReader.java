package kz.ecase.verifier;

import java.io.IOException;

/**
 * Reads one format of export file, front to back: the entries one at a time, and the stored nodes
 * and checkpoints lying before each into {@link ExportItems}.
 */
interface ExportReader extends AutoCloseable {

  /** The number of entries the file's header announces, or -1. */
  long expectedEntries();

  /**
   * Reads up to and including the next entry, adding the nodes and checkpoints before it to {@code
   * items}; null at the end of the file, everything after the last entry then added.
   */
  StoredEntry readUntilEntry(ExportItems items) throws IOException;

  /** Bytes of the file read so far. */
  long bytesRead();

  @Override
  void close() throws IOException;
}
