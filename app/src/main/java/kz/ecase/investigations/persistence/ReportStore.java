package kz.ecase.investigations.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.ecase.platform.database.ReplicaReads;
import kz.ecase.procedure.RecordedStep;
import kz.ecase.procedure.StepJournal;
import kz.ecase.procedure.StepTable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The register of crime reports: reports as received, the journal of their steps and the
 * qualification of each registration, insert-only; lists read the status projection the database
 * keeps.
 */
@Repository
public class ReportStore implements StepJournal {

  /** The ledger entry type of a report's steps after receipt. */
  public static final String STEP_ENTRY_TYPE = "investigations.ReportStepTaken";

  /** A report as received. */
  public record StoredReport(
      UUID id,
      String kuiNumber,
      String unit,
      String source,
      String reporterIin,
      String reporterBin,
      String reporterName,
      String description,
      String place,
      Instant occurredAt,
      Instant receivedAt,
      String receivedBy,
      Instant registrationDeadline,
      String idempotencyKey,
      String documentSha256,
      String signatureSha256,
      long receipt) {}

  /** A registration in the ERDR with its qualification. */
  public record Registration(
      UUID reportId,
      int seq,
      String erdrNumber,
      String articleCode,
      String gravity,
      String form,
      Instant at) {}

  /** A report as lists show it: the projection of its latest step. */
  public record ReportLine(
      UUID id,
      String kuiNumber,
      String unit,
      String status,
      Instant since,
      Instant receivedAt,
      Instant registrationDeadline,
      Instant checkSince,
      boolean termMissed,
      String erdrNumber,
      String articleCode,
      String gravity,
      String description,
      String receivedBy) {}

  private static final String REPORT_COLUMNS =
      "id, kui_number, unit, source, reporter_iin, reporter_bin, reporter_name, description, place,"
          + " occurred_at, received_at, received_by, registration_deadline, idempotency_key,"
          + " document_sha256, signature_sha256, receipt";

  private static final String LINE =
      "select s.report_id, r.kui_number, s.unit, s.status, s.since, s.received_at,"
          + " s.registration_deadline, s.check_since, s.term_missed, s.erdr_number,"
          + " s.article_code, s.gravity, r.description, r.received_by"
          + " from crime_report_status s join crime_reports r on r.id = s.report_id ";

  private final JdbcClient jdbc;
  private final ReplicaReads reads;
  private final StepTable journal;

  ReportStore(JdbcClient jdbc, ReplicaReads reads) {
    this.jdbc = jdbc;
    this.reads = reads;
    this.journal = new StepTable(jdbc, "crime_report_events", "report_id");
  }

  @Override
  public String recordKind() {
    return "report";
  }

  @Override
  public String entryType() {
    return STEP_ENTRY_TYPE;
  }

  /** Adds the report; a second one with the receiver's idempotency key is a duplicate key. */
  public void add(StoredReport r) {
    jdbc.sql(
            "insert into crime_reports ("
                + REPORT_COLUMNS
                + ") values (:id, :kui, :unit, :source,"
                + " :iin, :bin, :name, :description, :place, :occurredAt, :receivedAt,"
                + " :receivedBy, :deadline, :key, :document, :signature, :receipt)")
        .param("id", r.id())
        .param("kui", r.kuiNumber())
        .param("unit", r.unit())
        .param("source", r.source())
        .param("iin", r.reporterIin())
        .param("bin", r.reporterBin())
        .param("name", r.reporterName())
        .param("description", r.description())
        .param("place", r.place())
        .param("occurredAt", r.occurredAt() == null ? null : Timestamp.from(r.occurredAt()))
        .param("receivedAt", Timestamp.from(r.receivedAt()))
        .param("receivedBy", r.receivedBy())
        .param("deadline", Timestamp.from(r.registrationDeadline()))
        .param("key", r.idempotencyKey())
        .param("document", r.documentSha256())
        .param("signature", r.signatureSha256())
        .param("receipt", r.receipt())
        .update();
  }

  public Optional<StoredReport> find(UUID id) {
    return jdbc.sql("select " + REPORT_COLUMNS + " from crime_reports where id = :id")
        .param("id", id)
        .query(ReportStore::report)
        .optional();
  }

  public Optional<StoredReport> findByKui(String kuiNumber) {
    return jdbc.sql("select " + REPORT_COLUMNS + " from crime_reports where kui_number = :kui")
        .param("kui", kuiNumber)
        .query(ReportStore::report)
        .optional();
  }

  public Optional<StoredReport> findByKey(String receivedBy, String key) {
    return jdbc.sql(
            "select "
                + REPORT_COLUMNS
                + " from crime_reports where received_by = :by and idempotency_key = :key")
        .param("by", receivedBy)
        .param("key", key)
        .query(ReportStore::report)
        .optional();
  }

  @Override
  public List<RecordedStep> steps(UUID reportId) {
    return journal.steps(reportId);
  }

  @Override
  public void append(RecordedStep step) {
    journal.append(step);
  }

  public void addRegistration(Registration r) {
    jdbc.sql(
            "insert into crime_report_registrations (report_id, seq, erdr_number, article_code,"
                + " gravity, form, at) values (:id, :seq, :number, :article, :gravity, :form, :at)")
        .param("id", r.reportId())
        .param("seq", r.seq())
        .param("number", r.erdrNumber())
        .param("article", r.articleCode())
        .param("gravity", r.gravity())
        .param("form", r.form())
        .param("at", Timestamp.from(r.at()))
        .update();
  }

  /** The report's registrations, oldest first (the latest is its qualification now). */
  public List<Registration> registrations(UUID reportId) {
    return jdbc.sql(
            "select report_id, seq, erdr_number, article_code, gravity, form, at from"
                + " crime_report_registrations where report_id = :id order by seq")
        .param("id", reportId)
        .query(
            (rs, row) ->
                new Registration(
                    rs.getObject("report_id", UUID.class),
                    rs.getInt("seq"),
                    rs.getString("erdr_number"),
                    rs.getString("article_code"),
                    rs.getString("gravity"),
                    rs.getString("form"),
                    rs.getTimestamp("at").toInstant()))
        .list();
  }

  /** Everyone who received the report or took a step on it: its team. */
  public List<String> participants(UUID reportId) {
    return jdbc.sql(
            "select received_by from crime_reports where id = :id union select actor from"
                + " crime_report_events where report_id = :id")
        .param("id", reportId)
        .query(String.class)
        .list();
  }

  /** The reports of the units under {@code unitPrefix}, newest first; of one status or all. */
  public List<ReportLine> register(String unitPrefix, String status, int limit) {
    return reads.read(
        db ->
            db.sql(
                    LINE
                        + "where "
                        + UnitsUnder.condition("s.unit", unitPrefix)
                        + (status == null ? "" : " and s.status = :status")
                        + " order by s.received_at desc limit :limit")
                .param("units", UnitsUnder.parameter(unitPrefix))
                .param("status", status == null ? "" : status)
                .param("limit", limit)
                .query(ReportStore::line)
                .list());
  }

  /** The reports a person made (by IIN), newest first. */
  public List<ReportLine> ofReporter(String iin, int limit) {
    return jdbc.sql(LINE + "where r.reporter_iin = :iin order by s.received_at desc limit :limit")
        .param("iin", iin)
        .param("limit", limit)
        .query(ReportStore::line)
        .list();
  }

  /** Decisions waiting for the duty prosecutor's check in the units, longest waiting first. */
  public List<ReportLine> queue(String unitPrefix, int limit) {
    return reads.read(
        db ->
            db.sql(
                    LINE
                        + "where "
                        + UnitsUnder.condition("s.unit", unitPrefix)
                        + " and s.check_since is not null"
                        + " order by s.check_since limit :limit")
                .param("units", UnitsUnder.parameter(unitPrefix))
                .param("limit", limit)
                .query(ReportStore::line)
                .list());
  }

  /** Undecided reports whose registration term ended before {@code now}, not yet recorded. */
  public List<ReportLine> overdue(Instant now, int limit) {
    return jdbc.sql(
            LINE
                + "where s.status in ('RECEIVED', 'RETURNED') and not s.term_missed"
                + " and s.registration_deadline < :now order by s.registration_deadline"
                + " limit :limit")
        .param("now", Timestamp.from(now))
        .param("limit", limit)
        .query(ReportStore::line)
        .list();
  }

  /**
   * Decisions waiting for the check since a moment in {@code [from, before)}, longest first (from
   * null: since any moment before {@code before}).
   */
  public List<ReportLine> waitingSince(Instant from, Instant before, int limit) {
    return jdbc.sql(
            LINE
                + "where s.check_since is not null and s.check_since < :before"
                + " and s.check_since >= :from order by s.check_since limit :limit")
        .param("from", Timestamp.from(from == null ? Instant.EPOCH : from))
        .param("before", Timestamp.from(before))
        .param("limit", limit)
        .query(ReportStore::line)
        .list();
  }

  /** How many reports of the units stand in each status, and how many missed the term. */
  public java.util.Map<String, Long> counts(String unitPrefix) {
    // statistics may be a moment old: the read replica serves them
    return reads.read(
        db -> {
          java.util.Map<String, Long> counts = new java.util.TreeMap<>();
          db.sql(
                  "select status, count(*) as n, count(*) filter (where term_missed) as missed"
                      + " from crime_report_status where "
                      + UnitsUnder.condition("unit", unitPrefix)
                      + " group by status")
              .param("units", UnitsUnder.parameter(unitPrefix))
              .query(
                  (ResultSet rs) -> {
                    counts.put(rs.getString("status"), rs.getLong("n"));
                    counts.merge("TERM_MISSED", rs.getLong("missed"), Long::sum);
                  });
          return counts;
        });
  }

  private static StoredReport report(ResultSet rs, int row) throws SQLException {
    Timestamp occurred = rs.getTimestamp("occurred_at");
    return new StoredReport(
        rs.getObject("id", UUID.class),
        rs.getString("kui_number"),
        rs.getString("unit"),
        rs.getString("source"),
        rs.getString("reporter_iin"),
        rs.getString("reporter_bin"),
        rs.getString("reporter_name"),
        rs.getString("description"),
        rs.getString("place"),
        occurred == null ? null : occurred.toInstant(),
        rs.getTimestamp("received_at").toInstant(),
        rs.getString("received_by"),
        rs.getTimestamp("registration_deadline").toInstant(),
        rs.getString("idempotency_key"),
        rs.getString("document_sha256"),
        rs.getString("signature_sha256"),
        rs.getLong("receipt"));
  }

  private static ReportLine line(ResultSet rs, int row) throws SQLException {
    Timestamp check = rs.getTimestamp("check_since");
    return new ReportLine(
        rs.getObject("report_id", UUID.class),
        rs.getString("kui_number"),
        rs.getString("unit"),
        rs.getString("status"),
        rs.getTimestamp("since").toInstant(),
        rs.getTimestamp("received_at").toInstant(),
        rs.getTimestamp("registration_deadline").toInstant(),
        check == null ? null : check.toInstant(),
        rs.getBoolean("term_missed"),
        rs.getString("erdr_number"),
        rs.getString("article_code"),
        rs.getString("gravity"),
        rs.getString("description"),
        rs.getString("received_by"));
  }
}
