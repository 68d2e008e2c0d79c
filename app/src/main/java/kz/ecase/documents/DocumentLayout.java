package kz.ecase.documents;

import java.util.ArrayList;
import java.util.List;

/**
 * A one-language paper form laid out block by block, top to bottom, on A4 pages: what a protocol or
 * a decision says, without an HTML engine between it and the PDF ({@link Documents#lay}). Blocks
 * are plain text; the renderer wraps it to the page, breaks long words and starts a new page when
 * one is full.
 *
 * @param title the document's title in its metadata (the PDF's title)
 * @param language {@code kk} or {@code ru}: the language of the check block {@link Documents} adds
 */
public record DocumentLayout(String title, String language, List<Block> blocks) {

  public DocumentLayout {
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("A document has a title");
    }
    language = "kk".equals(language) ? "kk" : "ru";
    blocks = List.copyOf(blocks);
  }

  /** A part of the page. */
  public sealed interface Block {}

  /** A line or lines centred on the page, e.g. the issuing unit's name above the heading. */
  public record Centred(String text, boolean bold) implements Block {}

  /** The document's title, centred, bold and larger; {@code subtitle} under it, may be null. */
  public record Heading(String text, String subtitle) implements Block {}

  /** A run of text across the page; a line feed starts a new line. */
  public record Paragraph(String text) implements Block {}

  /** A bold heading of a part of the document. */
  public record Section(String text) implements Block {}

  /** A label on the left and its value on the right, each wrapped in its column. */
  public record Row(String label, String value) implements Block {}

  /** Two texts on one line: the first at the left margin, the second at the right one. */
  public record Split(String left, String right) implements Block {}

  /** Where an official signs: position on the left, a line to sign on, the name on the right. */
  public record Signature(String position, String name, String caption) implements Block {}

  /** Small grey print across the page (notes, the legal basis). */
  public record SmallPrint(String text) implements Block {}

  /**
   * A QR code of {@code text} (22 mm square) with caption lines to its right; {@code text} null
   * marks where the document's check code goes (see {@link Documents#lay}), its caption given by
   * {@link Documents}.
   */
  public record Qr(String text, List<String> caption) implements Block {
    public Qr {
      caption = caption == null ? List.of() : List.copyOf(caption);
    }

    /** Where the document's check code goes. */
    public static Qr checkCode() {
      return new Qr(null, List.of());
    }

    public boolean isCheckCode() {
      return text == null;
    }
  }

  /** QR codes side by side, each with its caption, in equal columns. */
  public record QrRow(List<Qr> codes) implements Block {
    public QrRow {
      codes = List.copyOf(codes);
      if (codes.isEmpty()) {
        throw new IllegalArgumentException("A row of QR codes has one at least");
      }
    }
  }

  /** A copy with the document's check code, where the layout marks it or else at the end. */
  public DocumentLayout withCheckCode(Qr check) {
    List<Block> filled = new ArrayList<>();
    boolean placed = false;
    for (Block block : blocks) {
      if (block instanceof Qr qr && qr.isCheckCode()) {
        filled.add(check);
        placed = true;
      } else if (block instanceof QrRow row && row.codes().stream().anyMatch(Qr::isCheckCode)) {
        filled.add(
            new QrRow(row.codes().stream().map(qr -> qr.isCheckCode() ? check : qr).toList()));
        placed = true;
      } else {
        filled.add(block);
      }
    }
    if (!placed) {
      filled.add(check);
    }
    return new DocumentLayout(title, language, filled);
  }

  /** A copy with one more block at the end (the check block, for instance). */
  public DocumentLayout with(Block block) {
    List<Block> more = new ArrayList<>(blocks);
    more.add(block);
    return new DocumentLayout(title, language, more);
  }

  /**
   * Every text of the document in order, one block a line, tagged by its kind: what the document
   * says, from which its check token and PDF identifier are derived.
   */
  public String content() {
    StringBuilder text = new StringBuilder(title).append('\n').append(language).append('\n');
    for (Block block : blocks) {
      text.append(block).append('\n');
    }
    return text.toString();
  }

  /** A layout built block by block. */
  public static Builder builder(String title, String language) {
    return new Builder(title, language);
  }

  /** Adds blocks in the order they are printed; blocks whose value is empty are left out. */
  public static final class Builder {
    private final String title;
    private final String language;
    private final List<Block> blocks = new ArrayList<>();

    private Builder(String title, String language) {
      this.title = title;
      this.language = language;
    }

    public Builder centred(String text) {
      return add(blank(text) ? null : new Centred(text, false));
    }

    public Builder centredBold(String text) {
      return add(blank(text) ? null : new Centred(text, true));
    }

    public Builder heading(String text, String subtitle) {
      return add(new Heading(text, subtitle));
    }

    public Builder paragraph(String text) {
      return add(blank(text) ? null : new Paragraph(text));
    }

    public Builder section(String text) {
      return add(new Section(text));
    }

    /** A row; left out when the value is null or blank. */
    public Builder row(String label, String value) {
      return add(blank(value) ? null : new Row(label, value));
    }

    public Builder split(String left, String right) {
      return add(new Split(left == null ? "" : left, right == null ? "" : right));
    }

    public Builder signature(String position, String name, String caption) {
      return add(new Signature(position, name, caption));
    }

    public Builder smallPrint(String text) {
      return add(blank(text) ? null : new SmallPrint(text));
    }

    public Builder qr(String text, List<String> caption) {
      return add(new Qr(text, caption));
    }

    /** QR codes side by side; {@link Qr#checkCode()} among them places the check's code. */
    public Builder qrRow(Qr... codes) {
      return add(new QrRow(List.of(codes)));
    }

    public DocumentLayout build() {
      return new DocumentLayout(title, language, blocks);
    }

    private Builder add(Block block) {
      if (block != null) {
        blocks.add(block);
      }
      return this;
    }

    private static boolean blank(String text) {
      return text == null || text.isBlank();
    }
  }
}
