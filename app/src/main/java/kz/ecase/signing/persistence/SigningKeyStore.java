package kz.ecase.signing.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import kz.ecase.signing.domain.PinAttempts;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Users' current signing keys and their wrong-PIN counts. A key is held wrapped under a
 * key-encryption key with a verifier of its PIN, or, until its PIN first opens it, in the PKCS#12
 * under the PIN that earlier versions wrote.
 */
@Repository
public class SigningKeyStore {

  /** A key wrapped under the KEK {@code kekId}, its PIN's verifier and certificate chain (PEM). */
  public record Wrapped(String kekId, byte[] key, byte[] pinVerifier, byte[] chain) {}

  /**
   * A user's key as stored: {@code wrapped}, or (written before keys were wrapped) {@code pkcs12}.
   */
  public record StoredKey(
      String username, String serial, Wrapped wrapped, byte[] pkcs12, PinAttempts attempts) {

    public boolean isWrapped() {
      return wrapped != null;
    }
  }

  private static final String COLUMNS =
      "username, serial, wrapped_key, kek_id, pin_verifier, chain, pkcs12, failures, locked_at";

  private static final RowMapper<StoredKey> KEY =
      (rs, n) -> {
        Timestamp lockedAt = rs.getTimestamp("locked_at");
        byte[] wrappedKey = rs.getBytes("wrapped_key");
        return new StoredKey(
            rs.getString("username"),
            rs.getString("serial"),
            wrappedKey == null
                ? null
                : new Wrapped(
                    rs.getString("kek_id"),
                    wrappedKey,
                    rs.getBytes("pin_verifier"),
                    rs.getBytes("chain")),
            rs.getBytes("pkcs12"),
            new PinAttempts(rs.getInt("failures"), lockedAt == null ? null : lockedAt.toInstant()));
      };

  /** The advisory locks' class of PIN checks (two-key form: apart from the one-key locks). */
  private static final int PIN_CHECKS = 0x50494e00;

  private final JdbcClient jdbc;

  SigningKeyStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<StoredKey> find(String username) {
    return jdbc.sql("select " + COLUMNS + " from signing_keys where username = :username")
        .param("username", username)
        .query(KEY)
        .optional();
  }

  /**
   * Makes the PIN checks of the user's key take turns, in every instance, until the caller's
   * transaction ends: a transaction-scoped advisory lock on the user's name. Unlike a row lock it
   * is held in memory only and writes no WAL record, so a check that only reads (the right PIN, no
   * wrong ones to clear) commits without a write; and unlike an unlocked read it lets no check see
   * the count before the check ahead of it has counted its wrong PIN. Read the key after it.
   */
  public void takeTurn(String username) {
    jdbc.sql("select pg_advisory_xact_lock(:checks, hashtext(:username))")
        .param("checks", PIN_CHECKS)
        .param("username", username)
        .query()
        .singleRow();
  }

  public void add(String username, String serial, Wrapped wrapped, Instant now) {
    jdbc.sql(
            """
            insert into signing_keys
              (username, serial, wrapped_key, kek_id, pin_verifier, chain, failures, updated_at)
            values (:username, :serial, :key, :kekId, :verifier, :chain, 0, :now)
            """)
        .param("username", username)
        .param("serial", serial)
        .param("key", wrapped.key())
        .param("kekId", wrapped.kekId())
        .param("verifier", wrapped.pinVerifier())
        .param("chain", wrapped.chain())
        .param("now", Timestamp.from(now))
        .update();
  }

  /**
   * Writes the user's key wrapped (a new PIN, a key under a previous KEK, or a PKCS#12 converted)
   * and clears any PKCS#12 and the count of wrong PINs.
   */
  public void replace(String username, Wrapped wrapped, Instant now) {
    jdbc.sql(
            """
            update signing_keys set wrapped_key = :key, kek_id = :kekId, pin_verifier = :verifier,
              chain = :chain, pkcs12 = null, failures = 0, updated_at = :now
            where username = :username
            """)
        .param("username", username)
        .param("key", wrapped.key())
        .param("kekId", wrapped.kekId())
        .param("verifier", wrapped.pinVerifier())
        .param("chain", wrapped.chain())
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
