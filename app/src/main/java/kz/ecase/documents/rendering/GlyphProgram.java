package kz.ecase.documents.rendering;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * A TrueType font program split by glyph once, written for each document with only the glyphs that
 * document printed: the others keep their glyph ids (so the widths, the code-to-glyph map and the
 * ToUnicode map of the shared face stay as they are) but have no outline, as a subset made by
 * renumbering would not need. Writing it is copying byte slices, not subsetting: a protocol prints
 * about a third of the shared face's glyphs, so its fonts shrink to about a third (most of a
 * protocol's PDF was its two font files; docs/BENCHMARKS.md, issue 15).
 *
 * <p>A composite glyph (an accented letter built of others) brings the glyphs it is built of. The
 * outlines are kept without their hinting instructions ({@link #withoutInstructions}); the tables
 * other than {@code glyf} and {@code loca} are written as they are, but {@code post}, cut to its
 * header (format 3: no glyph names; a PDF names glyphs by id), and the hinting programs, left out.
 *
 * <p>Immutable and thread-safe.
 */
final class GlyphProgram {

  private static final int GLYF = tag("glyf");
  private static final int LOCA = tag("loca");
  private static final int HEAD = tag("head");
  private static final int POST = tag("post");
  private static final int CVT = tag("cvt ");
  private static final int FPGM = tag("fpgm");
  private static final int PREP = tag("prep");

  /** The font's tables in the order of their tags; {@code glyf} and {@code loca} empty here. */
  private final int[] tags;

  private final byte[][] tables;

  /** Each glyph's outline, padded to four bytes (empty: no outline). */
  private final byte[][] glyphs;

  /** The glyphs each composite glyph is built of, all levels down (null: not composite). */
  private final int[][] parts;

  private GlyphProgram(int[] tags, byte[][] tables, byte[][] glyphs, int[][] parts) {
    this.tags = tags;
    this.tables = tables;
    this.glyphs = glyphs;
    this.parts = parts;
  }

  /** The program of a TrueType font file (an {@code sfnt} with {@code glyf} outlines). */
  static GlyphProgram of(byte[] font) {
    ByteBuffer in = ByteBuffer.wrap(font);
    int count = in.getShort(4) & 0xFFFF;
    int[] allTags = new int[count];
    byte[][] allTables = new byte[count][];
    List<Integer> kept = new ArrayList<>();
    byte[] glyf = null;
    byte[] loca = null;
    byte[] head = null;
    for (int i = 0; i < count; i++) {
      int record = 12 + 16 * i;
      allTags[i] = in.getInt(record);
      int offset = in.getInt(record + 8);
      int length = in.getInt(record + 4 + 8);
      byte[] table = Arrays.copyOfRange(font, offset, offset + length);
      int tag = allTags[i];
      if (tag == GLYF) {
        glyf = table;
        table = new byte[0];
      } else if (tag == LOCA) {
        loca = table;
        table = new byte[0];
      } else if (tag == HEAD) {
        head = table;
      } else if (tag == CVT || tag == FPGM || tag == PREP) {
        continue;
      } else if (tag == POST) {
        table = Arrays.copyOf(table, 32);
        ByteBuffer.wrap(table).putInt(0, 0x00030000);
      }
      kept.add(i);
      allTables[i] = table;
    }
    int[] tags = kept.stream().mapToInt(i -> allTags[i]).toArray();
    byte[][] tables = kept.stream().map(i -> allTables[i]).toArray(byte[][]::new);
    if (glyf == null || loca == null || head == null) {
      throw new IllegalArgumentException("Not a TrueType font with glyf outlines");
    }
    boolean longOffsets = ByteBuffer.wrap(head).getShort(50) != 0;
    int glyphCount = (longOffsets ? loca.length / 4 : loca.length / 2) - 1;
    byte[][] glyphs = new byte[glyphCount][];
    ByteBuffer offsets = ByteBuffer.wrap(loca);
    for (int gid = 0; gid < glyphCount; gid++) {
      int start = longOffsets ? offsets.getInt(4 * gid) : (offsets.getShort(2 * gid) & 0xFFFF) * 2;
      int end =
          longOffsets ? offsets.getInt(4 * gid + 4) : (offsets.getShort(2 * gid + 2) & 0xFFFF) * 2;
      byte[] outline = withoutInstructions(Arrays.copyOfRange(glyf, start, end));
      glyphs[gid] = Arrays.copyOf(outline, (outline.length + 3) & ~3);
    }
    int[][] parts = new int[glyphCount][];
    for (int gid = 0; gid < glyphCount; gid++) {
      BitSet all = new BitSet();
      components(glyphs, gid, all, 0);
      parts[gid] = all.isEmpty() ? null : all.stream().toArray();
    }
    // loca written with four-byte offsets
    ByteBuffer.wrap(head).putShort(50, (short) 1);
    return new GlyphProgram(tags, tables, glyphs, parts);
  }

  /**
   * The outline without its hinting instructions (half of DejaVu's glyph data): the papers are read
   * printed or zoomed, where hinting changes nothing, and the font's programs ({@code fpgm}, {@code
   * prep}, {@code cvt }) go with them.
   */
  static byte[] withoutInstructions(byte[] glyph) {
    if (glyph.length < 10) {
      return glyph;
    }
    ByteBuffer in = ByteBuffer.wrap(glyph);
    int contours = in.getShort(0);
    if (contours >= 0) {
      int at = 10 + 2 * contours;
      if (at + 2 > glyph.length) {
        return glyph;
      }
      int length = in.getShort(at) & 0xFFFF;
      byte[] out = new byte[glyph.length - length];
      System.arraycopy(glyph, 0, out, 0, at);
      // instructionLength 0, then the flags and coordinates as they were
      System.arraycopy(glyph, at + 2 + length, out, at + 2, glyph.length - at - 2 - length);
      return out;
    }
    int at = 10;
    int flagsAt;
    int flags;
    do {
      flagsAt = at;
      flags = in.getShort(at) & 0xFFFF;
      at = nextComponent(at, flags);
    } while ((flags & 0x0020) != 0 && at + 4 <= glyph.length);
    if ((flags & 0x0100) == 0 || at > glyph.length) {
      return glyph;
    }
    byte[] out = Arrays.copyOf(glyph, at);
    ByteBuffer.wrap(out).putShort(flagsAt, (short) (flags & ~0x0100));
    return out;
  }

  /** Adds the glyphs the glyph is built of (if composite), all levels down, to {@code into}. */
  private static void components(byte[][] glyphs, int gid, BitSet into, int depth) {
    byte[] glyph = glyphs[gid];
    if (glyph.length < 10 || ByteBuffer.wrap(glyph).getShort(0) >= 0 || depth > 8) {
      return;
    }
    ByteBuffer in = ByteBuffer.wrap(glyph);
    int at = 10;
    int flags;
    do {
      flags = in.getShort(at) & 0xFFFF;
      int part = in.getShort(at + 2) & 0xFFFF;
      if (part < glyphs.length && !into.get(part)) {
        into.set(part);
        components(glyphs, part, into, depth + 1);
      }
      at = nextComponent(at, flags);
    } while ((flags & 0x0020) != 0 && at + 4 <= glyph.length);
  }

  /**
   * Where the next component of a composite glyph starts: after this one's flags and glyph index,
   * its two arguments (words or bytes) and its transformation (none, one scale, two, or a 2×2).
   */
  private static int nextComponent(int at, int flags) {
    int next = at + 4 + ((flags & 0x0001) != 0 ? 4 : 2);
    if ((flags & 0x0008) != 0) {
      return next + 2;
    } else if ((flags & 0x0040) != 0) {
      return next + 4;
    } else if ((flags & 0x0080) != 0) {
      return next + 8;
    }
    return next;
  }

  int glyphCount() {
    return glyphs.length;
  }

  /**
   * The font file with the outlines of {@code used} (glyph ids), of the glyphs they are built of
   * and of glyph 0 (.notdef), and no other outline. The same glyphs always give the same bytes.
   */
  byte[] write(BitSet used) {
    BitSet kept = new BitSet(glyphs.length);
    kept.set(0);
    for (int gid = used.nextSetBit(0);
        gid >= 0 && gid < glyphs.length;
        gid = used.nextSetBit(gid + 1)) {
      kept.set(gid);
      if (parts[gid] != null) {
        for (int part : parts[gid]) {
          kept.set(part);
        }
      }
    }
    int glyfLength = 0;
    for (int gid = kept.nextSetBit(0); gid >= 0; gid = kept.nextSetBit(gid + 1)) {
      glyfLength += glyphs[gid].length;
    }
    byte[] glyf = new byte[glyfLength];
    ByteBuffer loca = ByteBuffer.allocate(4 * (glyphs.length + 1));
    int offset = 0;
    for (int gid = 0; gid < glyphs.length; gid++) {
      loca.putInt(offset);
      if (kept.get(gid)) {
        System.arraycopy(glyphs[gid], 0, glyf, offset, glyphs[gid].length);
        offset += glyphs[gid].length;
      }
    }
    loca.putInt(offset);
    List<byte[]> content = new ArrayList<>(tags.length);
    for (int i = 0; i < tags.length; i++) {
      content.add(tags[i] == GLYF ? glyf : tags[i] == LOCA ? loca.array() : tables[i]);
    }
    return sfnt(content);
  }

  /** The tables (in {@link #tags}' order) as one font file, with checksums. */
  private byte[] sfnt(List<byte[]> content) {
    int count = tags.length;
    int size = 12 + 16 * count;
    for (byte[] table : content) {
      size += (table.length + 3) & ~3;
    }
    ByteBuffer out = ByteBuffer.allocate(size);
    int power = Integer.highestOneBit(count);
    out.putInt(0x00010000)
        .putShort((short) count)
        .putShort((short) (power * 16))
        .putShort((short) Integer.numberOfTrailingZeros(power))
        .putShort((short) (count * 16 - power * 16));
    int offset = 12 + 16 * count;
    int headOffset = -1;
    for (int i = 0; i < count; i++) {
      byte[] table = content.get(i);
      if (tags[i] == HEAD) {
        headOffset = offset;
        table = table.clone();
        ByteBuffer.wrap(table).putInt(8, 0);
        content.set(i, table);
      }
      out.putInt(tags[i]).putInt(checksum(table)).putInt(offset).putInt(table.length);
      offset += (table.length + 3) & ~3;
    }
    for (byte[] table : content) {
      out.put(table);
      out.position((out.position() + 3) & ~3);
    }
    byte[] file = out.array();
    if (headOffset >= 0) {
      ByteBuffer.wrap(file).putInt(headOffset + 8, 0xB1B0AFBA - checksum(file));
    }
    return file;
  }

  private static int checksum(byte[] data) {
    int sum = 0;
    int whole = data.length & ~3;
    ByteBuffer in = ByteBuffer.wrap(data);
    for (int i = 0; i < whole; i += 4) {
      sum += in.getInt(i);
    }
    int last = 0;
    for (int i = whole; i < data.length; i++) {
      last |= (data[i] & 0xFF) << (24 - 8 * (i - whole));
    }
    return sum + last;
  }

  private static int tag(String name) {
    return name.charAt(0) << 24 | name.charAt(1) << 16 | name.charAt(2) << 8 | name.charAt(3);
  }
}
