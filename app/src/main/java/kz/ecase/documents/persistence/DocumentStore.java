package kz.ecase.documents.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import kz.ecase.documents.IssuedDocument;
import kz.ecase.documents.StoredDocument;
import kz.ecase.identity.RecordScope;
import kz.ecase.kernel.Iin;
import kz.ecase.kernel.UnitCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The documents table: insert and read, nothing else (the app role may do nothing else). */
@Repository
public class DocumentStore {

  private final JdbcClient jdbc;

  DocumentStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Inserts the document unless one with its SHA-256 is stored; returns 1 if inserted, else 0. */
  public int insertIfAbsent(
      String sha256, String mediaType, byte[] bytes, RecordScope scope, Instant now) {
    return jdbc.sql(
            """
            insert into documents (sha256, media_type, bytes, unit, subject, created_at)
            values (:sha256, :mediaType, :bytes, :unit, :subject, :now)
            on conflict (sha256) do nothing
            """)
        .param("sha256", sha256)
        .param("mediaType", mediaType)
        .param("bytes", bytes)
        .param("unit", scope.unit().value())
        .param("subject", scope.subject() == null ? null : scope.subject().value())
        .param("now", Timestamp.from(now))
        .update();
  }

  /**
   * Inserts an issued document with the facts its check shows, in one statement (one round trip of
   * the issuing transaction instead of two); each row is kept as it was when one with the same
   * SHA-256 is stored already. Returns 1 if the document was inserted, else 0.
   */
  public int insertIssuedIfAbsent(
      String mediaType, byte[] bytes, RecordScope scope, Instant now, IssuedDocument issued) {
    return jdbc.sql(
            """
            with checked as (
              insert into document_checks (sha256, token, kind_kk, kind_ru, number, unit, issued_at)
              values (:sha256, :token, :kindKk, :kindRu, :number, :checkUnit, :issuedAt)
              on conflict (sha256) do nothing)
            insert into documents (sha256, media_type, bytes, unit, subject, created_at)
            values (:sha256, :mediaType, :bytes, :unit, :subject, :now)
            on conflict (sha256) do nothing
            """)
        .param("sha256", issued.sha256())
        .param("token", issued.token().value())
        .param("kindKk", issued.facts().kindKk())
        .param("kindRu", issued.facts().kindRu())
        .param("number", issued.facts().number())
        .param("checkUnit", issued.unit().value())
        .param("issuedAt", Timestamp.from(issued.issuedAt()))
        .param("mediaType", mediaType)
        .param("bytes", bytes)
        .param("unit", scope.unit().value())
        .param("subject", scope.subject() == null ? null : scope.subject().value())
        .param("now", Timestamp.from(now))
        .update();
  }

  public Optional<StoredDocument> find(String sha256) {
    return jdbc.sql(
            """
            select sha256, media_type, bytes, unit, subject, created_at
            from documents where sha256 = :sha256
            """)
        .param("sha256", sha256)
        .query(
            (rs, n) ->
                new StoredDocument(
                    rs.getString("sha256"),
                    rs.getString("media_type"),
                    rs.getBytes("bytes"),
                    new RecordScope(
                        UnitCode.of(rs.getString("unit")),
                        rs.getString("subject") == null ? null : Iin.of(rs.getString("subject"))),
                    rs.getTimestamp("created_at").toInstant()))
        .optional();
  }
}
