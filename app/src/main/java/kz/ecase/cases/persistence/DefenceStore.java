package kz.ecase.cases.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The defence's requests to be admitted and its motions, insert-only. */
@Repository
public class DefenceStore {

  /** A lawyer's request to be admitted to the case of an ERDR number. */
  public record DefenceRequest(
      UUID id,
      String erdrNumber,
      String lawyer,
      String lawyerIin,
      String clientIin,
      String warrant,
      Instant filedAt) {}

  /** A motion of an admitted defence lawyer, to be answered by its deadline. */
  public record Motion(
      UUID id,
      UUID caseId,
      int seq,
      String filedBy,
      Instant filedAt,
      String text,
      Instant deadline) {}

  private final JdbcClient jdbc;

  DefenceStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void add(DefenceRequest r) {
    jdbc.sql(
            "insert into criminal_case_defence_requests (id, erdr_number, lawyer, lawyer_iin,"
                + " client_iin, warrant, filed_at) values (:id, :number, :lawyer, :lawyerIin,"
                + " :client, :warrant, :at)")
        .param("id", r.id())
        .param("number", r.erdrNumber())
        .param("lawyer", r.lawyer())
        .param("lawyerIin", r.lawyerIin())
        .param("client", r.clientIin())
        .param("warrant", r.warrant())
        .param("at", Timestamp.from(r.filedAt()))
        .update();
  }

  /** The requests naming a case's number, oldest first. */
  public List<DefenceRequest> requests(String erdrNumber) {
    return jdbc.sql(
            "select id, erdr_number, lawyer, lawyer_iin, client_iin, warrant, filed_at from"
                + " criminal_case_defence_requests where erdr_number = :number order by filed_at")
        .param("number", erdrNumber)
        .query(
            (rs, row) ->
                new DefenceRequest(
                    rs.getObject("id", UUID.class),
                    rs.getString("erdr_number"),
                    rs.getString("lawyer"),
                    rs.getString("lawyer_iin"),
                    rs.getString("client_iin"),
                    rs.getString("warrant"),
                    rs.getTimestamp("filed_at").toInstant()))
        .list();
  }

  public void add(Motion m) {
    jdbc.sql(
            "insert into criminal_case_motions (id, case_id, seq, filed_by, filed_at, text,"
                + " deadline) values (:id, :case, :seq, :by, :at, :text, :deadline)")
        .param("id", m.id())
        .param("case", m.caseId())
        .param("seq", m.seq())
        .param("by", m.filedBy())
        .param("at", Timestamp.from(m.filedAt()))
        .param("text", m.text())
        .param("deadline", Timestamp.from(m.deadline()))
        .update();
  }

  /** A case's motions, oldest first. */
  public List<Motion> motions(UUID caseId) {
    return jdbc.sql(
            "select id, case_id, seq, filed_by, filed_at, text, deadline from"
                + " criminal_case_motions where case_id = :id order by filed_at")
        .param("id", caseId)
        .query(
            (rs, row) ->
                new Motion(
                    rs.getObject("id", UUID.class),
                    rs.getObject("case_id", UUID.class),
                    rs.getInt("seq"),
                    rs.getString("filed_by"),
                    rs.getTimestamp("filed_at").toInstant(),
                    rs.getString("text"),
                    rs.getTimestamp("deadline").toInstant()))
        .list();
  }

  /** A motion of a running case whose term ran out unanswered. */
  public record OverdueMotion(
      UUID id,
      UUID caseId,
      String erdrNumber,
      String unit,
      Instant openedAt,
      String investigator,
      Instant deadline) {}

  /**
   * Motions of running cases past their term, neither answered nor marked overdue yet, the oldest
   * term first.
   */
  public List<OverdueMotion> overdue(Instant now, int limit) {
    return jdbc.sql(
            "select m.id, m.case_id, s.erdr_number, s.unit, s.opened_at, s.investigator,"
                + " m.deadline from criminal_case_motions m join criminal_case_state s on"
                + " s.case_id = m.case_id where m.deadline <= :now and s.status = 'INVESTIGATING'"
                + " and not exists (select 1 from criminal_case_motion_overdue o where"
                + " o.motion_id = m.id) and not exists (select 1 from criminal_case_documents d"
                + " where d.answers = m.id) order by m.deadline limit :limit")
        .param("now", Timestamp.from(now))
        .param("limit", limit)
        .query(
            (rs, row) ->
                new OverdueMotion(
                    rs.getObject("id", UUID.class),
                    rs.getObject("case_id", UUID.class),
                    rs.getString("erdr_number"),
                    rs.getString("unit"),
                    rs.getTimestamp("opened_at").toInstant(),
                    rs.getString("investigator"),
                    rs.getTimestamp("deadline").toInstant()))
        .list();
  }

  /** Marks a motion overdue; false when another pass marked it already. */
  public boolean markOverdue(UUID motion, Instant at) {
    return jdbc.sql(
                "insert into criminal_case_motion_overdue (motion_id, at) values (:id, :at) on"
                    + " conflict do nothing")
            .param("id", motion)
            .param("at", Timestamp.from(at))
            .update()
        == 1;
  }

  /** The cases a person (a lawyer's IIN) takes part in as defence lawyer. */
  public List<UUID> casesDefendedBy(String iin) {
    return jdbc.sql(
            "select distinct case_id from criminal_case_participants where iin = :iin and role ="
                + " 'DEFENCE_LAWYER'")
        .param("iin", iin)
        .query(UUID.class)
        .list();
  }
}
