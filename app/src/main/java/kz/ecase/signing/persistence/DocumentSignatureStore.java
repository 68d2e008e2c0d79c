package kz.ecase.signing.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The versions of each document's signature: each co-signature adds one. Insert only. */
@Repository
public class DocumentSignatureStore {

  /**
   * One version of a document's signature.
   *
   * @param ledgerRecord the key of the record whose ledger entry carries this signing act, null
   *     when the act has an entry of its own ({@code document/<sha256>})
   */
  public record StoredSignature(
      String documentSha256,
      int version,
      byte[] cms,
      String cmsSha256,
      Instant createdAt,
      String ledgerRecord) {}

  private final JdbcClient jdbc;

  DocumentSignatureStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<StoredSignature> latest(String documentSha256) {
    return jdbc.sql(
            """
            select document_sha256, version, cms, cms_sha256, created_at, ledger_record
            from document_signatures
            where document_sha256 = :sha256 order by version desc limit 1
            """)
        .param("sha256", documentSha256)
        .query(
            (rs, n) ->
                new StoredSignature(
                    rs.getString("document_sha256"),
                    rs.getInt("version"),
                    rs.getBytes("cms"),
                    rs.getString("cms_sha256"),
                    rs.getTimestamp("created_at").toInstant(),
                    rs.getString("ledger_record")))
        .optional();
  }

  /**
   * Adds a version; a concurrent signer of the same version makes the primary key refuse it (the
   * caller's transaction rolls back, and they sign again).
   */
  public void add(StoredSignature signature, String signer, String signerSerial) {
    jdbc.sql(
            """
            insert into document_signatures
                (document_sha256, version, cms, cms_sha256, signer, signer_serial, created_at,
                 ledger_record)
            values (:document, :version, :cms, :cmsSha256, :signer, :serial, :createdAt,
                    :ledgerRecord)
            """)
        .param("document", signature.documentSha256())
        .param("version", signature.version())
        .param("cms", signature.cms())
        .param("cmsSha256", signature.cmsSha256())
        .param("signer", signer)
        .param("serial", signerSerial)
        .param("createdAt", Timestamp.from(signature.createdAt()))
        .param("ledgerRecord", signature.ledgerRecord())
        .update();
  }
}
