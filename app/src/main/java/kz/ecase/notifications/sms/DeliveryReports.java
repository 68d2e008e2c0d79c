package kz.ecase.notifications.sms;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.ecase.notifications.sms.SmsGateway.Delivery;
import kz.ecase.notifications.sms.SmsGateway.SmsGatewayException;
import kz.ecase.procedure.OutboxClaims;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Polls the gateway for the delivery reports of sent messages (no public endpoint for callbacks):
 * SENT becomes DELIVERED or UNDELIVERED. Reports are asked for with the retry policy's back-off (1
 * s, 2 s, 4 s …), claimed like messages ({@code FOR UPDATE SKIP LOCKED}); after {@code
 * maxReportChecks} polls without a report ecase stops asking and the message stays SENT. Like the
 * dispatcher, it asks for a claim's reports side by side and claims again while claims come back
 * full ({@link OutboxWorkers}), so that reports keep up with the messages sent.
 */
public class DeliveryReports implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(DeliveryReports.class);

  private final JdbcClient jdbc;
  private final SmsGateway gateway;
  private final SmsRetryPolicy policy;
  private final SmsProperties properties;
  private final Clock clock;
  private final OutboxClaims claims;
  private final OutboxWorkers workers;

  record Sent(UUID id, String gatewayId, int checks) {}

  public DeliveryReports(
      JdbcClient jdbc,
      SmsGateway gateway,
      SmsRetryPolicy policy,
      SmsProperties properties,
      Clock clock,
      OutboxClaims claims) {
    this.jdbc = jdbc;
    this.gateway = gateway;
    this.policy = policy;
    this.properties = properties;
    this.clock = clock;
    this.claims = claims;
    this.workers =
        new OutboxWorkers("sms-report", properties.concurrency(), SmsQueues.lease(properties));
  }

  @Scheduled(fixedDelayString = "${ecase.notifications.sms.poll-interval:500ms}")
  public void poll() {
    if (!properties.dispatch() || workers.closed()) {
      return;
    }
    try {
      checkDue();
    } catch (RuntimeException e) {
      log.warn("SMS delivery reports failed: {}", e.toString());
    }
  }

  /** Asks for the reports due now; returns how many were asked for. */
  public int checkDue() {
    return workers.workOff(() -> claim(clock.instant()), this::check, properties.batchSize());
  }

  /** Claims no more; the checks under way finish and record their outcome. */
  @Override
  public void close() {
    workers.close();
  }

  private List<Sent> claim(Instant now) {
    return claims.claim(
        SmsQueues.SENT,
        now,
        SmsQueues.lease(properties),
        properties.batchSize(),
        null,
        "id, gateway_id, report_checks",
        (rs, row) ->
            new Sent(
                rs.getObject("id", UUID.class),
                rs.getString("gateway_id"),
                rs.getInt("report_checks")));
  }

  private void check(Sent message) {
    Delivery delivery;
    String error = null;
    try {
      delivery = gateway.delivery(message.gatewayId());
    } catch (SmsGatewayException e) {
      delivery = Delivery.PENDING;
      error = e.getMessage();
    }
    Instant now = clock.instant();
    if (delivery == Delivery.PENDING) {
      Instant next =
          message.checks() >= properties.maxReportChecks()
              ? null
              : now.plus(policy.delay(message.checks()));
      update(message.id(), "SENT", next, null, error);
      return;
    }
    update(
        message.id(),
        delivery == Delivery.DELIVERED ? "DELIVERED" : "UNDELIVERED",
        null,
        now,
        delivery == Delivery.FAILED ? "the operator reported it not delivered" : null);
  }

  private void update(UUID id, String status, Instant next, Instant reportedAt, String error) {
    jdbc.sql(
            """
            update sms_outbox
            set status = :status, next_attempt_at = :next, reported_at = :reportedAt,
                last_error = :error
            where id = :id and status = 'SENT'
            """)
        .param("status", status)
        .param("next", next == null ? null : Timestamp.from(next))
        .param("reportedAt", reportedAt == null ? null : Timestamp.from(reportedAt))
        .param("error", error)
        .param("id", id)
        .update();
  }
}
