package kz.ecase.offences.enforcement;

import static kz.ecase.offences.ProtocolApi.form;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import kz.ecase.offences.EntryIntoForce;
import kz.ecase.offences.ProtocolApi;

/**
 * Protocols on their way to enforcement, through the officer's HTTP API: registered, served and
 * decided with a fine now, and put in force by the entry-into-force job's per-protocol entry point
 * 12 days later (after the 10-day appeal term).
 */
final class DecidedFines {

  static final String CITIZEN_IIN = "850315401231";

  private final ProtocolApi officer;
  private final EntryIntoForce entryIntoForce;
  private final String pin;

  DecidedFines(ProtocolApi officer, EntryIntoForce entryIntoForce, String pin) {
    this.officer = officer;
    this.entryIntoForce = entryIntoForce;
    this.pin = pin;
  }

  /** A fine decided now; the protocol's id. */
  String decided() {
    String id = officer.register(form(CITIZEN_IIN, pin)).json().get("id").asString();
    assertThat(officer.step(id, "SERVE", null, pin).status()).isEqualTo(201);
    assertThat(officer.step(id, "DECIDE_FINE", null, pin).status()).isEqualTo(201);
    return id;
  }

  /** A fine decided at {@code now} and in force 12 days later; the protocol's id. */
  String inForce(Instant now) {
    String id = decided();
    assertThat(entryIntoForce.enterIfDue(UUID.fromString(id), now.plus(Duration.ofDays(12))))
        .isTrue();
    return id;
  }
}
