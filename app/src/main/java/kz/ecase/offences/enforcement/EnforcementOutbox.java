package kz.ecase.offences.enforcement;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.ecase.procedure.OutboxClaims;
import kz.ecase.procedure.OutboxQueue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The referrals to AIS BEP: the outbox rows (written with the SEND_TO_ENFORCEMENT event, claimed by
 * dispatchers with {@code FOR UPDATE SKIP LOCKED}) and the insert-only facts of what AIS BEP
 * answered.
 */
@Repository
class EnforcementOutbox {

  /** A referral a dispatcher claimed; {@code attempts} counts this one. */
  record Claimed(UUID protocolId, String reference, int attempts) {}

  /** A referral AIS BEP acknowledged and has not yet reported executed or returned. */
  record OpenCase(UUID protocolId, String caseNumber) {}

  /**
   * A referral as its overseers see it (the answer of {@code GET /api/offences/enforcement}); the
   * fields of a later stage are null until it comes.
   */
  record Referral(
      UUID protocolId,
      String number,
      String unit,
      String reference,
      Instant sentAt,
      EnforcementStatus status,
      int attempts,
      Instant lastAttemptAt,
      String lastError,
      Instant nextAttemptAt,
      String caseNumber,
      Instant acknowledgedAt,
      Instant executedAt,
      BigDecimal collectedKzt,
      Instant returnedAt,
      String returnReason) {}

  private static final Map<EnforcementStatus, String> CONDITIONS =
      Map.of(
          EnforcementStatus.SENT, "a.protocol_id is null and o.last_error is null",
          EnforcementStatus.FAILING, "a.protocol_id is null and o.last_error is not null",
          EnforcementStatus.ACKNOWLEDGED,
              "a.protocol_id is not null and x.protocol_id is null and r.protocol_id is null",
          EnforcementStatus.EXECUTED, "x.protocol_id is not null",
          EnforcementStatus.RETURNED, "r.protocol_id is not null");

  /** What AIS BEP reported of a referral {@code o}: acknowledged, executed, returned. */
  private static final String FACTS =
      " left join enforcement_facts a on a.protocol_id = o.protocol_id and a.kind ="
          + " 'ACKNOWLEDGED' left join enforcement_facts x on x.protocol_id = o.protocol_id and"
          + " x.kind = 'EXECUTED' left join enforcement_facts r on r.protocol_id = o.protocol_id"
          + " and r.kind = 'RETURNED'";

  /** Referrals waiting to be acknowledged, as the kernel's outbox engine claims them. */
  static final OutboxQueue QUEUE =
      new OutboxQueue("enforcement_outbox", "protocol_id", "attempts", "true", "last_attempt_at");

  private final JdbcClient jdbc;
  private final OutboxClaims claims;

  EnforcementOutbox(JdbcClient jdbc, OutboxClaims claims) {
    this.jdbc = jdbc;
    this.claims = claims;
  }

  /**
   * Protocols that may be due for enforcement: in force since before {@code inForceBefore}, with a
   * fine (a warning in force stays in force for good and must not crowd the fines out of the
   * batch), oldest first. The lifecycle decides each one.
   */
  List<UUID> candidates(Instant inForceBefore, int limit) {
    return jdbc.sql(
            "select protocol_id from offence_protocol_status where status = 'IN_FORCE' and not"
                + " warning and since < :before order by since limit :limit")
        .param("before", Timestamp.from(inForceBefore))
        .param("limit", limit)
        .query(UUID.class)
        .list();
  }

  /** The referral of a protocol sent to enforcement at {@code sentAt}, due at once. */
  void add(UUID protocolId, String reference, String unit, Instant sentAt) {
    jdbc.sql(
            "insert into enforcement_outbox (protocol_id, reference, unit, sent_at,"
                + " next_attempt_at) values (:id, :reference, :unit, :at, :at)")
        .param("id", protocolId)
        .param("reference", reference)
        .param("unit", unit)
        .param("at", Timestamp.from(sentAt))
        .update();
  }

  /**
   * Claims referrals due at {@code now} (all, or only {@code only} when given) with the kernel's
   * outbox engine: counts the attempt and leases each row until {@code now + lease}, skipping rows
   * another dispatcher holds. A dispatcher that dies leaves its rows to be claimed again after the
   * lease.
   */
  List<Claimed> claim(Instant now, Duration lease, int batch, UUID only) {
    return claims.claim(
        QUEUE,
        now,
        lease,
        batch,
        only,
        "protocol_id, reference, attempts",
        (rs, row) ->
            new Claimed(
                rs.getObject("protocol_id", UUID.class),
                rs.getString("reference"),
                rs.getInt("attempts")));
  }

  /** The attempt failed: try again at {@code retryAt} (unless acknowledged meanwhile). */
  void failed(UUID protocolId, String error, Instant retryAt) {
    jdbc.sql(
            "update enforcement_outbox set last_error = :error, next_attempt_at = :retryAt"
                + " where protocol_id = :id and next_attempt_at is not null")
        .param("error", error.length() > 2000 ? error.substring(0, 2000) : error)
        .param("retryAt", Timestamp.from(retryAt))
        .param("id", protocolId)
        .update();
  }

  /** AIS BEP acknowledged: nothing more to send. */
  void delivered(UUID protocolId) {
    jdbc.sql(
            "update enforcement_outbox set next_attempt_at = null, last_error = null"
                + " where protocol_id = :id")
        .param("id", protocolId)
        .update();
  }

  /** Records what AIS BEP answered; a second fact of the same kind is a duplicate key. */
  void addFact(
      UUID protocolId,
      String kind,
      Instant at,
      String caseNumber,
      BigDecimal collectedKzt,
      String reason,
      long receipt) {
    jdbc.sql(
            "insert into enforcement_facts (protocol_id, kind, at, case_number, collected_kzt,"
                + " reason, receipt) values (:id, :kind, :at, :caseNumber, :collected, :reason,"
                + " :receipt)")
        .param("id", protocolId)
        .param("kind", kind)
        .param("at", Timestamp.from(at))
        .param("caseNumber", caseNumber)
        .param("collected", collectedKzt)
        .param("reason", reason)
        .param("receipt", receipt)
        .update();
  }

  /**
   * Cases AIS BEP acknowledged before {@code before} and has not closed (all, or only {@code
   * only}), oldest first.
   */
  List<OpenCase> openCases(Instant before, int limit, UUID only) {
    String sql =
        "select a.protocol_id, a.case_number from enforcement_facts a where a.kind ="
            + " 'ACKNOWLEDGED' and a.at <= :before"
            + (only == null ? "" : " and a.protocol_id = :only")
            + " and not exists (select 1 from enforcement_facts c where c.protocol_id ="
            + " a.protocol_id and c.kind in ('EXECUTED', 'RETURNED')) order by a.at limit :limit";
    JdbcClient.StatementSpec statement =
        jdbc.sql(sql).param("before", Timestamp.from(before)).param("limit", limit);
    if (only != null) {
      statement = statement.param("only", only);
    }
    return statement
        .query(
            (rs, row) ->
                new OpenCase(rs.getObject("protocol_id", UUID.class), rs.getString("case_number")))
        .list();
  }

  /** How many referrals of the units under {@code unitPrefix} stand in each status (all listed). */
  Map<EnforcementStatus, Long> counts(String unitPrefix) {
    Map<EnforcementStatus, Long> counts = new EnumMap<>(EnforcementStatus.class);
    for (EnforcementStatus status : EnforcementStatus.values()) {
      counts.put(status, 0L);
    }
    jdbc.sql(
            "select a.protocol_id is not null as acknowledged, x.protocol_id is not null as"
                + " executed, r.protocol_id is not null as returned, o.last_error is not null as"
                + " failing, count(*) as referrals from enforcement_outbox o"
                + FACTS
                + " where o.unit like :units group by 1, 2, 3, 4")
        .param("units", unitPrefix + "%")
        .query(
            (ResultSet rs) -> {
              EnforcementStatus status =
                  EnforcementStatus.of(
                      rs.getBoolean("acknowledged"),
                      rs.getBoolean("executed"),
                      rs.getBoolean("returned"),
                      rs.getBoolean("failing") ? "failing" : null);
              counts.merge(status, rs.getLong("referrals"), Long::sum);
            });
    return counts;
  }

  /**
   * Referrals of protocols of the units under {@code unitPrefix}, newest first, of one status or
   * all.
   */
  List<Referral> referrals(String unitPrefix, EnforcementStatus status, int limit) {
    String sql =
        "select o.protocol_id, p.number, o.unit, o.reference, o.sent_at, o.attempts,"
            + " o.last_attempt_at, o.last_error, o.next_attempt_at, a.protocol_id as acknowledged,"
            + " a.case_number, a.at as acknowledged_at, x.protocol_id as executed, x.at as"
            + " executed_at, x.collected_kzt, r.protocol_id as returned, r.at as returned_at,"
            + " r.reason from enforcement_outbox o join offence_protocols p on p.id ="
            + " o.protocol_id"
            + FACTS
            + " where o.unit like :units"
            + (status == null ? "" : " and " + CONDITIONS.get(status))
            + " order by o.sent_at desc, o.protocol_id limit :limit";
    return jdbc.sql(sql)
        .param("units", unitPrefix + "%")
        .param("limit", limit)
        .query(EnforcementOutbox::referral)
        .list();
  }

  private static Referral referral(ResultSet rs, int row) throws SQLException {
    String lastError = rs.getString("last_error");
    EnforcementStatus status =
        EnforcementStatus.of(
            rs.getObject("acknowledged") != null,
            rs.getObject("executed") != null,
            rs.getObject("returned") != null,
            lastError);
    return new Referral(
        rs.getObject("protocol_id", UUID.class),
        rs.getString("number"),
        rs.getString("unit"),
        rs.getString("reference"),
        instant(rs, "sent_at"),
        status,
        rs.getInt("attempts"),
        instant(rs, "last_attempt_at"),
        lastError,
        instant(rs, "next_attempt_at"),
        rs.getString("case_number"),
        instant(rs, "acknowledged_at"),
        instant(rs, "executed_at"),
        rs.getBigDecimal("collected_kzt"),
        instant(rs, "returned_at"),
        rs.getString("reason"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp at = rs.getTimestamp(column);
    return at == null ? null : at.toInstant();
  }
}
