package kz.ecase.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;

/**
 * The scanner's string check (a string's text up to its closing quote: UTF-8, control characters)
 * against a plain strict UTF-8 decoder, on random text, valid and not, at every alignment in a
 * buffer: it finds the closing quote exactly when the decoder decodes the text and the text holds
 * no control character; else it does not vouch for the string. The strings hold no quote and no
 * backslash (escapes are {@link EntryFieldScannerTest}'s). The seed is printed with any failure;
 * {@code -Decase.seed=} replays it.
 */
class EntryFieldScannerStringTest {

  private static final long SEED = Long.getLong("ecase.seed", System.nanoTime());
  private static final int TRIALS = 20_000;

  /** Code points at the edges of each UTF-8 length, and the text ecase's ledgers hold. */
  private static final int[] EDGES = {
    0x20, 0x7e, 0x7f, 0x80, 0xe9, 0x7ff, 0x800, 0x2028, 0xd7ff, 0xe000, 0xfffd, 0xffff, 0x10000,
    0x1f600, 0x10ffff
  };

  /** Byte sequences no strict decoder takes (overlong, surrogate, beyond U+10FFFF, cut, stray). */
  private static final String[] MALFORMED = {
    "c0 80",
    "c1 bf",
    "e0 80 80",
    "e0 9f bf",
    "ed a0 80",
    "ed bf bf",
    "f0 80 80 80",
    "f0 8f bf bf",
    "f4 90 80 80",
    "f5 80 80 80",
    "f8 88 80 80 80",
    "fe",
    "ff",
    "80",
    "bf",
    "d0",
    "d0 d0",
    "e2 80",
    "f0 9f 98",
    "d0 20",
    "e2 20 80",
    "d0 00",
    "00",
    "1f",
    "0a"
  };

  private final RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(SEED);

  @Test
  void vouchesForAStringExactlyWhenAStrictDecoderDecodesItWithoutControlCharacters() {
    int valid = 0;
    int invalid = 0;
    for (int trial = 0; trial < TRIALS; trial++) {
      byte[] text =
          switch (trial % 4) {
            case 0 -> validText();
            case 1 -> withMalformed(validText());
            case 2 -> withRandomBytes(validText());
            default -> randomBytes();
          };
      boolean decodes = decodesWithoutControls(text);
      if (decodes) {
        valid++;
      } else {
        invalid++;
      }

      int before = random.nextInt(16);
      int after = random.nextInt(16);
      byte[] buffer = new byte[before + text.length + 1 + after];
      for (int i = 0; i < buffer.length; i++) {
        buffer[i] = (byte) ('a' + random.nextInt(26));
      }
      System.arraycopy(text, 0, buffer, before, text.length);
      int quote = before + text.length;
      buffer[quote] = '"';

      String described = "seed " + SEED + ", text " + HexFormat.ofDelimiter(" ").formatHex(text);
      int limit = random.nextBoolean() ? buffer.length : quote + 1;
      assertThat(EntryFieldScanner.closingQuote(buffer, before, limit))
          .as(described)
          .isEqualTo(decodes ? quote : -1);
      // without its closing quote before the limit, no string is vouched for
      assertThat(EntryFieldScanner.closingQuote(buffer, before, quote)).as(described).isEqualTo(-1);
    }
    assertThat(valid).as("seed %d: valid strings", SEED).isGreaterThan(TRIALS / 8);
    assertThat(invalid).as("seed %d: invalid strings", SEED).isGreaterThan(TRIALS / 8);
  }

  @Test
  void longRunsOfCyrillicAtEveryAlignment() {
    String words = "Жылдамдықты асыру Превышение скорости ҚҰҮӘҒ";
    for (int before = 0; before < 9; before++) {
      for (int cut = 0; cut <= words.length(); cut++) {
        byte[] text = words.substring(0, cut).getBytes(StandardCharsets.UTF_8);
        byte[] buffer = new byte[before + text.length + 1];
        System.arraycopy(text, 0, buffer, before, text.length);
        buffer[before + text.length] = '"';
        assertThat(EntryFieldScanner.closingQuote(buffer, before, buffer.length))
            .as("%d bytes before, %d characters", before, cut)
            .isEqualTo(before + text.length);
        for (int bad = before; bad < before + text.length; bad++) {
          byte[] broken = buffer.clone();
          broken[bad] ^= 0x40; // a lead byte made a continuation byte or the reverse, or ASCII
          boolean decodes =
              decodesWithoutControls(
                  java.util.Arrays.copyOfRange(broken, before, before + text.length));
          assertThat(EntryFieldScanner.closingQuote(broken, before, broken.length))
              .as("%d bytes before, %d characters, byte %d changed", before, cut, bad - before)
              .isEqualTo(decodes ? before + text.length : -1);
        }
      }
    }
  }

  /** Whether a strict UTF-8 decoder decodes the text and it holds no control character. */
  private static boolean decodesWithoutControls(byte[] text) {
    String decoded;
    try {
      decoded =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(text))
              .toString();
    } catch (CharacterCodingException e) {
      return false;
    }
    return decoded.chars().noneMatch(c -> c < 0x20);
  }

  /** Random text of code points of every UTF-8 length, Cyrillic runs most of all. */
  private byte[] validText() {
    StringBuilder text = new StringBuilder();
    for (int n = random.nextInt(40); n > 0; n--) {
      int codePoint =
          switch (random.nextInt(6)) {
            case 0, 1 -> 0x410 + random.nextInt(0x40); // А..я
            case 2 -> 0x490 + random.nextInt(0x30); // Kazakh letters among them
            case 3 -> 0x20 + random.nextInt(0x5f);
            case 4 -> EDGES[random.nextInt(EDGES.length)];
            default -> randomScalar();
          };
      if (codePoint != '"' && codePoint != '\\') {
        text.appendCodePoint(codePoint);
      }
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private int randomScalar() {
    while (true) {
      int codePoint = 0x20 + random.nextInt(0x110000 - 0x20);
      if (codePoint < 0xd800 || codePoint > 0xdfff) {
        return codePoint;
      }
    }
  }

  /** The text with one or two malformed sequences or control characters put in at random. */
  private byte[] withMalformed(byte[] text) {
    byte[] result = text;
    for (int n = 1 + random.nextInt(2); n > 0; n--) {
      byte[] bad = HexFormat.ofDelimiter(" ").parseHex(MALFORMED[random.nextInt(MALFORMED.length)]);
      int at = random.nextInt(result.length + 1);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.write(result, 0, at);
      out.write(bad, 0, bad.length);
      out.write(result, at, result.length - at);
      result = out.toByteArray();
    }
    return result;
  }

  /** The text with a few bytes changed to random bytes other than a quote or a backslash. */
  private byte[] withRandomBytes(byte[] text) {
    byte[] result = text.clone();
    for (int n = random.nextInt(3); n > 0 && result.length > 0; n--) {
      result[random.nextInt(result.length)] = randomByte();
    }
    return result;
  }

  private byte[] randomBytes() {
    byte[] bytes = new byte[random.nextInt(24)];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = random.nextInt(3) == 0 ? (byte) (0x80 + random.nextInt(0x40)) : randomByte();
    }
    return bytes;
  }

  private byte randomByte() {
    while (true) {
      byte b = (byte) random.nextInt(256);
      if (b != '"' && b != '\\') {
        return b;
      }
    }
  }
}
