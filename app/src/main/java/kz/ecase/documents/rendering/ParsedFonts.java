package kz.ecase.documents.rendering;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The embedded fonts, parsed once and kept between documents: parsing DejaVu Sans anew for every
 * PDF took about a third of its rendering. A parsed font is read by one document at a time, so
 * renderings borrow a set from a small pool (at most {@code size} sets are ever parsed, which
 * bounds the memory; more simultaneous renderings wait, as they would for the CPU anyway).
 */
final class ParsedFonts {

  /** One set of the faces a template may use. */
  record FontSet(TrueTypeFont regular, TrueTypeFont bold) {}

  private final byte[] regular;
  private final byte[] bold;
  private final int size;
  private final BlockingQueue<FontSet> idle;
  private final AtomicInteger parsed = new AtomicInteger();

  ParsedFonts(byte[] regular, byte[] bold, int size) {
    this.regular = regular.clone();
    this.bold = bold.clone();
    this.size = size;
    this.idle = new ArrayBlockingQueue<>(size);
  }

  /** A set for one document; give it back when the document is saved. */
  FontSet borrow() {
    FontSet set = idle.poll();
    if (set != null) {
      return set;
    }
    if (parsed.incrementAndGet() <= size) {
      return new FontSet(parse(regular), parse(bold));
    }
    parsed.decrementAndGet();
    try {
      return idle.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for fonts", e);
    }
  }

  void giveBack(FontSet set) {
    idle.offer(set);
  }

  private static TrueTypeFont parse(byte[] file) {
    try {
      return new TTFParser().parse(new RandomAccessReadBuffer(file));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read an embedded font", e);
    }
  }
}
