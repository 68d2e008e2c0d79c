package kz.ecase.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import kz.ecase.verifier.EntryFields.Previous;
import org.junit.jupiter.api.Test;

/**
 * The scanner against a full JSON parse: on random canonical entries whose payloads hold the
 * nastiest strings (quotes, escaped quotes, {@code "previous":} and whole fake tails, unicode), it
 * reads every one and reads it alike; on those entries changed at random, whatever it still reads
 * it reads alike. The seed is printed with any failure; {@code -Decase.seed=} replays it.
 */
class EntryFieldScannerTest {

  private static final long SEED = Long.getLong("ecase.seed", System.nanoTime());
  private static final int TRIALS = 3000;

  private static final List<String> NASTY =
      List.of(
          "\"",
          "\\",
          "\\\"",
          "\"previous\":",
          ",\"previous\":12,\"record\":{\"id\":\"fake\",\"type\":\"fake\"},",
          ",\"previous\":null,\"record\":{",
          "\"format\":1",
          "\"unit\":\"999999\"}",
          "}",
          "{",
          "]",
          ",",
          ":",
          "Нарушение ПДД",
          "Құқық бұзушылық",
          "😀",
          "\u2028",
          "\u0000",
          "\n\t\r\b\f",
          "\u001f",
          "/",
          "\u00e9",
          "\uffff",
          "null",
          "1e5",
          " ");

  private final RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(SEED);

  @Test
  void readsEveryCanonicalEntryAsAFullParseDoes() {
    for (int trial = 0; trial < TRIALS; trial++) {
      byte[] entry = canonical(randomEntry()).getBytes(StandardCharsets.UTF_8);
      EntryFields parsed = EntryFields.parse(entry);
      EntryFields scanned = EntryFieldScanner.scan(entry);

      assertThat(scanned).as(described(entry)).isNotNull().isEqualTo(parsed);
    }
  }

  @Test
  void whatItReadsOfAChangedEntryAFullParseReadsAlike() {
    int read = 0;
    for (int trial = 0; trial < TRIALS * 3; trial++) {
      byte[] entry = mutate(canonical(randomEntry()).getBytes(StandardCharsets.UTF_8));
      EntryFields scanned = EntryFieldScanner.scan(entry);
      if (scanned != null) {
        read++;
        assertThat(scanned).as(described(entry)).isEqualTo(EntryFields.parse(entry));
      }
      assertThat(EntryFields.read(entry)).as(described(entry)).isEqualTo(EntryFields.parse(entry));
    }
    assertThat(read).as("seed %d: some changed entries are still canonical", SEED).isPositive();
  }

  @Test
  void readsAnEntryInTheMiddleOfABufferAsItReadsItAlone() {
    EntryFieldScanner scanner = new EntryFieldScanner();
    int laidOut = 0;
    for (int trial = 0; trial < TRIALS * 2; trial++) {
      String json = canonical(randomEntry());
      byte[] entry =
          (trial % 2 == 0
              ? json.getBytes(StandardCharsets.UTF_8)
              : mutate(json.getBytes(StandardCharsets.UTF_8)));
      byte[] before = "\"}x\\".repeat(random.nextInt(3)).getBytes(StandardCharsets.US_ASCII);
      byte[] after =
          "\",\"unit\":\"9\"}".repeat(random.nextInt(3)).getBytes(StandardCharsets.US_ASCII);
      byte[] buffer = new byte[before.length + entry.length + after.length];
      System.arraycopy(before, 0, buffer, 0, before.length);
      System.arraycopy(entry, 0, buffer, before.length, entry.length);
      System.arraycopy(after, 0, buffer, before.length + entry.length, after.length);

      boolean inBuffer = scanner.laidOut(buffer, before.length, before.length + entry.length);
      EntryFields fromBuffer = inBuffer ? scanner.fields() : null;
      boolean alone = scanner.laidOut(entry, 0, entry.length);

      assertThat(inBuffer).as(described(entry)).isEqualTo(alone);
      if (inBuffer) {
        laidOut++;
        assertThat(fromBuffer).as(described(entry)).isEqualTo(EntryFields.parse(entry));
      }
    }
    assertThat(laidOut).as("seed %d: entries laid out as the application does", SEED).isPositive();
  }

  /**
   * The application's layout is recognised by comparing the bytes between its values with what it
   * expects there, eight bytes at a time where the array holds sixteen from there, else byte by
   * byte: with each byte of an entry changed in turn, alone in its array or followed by more bytes,
   * whatever the scanner still reads as laid out it reads as a full parse reads it.
   */
  @Test
  void anEntryWithAnyOneByteChangedIsReadAsAFullParseReadsItOrNotAtAll() {
    byte[] entry =
        TestLedger.entryJson("r1", "710001", "event", 7L).getBytes(StandardCharsets.UTF_8);
    EntryFieldScanner scanner = new EntryFieldScanner();
    for (int after : new int[] {0, 20}) {
      for (int at = 0; at < entry.length; at++) {
        for (byte to : new byte[] {(byte) (entry[at] ^ 0x01), (byte) (entry[at] ^ 0x40), '"'}) {
          byte[] changed = Arrays.copyOf(entry, entry.length + after);
          changed[at] = to;
          if (scanner.laidOut(changed, 0, entry.length)) {
            byte[] alone = Arrays.copyOf(changed, entry.length);
            assertThat(scanner.fields()).as(described(alone)).isEqualTo(EntryFields.parse(alone));
          }
        }
      }
      assertThat(scanner.laidOut(Arrays.copyOf(entry, entry.length + after), 0, entry.length))
          .isTrue();
    }
  }

  @Test
  void theTopLevelPreviousIsReadNotOneInsideThePayload() {
    String entry =
        TestLedger.entryJson("r1", "710001", "x\\\",\\\"previous\\\":3,\\\"record\\\":{", 41L)
            .replace(
                "\"payload\":{",
                "\"payload\":{\"a\":{\"previous\":5,\"record\":{\"id\":\"r9\",\"type\":\"t\"}},");
    EntryFields fields = EntryFieldScanner.scan(entry.getBytes(StandardCharsets.UTF_8));

    assertThat(fields).isNotNull();
    assertThat(fields.previous()).isEqualTo(Previous.INDEX);
    assertThat(fields.previousIndex()).isEqualTo(41);
    assertThat(fields.recordKey()).isEqualTo("registration/r1");
  }

  @Test
  void bytesItCannotVouchForAreLeftToTheFullParse() {
    String canonical = TestLedger.entryJson("r1", "710001", "event", null);
    List<String> others =
        List.of(
            canonical.replace(",\"format\":1", ", \"format\":1"),
            canonical.replace("\"unit\"", "\"\\u0075nit\""),
            canonical.replace("\"format\":1", "\"format\":1.0"),
            canonical.replace("{\"actor\":\"officer\",", "{\"zz\":0,\"actor\":\"officer\","),
            canonical + " ",
            canonical.substring(0, canonical.length() - 1),
            "[1,2]",
            "");
    for (String other : others) {
      byte[] bytes = other.getBytes(StandardCharsets.UTF_8);
      assertThat(EntryFieldScanner.scan(bytes)).as(other).isNull();
      assertThat(EntryFields.read(bytes)).as(other).isEqualTo(EntryFields.parse(bytes));
    }
  }

  private String described(byte[] entry) {
    return "seed " + SEED + ", entry " + new String(entry, StandardCharsets.UTF_8);
  }

  /** An entry as the application records it, with random values and sometimes wrong kinds. */
  private Map<String, Object> randomEntry() {
    Map<String, Object> entry = new TreeMap<>();
    entry.put("actor", nastyString());
    entry.put("attachments", List.of(Map.of("name", nastyString(), "sha256", "ab".repeat(32))));
    entry.put("format", oneOf(1L, 1L, 1L, 2L, "1", null, 0L, -1L));
    entry.put("payload", randomValue(3));
    if (random.nextInt(10) > 0) {
      entry.put("previous", oneOf(null, (long) random.nextInt(1 << 30), -7L, "3", true, 0L));
    }
    Map<String, Object> record = new TreeMap<>();
    record.put("id", random.nextInt(8) > 0 ? nastyString() : 42L);
    record.put("type", random.nextInt(8) > 0 ? nastyString() : null);
    if (random.nextInt(6) == 0) {
      record.put("previous", randomValue(1));
    }
    entry.put("record", random.nextInt(10) > 0 ? record : List.of(record));
    entry.put("subject", random.nextBoolean() ? null : nastyString());
    entry.put("time", "2026-11-23T10:15:30Z");
    entry.put("type", nastyString());
    entry.put("unit", random.nextInt(10) > 0 ? "710001" : 710001L);
    if (random.nextInt(10) == 0) {
      entry.remove(oneOf("format", "record", "unit", "subject"));
    }
    return entry;
  }

  private Object randomValue(int depth) {
    int kind = random.nextInt(depth > 0 ? 8 : 5);
    return switch (kind) {
      case 0, 1 -> nastyString();
      case 2 -> random.nextLong(-(1L << 53), 1L << 53);
      case 3 -> oneOf(true, false, null);
      case 4 -> (long) random.nextInt(100);
      case 5 -> {
        List<Object> list = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
          list.add(randomValue(depth - 1));
        }
        yield list;
      }
      default -> {
        Map<String, Object> map = new TreeMap<>();
        for (int i = random.nextInt(5); i > 0; i--) {
          String key =
              random.nextBoolean() ? oneOf("previous", "record", "format", "unit") : nastyString();
          map.put(key, randomValue(depth - 1));
        }
        yield map;
      }
    };
  }

  private String nastyString() {
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(5); i > 0; i--) {
      text.append(random.nextBoolean() ? NASTY.get(random.nextInt(NASTY.size())) : "ab12");
    }
    return text.toString();
  }

  @SafeVarargs
  private <T> T oneOf(T... choices) {
    return choices[random.nextInt(choices.length)];
  }

  /** Changes one to three bytes: flips a bit, drops one, or puts in a JSON-significant one. */
  private byte[] mutate(byte[] entry) {
    byte[] bytes = entry;
    for (int n = 1 + random.nextInt(3); n > 0 && bytes.length > 1; n--) {
      int at = random.nextInt(bytes.length);
      byte[] changed;
      switch (random.nextInt(3)) {
        case 0 -> {
          changed = bytes.clone();
          changed[at] ^= (byte) (1 << random.nextInt(8));
        }
        case 1 -> {
          changed = new byte[bytes.length - 1];
          System.arraycopy(bytes, 0, changed, 0, at);
          System.arraycopy(bytes, at + 1, changed, at, bytes.length - at - 1);
        }
        default -> {
          byte[] significant = "\"\\{}[],:-0123456789.eEtfnul ".getBytes(StandardCharsets.UTF_8);
          changed = new byte[bytes.length + 1];
          System.arraycopy(bytes, 0, changed, 0, at);
          changed[at] =
              random.nextInt(4) == 0
                  ? (byte) random.nextInt(256)
                  : significant[random.nextInt(significant.length)];
          System.arraycopy(bytes, at, changed, at + 1, bytes.length - at);
        }
      }
      bytes = changed;
    }
    return bytes;
  }

  /** RFC 8785 text of a value built from maps sorted by key, lists, strings, longs, booleans. */
  static String canonical(Object value) {
    StringBuilder json = new StringBuilder();
    write(json, value);
    return json.toString();
  }

  private static void write(StringBuilder json, Object value) {
    if (value == null || value instanceof Boolean || value instanceof Long) {
      json.append(value);
    } else if (value instanceof String text) {
      quote(json, text);
    } else if (value instanceof List<?> list) {
      json.append('[');
      for (int i = 0; i < list.size(); i++) {
        json.append(i > 0 ? "," : "");
        write(json, list.get(i));
      }
      json.append(']');
    } else if (value instanceof Map<?, ?> map) {
      json.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> member : new TreeMap<>(map).entrySet()) {
        json.append(first ? "" : ",");
        first = false;
        quote(json, (String) member.getKey());
        json.append(':');
        write(json, member.getValue());
      }
      json.append('}');
    } else {
      throw new IllegalArgumentException("not a JSON value: " + value);
    }
  }

  private static void quote(StringBuilder json, String text) {
    json.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\b' -> json.append("\\b");
        case '\f' -> json.append("\\f");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        default -> {
          if (c < 0x20) {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    json.append('"');
  }
}
