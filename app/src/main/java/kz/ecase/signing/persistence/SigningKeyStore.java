package kz.ecase.signing.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import kz.ecase.signing.domain.PinAttempts;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Users' current signing keys (PKCS#12 under their PIN) and their wrong-PIN counts. */
@Repository
public class SigningKeyStore {

  /** A user's key as stored. */
  public record StoredKey(String username, String serial, byte[] pkcs12, PinAttempts attempts) {}

  private static final RowMapper<StoredKey> KEY =
      (rs, n) -> {
        Timestamp lockedAt = rs.getTimestamp("locked_at");
        return new StoredKey(
            rs.getString("username"),
            rs.getString("serial"),
            rs.getBytes("pkcs12"),
            new PinAttempts(rs.getInt("failures"), lockedAt == null ? null : lockedAt.toInstant()));
      };

  private final JdbcClient jdbc;

  SigningKeyStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<StoredKey> find(String username) {
    return jdbc.sql(
            "select username, serial, pkcs12, failures, locked_at from signing_keys"
                + " where username = :username")
        .param("username", username)
        .query(KEY)
        .optional();
  }

  /** Reads the key under a row lock, so that parallel wrong PINs count one by one. */
  public Optional<StoredKey> lockAndFind(String username) {
    return jdbc.sql(
            "select username, serial, pkcs12, failures, locked_at from signing_keys"
                + " where username = :username for update")
        .param("username", username)
        .query(KEY)
        .optional();
  }

  public void add(String username, String serial, byte[] pkcs12, Instant now) {
    jdbc.sql(
            """
            insert into signing_keys (username, serial, pkcs12, failures, updated_at)
            values (:username, :serial, :pkcs12, 0, :now)
            """)
        .param("username", username)
        .param("serial", serial)
        .param("pkcs12", pkcs12)
        .param("now", Timestamp.from(now))
        .update();
  }

  public void replacePkcs12(String username, byte[] pkcs12, Instant now) {
    jdbc.sql(
            "update signing_keys set pkcs12 = :pkcs12, failures = 0, updated_at = :now"
                + " where username = :username")
        .param("username", username)
        .param("pkcs12", pkcs12)
        .param("now", Timestamp.from(now))
        .update();
  }

  public void saveAttempts(String username, PinAttempts attempts, Instant now) {
    jdbc.sql(
            "update signing_keys set failures = :failures, locked_at = :lockedAt,"
                + " updated_at = :now where username = :username")
        .param("username", username)
        .param("failures", attempts.failures())
        .param("lockedAt", attempts.lockedAt() == null ? null : Timestamp.from(attempts.lockedAt()))
        .param("now", Timestamp.from(now))
        .update();
  }

  public void remove(String username) {
    jdbc.sql("delete from signing_keys where username = :username")
        .param("username", username)
        .update();
  }
}
