package kz.ecase.cases.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The procedural documents of criminal cases (every version kept), their media files and the
 * approvers' decisions, insert-only; the approvers' queue reads the projection the database keeps.
 */
@Repository
public class CaseDocumentStore {

  /** A signed document as stored, with its approver's decision if there is one. */
  public record CaseDocument(
      UUID id,
      UUID caseId,
      int seq,
      String kind,
      int version,
      UUID replaces,
      UUID participantId,
      String articleCode,
      String form,
      String period,
      boolean admits,
      String text,
      String language,
      String author,
      Instant signedAt,
      String sha256,
      String signatureSha256,
      String approverRole,
      Decision decision,
      boolean superseded,
      UUID answers,
      Boolean granted,
      Instant appearAt,
      String place,
      String otherCase) {

    /** Whether it is in force: signed and needing no approval, or approved; not corrected. */
    public boolean inEffect() {
      return !superseded && (approverRole == null || (decision != null && decision.approved()));
    }

    /** Whether it waits for its approver. */
    public boolean waiting() {
      return !superseded && approverRole != null && decision == null;
    }

    /** Whether its approver returned it and it has not been corrected yet. */
    public boolean returned() {
      return !superseded && decision != null && !decision.approved();
    }
  }

  /** An approver's decision on a document. */
  public record Decision(
      String decision,
      String decidedBy,
      Instant decidedAt,
      String remarks,
      String signatureSha256) {
    public boolean approved() {
      return "APPROVED".equals(decision);
    }
  }

  /** A media file a protocol carries. */
  public record Media(UUID documentId, String name, String sha256, String mediaType) {}

  /** A document waiting for its approver, with its PDF's SHA-256 and its author's text. */
  public record Waiting(
      UUID documentId,
      UUID caseId,
      String erdrNumber,
      String unit,
      String kind,
      String approverRole,
      Instant since,
      String author,
      String sha256,
      String text) {}

  private static final String SELECT =
      "select d.id, d.case_id, d.seq, d.kind, d.version, d.replaces, d.participant_id,"
          + " d.article_code, d.form, d.period, d.admits, d.text, d.language, d.author,"
          + " d.signed_at, d.sha256, d.signature_sha256, d.approver_role, d.answers, d.granted,"
          + " d.appear_at, d.place, d.other_case,"
          + " x.decision,"
          + " x.decided_by, x.decided_at, x.remarks, x.signature_sha256 as decision_signature,"
          + " exists (select 1 from criminal_case_documents n where n.replaces = d.id) as"
          + " superseded from criminal_case_documents d left join"
          + " criminal_case_document_decisions x on x.document_id = d.id ";

  private final JdbcClient jdbc;

  CaseDocumentStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void add(CaseDocument d, List<Media> media) {
    jdbc.sql(
            "insert into criminal_case_documents (id, case_id, seq, kind, version, replaces,"
                + " participant_id, article_code, form, period, admits, text, language, author,"
                + " signed_at, sha256, signature_sha256, approver_role, answers, granted, appear_at, place,"
                + " other_case)"
                + " values"
                + " (:id, :case, :seq, :kind, :version, :replaces, :participant, :article, :form,"
                + " :period, :admits, :text, :language, :author, :at, :sha, :signature, :approver,"
                + " :answers, :granted, :appearAt, :place, :otherCase)")
        .param("id", d.id())
        .param("case", d.caseId())
        .param("seq", d.seq())
        .param("kind", d.kind())
        .param("version", d.version())
        .param("replaces", d.replaces())
        .param("participant", d.participantId())
        .param("article", d.articleCode())
        .param("form", d.form())
        .param("period", d.period())
        .param("admits", d.admits())
        .param("text", d.text())
        .param("language", d.language())
        .param("author", d.author())
        .param("at", Timestamp.from(d.signedAt()))
        .param("sha", d.sha256())
        .param("signature", d.signatureSha256())
        .param("approver", d.approverRole())
        .param("answers", d.answers())
        .param("granted", d.granted())
        .param("appearAt", d.appearAt() == null ? null : Timestamp.from(d.appearAt()))
        .param("place", d.place())
        .param("otherCase", d.otherCase())
        .update();
    for (Media m : media) {
      jdbc.sql(
              "insert into criminal_case_document_media (document_id, name, sha256, media_type)"
                  + " values (:id, :name, :sha, :type)")
          .param("id", d.id())
          .param("name", m.name())
          .param("sha", m.sha256())
          .param("type", m.mediaType())
          .update();
    }
  }

  public void decide(UUID documentId, UUID caseId, int seq, Decision decision) {
    jdbc.sql(
            "insert into criminal_case_document_decisions (document_id, case_id, seq, decision,"
                + " decided_by, decided_at, remarks, signature_sha256) values (:id, :case, :seq,"
                + " :decision, :by, :at, :remarks, :signature)")
        .param("id", documentId)
        .param("case", caseId)
        .param("seq", seq)
        .param("decision", decision.decision())
        .param("by", decision.decidedBy())
        .param("at", Timestamp.from(decision.decidedAt()))
        .param("remarks", decision.remarks())
        .param("signature", decision.signatureSha256())
        .update();
  }

  public Optional<CaseDocument> find(UUID id) {
    return jdbc.sql(SELECT + "where d.id = :id")
        .param("id", id)
        .query(CaseDocumentStore::document)
        .optional();
  }

  /** A case's documents, every version, in the order they were signed. */
  public List<CaseDocument> of(UUID caseId) {
    return jdbc.sql(SELECT + "where d.case_id = :id order by d.seq")
        .param("id", caseId)
        .query(CaseDocumentStore::document)
        .list();
  }

  public List<Media> media(UUID caseId) {
    return jdbc.sql(
            "select m.document_id, m.name, m.sha256, m.media_type from"
                + " criminal_case_document_media m join criminal_case_documents d on d.id ="
                + " m.document_id where d.case_id = :id order by d.seq, m.name")
        .param("id", caseId)
        .query(
            (rs, row) ->
                new Media(
                    rs.getObject("document_id", UUID.class),
                    rs.getString("name"),
                    rs.getString("sha256"),
                    rs.getString("media_type")))
        .list();
  }

  /**
   * Documents waiting for an approver of the role in units whose code starts with one of the
   * prefixes, the longest waiting first.
   */
  public List<Waiting> waitingFor(String role, List<String> unitPrefixes, int limit) {
    StringBuilder sql =
        new StringBuilder(
            "select w.document_id, w.case_id, c.erdr_number, w.unit, d.kind, w.approver_role,"
                + " w.since, d.author, d.sha256, d.text from criminal_case_approvals_waiting w join"
                + " criminal_case_documents d on d.id = w.document_id join criminal_cases c on"
                + " c.id = w.case_id where w.approver_role = :role and (");
    for (int i = 0; i < unitPrefixes.size(); i++) {
      sql.append(i == 0 ? "" : " or ").append("w.unit like :p").append(i);
    }
    sql.append(") order by w.since limit :limit");
    JdbcClient.StatementSpec spec = jdbc.sql(sql.toString()).param("role", role);
    for (int i = 0; i < unitPrefixes.size(); i++) {
      spec = spec.param("p" + i, unitPrefixes.get(i) + "%");
    }
    return spec.param("limit", limit)
        .query(
            (rs, row) ->
                new Waiting(
                    rs.getObject("document_id", UUID.class),
                    rs.getObject("case_id", UUID.class),
                    rs.getString("erdr_number"),
                    rs.getString("unit"),
                    rs.getString("kind"),
                    rs.getString("approver_role"),
                    rs.getTimestamp("since").toInstant(),
                    rs.getString("author"),
                    rs.getString("sha256"),
                    rs.getString("text")))
        .list();
  }

  private static CaseDocument document(ResultSet rs, int row) throws SQLException {
    String decision = rs.getString("decision");
    return new CaseDocument(
        rs.getObject("id", UUID.class),
        rs.getObject("case_id", UUID.class),
        rs.getInt("seq"),
        rs.getString("kind"),
        rs.getInt("version"),
        rs.getObject("replaces", UUID.class),
        rs.getObject("participant_id", UUID.class),
        rs.getString("article_code"),
        rs.getString("form"),
        rs.getString("period"),
        rs.getBoolean("admits"),
        rs.getString("text"),
        rs.getString("language"),
        rs.getString("author"),
        rs.getTimestamp("signed_at").toInstant(),
        rs.getString("sha256"),
        rs.getString("signature_sha256"),
        rs.getString("approver_role"),
        decision == null
            ? null
            : new Decision(
                decision,
                rs.getString("decided_by"),
                CaseStore.instant(rs, "decided_at"),
                rs.getString("remarks"),
                rs.getString("decision_signature")),
        rs.getBoolean("superseded"),
        rs.getObject("answers", UUID.class),
        (Boolean) rs.getObject("granted"),
        CaseStore.instant(rs, "appear_at"),
        rs.getString("place"),
        rs.getString("other_case"));
  }
}
