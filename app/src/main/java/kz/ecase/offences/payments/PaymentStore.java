package kz.ecase.offences.payments;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Recorded payments and reconciliation reports, insert-only. */
@Repository
public class PaymentStore {

  /** A payment as recorded, with what it did. */
  public record StoredPayment(
      UUID id,
      String providerPaymentId,
      String reference,
      UUID protocolId,
      BigDecimal amountKzt,
      String method,
      Instant paidAt,
      Instant receivedAt,
      String receivedVia,
      String outcome,
      BigDecimal countedKzt,
      BigDecimal excessKzt,
      String attention,
      Long receipt) {}

  /** A payment the citizen started at the provider, waiting on its pay page. */
  public record Checkout(
      String providerPaymentId,
      UUID protocolId,
      String payUrl,
      BigDecimal amountKzt,
      Instant startedAt,
      String startedBy) {}

  /** One run of a day's reconciliation. */
  record StoredReport(LocalDate day, int run, Instant madeAt, String madeBy, String report) {}

  private static final String COLUMNS =
      "id, provider_payment_id, reference, protocol_id, amount_kzt, method, paid_at, received_at,"
          + " received_via, outcome, counted_kzt, excess_kzt, attention, receipt";

  private final JdbcClient jdbc;

  PaymentStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Holds, until the caller's transaction ends, the lock of {@code key}: callers of one key queue.
   */
  void lock(String key) {
    jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
        .param("key", key)
        .query((rs, row) -> 1)
        .list();
  }

  Optional<UUID> protocolWithReference(String reference) {
    return jdbc.sql("select id from offence_protocols where payment_reference = :reference")
        .param("reference", reference)
        .query(UUID.class)
        .optional();
  }

  /** The ids of the person's protocols, newest first. */
  List<UUID> protocolsOf(String iin, int limit) {
    return jdbc.sql(
            "select id from offence_protocols where offender_iin = :iin"
                + " order by created_at desc limit :limit")
        .param("iin", iin)
        .param("limit", limit)
        .query(UUID.class)
        .list();
  }

  Optional<StoredPayment> find(String providerPaymentId) {
    return jdbc.sql("select " + COLUMNS + " from offence_payments where provider_payment_id = :id")
        .param("id", providerPaymentId)
        .query(PaymentStore::payment)
        .optional();
  }

  /** What the protocol's payments so far counted towards its fine. */
  BigDecimal countedFor(UUID protocolId) {
    return jdbc.sql(
            "select coalesce(sum(counted_kzt), 0) from offence_payments"
                + " where protocol_id = :id")
        .param("id", protocolId)
        .query(BigDecimal.class)
        .single();
  }

  List<StoredPayment> ofProtocol(UUID protocolId) {
    return jdbc.sql(
            "select " + COLUMNS + " from offence_payments where protocol_id = :id order by paid_at")
        .param("id", protocolId)
        .query(PaymentStore::payment)
        .list();
  }

  /** Payments that need staff (held, over-paid, unknown reference), newest first. */
  List<StoredPayment> flagged(int limit) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from offence_payments where attention is not null"
                + " order by received_at desc limit :limit")
        .param("limit", limit)
        .query(PaymentStore::payment)
        .list();
  }

  /** The payments made on the day (in {@code zone}). */
  List<StoredPayment> paidOn(LocalDate day, ZoneId zone) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from offence_payments where paid_at >= :from and paid_at < :to"
                + " order by paid_at")
        .param("from", Timestamp.from(day.atStartOfDay(zone).toInstant()))
        .param("to", Timestamp.from(day.plusDays(1).atStartOfDay(zone).toInstant()))
        .query(PaymentStore::payment)
        .list();
  }

  /** The numbers of these protocols, by id. */
  Map<UUID, String> protocolNumbers(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<UUID, String> numbers = new HashMap<>();
    jdbc.sql("select id, number from offence_protocols where id in (:ids)")
        .param("ids", List.copyOf(ids))
        .query((rs, row) -> numbers.put(rs.getObject("id", UUID.class), rs.getString("number")))
        .list();
    return numbers;
  }

  void add(StoredPayment p) {
    jdbc.sql(
            "insert into offence_payments ("
                + COLUMNS
                + ") values (:id, :providerId, :reference, :protocol, :amount, :method, :paidAt,"
                + " :receivedAt, :via, :outcome, :counted, :excess, :attention, :receipt)")
        .param("id", p.id())
        .param("providerId", p.providerPaymentId())
        .param("reference", p.reference())
        .param("protocol", p.protocolId())
        .param("amount", p.amountKzt())
        .param("method", p.method())
        .param("paidAt", Timestamp.from(p.paidAt()))
        .param("receivedAt", Timestamp.from(p.receivedAt()))
        .param("via", p.receivedVia())
        .param("outcome", p.outcome())
        .param("counted", p.countedKzt())
        .param("excess", p.excessKzt())
        .param("attention", p.attention())
        .param("receipt", p.receipt())
        .update();
  }

  /**
   * The protocol's latest checkout started after {@code since} for which no payment is recorded.
   */
  Optional<Checkout> pendingCheckout(UUID protocolId, Instant since) {
    return jdbc.sql(
            "select provider_payment_id, protocol_id, pay_url, amount_kzt, started_at, started_by"
                + " from offence_payment_checkouts c where protocol_id = :protocol"
                + " and started_at > :since and not exists (select 1 from offence_payments p"
                + " where p.provider_payment_id = c.provider_payment_id)"
                + " order by started_at desc limit 1")
        .param("protocol", protocolId)
        .param("since", Timestamp.from(since))
        .query(
            (rs, row) ->
                new Checkout(
                    rs.getString("provider_payment_id"),
                    rs.getObject("protocol_id", UUID.class),
                    rs.getString("pay_url"),
                    rs.getBigDecimal("amount_kzt"),
                    rs.getTimestamp("started_at").toInstant(),
                    rs.getString("started_by")))
        .optional();
  }

  void addCheckout(Checkout c) {
    jdbc.sql(
            "insert into offence_payment_checkouts (provider_payment_id, protocol_id, pay_url,"
                + " amount_kzt, started_at, started_by) values (:id, :protocol, :payUrl, :amount,"
                + " :startedAt, :startedBy)")
        .param("id", c.providerPaymentId())
        .param("protocol", c.protocolId())
        .param("payUrl", c.payUrl())
        .param("amount", c.amountKzt())
        .param("startedAt", Timestamp.from(c.startedAt()))
        .param("startedBy", c.startedBy())
        .update();
  }

  Optional<StoredReport> latestReport(LocalDate day) {
    return jdbc.sql(
            "select day, run, made_at, made_by, report from offence_payment_reconciliations"
                + " where day = :day order by run desc limit 1")
        .param("day", java.sql.Date.valueOf(day))
        .query(
            (rs, row) ->
                new StoredReport(
                    rs.getDate("day").toLocalDate(),
                    rs.getInt("run"),
                    rs.getTimestamp("made_at").toInstant(),
                    rs.getString("made_by"),
                    rs.getString("report")))
        .optional();
  }

  void addReport(StoredReport report) {
    jdbc.sql(
            "insert into offence_payment_reconciliations (day, run, made_at, made_by, report)"
                + " values (:day, :run, :madeAt, :madeBy, :report)")
        .param("day", java.sql.Date.valueOf(report.day()))
        .param("run", report.run())
        .param("madeAt", Timestamp.from(report.madeAt()))
        .param("madeBy", report.madeBy())
        .param("report", report.report())
        .update();
  }

  private static StoredPayment payment(ResultSet rs, int row) throws SQLException {
    return new StoredPayment(
        rs.getObject("id", UUID.class),
        rs.getString("provider_payment_id"),
        rs.getString("reference"),
        rs.getObject("protocol_id", UUID.class),
        rs.getBigDecimal("amount_kzt"),
        rs.getString("method"),
        rs.getTimestamp("paid_at").toInstant(),
        rs.getTimestamp("received_at").toInstant(),
        rs.getString("received_via"),
        rs.getString("outcome"),
        rs.getBigDecimal("counted_kzt"),
        rs.getBigDecimal("excess_kzt"),
        rs.getString("attention"),
        rs.getObject("receipt", Long.class));
  }
}
