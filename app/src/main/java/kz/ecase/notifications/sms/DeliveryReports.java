package kz.ecase.notifications.sms;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.ecase.notifications.sms.SmsGateway.Delivery;
import kz.ecase.notifications.sms.SmsGateway.SmsGatewayException;
import kz.ecase.procedure.OutboxClaims;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Polls the gateway for the delivery reports of sent messages (no public endpoint for callbacks):
 * SENT becomes DELIVERED or UNDELIVERED. Reports are asked for with the retry policy's back-off (1
 * s, 2 s, 4 s …), claimed like messages ({@code FOR UPDATE SKIP LOCKED}); after {@code
 * maxReportChecks} polls without a report ecase stops asking and the message stays SENT. Like the
 * dispatcher, it asks for a claim's reports side by side, records them in one batched update, and
 * claims again while claims come back full ({@link OutboxWorkers}), so that reports keep up with
 * the messages sent without a database round trip per message.
 */
public class DeliveryReports implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(DeliveryReports.class);

  private final JdbcTemplate jdbc;
  private final SmsGateway gateway;
  private final SmsRetryPolicy policy;
  private final SmsProperties properties;
  private final Clock clock;
  private final OutboxClaims claims;
  private final OutboxWorkers workers;
  private final Duration lease;

  record Sent(UUID id, String gatewayId, int checks) {}

  /** What a report check found: the row's next state. */
  record Report(UUID id, String status, Instant next, Instant reportedAt, String error) {}

  public DeliveryReports(
      JdbcTemplate jdbc,
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
    this.lease = SmsQueues.lease(properties, properties.timeout());
    this.workers = new OutboxWorkers("sms-report", properties.concurrency(), lease);
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
    return workers.workOff(() -> claim(clock.instant()), this::checkAll, properties.batchSize());
  }

  /** Claims no more; the batch under way finishes and records its outcome. */
  @Override
  public void close() {
    workers.close();
  }

  private List<Sent> claim(Instant now) {
    return claims.claim(
        SmsQueues.SENT,
        now,
        lease,
        properties.batchSize(),
        null,
        "id, gateway_id, report_checks",
        (rs, row) ->
            new Sent(
                rs.getObject("id", UUID.class),
                rs.getString("gateway_id"),
                rs.getInt("report_checks")));
  }

  /** Asks for the batch's reports side by side, then records them in one round trip. */
  private void checkAll(List<Sent> batch) {
    List<Report> reports = new ArrayList<>(batch.size());
    for (Optional<Report> report : workers.each(batch, this::check)) {
      report.ifPresent(reports::add);
    }
    if (reports.isEmpty()) {
      return;
    }
    jdbc.batchUpdate(
        """
        update sms_outbox
        set status = ?, next_attempt_at = ?, reported_at = ?, last_error = ?
        where id = ? and status = 'SENT'
        """,
        reports,
        reports.size(),
        (statement, report) -> {
          statement.setString(1, report.status());
          statement.setTimestamp(2, timestamp(report.next()));
          statement.setTimestamp(3, timestamp(report.reportedAt()));
          statement.setString(4, report.error());
          statement.setObject(5, report.id());
        });
  }

  private Report check(Sent message) {
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
      return new Report(message.id(), "SENT", next, null, error);
    }
    return new Report(
        message.id(),
        delivery == Delivery.DELIVERED ? "DELIVERED" : "UNDELIVERED",
        null,
        now,
        delivery == Delivery.FAILED ? "the operator reported it not delivered" : null);
  }

  private static Timestamp timestamp(Instant at) {
    return at == null ? null : Timestamp.from(at);
  }
}
