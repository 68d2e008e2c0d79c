package kz.ecase.offences.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.ecase.HttpClientSession;
import kz.ecase.offences.EntryIntoForce;
import kz.ecase.offences.ProtocolApi;
import kz.ecase.platform.simulation.EmbeddedSimulators;
import kz.ecase.simulators.AisBep;
import kz.ecase.simulators.RegistrySimulators;
import kz.ecase.testing.Eventually;
import kz.ecase.testing.MovableClock;
import kz.ecase.testing.TestBroker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Referrals to AIS BEP through the message broker (issue 16): the machine's RabbitMQ behind a
 * {@link kz.ecase.testing.TcpGate} the test opens and shuts. A referral is due 30 days after its
 * decision entered into force, and the relay and the consumers work at the application's clock, so
 * this context runs on a database of its own (its own embedded server) with a clock the test moves
 * 45 days ahead: its jobs cannot touch other tests' protocols. The business step is the referral
 * (the SEND_TO_ENFORCEMENT step with its outbox row); what AIS BEP receives is counted by the
 * simulator: once per protocol, also when the broker went down in between or delivered a message
 * several times.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "ecase.data-directory=target/test-data-broker-enforcement",
      // the embedded database and its roles even where the suite runs against a server
      "spring.datasource.url=",
      "spring.datasource.username=",
      "spring.datasource.password=",
      "ecase.db.app-role=ecase_app",
      "ecase.db.owner=",
      // the referrals are the test's own steps, not the hourly sweep's
      "ecase.offences.enforcement.sweep-interval=1h",
      "ecase.broker.max-retry=2s",
      "ecase.broker.redeliver-after=1m"
    })
@ActiveProfiles("test")
@Import(EnforcementThroughBrokerIT.MovedClock.class)
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnforcementThroughBrokerIT {

  static final String PIN = "161803";
  static final Duration WAIT = Duration.ofSeconds(60);
  static final Duration VOLUNTARY_TERM_OVER = Duration.ofDays(45);
  static final TestBroker BROKER = TestBroker.throughGate();

  @TestConfiguration(proxyBeanMethods = false)
  static class MovedClock {
    @Bean
    @Primary
    MovableClock movableClock() {
      return new MovableClock();
    }
  }

  @DynamicPropertySource
  static void broker(DynamicPropertyRegistry registry) {
    BROKER.register(registry);
  }

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired EmbeddedSimulators embedded;
  @Autowired EntryIntoForce entryIntoForce;
  @Autowired EnforcementReferral referral;
  @Autowired MovableClock clock;
  @Autowired Clock applicationClock;
  @Autowired MeterRegistry meters;
  @Autowired RabbitTemplate rabbit;
  @Autowired RabbitAdmin admin;

  @AfterAll
  void deleteQueuesAndShut() {
    BROKER.close(admin);
  }

  @Test
  void referralsReachAisBepOnceEachAlsoWhenTheBrokerDeliversThemAgain() throws IOException {
    assertThat(applicationClock).isSameAs(clock);
    BROKER.gate().open();
    List<String> ids = referred(inForce(3));

    for (String id : ids) {
      awaitAtAisBep(id);
    }
    for (String id : ids) {
      assertThat(bep().submissions(number(id))).as("submissions of %s", id).isEqualTo(1);
      assertThat(bep().casesCreated(number(id))).isEqualTo(1);
      assertThat(row(id).get("relayed_at")).as("confirmed by the broker").isNotNull();
    }

    // the first referral's message three more times, behind them a fresh referral's own
    Object attempts = row(ids.get(0)).get("attempts");
    for (int i = 0; i < 3; i++) {
      rabbit.convertAndSend("", BROKER.queue("enforcement"), ids.get(0));
    }
    String marker = referred(inForce(1)).get(0);
    awaitAtAisBep(marker);
    Eventually.within(
        WAIT, () -> admin.getQueueInfo(BROKER.queue("enforcement")).getMessageCount(), n -> n == 0);
    assertThat(bep().submissions(number(ids.get(0)))).isEqualTo(1);
    assertThat(row(ids.get(0)).get("attempts")).as("not claimed again").isEqualTo(attempts);
  }

  @Test
  void referralsGoOnWhileTheBrokerIsDownAndReachAisBepOnceWhenItIsBack() throws IOException {
    BROKER.gate().open();
    List<String> before = inForce(3);
    String first = referred(before.subList(0, 1)).get(0);
    awaitAtAisBep(first);

    // the broker goes: the relay's and the consumers' connections are cut mid-way
    BROKER.gate().shut();
    List<String> waiting = referred(before.subList(1, 3));
    double counted =
        Eventually.within(
            Duration.ofSeconds(20),
            () ->
                meters
                    .get("ecase.outbox.broker.waiting")
                    .tag("queue", "enforcement")
                    .gauge()
                    .value(),
            value -> value >= waiting.size());
    assertThat(counted).isEqualTo(waiting.size());
    for (String id : waiting) {
      assertThat(bep().submissions(number(id))).as("sent while the broker is down").isZero();
      assertThat(row(id).get("relayed_at")).isNull();
    }

    BROKER.gate().open();
    for (String id : waiting) {
      awaitAtAisBep(id);
    }
    for (String id : List.of(first, waiting.get(0), waiting.get(1))) {
      assertThat(bep().submissions(number(id))).as("submissions of %s", id).isEqualTo(1);
      assertThat(bep().casesCreated(number(id))).isEqualTo(1);
    }
    Eventually.within(
        Duration.ofSeconds(20),
        () -> meters.get("ecase.outbox.broker.waiting").tag("queue", "enforcement").gauge().value(),
        value -> value == 0);
  }

  /** {@code n} fines decided now and in force 12 days later. */
  private List<String> inForce(int n) {
    ProtocolApi officer = ProtocolApi.withFreshPin(new HttpClientSession(port), "officer", PIN);
    DecidedFines fines = new DecidedFines(officer, entryIntoForce, PIN);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ids.add(fines.inForce(clock.instant()));
    }
    return ids;
  }

  /**
   * The business step: once the clock is past their voluntary payment term, the protocols are
   * referred to enforcement (each referral's outbox row committed with its step).
   */
  private List<String> referred(List<String> ids) {
    clock.advance(VOLUNTARY_TERM_OVER);
    for (String id : ids) {
      assertThat(referral.sendIfDue(UUID.fromString(id), clock.instant())).as(id).isTrue();
    }
    return ids;
  }

  private void awaitAtAisBep(String id) {
    String number = number(id);
    Eventually.within(WAIT, () -> bep().caseOf(number), java.util.Optional::isPresent);
  }

  private String number(String id) {
    return jdbc.sql("select number from offence_protocols where id = :id")
        .param("id", UUID.fromString(id))
        .query(String.class)
        .single();
  }

  private Map<String, Object> row(String id) {
    return jdbc.sql(
            "select attempts, relayed_at, next_attempt_at from enforcement_outbox"
                + " where protocol_id = :id")
        .param("id", UUID.fromString(id))
        .query()
        .singleRow();
  }

  private AisBep bep() {
    return embedded.running(RegistrySimulators.class).enforcement();
  }
}
