package kz.ecase.cases.complaints;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Complaints against the police and the prosecutors' decisions on them, insert-only. */
@Repository
class ComplaintStore {

  private static final String SELECT =
      "select c.id, c.number, c.unit, c.erdr_number, c.document_id, c.complainant_iin,"
          + " c.filed_by, c.filed_by_role, c.filed_at, c.text, c.deadline, d.decision, d.reasons,"
          + " d.decided_by, d.decided_at, d.document_sha256 from police_complaints c left join"
          + " police_complaint_decisions d on d.complaint_id = c.id ";

  private final JdbcClient jdbc;

  ComplaintStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void add(Complaint c, long receipt) {
    jdbc.sql(
            "insert into police_complaints (id, number, unit, erdr_number, document_id,"
                + " complainant_iin, filed_by, filed_by_role, filed_at, text, deadline, receipt)"
                + " values (:id, :number, :unit, :erdr, :document, :iin, :by, :role, :at, :text,"
                + " :deadline, :receipt)")
        .param("id", c.id())
        .param("number", c.number())
        .param("unit", c.unit())
        .param("erdr", c.erdrNumber())
        .param("document", c.documentId())
        .param("iin", c.complainantIin())
        .param("by", c.filedBy())
        .param("role", c.filedByRole())
        .param("at", Timestamp.from(c.filedAt()))
        .param("text", c.text())
        .param("deadline", Timestamp.from(c.deadline()))
        .param("receipt", receipt)
        .update();
  }

  /**
   * Records the decision; false when the complaint was decided already (another prosecutor got
   * there first).
   */
  boolean decide(
      UUID id,
      String decision,
      String reasons,
      String by,
      Instant at,
      String documentSha256,
      String signatureSha256,
      long receipt) {
    return jdbc.sql(
                "insert into police_complaint_decisions (complaint_id, decision, reasons,"
                    + " decided_by, decided_at, document_sha256, signature_sha256, receipt) values"
                    + " (:id, :decision, :reasons, :by, :at, :document, :signature, :receipt) on"
                    + " conflict do nothing")
            .param("id", id)
            .param("decision", decision)
            .param("reasons", reasons)
            .param("by", by)
            .param("at", Timestamp.from(at))
            .param("document", documentSha256)
            .param("signature", signatureSha256)
            .param("receipt", receipt)
            .update()
        == 1;
  }

  Optional<Complaint> find(UUID id) {
    return jdbc.sql(SELECT + "where c.id = :id")
        .param("id", id)
        .query(ComplaintStore::complaint)
        .optional();
  }

  /** Complaints about units under the prefix, undecided first by deadline, then newest. */
  List<Complaint> ofUnits(String unitPrefix, int limit) {
    return jdbc.sql(
            SELECT
                + "where c.unit like :units order by (d.decision is not null), c.deadline,"
                + " c.filed_at desc limit :limit")
        .param("units", unitPrefix + "%")
        .param("limit", limit)
        .query(ComplaintStore::complaint)
        .list();
  }

  /** The complaints about a case that were upheld, oldest first. */
  List<Complaint> upheldIn(String erdrNumber) {
    return jdbc.sql(
            SELECT + "where c.erdr_number = :number and d.decision = 'UPHELD' order by c.filed_at")
        .param("number", erdrNumber)
        .query(ComplaintStore::complaint)
        .list();
  }

  List<Complaint> ofComplainant(String iin, int limit) {
    return jdbc.sql(SELECT + "where c.complainant_iin = :iin order by c.filed_at desc limit :limit")
        .param("iin", iin)
        .param("limit", limit)
        .query(ComplaintStore::complaint)
        .list();
  }

  /** Per unit under the prefix: received, upheld, rejected, waiting, overdue at {@code now}. */
  Map<String, Map<String, Long>> figures(String unitPrefix, Instant now) {
    Map<String, Map<String, Long>> byUnit = new LinkedHashMap<>();
    jdbc.sql(
            "select c.unit, count(*) as received,"
                + " count(*) filter (where d.decision = 'UPHELD') as upheld,"
                + " count(*) filter (where d.decision = 'REJECTED') as rejected,"
                + " count(*) filter (where d.decision is null) as waiting,"
                + " count(*) filter (where d.decision is null and c.deadline < :now) as overdue"
                + " from police_complaints c left join police_complaint_decisions d on"
                + " d.complaint_id = c.id where c.unit like :units group by c.unit order by c.unit")
        .param("units", unitPrefix + "%")
        .param("now", Timestamp.from(now))
        .query(
            rs -> {
              Map<String, Long> f = new LinkedHashMap<>();
              for (String column :
                  List.of("received", "upheld", "rejected", "waiting", "overdue")) {
                f.put(column, rs.getLong(column));
              }
              byUnit.put(rs.getString("unit"), f);
            });
    return byUnit;
  }

  private static Complaint complaint(ResultSet rs, int row) throws SQLException {
    Timestamp decided = rs.getTimestamp("decided_at");
    return new Complaint(
        rs.getObject("id", UUID.class),
        rs.getString("number"),
        rs.getString("unit"),
        rs.getString("erdr_number"),
        rs.getObject("document_id", UUID.class),
        rs.getString("complainant_iin"),
        rs.getString("filed_by"),
        rs.getString("filed_by_role"),
        rs.getTimestamp("filed_at").toInstant(),
        rs.getString("text"),
        rs.getTimestamp("deadline").toInstant(),
        rs.getString("decision"),
        rs.getString("reasons"),
        rs.getString("decided_by"),
        decided == null ? null : decided.toInstant(),
        rs.getString("document_sha256"));
  }
}
