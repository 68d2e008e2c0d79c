package kz.ecase.offences;

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
    String pin) {

  @Override
  public String toString() {
    return "ProtocolForm[" + idempotencyKey + ", " + article + "]";
  }
}
