package kz.ecase.documents;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/** The QR code printed on a PDF, read as a phone reads the paper: from page 1 as an image. */
final class PrintedQrCode {

  private PrintedQrCode() {}

  /**
   * Page 1 rendered at 200 dpi, kept as {@code target/screenshots/<screenshot>.png} to be looked
   * at, and the text of its check's QR code decoded by zxing (a protocol also carries the QR code
   * of its payment beside it: the one that leads to {@code /check/} is the check's).
   */
  static String read(byte[] pdf, String screenshot) throws Exception {
    BufferedImage image;
    try (PDDocument document = Loader.loadPDF(pdf)) {
      image = new PDFRenderer(document).renderImageWithDPI(0, 200);
    }
    Path png = Path.of("target", "screenshots", screenshot + ".png");
    Files.createDirectories(png.getParent());
    ImageIO.write(image, "png", png.toFile());
    int[] pixels =
        image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    BinaryBitmap bitmap =
        new BinaryBitmap(
            new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
    com.google.zxing.Result[] codes =
        new com.google.zxing.multi.qrcode.QRCodeMultiReader()
            .decodeMultiple(bitmap, Map.of(DecodeHintType.TRY_HARDER, true));
    return java.util.Arrays.stream(codes)
        .map(com.google.zxing.Result::getText)
        .filter(text -> text.contains("/check/"))
        .findFirst()
        .orElse(codes[0].getText());
  }

  /** The bytes with one bit of the middle byte flipped. */
  static byte[] withOneByteChanged(byte[] bytes) {
    byte[] changed = bytes.clone();
    changed[changed.length / 2] ^= 0x01;
    return changed;
  }
}
