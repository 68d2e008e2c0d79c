package kz.ecase.simulators;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Which accepted SMS messages the simulated gateway reports as not delivered.
 *
 * @param failureRate the share of messages reported FAILED, from 0.0 to 1.0
 * @param failingPhones phones whose messages are always reported FAILED (a switched-off phone)
 */
public record SmsDelivery(double failureRate, List<String> failingPhones) {

  /** Every message delivered. */
  public static final SmsDelivery ALWAYS = new SmsDelivery(0.0, List.of());

  public SmsDelivery {
    if (!(failureRate >= 0.0 && failureRate <= 1.0)) {
      throw new IllegalArgumentException("failureRate must be from 0.0 to 1.0");
    }
    failingPhones = failingPhones == null ? List.of() : List.copyOf(failingPhones);
  }

  /** The same, and messages to this phone fail. */
  public SmsDelivery failingFor(String phone) {
    List<String> phones = new java.util.ArrayList<>(failingPhones);
    phones.add(phone);
    return new SmsDelivery(failureRate, phones);
  }

  boolean fails(String phone, RandomGenerator random) {
    return failingPhones.contains(phone) || (failureRate > 0 && random.nextDouble() < failureRate);
  }
}
