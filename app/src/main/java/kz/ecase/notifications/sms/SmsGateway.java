package kz.ecase.notifications.sms;

/** The SMS gateway: sends one message, idempotent on the client reference. */
public interface SmsGateway {

  /**
   * @return the gateway's id of the message
   * @throws SmsGatewayException when the gateway did not accept it
   */
  String send(String phone, String text, String clientRef);

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
