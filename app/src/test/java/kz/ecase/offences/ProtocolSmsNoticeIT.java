package kz.ecase.offences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import kz.ecase.EcaseIntegrationTest;
import kz.ecase.HttpClientSession;
import kz.ecase.HttpClientSession.Reply;
import kz.ecase.notifications.SmsOutbox;
import kz.ecase.persons.integration.EmbeddedRegistries;
import kz.ecase.simulators.Behaviour;
import kz.ecase.simulators.RegistrySimulators;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;

/**
 * A registered protocol's SMS notice goes through the outbox to the simulated SMS gateway, once,
 * also when the gateway is down for a while.
 */
@EcaseIntegrationTest
class ProtocolSmsNoticeIT {

  static final String CITIZEN_IIN = "850315401231";
  static final String PIN = "314159";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired EmbeddedRegistries embedded;
  @Autowired SmsOutbox outbox;

  HttpClientSession http;
  String officer;
  RegistrySimulators simulators;
  String phone;

  @BeforeEach
  void setUp() {
    http = new HttpClientSession(port);
    officer = http.token("officer", "demo");
    int reset =
        http.delete("/api/signing/keys/officer", auth(http.token("admin", "demo"))).status();
    assertThat(reset).isIn(204, 404);
    Reply pin = http.putJson("/api/signing/pin", Map.of("pin", PIN), auth(officer));
    assertThat(pin.status()).as(pin.body()).isEqualTo(201);
    simulators = embedded.simulators();
    simulators.configureSms(Behaviour.DEFAULT);
    phone =
        new HttpClientSession(simulators.port())
            .get("/population/persons/" + CITIZEN_IIN)
            .json()
            .get("mobilePhone")
            .asString();
  }

  @Test
  void theOffenderGetsOneSmsWithThePaymentReference() {
    Reply reply = http.postJson("/api/offences/protocols", form(), auth(officer));
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    String reference = reply.json().get("paymentReference").asString();
    String number = reply.json().get("number").asString();

    List<String> texts = await(() -> sentWith(reference), list -> !list.isEmpty());
    assertThat(texts).hasSize(1);
    assertThat(texts.get(0)).contains(number, "speeding-20-40", "Код платежа", "Төлем коды");
    await(() -> row(number), r -> "SENT".equals(r.get("status")));
    assertThat(row(number).get("gateway_id")).isNotNull();
  }

  @Test
  void anOutageIsRetriedAndTheSmsDeliveredOnceItEnds() {
    simulators.configureSms(Behaviour.DEFAULT.withOutage(true));
    try {
      Reply reply = http.postJson("/api/offences/protocols", form(), auth(officer));
      assertThat(reply.status()).as(reply.body()).isEqualTo(201);
      String reference = reply.json().get("paymentReference").asString();
      String number = reply.json().get("number").asString();

      Map<String, Object> retried =
          await(() -> row(number), r -> ((Number) r.get("attempts")).intValue() >= 2);
      assertThat(retried.get("status")).isEqualTo("PENDING");
      assertThat((String) retried.get("last_error")).contains("503");
      assertThat(sentWith(reference)).isEmpty();

      simulators.configureSms(Behaviour.DEFAULT);
      await(() -> row(number), r -> "SENT".equals(r.get("status")));
      assertThat(sentWith(reference)).hasSize(1);
    } finally {
      simulators.configureSms(Behaviour.DEFAULT);
    }
  }

  @Test
  void enqueueingNeedsTheCallersTransaction() {
    assertThatThrownBy(() -> outbox.enqueue("+77011234567", "text", UUID.randomUUID().toString()))
        .isInstanceOf(IllegalTransactionStateException.class);
  }

  private List<String> sentWith(String reference) {
    return simulators.smsSentTo(phone).stream().filter(t -> t.contains(reference)).toList();
  }

  private Map<String, Object> row(String number) {
    return jdbc.sql("select * from sms_outbox where client_ref = :ref")
        .param("ref", "protocol-" + number)
        .query()
        .singleRow();
  }

  private static <T> T await(Supplier<T> value, java.util.function.Predicate<T> done) {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (true) {
      T current = value.get();
      if (done.test(current)) {
        return current;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not reached within 20 s: " + current);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  private static Map<String, Object> form() {
    Map<String, Object> form = new HashMap<>();
    form.put("idempotencyKey", UUID.randomUUID().toString());
    form.put("iin", CITIZEN_IIN);
    form.put("article", "speeding-20-40");
    form.put("offenceTime", Instant.now().minus(1, ChronoUnit.HOURS).toString());
    form.put("place", "Астана, проспект Мәңгілік Ел, 8");
    form.put("plate", "123abc01");
    form.put("description", "Скорость 87 км/ч при ограничении 60 км/ч");
    form.put("fineMci", 10);
    form.put("pin", PIN);
    return form;
  }

  private static String[] auth(String token) {
    return new String[] {"Authorization", "Bearer " + token};
  }
}
