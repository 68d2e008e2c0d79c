package kz.ecase.ledger;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import kz.ecase.kernel.Iin;
import kz.ecase.kernel.UnitCode;

/**
 * A registered fact, as the module that registers it describes it.
 *
 * @param type what happened, {@code <module>.<PastTense>}, e.g. {@code offences.ProtocolRegistered}
 * @param record the record it happened to
 * @param actor the username of who did it
 * @param unit the unit that owns the record (decides who may read the entry)
 * @param subject the person the record is about, if any (may read it in the citizen portal)
 * @param time when it happened
 * @param payload the facts, as JSON-compatible values (strings, booleans, integers within ±2^53,
 *     lists and maps of them)
 * @param attachments hashes of documents and signatures
 */
public record LedgerEvent(
    String type,
    RecordRef record,
    String actor,
    UnitCode unit,
    Iin subject,
    Instant time,
    Map<String, Object> payload,
    List<Attachment> attachments) {

  private static final java.util.regex.Pattern TYPE =
      java.util.regex.Pattern.compile("[a-z]+\\.[A-Z][A-Za-z]+");

  public LedgerEvent {
    if (type == null || !TYPE.matcher(type).matches()) {
      throw new IllegalArgumentException("An event type is <module>.<PastTense>, got " + type);
    }
    if (record == null || actor == null || actor.isBlank() || unit == null || time == null) {
      throw new IllegalArgumentException("An event needs its record, actor, unit and time");
    }
    payload = payload == null ? Map.of() : Map.copyOf(payload);
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }
}
