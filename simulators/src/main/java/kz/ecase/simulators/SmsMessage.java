package kz.ecase.simulators;

/**
 * One message the simulated SMS gateway accepted.
 *
 * @param status its delivery report: {@code DELIVERED} or {@code FAILED}
 * @param submissions how many times it was submitted (the same {@code clientRef} again counts, but
 *     sends nothing again): more than one means the sender repeated itself
 */
public record SmsMessage(
    String id, String to, String text, String clientRef, String status, int submissions) {

  SmsMessage submittedAgain() {
    return new SmsMessage(id, to, text, clientRef, status, submissions + 1);
  }
}
