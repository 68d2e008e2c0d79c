package kz.ecase.offences;

import java.util.List;

/**
 * A protocol as the officer submits it, before validation: text as typed.
 *
 * @param idempotencyKey the client's key for this submission: the same key by the same officer
 *     answers the same protocol
 * @param iin the offender's IIN
 * @param article a catalogue code ({@code speeding-20-40}) or an article number ({@code 592 ч.3})
 * @param offenceTime ISO date-time, with an offset or in Kazakhstan's time
 * @param fineMci the fine in MCI; none: the article's minimum
 * @param pin the officer's signing PIN
 * @param evidenceSha256 the SHA-256 (hex) of documents already stored in ecase that are evidence
 *     (photos); optional, each recorded as an attachment of the protocol's ledger entry
 * @param explanation the person's explanation, typed on the officer's device; optional
 * @param explanationRefused whether the person refused to explain (then no explanation is given)
 * @param language the language of the protocol, the person's choice: {@code kk} or {@code ru}
 *     (none: {@code ru})
 */
public record ProtocolForm(
    String idempotencyKey,
    String iin,
    String article,
    String offenceTime,
    String place,
    String plate,
    String description,
    Integer fineMci,
    String pin,
    List<String> evidenceSha256,
    String explanation,
    Boolean explanationRefused,
    String language) {

  /** Without the person's explanation and language (the form before they were added). */
  public ProtocolForm(
      String idempotencyKey,
      String iin,
      String article,
      String offenceTime,
      String place,
      String plate,
      String description,
      Integer fineMci,
      String pin,
      List<String> evidenceSha256) {
    this(
        idempotencyKey,
        iin,
        article,
        offenceTime,
        place,
        plate,
        description,
        fineMci,
        pin,
        evidenceSha256,
        null,
        null,
        null);
  }

  /** Without evidence documents (the form before evidence was added). */
  public ProtocolForm(
      String idempotencyKey,
      String iin,
      String article,
      String offenceTime,
      String place,
      String plate,
      String description,
      Integer fineMci,
      String pin) {
    this(idempotencyKey, iin, article, offenceTime, place, plate, description, fineMci, pin, null);
  }

  @Override
  public String toString() {
    return "ProtocolForm[" + idempotencyKey + ", " + article + "]";
  }
}
