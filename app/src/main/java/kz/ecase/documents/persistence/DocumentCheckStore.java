package kz.ecase.documents.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import kz.ecase.documents.CheckToken;
import kz.ecase.documents.DocumentFacts;
import kz.ecase.documents.IssuedDocument;
import kz.ecase.kernel.UnitCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The public facts of issued documents, by SHA-256 and by check token (inserted with the document
 * itself: {@link DocumentStore#insertIssuedIfAbsent}). Read only.
 */
@Repository
public class DocumentCheckStore {

  private static final String COLUMNS = "sha256, token, kind_kk, kind_ru, number, unit, issued_at";

  private final JdbcClient jdbc;

  DocumentCheckStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<IssuedDocument> bySha256(String sha256) {
    return jdbc.sql("select " + COLUMNS + " from document_checks where sha256 = :sha256")
        .param("sha256", sha256)
        .query(DocumentCheckStore::issued)
        .optional();
  }

  /** The documents a token names: one, unless the same page was issued again with other bytes. */
  public List<IssuedDocument> byToken(CheckToken token) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from document_checks where token = :token order by issued_at, sha256 limit 10")
        .param("token", token.value())
        .query(DocumentCheckStore::issued)
        .list();
  }

  private static IssuedDocument issued(ResultSet rs, int n) throws SQLException {
    return new IssuedDocument(
        rs.getString("sha256"),
        new CheckToken(rs.getString("token")),
        new DocumentFacts(rs.getString("kind_kk"), rs.getString("kind_ru"), rs.getString("number")),
        UnitCode.of(rs.getString("unit")),
        rs.getTimestamp("issued_at").toInstant());
  }
}
