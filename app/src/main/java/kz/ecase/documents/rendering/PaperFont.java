package kz.ecase.documents.rendering;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * One face of the papers' font, embedded the same way in every document: a subset of DejaVu Sans
 * with every glyph a paper commonly prints ({@link #PAPER_SET}: Latin with its Western European
 * letters, the Russian and Kazakh alphabets and the other Cyrillic letters of the region, digits,
 * punctuation, №, ₸), built once at start-up by fontbox's subsetter and PDFBox's embedder (widths,
 * ToUnicode map). A document gets a copy of those ready-made objects — the already-compressed
 * streams are copied as they are — instead of PDFBox subsetting the font anew for the glyphs of
 * each document, which took about a sixth of a protocol's CPU (docs/BENCHMARKS.md, issue 15). Its
 * font file, though, holds the outlines of the glyphs that document printed only, written when the
 * document is saved ({@link GlyphProgram}: the glyph ids stay the shared face's, so nothing else
 * changes): the whole set's outlines were two thirds of a protocol's PDF. A document with a
 * character outside the set falls back to a subset of its own ({@link LayoutRenderer}).
 *
 * <p>Thread-safe: the prepared objects are read only; each document gets its own copy.
 */
final class PaperFont {

  /**
   * The code points (ranges, both ends included) every document can print with the shared face:
   * what papers in Kazakh and Russian, with names and places typed by officers, commonly hold. Kept
   * small, as every PDF carries its widths and ToUnicode map (about 230 glyphs; the outlines only
   * of the glyphs printed): a document with a letter beyond it (a Western European or
   * Latin-extended name, say) gets a subset of its own.
   */
  static final int[][] PAPER_SET = {
    {0x0020, 0x007E}, // Basic Latin
    {0x00A0, 0x00A0}, // no-break space (amounts, article numbers)
    {0x00A7, 0x00A7}, // §
    {0x00AB, 0x00AB}, // «
    {0x00B0, 0x00B1}, // ° ±
    {0x00B7, 0x00B7}, // ·
    {0x00BB, 0x00BB}, // »
    {0x00D7, 0x00D7}, // ×
    {0x0400, 0x045F}, // Cyrillic: Russian, with Ukrainian and Belarusian letters
    {0x0492, 0x0493}, // Ғ ғ
    {0x049A, 0x049B}, // Қ қ
    {0x04A2, 0x04A3}, // Ң ң
    {0x04AE, 0x04B1}, // Ү ү Ұ ұ
    {0x04BA, 0x04BB}, // Һ һ
    {0x04D8, 0x04D9}, // Ә ә
    {0x04E8, 0x04E9}, // Ө ө
    {0x2013, 0x2014}, // – —
    {0x2018, 0x201E}, // quotes
    {0x2022, 0x2022}, // •
    {0x2026, 0x2026}, // …
    {0x20B8, 0x20B8}, // ₸
    {0x2116, 0x2116}, // №
    {0xFFFD, 0xFFFD}
  };

  private static final int CODE_POINTS = 0x10000;

  /**
   * zlib's fastest level for the documents' font files: outlines hardly compress further at the
   * default level (6 339 against 6 562 bytes for a protocol's regular face), at 1.6× the CPU.
   */
  private static final int DEFLATE_LEVEL = java.util.zip.Deflater.BEST_SPEED;

  private final String name;

  /** Glyph of each code point below U+10000 in the embedded font (0: not in the set). */
  private final char[] glyphs = new char[CODE_POINTS];

  /** Width of each glyph in thousandths of the text size, as the embedded W array says. */
  private final float[] widths;

  /** Code points the reduced font prints but the shared face does not. */
  private final BitSet beyond = new BitSet(CODE_POINTS);

  private final float averageWidth;
  private final BoundingBox box;
  private final Frozen dictionary;

  /** The face's font file, written for each document with the glyphs it printed only. */
  private final GlyphProgram program;

  private PaperFont(byte[] reducedFont, String tag) throws IOException {
    byte[] subset = subset(reducedFont, tag);
    program = GlyphProgram.of(subset);
    try (TrueTypeFont reduced = new TTFParser().parse(new RandomAccessReadBuffer(reducedFont))) {
      CmapLookup cmap = reduced.getUnicodeCmapLookup();
      for (int cp = 0; cp < CODE_POINTS; cp++) {
        if (!inPaperSet(cp) && cmap.getGlyphId(cp) > 0) {
          beyond.set(cp);
        }
      }
    }
    try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(subset));
        PDDocument template = new PDDocument()) {
      PDType0Font embedded = PDType0Font.load(template, font, false);
      CmapLookup cmap = font.getUnicodeCmapLookup();
      int count = font.getNumberOfGlyphs();
      widths = new float[count];
      float sum = 0;
      for (int gid = 0; gid < count; gid++) {
        widths[gid] = embedded.getWidth(gid);
        sum += widths[gid];
      }
      averageWidth = sum / count;
      for (int[] range : PAPER_SET) {
        for (int cp = range[0]; cp <= range[1]; cp++) {
          int gid = cmap.getGlyphId(cp);
          if (gid > 0) {
            glyphs[cp] = (char) gid;
          }
        }
      }
      name = embedded.getName();
      box = embedded.getBoundingBox();
      dictionary = Frozen.of(embedded.getCOSObject());
    }
  }

  /**
   * The shared face of the reduced font.
   *
   * @param tag six capital letters naming the subset, as PDF names subsets ({@code ABCDEF+Name})
   */
  static PaperFont of(byte[] reducedFont, String tag) {
    try {
      return new PaperFont(reducedFont, tag);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot prepare the papers' font", e);
    }
  }

  private static byte[] subset(byte[] reducedFont, String tag) throws IOException {
    try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(reducedFont))) {
      CmapLookup cmap = font.getUnicodeCmapLookup();
      TTFSubsetter subsetter =
          new TTFSubsetter(
              font,
              List.of(
                  "head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm", "gasp",
                  "cmap", "name", "OS/2", "post"));
      for (int[] range : PAPER_SET) {
        for (int cp = range[0]; cp <= range[1]; cp++) {
          if (cmap.getGlyphId(cp) > 0) {
            subsetter.add(cp);
          }
        }
      }
      subsetter.setPrefix(tag + "+");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      subsetter.writeToStream(out);
      return out.toByteArray();
    }
  }

  /** Whether the shared face prints the code point. */
  boolean has(int codePoint) {
    return codePoint >= 0 && codePoint < CODE_POINTS && glyphs[codePoint] != 0;
  }

  /**
   * Whether the shared face prints the text as a subset of the reduced font would: no character of
   * it is one the reduced font has beyond {@link #PAPER_SET} (a character neither has is printed as
   * U+FFFD either way).
   */
  boolean suffices(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (cp < CODE_POINTS && beyond.get(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  private static boolean inPaperSet(int codePoint) {
    for (int[] range : PAPER_SET) {
      if (codePoint >= range[0] && codePoint <= range[1]) {
        return true;
      }
    }
    return false;
  }

  /** Width of the code point in thousandths of the text size (0 when not in the set). */
  float width(int codePoint) {
    return has(codePoint) ? widths[glyphs[codePoint]] : 0f;
  }

  /** The face as a font of {@code document}: a fresh copy of the prepared objects. */
  PDFont embedIn(PDDocument document) {
    try {
      COSDictionary font = (COSDictionary) dictionary.copyInto(document);
      // PDFont reads the ToUnicode map on construction: the copy is put back after (the
      // encoding is known without parsing it)
      COSBase toUnicode = font.getItem(COSName.TO_UNICODE);
      font.removeItem(COSName.TO_UNICODE);
      Embedded embedded = new Embedded(font, this);
      font.setItem(COSName.TO_UNICODE, toUnicode);
      return embedded;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot embed the papers' font", e);
    }
  }

  /**
   * The shared face in one document: encodes code points as its glyph ids (Identity-H), and keeps
   * which glyphs the document printed; when the document is saved, its font file gets the outlines
   * of those glyphs only ({@link GlyphProgram}) and a subset tag of its own, derived from them.
   */
  private static final class Embedded extends PDFont {
    private final PaperFont face;
    private final BitSet printed = new BitSet();

    Embedded(COSDictionary dictionary, PaperFont face) {
      super(dictionary);
      this.face = face;
    }

    @Override
    protected byte[] encode(int codePoint) {
      if (!face.has(codePoint)) {
        throw new IllegalArgumentException(
            String.format("U+%04X is not in the papers' font %s", codePoint, face.name));
      }
      char gid = face.glyphs[codePoint];
      return new byte[] {(byte) (gid >> 8), (byte) gid};
    }

    @Override
    public int readCode(InputStream in) throws IOException {
      int high = in.read();
      int low = in.read();
      if (high < 0 || low < 0) {
        throw new IOException("A two-byte code ends early");
      }
      return high << 8 | low;
    }

    @Override
    public float getWidth(int code) {
      return code >= 0 && code < face.widths.length ? face.widths[code] : 0f;
    }

    @Override
    public float getWidthFromFont(int code) {
      return getWidth(code);
    }

    @Override
    public boolean hasExplicitWidth(int code) {
      return code >= 0 && code < face.widths.length;
    }

    @Override
    protected float getStandard14Width(int code) {
      return getWidth(code);
    }

    @Override
    public float getAverageFontWidth() {
      return face.averageWidth;
    }

    @Override
    public float getHeight(int code) {
      return face.box.getHeight();
    }

    @Override
    public String getName() {
      return getCOSObject().getNameAsString(COSName.BASE_FONT);
    }

    @Override
    public Matrix getFontMatrix() {
      return new Matrix(0.001f, 0, 0, 0.001f, 0, 0);
    }

    @Override
    public BoundingBox getBoundingBox() {
      return face.box;
    }

    @Override
    public Vector getPositionVector(int code) {
      return new Vector(0, 0);
    }

    @Override
    public boolean isVertical() {
      return false;
    }

    @Override
    public boolean isEmbedded() {
      return true;
    }

    @Override
    public boolean isDamaged() {
      return false;
    }

    @Override
    public boolean willBeSubset() {
      return true;
    }

    @Override
    public void addToSubset(int codePoint) {
      if (face.has(codePoint)) {
        printed.set(face.glyphs[codePoint]);
      }
    }

    /**
     * Called by PDFBox when the document is saved: the font file with the printed glyphs' outlines,
     * compressed, and the subset tag of those glyphs in the font's three names.
     */
    @Override
    public void subset() throws IOException {
      COSDictionary cidFont =
          (COSDictionary)
              ((COSArray) getCOSObject().getDictionaryObject(COSName.DESCENDANT_FONTS))
                  .getObject(0);
      COSDictionary descriptor = (COSDictionary) cidFont.getDictionaryObject(COSName.FONT_DESC);
      COSStream file = (COSStream) descriptor.getDictionaryObject(COSName.FONT_FILE2);
      byte[] program = face.program.write(printed);
      try (OutputStream out = file.createRawOutputStream()) {
        out.write(deflate(program));
      }
      file.setItem(COSName.FILTER, COSName.FLATE_DECODE);
      file.setInt(COSName.LENGTH1, program.length);
      String tag = tag(printed);
      for (COSDictionary named : List.of(getCOSObject(), cidFont)) {
        named.setName(COSName.BASE_FONT, retagged(named.getNameAsString(COSName.BASE_FONT), tag));
      }
      descriptor.setName(
          COSName.FONT_NAME, retagged(descriptor.getNameAsString(COSName.FONT_NAME), tag));
    }

    private static String retagged(String name, String tag) {
      return tag + name.substring(name.indexOf('+'));
    }

    /**
     * Six capital letters naming the subset, as PDF names subsets: "EC" and four derived from the
     * glyphs it holds, so that two documents with different subsets name them differently.
     */
    private static String tag(BitSet glyphs) {
      java.util.zip.CRC32 crc = new java.util.zip.CRC32();
      crc.update(glyphs.toByteArray());
      long value = crc.getValue();
      char[] tag = {'E', 'C', 0, 0, 0, 0};
      for (int i = 2; i < tag.length; i++) {
        tag[i] = (char) ('A' + value % 26);
        value /= 26;
      }
      return new String(tag);
    }
  }

  /** Compressed as FlateDecode reads it (zlib). */
  private static byte[] deflate(byte[] data) {
    java.util.zip.Deflater deflater = new java.util.zip.Deflater(DEFLATE_LEVEL);
    try {
      deflater.setInput(data);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2);
      byte[] buffer = new byte[16 * 1024];
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }

  /**
   * PDF objects read once and copied into each document: dictionaries and arrays (direct or not, as
   * prepared), streams with their encoded bytes as they are (no decompressing, no recompressing),
   * and immutable values (names, numbers) shared.
   */
  private sealed interface Frozen {

    COSBase copyInto(PDDocument document) throws IOException;

    static Frozen of(COSBase base) throws IOException {
      if (base instanceof COSObject reference) {
        return of(reference.getObject());
      }
      if (base instanceof COSStream stream) {
        byte[] raw;
        try (InputStream in = stream.createRawInputStream()) {
          raw = in.readAllBytes();
        }
        return new FrozenStream(entries(stream), raw);
      }
      if (base instanceof COSDictionary dictionary) {
        return new FrozenDictionary(entries(dictionary), dictionary.isDirect());
      }
      if (base instanceof COSArray array) {
        List<Frozen> items = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
          items.add(of(array.get(i)));
        }
        return new FrozenArray(items, array.isDirect());
      }
      if (base instanceof COSString string) {
        return new FrozenString(string.getBytes());
      }
      return new Shared(base);
    }

    private static Map<COSName, Frozen> entries(COSDictionary dictionary) throws IOException {
      Map<COSName, Frozen> entries = new LinkedHashMap<>();
      for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
        if (!COSName.LENGTH.equals(entry.getKey()) || !(dictionary instanceof COSStream)) {
          entries.put(entry.getKey(), of(entry.getValue()));
        }
      }
      return entries;
    }
  }

  private record FrozenDictionary(Map<COSName, Frozen> entries, boolean direct) implements Frozen {
    @Override
    public COSBase copyInto(PDDocument document) throws IOException {
      COSDictionary copy = new COSDictionary();
      for (Map.Entry<COSName, Frozen> entry : entries.entrySet()) {
        copy.setItem(entry.getKey(), entry.getValue().copyInto(document));
      }
      copy.setDirect(direct);
      return copy;
    }
  }

  private record FrozenStream(Map<COSName, Frozen> entries, byte[] raw) implements Frozen {
    @Override
    public COSBase copyInto(PDDocument document) throws IOException {
      COSStream copy = document.getDocument().createCOSStream();
      for (Map.Entry<COSName, Frozen> entry : entries.entrySet()) {
        copy.setItem(entry.getKey(), entry.getValue().copyInto(document));
      }
      try (OutputStream out = copy.createRawOutputStream()) {
        out.write(raw);
      }
      return copy;
    }
  }

  private record FrozenArray(List<Frozen> items, boolean direct) implements Frozen {
    @Override
    public COSBase copyInto(PDDocument document) throws IOException {
      COSArray copy = new COSArray();
      for (Frozen item : items) {
        copy.add(item.copyInto(document));
      }
      copy.setDirect(direct);
      return copy;
    }
  }

  private record FrozenString(byte[] bytes) implements Frozen {
    @Override
    public COSBase copyInto(PDDocument document) {
      return new COSString(bytes);
    }
  }

  /** Names, numbers, booleans and null: immutable, the same object in every document. */
  private record Shared(COSBase value) implements Frozen {
    @Override
    public COSBase copyInto(PDDocument document) {
      return value;
    }
  }
}
