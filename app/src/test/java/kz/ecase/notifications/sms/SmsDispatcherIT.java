package kz.ecase.notifications.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import kz.ecase.EcaseIntegrationTest;
import kz.ecase.notifications.SmsOutbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Two dispatchers claiming at once never send the same message twice (FOR UPDATE SKIP LOCKED). */
@EcaseIntegrationTest
class SmsDispatcherIT {

  @Autowired JdbcClient jdbc;
  @Autowired SmsOutbox outbox;
  @Autowired TransactionTemplate transactions;
  @Autowired Clock clock;

  @Test
  void concurrentDispatchersSendEachMessageOnce() throws Exception {
    String batch = UUID.randomUUID().toString();
    transactions.executeWithoutResult(
        status -> {
          for (int i = 0; i < 60; i++) {
            outbox.enqueue("+77019990000", "test " + i, batch + "-" + i);
          }
        });
    List<String> sent = Collections.synchronizedList(new ArrayList<>());
    SmsGateway counting =
        (phone, text, ref) -> {
          sent.add(ref);
          return "g-" + ref;
        };
    SmsProperties properties =
        new SmsProperties(
            "", Duration.ofSeconds(3), Duration.ofMillis(500), Duration.ofSeconds(1), 8, 5);
    SmsRetryPolicy policy = new SmsRetryPolicy(Duration.ofSeconds(1), 8);
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<Void>> runs = new ArrayList<>();
    for (int d = 0; d < 2; d++) {
      SmsDispatcher dispatcher = new SmsDispatcher(jdbc, counting, policy, properties, clock);
      runs.add(
          CompletableFuture.runAsync(
              () -> {
                try {
                  start.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                while (dispatcher.dispatchDue() > 0) {
                  // until nothing is due
                }
              }));
    }
    start.countDown();
    CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get();

    List<String> ours = sent.stream().filter(ref -> ref.startsWith(batch)).toList();
    assertThat(ours).doesNotHaveDuplicates();
    long sentRows =
        jdbc.sql("select count(*) from sms_outbox where client_ref like :p and status = 'SENT'")
            .param("p", batch + "-%")
            .query(Long.class)
            .single();
    long attempts =
        jdbc.sql("select max(attempts) from sms_outbox where client_ref like :p")
            .param("p", batch + "-%")
            .query(Long.class)
            .single();
    assertThat(sentRows).isEqualTo(60);
    assertThat(attempts).isEqualTo(1);
  }
}
