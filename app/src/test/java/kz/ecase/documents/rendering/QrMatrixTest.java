package kz.ecase.documents.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The papers' QR codes as {@link LayoutRenderer#matrix} takes them from zxing's encoder: module for
 * module the code zxing's writer made before (so the PDFs' bytes did not change), and read back by
 * zxing's reader as the text; seeded random check and payment addresses.
 */
class QrMatrixTest {

  private static final String ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

  @Test
  void isTheCodeZxingsWriterMadeAndReadsBack() throws Exception {
    Random random = new Random(7_12_2026);
    for (int round = 0; round < 200; round++) {
      String text = address(random);
      ByteMatrix modules = LayoutRenderer.matrix(text);
      BitMatrix written =
          new QRCodeWriter()
              .encode(
                  text,
                  BarcodeFormat.QR_CODE,
                  0,
                  0,
                  Map.of(
                      EncodeHintType.ERROR_CORRECTION,
                      ErrorCorrectionLevel.M,
                      EncodeHintType.MARGIN,
                      0,
                      EncodeHintType.QR_MASK_PATTERN,
                      2));
      assertThat(modules.getWidth()).as(text).isEqualTo(written.getWidth());
      for (int y = 0; y < modules.getHeight(); y++) {
        for (int x = 0; x < modules.getWidth(); x++) {
          assertThat(modules.get(x, y) == 1)
              .as(text + " at " + x + "," + y)
              .isEqualTo(written.get(x, y));
        }
      }
      assertThat(read(modules)).isEqualTo(text);
    }
  }

  private static String address(Random random) {
    StringBuilder token = new StringBuilder();
    int length = random.nextBoolean() ? 22 : 15 + random.nextInt(10);
    for (int i = 0; i < length; i++) {
      token.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    String base = random.nextBoolean() ? "http://localhost:8080" : "https://ecase.police.kz";
    return base + (random.nextBoolean() ? "/check/" : "/citizen/pay/") + token;
  }

  /** The code drawn at 4 pixels a module with a 4-module quiet zone, read by zxing. */
  private static String read(ByteMatrix modules) throws Exception {
    int scale = 4;
    int quiet = 4;
    int size = (modules.getWidth() + 2 * quiet) * scale;
    int[] pixels = new int[size * size];
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        int mx = x / scale - quiet;
        int my = y / scale - quiet;
        boolean dark =
            mx >= 0
                && my >= 0
                && mx < modules.getWidth()
                && my < modules.getHeight()
                && modules.get(mx, my) == 1;
        pixels[y * size + x] = dark ? 0x000000 : 0xFFFFFF;
      }
    }
    return new QRCodeReader()
        .decode(
            new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, pixels))),
            Map.of(DecodeHintType.PURE_BARCODE, Boolean.FALSE))
        .getText();
  }
}
