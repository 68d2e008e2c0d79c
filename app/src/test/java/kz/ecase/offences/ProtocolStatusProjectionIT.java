package kz.ecase.offences;

import static kz.ecase.offences.ProtocolApi.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import kz.ecase.EcaseIntegrationTest;
import kz.ecase.HttpClientSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The jobs find protocols by their current status in {@code offence_protocol_status}, which the
 * database keeps from the events: it must always say what the latest event says.
 */
@EcaseIntegrationTest
class ProtocolStatusProjectionIT {

  static final String PIN = "271828";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired EntryIntoForce entryIntoForce;

  @Test
  void everyProtocolsStatusIsThatOfItsLatestEventAndWarningsAreMarked() {
    ProtocolApi officer = ProtocolApi.withFreshPin(new HttpClientSession(port), "officer", PIN);
    String fined = officer.register(form("850315401231", PIN)).json().get("id").asString();
    String warned = officer.register(form("850315401231", PIN)).json().get("id").asString();
    officer.step(fined, "SERVE", null, PIN);
    officer.step(fined, "DECIDE_FINE", null, PIN);
    officer.step(warned, "SERVE", null, PIN);
    officer.step(warned, "DECIDE_WARNING", null, PIN);
    Instant lapsed = Instant.now().plus(Duration.ofDays(12));
    entryIntoForce.enterIfDue(UUID.fromString(fined), lapsed);
    entryIntoForce.enterIfDue(UUID.fromString(warned), lapsed);

    // every protocol in the database, these and all the others' (shared database)
    long disagreeing =
        jdbc.sql(
                "select count(*) from offence_protocols p left join offence_protocol_status s on"
                    + " s.protocol_id = p.id left join lateral (select e.to_status, e.at, e.seq"
                    + " from offence_protocol_events e where e.protocol_id = p.id order by e.seq"
                    + " desc limit 1) latest on true where s.protocol_id is null or (s.status,"
                    + " s.since, s.seq) is distinct from (latest.to_status, latest.at,"
                    + " latest.seq)")
            .query(Long.class)
            .single();
    assertThat(disagreeing).isZero();
    assertThat(statusOf(fined)).isEqualTo("IN_FORCE false");
    assertThat(statusOf(warned)).isEqualTo("IN_FORCE true");
  }

  @Test
  void theApplicationMayReadTheProjectionButNotWriteIt() {
    assertThatThrownBy(
            () -> jdbc.sql("update offence_protocol_status set status = 'PAID'").update())
        .rootCause()
        .hasMessageContaining("permission denied");
  }

  private String statusOf(String id) {
    return jdbc.sql(
            "select status || ' ' || warning from offence_protocol_status where protocol_id = :id")
        .param("id", UUID.fromString(id))
        .query(String.class)
        .single();
  }
}
