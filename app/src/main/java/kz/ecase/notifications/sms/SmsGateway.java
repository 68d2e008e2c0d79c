package kz.ecase.notifications.sms;

/** The SMS gateway: sends one message (idempotent on the client reference), reports delivery. */
public interface SmsGateway {

  /**
   * @return the gateway's id of the message
   * @throws SmsGatewayException when the gateway did not accept it
   */
  String send(String phone, String text, String clientRef);

  /**
   * The delivery report of a message the gateway accepted.
   *
   * @throws SmsGatewayException when the gateway did not answer
   */
  Delivery delivery(String gatewayId);

  /** What the gateway knows of an accepted message's delivery. */
  enum Delivery {
    /** Not known yet. */
    PENDING,
    DELIVERED,
    /** The operator could not deliver it (phone off, number gone). */
    FAILED
  }

  /** The gateway did not accept a message; {@code permanent} when retrying cannot help. */
  class SmsGatewayException extends RuntimeException {
    private final boolean permanent;

    public SmsGatewayException(String message, boolean permanent, Throwable cause) {
      super(message, cause);
      this.permanent = permanent;
    }

    public boolean permanent() {
      return permanent;
    }
  }
}
