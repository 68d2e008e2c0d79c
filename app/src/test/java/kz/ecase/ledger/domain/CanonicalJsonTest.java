package kz.ecase.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.erdtman.jcs.JsonCanonicalizer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The one-pass writer against the general way (Jackson, then the RFC 8785 library). */
class CanonicalJsonTest {

  final JsonMapper json = JsonMapper.builder().build();

  @Test
  void writesTheSameBytesAsTheGeneralWayForRandomPlainValues() throws Exception {
    Random random = new Random(20261206);
    for (int i = 0; i < 3000; i++) {
      Map<String, Object> value = new HashMap<>(); // an entry is an object
      for (int j = random.nextInt(4); j >= 0; j--) {
        value.put(text(random), value(random, 0));
      }
      String written = CanonicalJson.write(value);

      assertThat(written).as("case %d", i).isNotNull();
      assertThat(written.getBytes(StandardCharsets.UTF_8))
          .as("case %d: %s", i, written)
          .isEqualTo(new JsonCanonicalizer(json.writeValueAsString(value)).getEncodedUTF8());
    }
  }

  @Test
  void leavesOtherValuesToTheGeneralWay() {
    assertThat(CanonicalJson.write(Map.of("day", LocalDate.of(2026, 12, 6)))).isNull();
    assertThat(CanonicalJson.write(Map.of("amount", 1.5))).isNull();
    assertThat(CanonicalJson.write(List.of(1L << 54))).isNull();
    assertThat(CanonicalJson.write(Map.of(1, "not a string key"))).isNull();
    assertThat(CanonicalJson.write(List.of("\uD83D\uDE00"))).isNull();
  }

  private static Object value(Random random, int depth) {
    int kind = random.nextInt(depth > 3 ? 5 : 7);
    return switch (kind) {
      case 0 -> null;
      case 1 -> random.nextBoolean();
      case 2 -> random.nextInt();
      case 3 -> (random.nextLong() % (1L << 53));
      case 4 -> text(random);
      case 5 -> {
        List<Object> list = new ArrayList<>();
        for (int i = random.nextInt(5); i > 0; i--) {
          list.add(value(random, depth + 1));
        }
        yield list;
      }
      default -> {
        Map<String, Object> map = new HashMap<>();
        for (int i = random.nextInt(6); i > 0; i--) {
          map.put(text(random), value(random, depth + 1));
        }
        yield map;
      }
    };
  }

  /** Strings of ASCII, controls, quotes and backslashes, Cyrillic and Kazakh letters, and more. */
  private static String text(Random random) {
    String alphabet = "aZ09 \"\\/\b\t\n\f\r\u0000\u0001\u001f\u007f\u0080ҚқӘәЖж€\u2028\uFFFD";
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(8); i > 0; i--) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }
}
