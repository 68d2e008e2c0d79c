package kz.ecase.offences;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import kz.ecase.HttpClientSession;
import kz.ecase.offences.ProtocolSmsNotice.Kind;
import kz.ecase.platform.simulation.EmbeddedSimulators;
import kz.ecase.simulators.RegistrySimulators;
import kz.ecase.testing.Eventually;
import kz.ecase.testing.TestBroker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Broker down (issue 16 acceptance): ecase reaches the machine's RabbitMQ through a gate ({@link
 * TestBroker#throughGate()}) that the test keeps shut, as a broker that is down. Registrations go
 * on, their notices wait in the outbox (the metric of rows waiting for the broker counts them) and
 * none is sent; when the gate opens, the relay (back-off at most 2 s here) hands them over and each
 * arrives once.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "ecase.notifications.sms.dispatch=true",
      "ecase.broker.max-retry=2s",
      "ecase.broker.redeliver-after=1m"
    })
@ActiveProfiles("test")
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProtocolSmsBrokerDownIT {

  static final String CITIZEN_IIN = "850315401231";
  static final String PIN = "314159";
  static final TestBroker BROKER = TestBroker.throughGate();

  @DynamicPropertySource
  static void broker(DynamicPropertyRegistry registry) {
    BROKER.register(registry);
  }

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired EmbeddedSimulators embedded;
  @Autowired MeterRegistry meters;
  @Autowired RabbitAdmin admin;

  @AfterAll
  void deleteQueuesAndShut() {
    BROKER.close(admin);
  }

  @Test
  void registrationsGoOnWhileTheBrokerIsDownAndTheirNoticesGoOutWhenItIsBack() throws IOException {
    ProtocolApi officer = ProtocolApi.withFreshPin(new HttpClientSession(port), "officer", PIN);
    List<String> refs = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      String number =
          officer.register(ProtocolApi.form(CITIZEN_IIN, PIN)).json().get("number").asString();
      refs.add(ProtocolSmsNotice.clientRef(number, Kind.NOTICE));
    }
    RegistrySimulators simulators = embedded.running(RegistrySimulators.class);
    // the relay has had several tries meanwhile (back-off 1 s, 2 s, 2 s …)
    double waiting =
        Eventually.within(
            Duration.ofSeconds(20),
            () -> meters.get("ecase.outbox.broker.waiting").tag("queue", "sms").gauge().value(),
            value -> value >= refs.size());
    assertThat(waiting).isGreaterThanOrEqualTo(refs.size());
    for (String ref : refs) {
      assertThat(simulators.smsWithClientRef(ref)).as("sent while the broker is down").isEmpty();
      assertThat(
              jdbc.sql("select status from sms_outbox where client_ref = :ref")
                  .param("ref", ref)
                  .query(String.class)
                  .single())
          .isEqualTo("PENDING");
    }

    BROKER.gate().open();
    Eventually.within(
        Duration.ofSeconds(60),
        () -> refs.stream().filter(ref -> simulators.smsWithClientRef(ref).isEmpty()).count(),
        missing -> missing == 0);
    for (String ref : refs) {
      assertThat(simulators.smsWithClientRef(ref).orElseThrow().submissions())
          .as("submissions of %s", ref)
          .isEqualTo(1);
    }
    Eventually.within(
        Duration.ofSeconds(20),
        () -> meters.get("ecase.outbox.broker.waiting").tag("queue", "sms").gauge().value(),
        value -> value == 0);
  }
}
