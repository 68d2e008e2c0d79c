package kz.ecase.offences;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.ecase.HttpClientSession;
import kz.ecase.kernel.Iin;
import kz.ecase.kernel.UnitCode;
import kz.ecase.notifications.SmsNotice;
import kz.ecase.notifications.SmsOutbox;
import kz.ecase.offences.ProtocolSmsNotice.Kind;
import kz.ecase.platform.simulation.EmbeddedSimulators;
import kz.ecase.procedure.BrokerProperties;
import kz.ecase.simulators.RegistrySimulators;
import kz.ecase.simulators.SmsMessage;
import kz.ecase.testing.Eventually;
import kz.ecase.testing.TestBroker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With ECASE_BROKER_URL set, the SMS outbox goes through RabbitMQ (the machine's, at {@code
 * ECASE_TEST_BROKER_URL}, default {@code amqp://guest:guest@127.0.0.1:5672}): registrations'
 * notices arrive at the simulated gateway exactly once, and a message the broker delivers several
 * times is sent once. Queues of their own (a random prefix, deleted afterwards), and the context is
 * closed after the class, so that no other test's outbox rows are relayed later.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"ecase.notifications.sms.dispatch=true", "ecase.broker.redeliver-after=1m"})
@ActiveProfiles("test")
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProtocolSmsThroughBrokerIT {

  static final String CITIZEN_IIN = "850315401231";
  static final String PIN = "314159";
  static final Duration WAIT = Duration.ofSeconds(60);
  static final TestBroker BROKER = TestBroker.direct();

  @DynamicPropertySource
  static void broker(DynamicPropertyRegistry registry) {
    BROKER.register(registry);
  }

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired EmbeddedSimulators embedded;
  @Autowired SmsOutbox outbox;
  @Autowired TransactionTemplate transactions;
  @Autowired RabbitTemplate rabbit;
  @Autowired RabbitAdmin admin;
  @Autowired BrokerProperties broker;

  @AfterAll
  void deleteQueues() {
    BROKER.close(admin);
  }

  @Test
  void registrationsNoticesArriveAtTheGatewayExactlyOnce() {
    assertThat(broker.enabled()).isTrue();
    ProtocolApi officer = ProtocolApi.withFreshPin(new HttpClientSession(port), "officer", PIN);
    List<String> refs = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      String number =
          officer.register(ProtocolApi.form(CITIZEN_IIN, PIN)).json().get("number").asString();
      refs.add(ProtocolSmsNotice.clientRef(number, Kind.NOTICE));
    }
    RegistrySimulators simulators = embedded.running(RegistrySimulators.class);
    Eventually.within(
        WAIT,
        () -> refs.stream().filter(ref -> simulators.smsWithClientRef(ref).isEmpty()).count(),
        missing -> missing == 0);
    for (String ref : refs) {
      SmsMessage arrived = simulators.smsWithClientRef(ref).orElseThrow();
      assertThat(arrived.submissions()).as("submissions of %s", ref).isEqualTo(1);
      Map<String, Object> row = row(ref);
      assertThat(row.get("status")).isIn("SENT", "DELIVERED");
      assertThat(row.get("relayed_at")).as("confirmed by the broker").isNotNull();
    }
  }

  @Test
  void aMessageTheBrokerDeliversSeveralTimesIsSentOnce() {
    String ref = "broker-twice-" + UUID.randomUUID();
    UUID id = enqueue(ref);
    // three copies at once beside the relay's own, taken by the consumers side by side
    for (int i = 0; i < 3; i++) {
      rabbit.convertAndSend("", BROKER.queue("sms"), id.toString());
    }
    RegistrySimulators simulators = embedded.running(RegistrySimulators.class);
    Eventually.within(WAIT, () -> row(ref).get("status"), status -> !"PENDING".equals(status));
    // and two more after it was sent, then a marker message behind them
    for (int i = 0; i < 2; i++) {
      rabbit.convertAndSend("", BROKER.queue("sms"), id.toString());
    }
    String marker = "broker-marker-" + UUID.randomUUID();
    UUID markerId = enqueue(marker);
    rabbit.convertAndSend("", BROKER.queue("sms"), markerId.toString());
    Eventually.within(
        WAIT,
        () ->
            simulators.smsWithClientRef(marker).isPresent()
                && admin.getQueueInfo(BROKER.queue("sms")).getMessageCount() == 0,
        done -> done);
    assertThat(simulators.smsWithClientRef(ref).orElseThrow().submissions()).isEqualTo(1);
    assertThat(row(ref).get("attempts")).as("claimed once").isEqualTo(1);
  }

  private UUID enqueue(String ref) {
    transactions.executeWithoutResult(
        status ->
            outbox.enqueue(
                new SmsNotice(
                    new Iin(CITIZEN_IIN), UnitCode.of("710001"), "test", "broker " + ref, ref)));
    return (UUID) row(ref).get("id");
  }

  private Map<String, Object> row(String ref) {
    return jdbc.sql(
            "select id, status, attempts, relayed_at from sms_outbox where client_ref = :ref")
        .param("ref", ref)
        .query()
        .singleRow();
  }
}
