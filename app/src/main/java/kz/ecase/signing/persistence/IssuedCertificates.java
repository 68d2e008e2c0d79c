package kz.ecase.signing.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every certificate ecase's CA issued, and revocations. Insert only. */
@Repository
public class IssuedCertificates {

  private final JdbcClient jdbc;

  IssuedCertificates(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void add(
      String serial,
      String username,
      String subject,
      byte[] der,
      Instant notBefore,
      Instant notAfter,
      Instant issuedAt) {
    jdbc.sql(
            """
            insert into signing_certificates
                (serial, username, subject, certificate, not_before, not_after, issued_at)
            values (:serial, :username, :subject, :der, :notBefore, :notAfter, :issuedAt)
            """)
        .param("serial", serial)
        .param("username", username)
        .param("subject", subject)
        .param("der", der)
        .param("notBefore", Timestamp.from(notBefore))
        .param("notAfter", Timestamp.from(notAfter))
        .param("issuedAt", Timestamp.from(issuedAt))
        .update();
  }

  public void revoke(String serial, String reason, Instant at) {
    jdbc.sql(
            """
            insert into signing_revocations (serial, reason, revoked_at)
            values (:serial, :reason, :at) on conflict (serial) do nothing
            """)
        .param("serial", serial)
        .param("reason", reason)
        .param("at", Timestamp.from(at))
        .update();
  }

  public Optional<byte[]> certificate(String serial) {
    return jdbc.sql("select certificate from signing_certificates where serial = :serial")
        .param("serial", serial)
        .query(byte[].class)
        .optional();
  }

  public Optional<Instant> revokedAt(String serial) {
    return jdbc.sql("select revoked_at from signing_revocations where serial = :serial")
        .param("serial", serial)
        .query(Timestamp.class)
        .optional()
        .map(Timestamp::toInstant);
  }
}
