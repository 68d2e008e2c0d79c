package kz.ecase.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.ecase.EcaseIntegrationTest;
import kz.ecase.HttpClientSession;
import kz.ecase.kernel.Iin;
import kz.ecase.kernel.UnitCode;
import kz.ecase.ledger.Ledger;
import kz.ecase.ledger.LedgerEvent;
import kz.ecase.ledger.RecordRef;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Every read of a record is in the ledger and in the read index: the jurisdiction's supervisors
 * list them, the person sees who read their data and why, a refused read leaves no trace.
 */
@EcaseIntegrationTest
class ReadAuditIT {

  private static final String CITIZEN = "850315401231";

  @Autowired Ledger ledger;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcClient jdbc;
  @LocalServerPort int port;

  @Test
  void aReadIsLedgeredAndShownToTheSupervisorAndToThePersonReadAbout() throws Exception {
    long index = registered("710001", CITIZEN);
    HttpClientSession officer = new HttpClientSession(port);
    String token = officer.token("officer", "demo");

    var read =
        officer.get(
            "/api/ledger/entries/" + index + "?purpose=protocol%2071-0042%20check",
            "Authorization",
            "Bearer " + token);
    assertThat(read.status()).isEqualTo(200);

    JsonNode supervisorView = listed("supervisor", "/api/audit/reads");
    JsonNode mine = find(supervisorView, "protocol 71-0042 check");
    assertThat(mine.get("reader").asString()).isEqualTo("officer");
    assertThat(mine.get("readerRole").asString()).isEqualTo("OFFICER");
    assertThat(mine.get("recordUnit").asString()).isEqualTo("710001");

    JsonNode citizenView = listed("citizen", "/api/audit/reads/about-me");
    JsonNode seen = find(citizenView, "protocol 71-0042 check");
    assertThat(seen.get("readerName").asString()).isEqualTo("Серік Жұмабаев");
    awaitSequenced(seen);
    JsonNode fresh = find(listed("citizen", "/api/audit/reads/about-me"), "protocol 71-0042 check");
    long readIndex = fresh.get("ledgerIndex").asLong();
    String entry =
        new String(
            java.util.Base64.getDecoder()
                .decode(
                    new HttpClientSession(port)
                        .get(
                            "/api/ledger/entries/" + readIndex,
                            "Authorization",
                            "Bearer " + new HttpClientSession(port).token("supervisor", "demo"))
                        .json()
                        .get("entry")
                        .asString()),
            java.nio.charset.StandardCharsets.UTF_8);
    assertThat(entry)
        .contains("\"type\":\"audit.RecordRead\"")
        .contains("protocol 71-0042 check")
        .contains("\"actor\":\"officer\"");
  }

  @Test
  void aRefusedReadLeavesNoTraceAndAnotherUnitsHeadSeesNothingOfIt() throws Exception {
    long index = registered("710002", null);
    long before = reads();
    HttpClientSession officer = new HttpClientSession(port);

    var refused =
        officer.get(
            "/api/ledger/entries/" + index + "?purpose=curious",
            "Authorization",
            "Bearer " + officer.token("officer", "demo"));

    assertThat(refused.status()).isEqualTo(404);
    assertThat(reads()).isEqualTo(before);
  }

  @Test
  void aHeadOfUnitSeesOnlyReadsOfTheirOwnUnitsRecords() throws Exception {
    long index = registered("710002", null);
    HttpClientSession supervisor = new HttpClientSession(port);
    supervisor.get(
        "/api/ledger/entries/" + index + "?purpose=yesil%20district%20review",
        "Authorization",
        "Bearer " + supervisor.token("supervisor", "demo"));

    JsonNode headView = listed("head", "/api/audit/reads");

    assertThat(headView.findValuesAsString("purpose")).doesNotContain("yesil district review");
    assertThat(headView.findValuesAsString("recordUnit")).allMatch(u -> u.startsWith("710001"));
    assertThat(listed("supervisor", "/api/audit/reads").findValuesAsString("purpose"))
        .contains("yesil district review");
  }

  @Test
  void anOverlongPurposeIsRefusedAsInvalidInput() {
    HttpClientSession officer = new HttpClientSession(port);
    var reply =
        officer.get(
            "/api/ledger/entries/0?purpose=" + "x".repeat(501),
            "Authorization",
            "Bearer " + officer.token("officer", "demo"));

    assertThat(reply.status()).isEqualTo(400);
  }

  private JsonNode listed(String user, String path) {
    HttpClientSession session = new HttpClientSession(port);
    var reply = session.get(path, "Authorization", "Bearer " + session.token(user, "demo"));
    assertThat(reply.status()).isEqualTo(200);
    return reply.json();
  }

  private static JsonNode find(JsonNode reads, String purpose) {
    for (JsonNode read : reads) {
      if (read.get("purpose").asString().equals(purpose)) {
        return read;
      }
    }
    throw new AssertionError("no read with purpose " + purpose + " in " + reads);
  }

  private void awaitSequenced(JsonNode read) throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(10);
    while (Instant.now().isBefore(deadline)) {
      JsonNode now =
          find(listed("citizen", "/api/audit/reads/about-me"), read.get("purpose").asString());
      if (!now.get("ledgerIndex").isNull()) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the read was not sequenced");
  }

  private long reads() {
    return jdbc.sql("select count(*) from audit_reads").query(Long.class).single();
  }

  private long registered(String unit, String subject) throws InterruptedException {
    String id = UUID.randomUUID().toString();
    long receipt =
        transactions.execute(
            status ->
                ledger.record(
                    new LedgerEvent(
                        "test.Registered",
                        new RecordRef("registration", id),
                        "officer",
                        UnitCode.of(unit),
                        subject == null ? null : Iin.of(subject),
                        Instant.parse("2026-11-23T10:15:30Z"),
                        Map.of("what", "audit sample"),
                        List.of())));
    Instant deadline = Instant.now().plusSeconds(10);
    while (ledger.indexOf(receipt).isEmpty() && Instant.now().isBefore(deadline)) {
      Thread.sleep(20);
    }
    return ledger.indexOf(receipt).orElseThrow();
  }
}
