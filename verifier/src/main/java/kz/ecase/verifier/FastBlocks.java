package kz.ecase.verifier;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Queue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An export file of format 2 as {@link FastBlock}s, in order, for the fast path: the calling thread
 * reads the file into blocks of whole records, and worker threads, one per processor, examine each
 * block's entries while the caller checks the blocks before. A few blocks are in flight at most and
 * are used again once checked, so memory stays bounded and nothing is made per entry.
 */
final class FastBlocks implements AutoCloseable {

  static final int BLOCK = 1 << 20;
  private static final long WINDOW = 1 << 28;
  private static final int HEADER = BinaryExport.SIGNATURE.length + Integer.BYTES + Long.BYTES;
  private static final AtomicInteger POOLS = new AtomicInteger();

  private final FileChannel channel;
  private final ExecutorService workers;
  private final int maxInFlight;
  private final Queue<Future<FastBlock>> inFlight = new ArrayDeque<>();
  private final Queue<FastBlock> free = new ArrayDeque<>();
  private final boolean formatTwo;
  private final long expectedEntries;
  private FastBlock last;
  private boolean ended;
  private long bytesRead;
  private MappedByteBuffer window;
  private long windowStart;

  private FastBlocks(FileChannel channel, int workerCount) throws IOException {
    this.channel = channel;
    ByteBuffer header = ByteBuffer.allocate(HEADER);
    while (header.hasRemaining() && channel.read(header) >= 0) {
      // read the whole header
    }
    header.flip();
    byte[] signature = new byte[BinaryExport.SIGNATURE.length];
    boolean whole = header.remaining() == HEADER;
    if (whole) {
      header.get(signature);
    }
    this.formatTwo =
        whole
            && Arrays.equals(signature, BinaryExport.SIGNATURE)
            && header.getInt() == BinaryExport.VERSION;
    this.expectedEntries = formatTwo ? header.getLong() : -1;
    this.ended = !formatTwo;
    this.bytesRead = HEADER;
    this.maxInFlight = workerCount + 2;
    int pool = POOLS.incrementAndGet();
    AtomicInteger threads = new AtomicInteger();
    this.workers =
        Executors.newFixedThreadPool(
            workerCount,
            task -> {
              Thread thread =
                  new Thread(task, "fast-audit-" + pool + "-worker-" + threads.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  /** Opens the file, reading its header; see {@link #formatTwo}. */
  static FastBlocks open(Path file) throws IOException {
    FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
    try {
      return new FastBlocks(channel, Runtime.getRuntime().availableProcessors());
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /** Whether the file begins as an export of format 2 does; if not, there are no blocks. */
  boolean formatTwo() {
    return formatTwo;
  }

  /** The number of entries the header announces, -1 if unknown: for progress only. */
  long expectedEntries() {
    return expectedEntries;
  }

  /** The bytes of the file read so far. */
  long bytesRead() {
    return bytesRead;
  }

  /** The next block, examined, or null after the last. */
  FastBlock next() throws IOException {
    while (!ended && inFlight.size() < maxInFlight) {
      FastBlock block = read();
      inFlight.add(workers.submit(block::examine));
    }
    Future<FastBlock> oldest = inFlight.poll();
    if (oldest == null) {
      return null;
    }
    return Answers.of(oldest);
  }

  /** Hands back a block that has been checked, to read into again. */
  void recycle(FastBlock block) {
    free.add(block);
  }

  /** Reads the next block: the rest of the last one's bytes, then as much of the file as fits. */
  private FastBlock read() throws IOException {
    FastBlock block = free.isEmpty() ? new FastBlock(BLOCK) : free.poll();
    if (last == null) {
      block.startWith(new byte[0], 0, 0);
    } else {
      block.startWith(last.bytes(), last.framed(), last.limit() - last.framed());
    }
    boolean fileEnded;
    while (true) {
      fileEnded = fill(block);
      block.frame(fileEnded);
      if (block.records() > 0 || block.damage() != null || fileEnded) {
        break;
      }
      block.grow(); // one record is longer than the block
    }
    if (block.endSeen() && (block.framed() < block.limit() || (!fileEnded && more()))) {
      block.bytesAfterTheEnd();
    }
    ended = fileEnded || block.endSeen() || block.damage() != null;
    last = block;
    return block;
  }

  /**
   * Reads until the block is full or the file ends; whether it ended. The file is mapped in windows
   * of 256 MiB and copied from there into the block, once: a read into an array would copy it
   * twice, through a buffer outside the heap.
   */
  private boolean fill(FastBlock block) throws IOException {
    byte[] bytes = block.bytes();
    int at = block.limit();
    long size = channel.size();
    while (at < bytes.length && bytesRead < size) {
      if (window == null || bytesRead >= windowStart + window.capacity()) {
        windowStart = bytesRead;
        window =
            channel.map(
                FileChannel.MapMode.READ_ONLY, bytesRead, Math.min(WINDOW, size - bytesRead));
      }
      int offset = (int) (bytesRead - windowStart);
      int n = (int) Math.min(bytes.length - at, window.capacity() - offset);
      try {
        window.get(offset, bytes, at, n);
      } catch (InternalError e) { // the mapped file was cut short while it was read
        throw new IOException("the file changed while it was read", e);
      }
      at += n;
      bytesRead += n;
    }
    block.readTo(at);
    return bytesRead >= size;
  }

  /** Whether the file has bytes beyond those read. */
  private boolean more() throws IOException {
    return channel.size() > bytesRead;
  }

  @Override
  public void close() throws IOException {
    workers.shutdownNow();
    channel.close();
  }
}
