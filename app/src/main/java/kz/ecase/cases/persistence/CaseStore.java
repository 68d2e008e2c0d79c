package kz.ecase.cases.persistence;

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
 * Criminal cases as opened, the journal of their steps and the snapshots of their settings,
 * insert-only; lists read the state projection the database keeps.
 */
@Repository
public class CaseStore implements StepJournal {

  /** The ledger entry type of a case's steps. */
  public static final String STEP_ENTRY_TYPE = "cases.CaseStepTaken";

  /** A case as opened by its registration. */
  /**
   * A case of the register.
   *
   * @param reportId the crime report its registration opened it from (for a severed case, that of
   *     the case it was severed from)
   * @param severedFrom the case it was severed from, or null
   */
  public record StoredCase(
      UUID id,
      String erdrNumber,
      UUID reportId,
      String unit,
      Instant openedAt,
      String openedBy,
      UUID severedFrom) {}

  /** The case's settings as a step left them. */
  public record CaseSettings(
      UUID caseId,
      int seq,
      String investigator,
      String language,
      String articleCode,
      String gravity,
      String form,
      Instant deadline,
      Instant alertAt) {

    /** The same settings with another term. */
    public CaseSettings withTerm(Instant newDeadline, Instant newAlertAt) {
      return new CaseSettings(
          caseId, seq, investigator, language, articleCode, gravity, form, newDeadline, newAlertAt);
    }

    public CaseSettings at(int newSeq) {
      return new CaseSettings(
          caseId, newSeq, investigator, language, articleCode, gravity, form, deadline, alertAt);
    }
  }

  /** A case as lists show it. */
  public record CaseLine(
      UUID id,
      String erdrNumber,
      String unit,
      String status,
      Instant since,
      String investigator,
      String articleCode,
      String gravity,
      String form,
      Instant openedAt,
      Instant deadline) {}

  private static final String LINE =
      "select case_id, erdr_number, unit, status, since, investigator, article_code, gravity,"
          + " form, opened_at, deadline from criminal_case_state ";

  private final JdbcClient jdbc;
  private final ReplicaReads reads;
  private final StepTable journal;

  CaseStore(JdbcClient jdbc, ReplicaReads reads) {
    this.jdbc = jdbc;
    this.reads = reads;
    this.journal = new StepTable(jdbc, "criminal_case_events", "case_id");
  }

  @Override
  public String recordKind() {
    return "case";
  }

  @Override
  public String entryType() {
    return STEP_ENTRY_TYPE;
  }

  @Override
  public List<RecordedStep> steps(UUID caseId) {
    return journal.steps(caseId);
  }

  @Override
  public void append(RecordedStep step) {
    journal.append(step);
  }

  public void add(StoredCase c) {
    jdbc.sql(
            "insert into criminal_cases (id, erdr_number, report_id, unit, opened_at, opened_by,"
                + " severed_from) values (:id, :number, :report, :unit, :at, :by, :severedFrom)")
        .param("id", c.id())
        .param("number", c.erdrNumber())
        .param("report", c.reportId())
        .param("unit", c.unit())
        .param("at", Timestamp.from(c.openedAt()))
        .param("by", c.openedBy())
        .param("severedFrom", c.severedFrom())
        .update();
  }

  public Optional<StoredCase> find(UUID id) {
    return one("id", id);
  }

  public Optional<StoredCase> byNumber(String erdrNumber) {
    return one("erdr_number", erdrNumber);
  }

  /** The case the report's registration opened (not those severed from it since). */
  public Optional<StoredCase> byReport(UUID reportId) {
    return oneWhere("report_id = :value and severed_from is null", reportId);
  }

  /** The cases severed from this one, the earliest first. */
  public List<StoredCase> severedFrom(UUID id) {
    return jdbc.sql(
            "select "
                + CASE_COLUMNS
                + " from criminal_cases where severed_from = :id order by opened_at, erdr_number")
        .param("id", id)
        .query(CaseStore::storedCase)
        .list();
  }

  private static final String CASE_COLUMNS =
      "id, erdr_number, report_id, unit, opened_at, opened_by, severed_from";

  private Optional<StoredCase> one(String column, Object value) {
    return oneWhere(column + " = :value", value);
  }

  /** The case a condition on a unique key ({@code id}, {@code erdr_number}, a report's) finds. */
  private Optional<StoredCase> oneWhere(String condition, Object value) {
    return jdbc.sql("select " + CASE_COLUMNS + " from criminal_cases where " + condition)
        .param("value", value)
        .query(CaseStore::storedCase)
        .optional();
  }

  public void addSettings(CaseSettings s) {
    jdbc.sql(
            "insert into criminal_case_settings (case_id, seq, investigator, language,"
                + " article_code, gravity, form, deadline, alert_at) values (:case, :seq,"
                + " :investigator, :language, :article, :gravity, :form, :deadline, :alert)")
        .param("case", s.caseId())
        .param("seq", s.seq())
        .param("investigator", s.investigator())
        .param("language", s.language())
        .param("article", s.articleCode())
        .param("gravity", s.gravity())
        .param("form", s.form())
        .param("deadline", Timestamp.from(s.deadline()))
        .param("alert", Timestamp.from(s.alertAt()))
        .update();
  }

  /** The settings in force: those of the latest step that changed them. */
  public CaseSettings settings(UUID caseId) {
    return settings(caseId, "desc");
  }

  /** The settings the case was opened with (its registration's qualification and form). */
  public CaseSettings openingSettings(UUID caseId) {
    return settings(caseId, "asc");
  }

  private CaseSettings settings(UUID caseId, String order) {
    return jdbc.sql(
            "select case_id, seq, investigator, language, article_code, gravity, form, deadline,"
                + " alert_at from criminal_case_settings where case_id = :id order by seq "
                + order
                + " limit 1")
        .param("id", caseId)
        .query(
            (rs, row) ->
                new CaseSettings(
                    rs.getObject("case_id", UUID.class),
                    rs.getInt("seq"),
                    rs.getString("investigator"),
                    rs.getString("language"),
                    rs.getString("article_code"),
                    rs.getString("gravity"),
                    rs.getString("form"),
                    instant(rs, "deadline"),
                    instant(rs, "alert_at")))
        .single();
  }

  /** The case as lists show it. */
  public Optional<CaseLine> line(UUID caseId) {
    return jdbc.sql(LINE + "where case_id = :id")
        .param("id", caseId)
        .query(CaseStore::line)
        .optional();
  }

  /** An investigator's running cases, the least time left first. */
  public List<CaseLine> runningOf(String investigator, int limit) {
    return reads.read(
        db ->
            db.sql(
                    LINE
                        + "where investigator = :who and status = 'INVESTIGATING'"
                        + " order by deadline, case_id limit :limit")
                .param("who", investigator)
                .param("limit", limit)
                .query(CaseStore::line)
                .list());
  }

  /**
   * Cases of units whose code starts with one of the prefixes (a region's code covers its
   * departments), the least time left first; running only unless {@code all}.
   */
  public List<CaseLine> ofUnits(
      List<String> unitPrefixes, String investigator, boolean overdueOnly, Instant now, int limit) {
    StringBuilder sql = new StringBuilder(LINE).append("where status = 'INVESTIGATING' and (");
    for (int i = 0; i < unitPrefixes.size(); i++) {
      sql.append(i == 0 ? "" : " or ").append("unit like :p").append(i);
    }
    sql.append(")");
    if (investigator != null) {
      sql.append(" and investigator = :who");
    }
    if (overdueOnly) {
      sql.append(" and deadline <= :now");
    }
    sql.append(" order by deadline, case_id limit :limit");
    return reads.read(
        db -> {
          JdbcClient.StatementSpec spec = db.sql(sql.toString());
          for (int i = 0; i < unitPrefixes.size(); i++) {
            spec = spec.param("p" + i, unitPrefixes.get(i) + "%");
          }
          if (investigator != null) {
            spec = spec.param("who", investigator);
          }
          if (overdueOnly) {
            spec = spec.param("now", Timestamp.from(now));
          }
          return spec.param("limit", limit).query(CaseStore::line).list();
        });
  }

  /** Running cases whose three-quarter mark passed and whose deadline was not alerted yet. */
  public List<CaseLine> dueForAlert(Instant now, int limit) {
    return jdbc.sql(
            LINE
                + "where status = 'INVESTIGATING' and alerted_for is distinct from deadline"
                + " and alert_at <= :now and deadline > :now order by alert_at limit :limit")
        .param("now", Timestamp.from(now))
        .param("limit", limit)
        .query(CaseStore::line)
        .list();
  }

  /** Running cases whose deadline passed without its expiry being recorded. */
  public List<CaseLine> dueForExpiry(Instant now, int limit) {
    return jdbc.sql(
            LINE
                + "where status = 'INVESTIGATING' and expired_for is distinct from deadline"
                + " and deadline <= :now order by deadline limit :limit")
        .param("now", Timestamp.from(now))
        .param("limit", limit)
        .query(CaseStore::line)
        .list();
  }

  /** Marks a deadline alerted or expired; false if it was marked already (another pass did it). */
  public boolean mark(UUID caseId, Instant deadline, String stage, Instant at) {
    return jdbc.sql(
                "insert into criminal_case_term_marks (case_id, deadline, stage, at)"
                    + " values (:case, :deadline, :stage, :at) on conflict do nothing")
            .param("case", caseId)
            .param("deadline", Timestamp.from(deadline))
            .param("stage", stage)
            .param("at", Timestamp.from(at))
            .update()
        == 1;
  }

  private static StoredCase storedCase(ResultSet rs, int row) throws SQLException {
    return new StoredCase(
        rs.getObject("id", UUID.class),
        rs.getString("erdr_number"),
        rs.getObject("report_id", UUID.class),
        rs.getString("unit"),
        instant(rs, "opened_at"),
        rs.getString("opened_by"),
        rs.getObject("severed_from", UUID.class));
  }

  private static CaseLine line(ResultSet rs, int row) throws SQLException {
    return new CaseLine(
        rs.getObject("case_id", UUID.class),
        rs.getString("erdr_number"),
        rs.getString("unit"),
        rs.getString("status"),
        instant(rs, "since"),
        rs.getString("investigator"),
        rs.getString("article_code"),
        rs.getString("gravity"),
        rs.getString("form"),
        instant(rs, "opened_at"),
        instant(rs, "deadline"));
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
