package kz.ecase.notifications.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import kz.ecase.EcaseIntegrationTest;
import kz.ecase.kernel.Iin;
import kz.ecase.kernel.UnitCode;
import kz.ecase.notifications.SmsNotice;
import kz.ecase.notifications.SmsOutbox;
import kz.ecase.persons.ContactLookups;
import kz.ecase.platform.simulation.EmbeddedSimulators;
import kz.ecase.simulators.RegistrySimulators;
import kz.ecase.simulators.SmsMessage;
import kz.ecase.testing.Eventually;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two dispatchers claiming at once (and any other instance's dispatcher sharing the database) never
 * submit the same message twice: FOR UPDATE SKIP LOCKED. What counts is the gateway's side: each
 * message arrived exactly once, whoever sent it.
 */
@EcaseIntegrationTest
class SmsDispatcherIT {

  static final Iin CITIZEN = new Iin("850315401231");
  static final int MESSAGES = 60;

  @Autowired JdbcClient jdbc;
  @Autowired JdbcTemplate template;
  @Autowired SmsOutbox outbox;
  @Autowired TransactionTemplate transactions;
  @Autowired Clock clock;
  @Autowired SmsGateway gateway;
  @Autowired ContactLookups contacts;
  @Autowired SmsRetryPolicy policy;
  @Autowired kz.ecase.procedure.OutboxClaims claims;
  @Autowired EmbeddedSimulators embedded;

  @Test
  void concurrentDispatchersSubmitEachMessageOnce() throws Exception {
    String batch = UUID.randomUUID().toString();
    transactions.executeWithoutResult(
        status -> {
          for (int i = 0; i < MESSAGES; i++) {
            outbox.enqueue(
                new SmsNotice(
                    CITIZEN, UnitCode.of("710001"), "test", "test " + i, batch + "-" + i));
          }
        });
    SmsProperties properties =
        new SmsProperties(
            "",
            "",
            true,
            Duration.ofSeconds(3),
            Duration.ofMillis(500),
            Duration.ofSeconds(1),
            8,
            12,
            5,
            3);
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<Void>> runs = new ArrayList<>();
    for (int d = 0; d < 2; d++) {
      SmsDispatcher dispatcher =
          new SmsDispatcher(
              template, transactions, gateway, contacts, policy, properties, clock, claims);
      runs.add(
          CompletableFuture.runAsync(
              () -> {
                try {
                  start.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                Eventually.within(
                    Duration.ofSeconds(60),
                    () -> {
                      dispatcher.dispatchDue();
                      return pending(batch);
                    },
                    pending -> pending == 0);
              }));
    }
    start.countDown();
    CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get();

    RegistrySimulators simulators = embedded.running(RegistrySimulators.class);
    for (int i = 0; i < MESSAGES; i++) {
      SmsMessage arrived = simulators.smsWithClientRef(batch + "-" + i).orElseThrow();
      assertThat(arrived.submissions()).as("submissions of message %d", i).isEqualTo(1);
      assertThat(arrived.text()).isEqualTo("test " + i);
    }
    List<String> statuses =
        jdbc.sql("select status from sms_outbox where client_ref like :p")
            .param("p", batch + "-%")
            .query(String.class)
            .list();
    assertThat(statuses).hasSize(MESSAGES).containsOnly("SENT");
  }

  /**
   * Issue 13: one message after another the dispatcher sent about 7 a second (look-up and gateway
   * latency in turn) against 35 registrations a second. A claim's messages now go out side by side,
   * and one poll claims again while claims come back full.
   */
  @Test
  void aBacklogGoesOutSideBySideInOnePoll() throws Exception {
    String batch = UUID.randomUUID().toString();
    int messages = 12;
    transactions.executeWithoutResult(
        status -> {
          for (int i = 0; i < messages; i++) {
            outbox.enqueue(
                new SmsNotice(
                    CITIZEN, UnitCode.of("710001"), "test", "backlog " + i, batch + "-" + i));
          }
        });
    int concurrency = 4;
    SmsProperties properties =
        new SmsProperties(
            "",
            "",
            true,
            Duration.ofSeconds(3),
            Duration.ofMillis(500),
            Duration.ofSeconds(1),
            8,
            12,
            4,
            concurrency);
    // each send waits (up to 2 s) until `concurrency` sends are under way
    CountDownLatch together = new CountDownLatch(concurrency);
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    SmsGateway watched =
        new SmsGateway() {
          @Override
          public String send(String phone, String text, String clientRef) {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
              together.countDown();
              together.await(2, TimeUnit.SECONDS);
              return gateway.send(phone, text, clientRef);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              throw new IllegalStateException(e);
            } finally {
              inFlight.decrementAndGet();
            }
          }

          @Override
          public Delivery delivery(String gatewayId) {
            return gateway.delivery(gatewayId);
          }
        };
    try (SmsDispatcher dispatcher =
        new SmsDispatcher(
            template, transactions, watched, contacts, policy, properties, clock, claims)) {
      assertThat(dispatcher.dispatchDue()).isGreaterThanOrEqualTo(messages);
    }
    assertThat(most.get()).as("sends under way at once").isEqualTo(concurrency);
    assertThat(pending(batch)).as("left pending after one poll").isZero();
    RegistrySimulators simulators = embedded.running(RegistrySimulators.class);
    for (int i = 0; i < messages; i++) {
      assertThat(simulators.smsWithClientRef(batch + "-" + i).orElseThrow().submissions())
          .isEqualTo(1);
    }
  }

  /**
   * Issue 13: a transaction per look-up and a write per outcome made every message wait for a
   * pooled connection four times, and under the registrations' load the notices fell behind. The
   * look-ups of a batch are now recorded in one transaction, and still before any phone is used.
   */
  @Test
  void aBatchsLookUpsAreRecordedTogetherBeforeItsMessagesGoOut() {
    String batch = UUID.randomUUID().toString();
    int messages = 10;
    transactions.executeWithoutResult(
        status -> {
          for (int i = 0; i < messages; i++) {
            outbox.enqueue(
                new SmsNotice(
                    CITIZEN,
                    UnitCode.of("710001"),
                    "SMS test " + batch + " " + i,
                    "together " + i,
                    batch + "-" + i));
          }
        });
    SmsProperties properties =
        new SmsProperties(
            "",
            "",
            true,
            Duration.ofSeconds(3),
            Duration.ofMillis(500),
            Duration.ofSeconds(1),
            8,
            12,
            messages,
            4);
    List<String> unrecordedAtSend = new CopyOnWriteArrayList<>();
    SmsGateway watched =
        new SmsGateway() {
          @Override
          public String send(String phone, String text, String clientRef) {
            String purpose = "SMS test " + batch + " " + clientRef.substring(batch.length() + 1);
            long recorded =
                jdbc.sql(
                        "select count(*) from person_lookups where purpose = 'reason ' || :purpose")
                    .param("purpose", purpose)
                    .query(Long.class)
                    .single();
            if (recorded != 1) {
              unrecordedAtSend.add(clientRef);
            }
            return gateway.send(phone, text, clientRef);
          }

          @Override
          public Delivery delivery(String gatewayId) {
            return gateway.delivery(gatewayId);
          }
        };
    try (SmsDispatcher dispatcher =
        new SmsDispatcher(
            template, transactions, watched, contacts, policy, properties, clock, claims)) {
      dispatcher.dispatchDue();
    }
    assertThat(pending(batch)).isZero();
    assertThat(unrecordedAtSend).as("sent before their look-up was recorded").isEmpty();
    List<Map<String, Object>> lookups =
        jdbc.sql(
                "select xmin::text as tx, receipt, username from person_lookups"
                    + " where purpose like :purpose")
            .param("purpose", "reason SMS test " + batch + " %")
            .query()
            .listOfRows();
    assertThat(lookups).hasSize(messages);
    assertThat(lookups)
        .allSatisfy(row -> assertThat(row).containsEntry("username", "system:notifications"));
    assertThat(lookups.stream().map(row -> row.get("tx")).distinct())
        .as("recorded in one transaction (the rows' xmin)")
        .hasSize(1);
    assertThat(lookups.stream().map(row -> row.get("receipt")).distinct())
        .as("a ledger entry each")
        .hasSize(messages);
    Eventually.within(
        Duration.ofSeconds(30),
        () ->
            jdbc.sql(
                    "select count(*) from person_lookups p join ledger_entries e"
                        + " on e.pending_id = p.receipt and e.record_key = 'lookup/' || p.id"
                        + " where p.purpose like :purpose")
                .param("purpose", "reason SMS test " + batch + " %")
                .query(Long.class)
                .single(),
        entries -> entries == messages);
    assertThat(
            jdbc.sql("select count(distinct recipient) from sms_outbox where client_ref like :p")
                .param("p", batch + "-%")
                .query(Long.class)
                .single())
        .as("the phone kept in every row")
        .isEqualTo(1);
  }

  private long pending(String batch) {
    return jdbc.sql(
            "select count(*) from sms_outbox where client_ref like :p and status = 'PENDING'")
        .param("p", batch + "-%")
        .query(Long.class)
        .single();
  }
}
