package kz.ecase.cases;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import kz.ecase.HttpClientSession;
import kz.ecase.platform.simulation.EmbeddedSimulators;
import kz.ecase.simulators.Court;
import kz.ecase.simulators.CourtSettings;
import kz.ecase.simulators.RegistrySimulators;
import kz.ecase.testing.Eventually;
import kz.ecase.testing.TestBroker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
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

/**
 * Case files to the court through the message broker (issue 16): the machine's RabbitMQ behind a
 * {@link kz.ecase.testing.TcpGate} the test opens and shuts. The business step is the duty
 * prosecutor's approval of an order-procedure protocol, which sends the case to court (its outbox
 * row committed with the step); the simulated court counts what it receives: each file once, also
 * when the broker went down in between or delivered a message several times. The court's jobs run
 * here (they relay and consume the court's queue), on the real clock; the context is closed after
 * the class, so that no other test's sendings are relayed later.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "ecase.cases.court.jobs=true",
      "ecase.broker.max-retry=2s",
      "ecase.broker.redeliver-after=1m"
    })
@ActiveProfiles("test")
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CourtThroughBrokerIT {

  static final String PIN = "112358";
  static final Duration WAIT = Duration.ofSeconds(60);
  static final TestBroker BROKER = TestBroker.throughGate();

  @DynamicPropertySource
  static void broker(DynamicPropertyRegistry registry) {
    BROKER.register(registry);
  }

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired EmbeddedSimulators embedded;
  @Autowired MeterRegistry meters;
  @Autowired RabbitTemplate rabbit;
  @Autowired RabbitAdmin admin;

  OrderProcedureCases cases;

  @BeforeEach
  void staff() {
    cases = new OrderProcedureCases(new HttpClientSession(port), PIN);
    court().configure(CourtSettings.MANUAL);
  }

  @AfterAll
  void deleteQueuesAndShut() {
    BROKER.close(admin);
  }

  @Test
  void caseFilesReachTheCourtOnceEachAlsoWhenTheBrokerDeliversThemAgain() throws IOException {
    BROKER.gate().open();
    String first = sentToCourt();
    String second = sentToCourt();

    for (String reference : List.of(first, second)) {
      awaitAtCourt(reference);
      assertThat(court().submissions(reference)).as("submissions of %s", reference).isEqualTo(1);
      assertThat(court().casesCreated(reference)).isEqualTo(1);
      assertThat(row(reference).get("relayed_at")).as("confirmed by the broker").isNotNull();
    }

    // the first file's message three more times, behind them a fresh sending's own
    Object attempts = row(first).get("attempts");
    for (int i = 0; i < 3; i++) {
      rabbit.convertAndSend("", BROKER.queue("court"), first);
    }
    String marker = sentToCourt();
    awaitAtCourt(marker);
    Eventually.within(
        WAIT, () -> admin.getQueueInfo(BROKER.queue("court")).getMessageCount(), n -> n == 0);
    assertThat(court().submissions(first)).isEqualTo(1);
    assertThat(row(first).get("attempts")).as("not claimed again").isEqualTo(attempts);
  }

  @Test
  void casesGoToCourtWhileTheBrokerIsDownAndTheirFilesGoOutOnceWhenItIsBack() throws IOException {
    BROKER.gate().open();
    String before = sentToCourt();
    awaitAtCourt(before);

    // the broker goes: the relay's and the consumers' connections are cut mid-way
    BROKER.gate().shut();
    List<String> waiting = List.of(sentToCourt(), sentToCourt());
    Eventually.within(
        Duration.ofSeconds(20),
        () -> meters.get("ecase.outbox.broker.waiting").tag("queue", "court").gauge().value(),
        value -> value >= waiting.size());
    for (String reference : waiting) {
      assertThat(court().submissions(reference)).as("sent while the broker is down").isZero();
      assertThat(row(reference).get("relayed_at")).isNull();
    }

    BROKER.gate().open();
    for (String reference : waiting) {
      awaitAtCourt(reference);
    }
    for (String reference : List.of(before, waiting.get(0), waiting.get(1))) {
      assertThat(court().submissions(reference)).as("submissions of %s", reference).isEqualTo(1);
      assertThat(court().casesCreated(reference)).isEqualTo(1);
      assertThat(row(reference).get("relayed_at")).isNotNull();
    }
  }

  /** The business step: a case approved for court; the reference of its sending. */
  private String sentToCourt() {
    String caseId = cases.approved();
    return OrderProcedureCases.referenceOf(jdbc, caseId, 1);
  }

  private void awaitAtCourt(String reference) {
    Eventually.within(WAIT, () -> court().caseOf(reference), java.util.Optional::isPresent);
  }

  private Map<String, Object> row(String reference) {
    return jdbc.sql("select attempts, relayed_at from court_referrals where reference = :reference")
        .param("reference", reference)
        .query()
        .singleRow();
  }

  private Court court() {
    return embedded.running(RegistrySimulators.class).court();
  }
}
