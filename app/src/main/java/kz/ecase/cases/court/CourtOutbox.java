package kz.ecase.cases.court;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.ecase.procedure.OutboxClaims;
import kz.ecase.procedure.OutboxQueue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The files of criminal cases for the court: the outbox rows (written with the SEND_TO_COURT step,
 * claimed by dispatchers with {@code FOR UPDATE SKIP LOCKED}, sealed once), the insert-only facts
 * of what the court answered, and how far ecase has read the court's changes.
 */
@Repository
class CourtOutbox {

  /**
   * A sending a dispatcher claimed; {@code attempts} counts this one. {@code manifestSha256} and
   * {@code sealReceipt} are null until its file is sealed.
   */
  record Claimed(
      String reference,
      UUID caseId,
      int seq,
      UUID sentBy,
      String manifestSha256,
      Long sealReceipt,
      Instant sentAt,
      int attempts) {

    boolean sealed() {
      return manifestSha256 != null;
    }

    Claimed withSeal(String manifest, long receipt) {
      return new Claimed(reference, caseId, seq, sentBy, manifest, receipt, sentAt, attempts);
    }
  }

  /** A sending as the team sees it. */
  record Referral(
      String reference,
      UUID caseId,
      Instant sentAt,
      int attempts,
      Instant lastAttemptAt,
      String lastError,
      Instant nextAttemptAt) {}

  /** What the court answered about a sending. */
  record Fact(
      String reference,
      String kind,
      UUID caseId,
      Instant at,
      String courtCase,
      Instant courtAt,
      String fileSha256,
      String detail,
      long receipt) {}

  static final String RECEIVED = "RECEIVED";
  static final String RETURNED = "RETURNED";
  static final String DECIDED = "DECIDED";

  /** Files waiting for the court to accept them, as the kernel's outbox engine claims them. */
  static final OutboxQueue QUEUE =
      new OutboxQueue("court_referrals", "reference", "attempts", "true", "last_attempt_at");

  private final JdbcClient jdbc;
  private final OutboxClaims claims;

  CourtOutbox(JdbcClient jdbc, OutboxClaims claims) {
    this.jdbc = jdbc;
    this.claims = claims;
  }

  /** The sending of a case's file (sent by the document {@code sentBy}), due at once. */
  void add(String reference, UUID caseId, String unit, int seq, UUID sentBy, Instant sentAt) {
    jdbc.sql(
            "insert into court_referrals (reference, case_id, unit, seq, sent_by, sent_at,"
                + " next_attempt_at) values (:reference, :case, :unit, :seq, :sentBy, :at, :at)")
        .param("reference", reference)
        .param("case", caseId)
        .param("unit", unit)
        .param("seq", seq)
        .param("sentBy", sentBy)
        .param("at", Timestamp.from(sentAt))
        .update();
  }

  /** Records the seal of the sending's file; false when it was sealed already (then roll back). */
  boolean sealed(String reference, String manifestSha256, long sealReceipt) {
    return jdbc.sql(
                "update court_referrals set manifest_sha256 = :manifest, seal_receipt = :receipt"
                    + " where reference = :reference and manifest_sha256 is null")
            .param("manifest", manifestSha256)
            .param("receipt", sealReceipt)
            .param("reference", reference)
            .update()
        == 1;
  }

  /**
   * Claims sendings due at {@code now} (all, or only {@code only}) with the kernel's outbox engine:
   * counts the attempt and leases each row until {@code now + lease}.
   */
  List<Claimed> claim(Instant now, Duration lease, int batch, String only) {
    return claims.claim(
        QUEUE,
        now,
        lease,
        batch,
        only,
        "reference, case_id, seq, sent_by, manifest_sha256, seal_receipt, sent_at, attempts",
        (rs, row) ->
            new Claimed(
                rs.getString("reference"),
                rs.getObject("case_id", UUID.class),
                rs.getInt("seq"),
                rs.getObject("sent_by", UUID.class),
                rs.getString("manifest_sha256"),
                rs.getObject("seal_receipt", Long.class),
                rs.getTimestamp("sent_at").toInstant(),
                rs.getInt("attempts")));
  }

  /** The attempt failed: try again at {@code retryAt} (unless the court accepted meanwhile). */
  void failed(String reference, String error, Instant retryAt) {
    jdbc.sql(
            "update court_referrals set last_error = :error, next_attempt_at = :retryAt"
                + " where reference = :reference and next_attempt_at is not null")
        .param("error", error.length() > 2000 ? error.substring(0, 2000) : error)
        .param("retryAt", Timestamp.from(retryAt))
        .param("reference", reference)
        .update();
  }

  /** The court accepted the file: nothing more to send. */
  void delivered(String reference) {
    jdbc.sql(
            "update court_referrals set next_attempt_at = null, last_error = null"
                + " where reference = :reference")
        .param("reference", reference)
        .update();
  }

  /** The sending of this reference, if ecase made it. */
  Optional<Referral> referral(String reference) {
    return jdbc.sql(
            "select reference, case_id, sent_at, attempts, last_attempt_at, last_error,"
                + " next_attempt_at from court_referrals where reference = :reference")
        .param("reference", reference)
        .query(
            (rs, row) ->
                new Referral(
                    rs.getString("reference"),
                    rs.getObject("case_id", UUID.class),
                    rs.getTimestamp("sent_at").toInstant(),
                    rs.getInt("attempts"),
                    instant(rs.getTimestamp("last_attempt_at")),
                    rs.getString("last_error"),
                    instant(rs.getTimestamp("next_attempt_at"))))
        .optional();
  }

  /** Records what the court answered; a second fact of the same kind is a duplicate key. */
  void addFact(Fact fact) {
    jdbc.sql(
            "insert into court_facts (reference, kind, case_id, at, court_case, court_at,"
                + " file_sha256, detail, receipt) values (:reference, :kind, :case, :at,"
                + " :courtCase, :courtAt, :file, :detail, :receipt)")
        .param("reference", fact.reference())
        .param("kind", fact.kind())
        .param("case", fact.caseId())
        .param("at", Timestamp.from(fact.at()))
        .param("courtCase", fact.courtCase())
        .param("courtAt", fact.courtAt() == null ? null : Timestamp.from(fact.courtAt()))
        .param("file", fact.fileSha256())
        .param("detail", fact.detail())
        .param("receipt", fact.receipt())
        .update();
  }

  /** Whether the court's answer of this kind about the sending is recorded. */
  boolean hasFact(String reference, String kind) {
    return jdbc.sql(
                "select count(*) from court_facts where reference = :reference and kind = :kind")
            .param("reference", reference)
            .param("kind", kind)
            .query(Long.class)
            .single()
        > 0;
  }

  /** The court file of the case's latest sending the court accepted, by its SHA-256. */
  Optional<String> latestFileOf(UUID caseId) {
    return jdbc.sql(
            "select file_sha256 from court_facts where case_id = :case and kind = 'RECEIVED'"
                + " order by at desc limit 1")
        .param("case", caseId)
        .query(String.class)
        .optional();
  }

  /** Since when to ask the court what changed: the last change ecase has taken in. */
  Instant cursor() {
    return jdbc.sql("select changed_since from court_poll_cursor where id = 1")
        .query(Timestamp.class)
        .single()
        .toInstant();
  }

  /** Moves the cursor forward to {@code seen} (never back: another instance may be ahead). */
  void advance(Instant seen) {
    jdbc.sql(
            "update court_poll_cursor set changed_since = :seen where id = 1 and changed_since <"
                + " :seen")
        .param("seen", Timestamp.from(seen))
        .update();
  }

  private static Instant instant(Timestamp at) {
    return at == null ? null : at.toInstant();
  }
}
