package kz.ecase.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import kz.ecase.kernel.Iin;
import kz.ecase.kernel.UnitCode;
import kz.ecase.ledger.Attachment;
import kz.ecase.ledger.LedgerEvent;
import kz.ecase.ledger.RecordRef;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class EntryFormatTest {

  final EntryFormat format = new EntryFormat(JsonMapper.builder().build());

  LedgerEvent event(Map<String, Object> payload) {
    return new LedgerEvent(
        "offences.ProtocolRegistered",
        new RecordRef("protocol", "71000126000001"),
        "officer",
        UnitCode.of("710001"),
        Iin.of("850315401231"),
        Instant.parse("2026-11-23T10:15:30Z"),
        payload,
        List.of(new Attachment("protocol.pdf", "0f".repeat(32))));
  }

  @Test
  void entryBytesAreCanonicalJsonWithSortedKeysAndNoWhitespace() {
    byte[] recorded =
        format.recorded(event(Map.of("article", "610-1", "fine", 17_300, "note", "Қызыл")));

    String entry = new String(EntryFormat.withPrevious(recorded, 41L), StandardCharsets.UTF_8);

    assertThat(entry)
        .isEqualTo(
            "{\"actor\":\"officer\",\"attachments\":[{\"name\":\"protocol.pdf\",\"sha256\":\""
                + "0f".repeat(32)
                + "\"}],\"format\":1,\"payload\":{\"article\":\"610-1\",\"fine\":17300,"
                + "\"note\":\"Қызыл\"},\"previous\":41,\"record\":{\"id\":\"71000126000001\","
                + "\"type\":\"protocol\"},\"subject\":\"850315401231\","
                + "\"time\":\"2026-11-23T10:15:30Z\",\"type\":\"offences.ProtocolRegistered\","
                + "\"unit\":\"710001\"}");
  }

  @Test
  void theFirstEntryOfARecordHasNoPrevious() {
    byte[] recorded = format.recorded(event(Map.of()));

    assertThat(new String(EntryFormat.withPrevious(recorded, null), StandardCharsets.UTF_8))
        .contains("\"previous\":null");
  }

  @Test
  void sameEventGivesTheSameBytesWhateverTheMapOrder() {
    Map<String, Object> one = new java.util.LinkedHashMap<>();
    one.put("a", 1);
    one.put("b", List.of("x", "y"));
    Map<String, Object> other = new java.util.LinkedHashMap<>();
    other.put("b", List.of("x", "y"));
    other.put("a", 1);

    assertThat(format.recorded(event(one))).isEqualTo(format.recorded(event(other)));
  }

  @Test
  void fillingInPreviousGivesTheCanonicalFormEvenWhenThePayloadMimicsTheEntry() throws Exception {
    Map<String, Object> tricky =
        Map.of(
            "a",
            1,
            "nested",
            Map.of("a", 0, "previous", "x", "record", Map.of("id", "1")),
            "text",
            ",\"previous\":null,\"record\":{");
    byte[] recorded = format.recorded(event(tricky));

    byte[] filled = EntryFormat.withPrevious(recorded, 1234L);

    JsonMapper json = JsonMapper.builder().build();
    @SuppressWarnings("unchecked")
    Map<String, Object> fields = json.readValue(recorded, java.util.LinkedHashMap.class);
    fields.put("previous", 1234L);
    byte[] expected =
        new org.erdtman.jcs.JsonCanonicalizer(json.writeValueAsString(fields)).getEncodedUTF8();
    assertThat(new String(filled, StandardCharsets.UTF_8))
        .isEqualTo(new String(expected, StandardCharsets.UTF_8));
  }

  @Test
  void numbersThatJsonCannotCarryExactlyAreRefused() {
    assertThatThrownBy(() -> format.recorded(event(Map.of("amount", 12.5))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> format.recorded(event(Map.of("id", Long.MAX_VALUE))))
        .hasMessageContaining("2^53");
  }
}
