package kz.ecase.offences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.ecase.EcaseIntegrationTest;
import kz.ecase.HttpClientSession;
import kz.ecase.HttpClientSession.Reply;
import kz.ecase.kernel.Iin;
import kz.ecase.kernel.UnitCode;
import kz.ecase.notifications.SmsNotice;
import kz.ecase.notifications.SmsOutbox;
import kz.ecase.notifications.sms.DeliveryReports;
import kz.ecase.notifications.sms.SmsDispatcher;
import kz.ecase.notifications.sms.SmsProperties;
import kz.ecase.offences.ProtocolSmsNotice.Kind;
import kz.ecase.offences.domain.ProcedureTerms;
import kz.ecase.offences.persistence.ProtocolStore;
import kz.ecase.platform.simulation.EmbeddedSimulators;
import kz.ecase.procedure.RecordedStep;
import kz.ecase.simulators.Behaviour;
import kz.ecase.simulators.RegistrySimulators;
import kz.ecase.simulators.SmsDelivery;
import kz.ecase.testing.Eventually;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A registered protocol's SMS notice goes through the outbox to the simulated SMS gateway, once, to
 * the phone the population register has (read by the registration's look-up of the person, or else
 * by a recorded system look-up when the notice is sent), also when the gateway is down for a while;
 * delivery reports are recorded; reminders are enqueued once, and not for a cancelled protocol.
 * Test contexts send nothing on their own schedule (application-test.yml): the tests run the
 * dispatcher, the report poller and the reminder job themselves.
 */
@EcaseIntegrationTest
class ProtocolSmsNoticeIT {

  static final String CITIZEN_IIN = "850315401231";
  static final String PIN = "314159";
  static final Duration WAIT = Duration.ofSeconds(30);

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired EmbeddedSimulators embedded;
  @Autowired SmsOutbox outbox;
  @Autowired SmsDispatcher dispatcher;
  @Autowired DeliveryReports reports;
  @Autowired SmsProperties properties;
  @Autowired ProtocolStore store;
  @Autowired TransactionTemplate transactions;
  @Autowired ProcedureTerms terms;

  HttpClientSession http;
  ProtocolApi asOfficer;
  String officer;
  RegistrySimulators simulators;
  String phone;

  @BeforeEach
  void setUp() {
    http = new HttpClientSession(port);
    asOfficer = ProtocolApi.withFreshPin(http, "officer", PIN);
    officer = asOfficer.token();
    simulators = embedded.running(RegistrySimulators.class);
    phone =
        new HttpClientSession(simulators.port())
            .get("/population/persons/" + CITIZEN_IIN)
            .json()
            .get("mobilePhone")
            .asString();
  }

  @AfterEach
  void gatewayBackToNormal() {
    simulators.configureSms(Behaviour.DEFAULT);
    simulators.configureSmsDelivery(SmsDelivery.ALWAYS);
  }

  @Test
  void theOffenderGetsOneSmsWithThePaymentReferenceAndItsDeliveryIsRecorded() {
    Reply reply = register();
    String reference = reply.json().get("paymentReference").asString();
    String number = reply.json().get("number").asString();
    assertThat(row(number).get("recipient"))
        .as("the phone the registration's look-up of the person read")
        .isEqualTo(phone);

    List<String> texts = dispatchUntil(() -> sentWith(reference), list -> !list.isEmpty());
    assertThat(texts).hasSize(1);
    assertThat(texts.get(0))
        .contains(
            number, "ст. 592 ч.2 КоАП РК", "592-бабының 2-бөлігі", "Код платежа", "Төлем коды")
        .doesNotContain("speeding-20-40");
    assertThat(row(number)).containsEntry("status", "SENT").containsEntry("recipient", phone);

    Eventually.within(
        WAIT,
        () -> {
          reports.checkDue();
          return row(number);
        },
        r -> "DELIVERED".equals(r.get("status")));
    assertThat(row(number).get("reported_at")).isNotNull();
    assertThat(lookUpsFor("%SMS notice of protocol " + number + "%"))
        .as("the dispatcher needed no look-up of its own")
        .isEmpty();
  }

  @Test
  void withoutAPhoneAtRegistrationTheDispatcherLooksItUpAsARecordedSystemLookUp() {
    String number = register().json().get("number").asString();
    // as when the population register did not answer the registration's look-up
    jdbc.sql("update sms_outbox set recipient = null where client_ref = :ref")
        .param("ref", clientRef(number))
        .update();

    dispatchUntil(() -> row(number), r -> "SENT".equals(r.get("status")));

    assertThat(row(number)).containsEntry("recipient", phone);
    assertThat(lookUpsFor("%SMS notice of protocol " + number + "%"))
        .singleElement()
        .satisfies(
            lookup ->
                assertThat(lookup)
                    .containsEntry("username", "system:notifications")
                    .containsEntry("user_role", "SYSTEM")
                    .containsEntry("user_unit", "710001")
                    .containsEntry("sources", "population=OK"));
  }

  private List<Map<String, Object>> lookUpsFor(String purpose) {
    return jdbc.sql(
            "select username, user_role, user_unit, sources from person_lookups"
                + " where iin = :iin and purpose like :purpose")
        .param("iin", CITIZEN_IIN)
        .param("purpose", purpose)
        .query()
        .listOfRows();
  }

  @Test
  void anOutageIsRetriedAndTheSmsDeliveredOnceItEnds() {
    simulators.configureSms(Behaviour.DEFAULT.withOutage(true));
    Reply reply = register();
    String reference = reply.json().get("paymentReference").asString();
    String number = reply.json().get("number").asString();

    Map<String, Object> retried =
        dispatchUntil(() -> row(number), r -> ((Number) r.get("attempts")).intValue() >= 2);
    assertThat(retried.get("status")).isEqualTo("PENDING");
    assertThat((String) retried.get("last_error")).contains("503");
    assertThat(sentWith(reference)).isEmpty();

    simulators.configureSms(Behaviour.DEFAULT);
    dispatchUntil(() -> row(number), r -> "SENT".equals(r.get("status")));
    assertThat(sentWith(reference)).hasSize(1);
    assertThat(simulators.smsWithClientRef(clientRef(number)).orElseThrow().submissions())
        .isEqualTo(1);
  }

  @Test
  void aMessageTheOperatorCouldNotDeliverIsRecordedUndelivered() {
    simulators.configureSmsDelivery(SmsDelivery.ALWAYS.failingFor(phone));
    String number = register().json().get("number").asString();

    dispatchUntil(() -> row(number), r -> "SENT".equals(r.get("status")));
    Map<String, Object> reported =
        Eventually.within(
            WAIT,
            () -> {
              reports.checkDue();
              return row(number);
            },
            r -> !"SENT".equals(r.get("status")));
    assertThat(reported.get("status")).isEqualTo("UNDELIVERED");
  }

  @Test
  void givesUpAfterTheLastAttemptAndShowsFailed() {
    simulators.configureSms(Behaviour.DEFAULT.withOutage(true));
    String ref = "give-up-" + UUID.randomUUID();
    transactions.executeWithoutResult(
        status ->
            outbox.enqueue(
                new SmsNotice(new Iin(CITIZEN_IIN), UnitCode.of("710001"), "test", "text", ref)));
    // as if the configured attempts but one had failed already (the back-off would take minutes)
    jdbc.sql("update sms_outbox set attempts = :attempts where client_ref = :ref")
        .param("attempts", properties.maxAttempts() - 1)
        .param("ref", ref)
        .update();

    Map<String, Object> failed =
        dispatchUntil(() -> rowByRef(ref), r -> !"PENDING".equals(r.get("status")));

    assertThat(failed)
        .containsEntry("status", "FAILED")
        .containsEntry("attempts", properties.maxAttempts());
    assertThat((String) failed.get("last_error")).contains("503");
    assertThat(simulators.smsWithClientRef(ref)).isEmpty();
  }

  @Test
  void remindersAreEnqueuedOnceAndNotForACancelledProtocol() {
    Reply open = register();
    Reply cancelled = register();
    String openNumber = open.json().get("number").asString();
    String cancelledNumber = cancelled.json().get("number").asString();
    LocalDate deadline = LocalDate.parse(open.json().get("discountDeadline").asString());
    addEvent(cancelled, 2, "CANCEL", "REGISTERED", "CANCELLED", Instant.now());

    ProtocolReminders dayBefore = reminders(deadline.minusDays(1));
    dayBefore.enqueueDue();
    dayBefore.enqueueDue();
    reminders(deadline).enqueueDue();

    String discountRef = ProtocolSmsNotice.clientRef(openNumber, Kind.DISCOUNT_REMINDER);
    assertThat(count(discountRef)).isEqualTo(1);
    assertThat((String) rowByRef(discountRef).get("text"))
        .contains("Напоминание", openNumber, dotted(deadline), "Еске салу");
    assertThat(count(ProtocolSmsNotice.clientRef(cancelledNumber, Kind.DISCOUNT_REMINDER)))
        .isZero();
  }

  @Test
  void aDecisionInForceIsRemindedOfThePaymentDeadline() {
    Reply protocol = register();
    String number = protocol.json().get("number").asString();
    Instant inForce = Instant.now().minus(1, ChronoUnit.HOURS);
    addEvent(protocol, 2, "SERVE", "REGISTERED", "SERVED", inForce);
    addEvent(protocol, 3, "DECIDE_FINE", "SERVED", "DECIDED", inForce);
    addEvent(protocol, 4, "ENTER_INTO_FORCE", "DECIDED", "IN_FORCE", inForce);
    LocalDate paymentDeadline =
        terms.voluntaryPaymentDeadline(LocalDate.ofInstant(inForce, terms.zone()));
    String ref = ProtocolSmsNotice.clientRef(number, Kind.PAYMENT_REMINDER);

    reminders(paymentDeadline.minusDays(10)).enqueueDue();
    assertThat(count(ref)).as("too early").isZero();
    reminders(paymentDeadline.minusDays(3)).enqueueDue();
    reminders(paymentDeadline).enqueueDue();

    assertThat(count(ref)).isEqualTo(1);
    assertThat((String) rowByRef(ref).get("text")).contains(number, dotted(paymentDeadline));
  }

  @Test
  void enqueueingNeedsTheCallersTransaction() {
    SmsNotice notice =
        new SmsNotice(
            new Iin(CITIZEN_IIN), UnitCode.of("710001"), "test", "text", UUID.randomUUID() + "");
    assertThatThrownBy(() -> outbox.enqueue(notice))
        .isInstanceOf(IllegalTransactionStateException.class);
  }

  private ProtocolReminders reminders(LocalDate today) {
    Clock at = Clock.fixed(today.atTime(12, 0).atZone(terms.zone()).toInstant(), terms.zone());
    return new ProtocolReminders(
        store,
        outbox,
        transactions,
        new ReminderProperties(true, Duration.ofMinutes(15), 2, 5),
        terms,
        at,
        "https://e.example.kz");
  }

  private void addEvent(Reply protocol, int seq, String type, String from, String to, Instant at) {
    store.append(
        new RecordedStep(
            UUID.fromString(protocol.json().get("id").asString()),
            seq,
            type,
            from,
            to,
            at,
            "test",
            "",
            0,
            null));
  }

  private static String dotted(LocalDate date) {
    return String.format(
        "%02d.%02d.%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
  }

  private Reply register() {
    return asOfficer.register(form());
  }

  private <T> T dispatchUntil(
      java.util.function.Supplier<T> value, java.util.function.Predicate<T> done) {
    return Eventually.within(
        WAIT,
        () -> {
          dispatcher.dispatchDue();
          return value.get();
        },
        done);
  }

  private List<String> sentWith(String reference) {
    return simulators.smsSentTo(phone).stream().filter(t -> t.contains(reference)).toList();
  }

  private static String clientRef(String number) {
    return ProtocolSmsNotice.clientRef(number, Kind.NOTICE);
  }

  private Map<String, Object> row(String number) {
    return rowByRef(clientRef(number));
  }

  private Map<String, Object> rowByRef(String ref) {
    return jdbc.sql("select * from sms_outbox where client_ref = :ref")
        .param("ref", ref)
        .query()
        .singleRow();
  }

  private long count(String ref) {
    return jdbc.sql("select count(*) from sms_outbox where client_ref = :ref")
        .param("ref", ref)
        .query(Long.class)
        .single();
  }

  private static Map<String, Object> form() {
    Map<String, Object> form = ProtocolApi.form(CITIZEN_IIN, PIN);
    form.put("description", "Скорость 87 км/ч при ограничении 60 км/ч");
    return form;
  }
}
