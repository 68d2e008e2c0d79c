package kz.ecase.identity.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import kz.ecase.identity.domain.LoginThrottle;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Failed-login counters, read under a row lock so that parallel attempts count one by one. */
@Repository
public class LoginThrottleStore {

  private static final RowMapper<LoginThrottle> THROTTLE =
      (rs, n) -> {
        Timestamp lockedUntil = rs.getTimestamp("locked_until");
        return new LoginThrottle(
            rs.getInt("failures"), lockedUntil == null ? null : lockedUntil.toInstant());
      };

  private final JdbcClient jdbc;

  LoginThrottleStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Reads the counter for update; call inside a transaction. */
  public LoginThrottle lockAndLoad(String usernameKey, Instant now) {
    jdbc.sql(
            """
            insert into login_throttle (username_key, failures, updated_at)
            values (:key, 0, :now) on conflict (username_key) do nothing
            """)
        .param("key", usernameKey)
        .param("now", Timestamp.from(now))
        .update();
    return jdbc.sql(
            "select failures, locked_until from login_throttle where username_key = :key for update")
        .param("key", usernameKey)
        .query(THROTTLE)
        .single();
  }

  public LoginThrottle load(String usernameKey) {
    return jdbc.sql("select failures, locked_until from login_throttle where username_key = :key")
        .param("key", usernameKey)
        .query(THROTTLE)
        .optional()
        .orElse(LoginThrottle.CLEAR);
  }

  public void save(String usernameKey, LoginThrottle throttle, Instant now) {
    jdbc.sql(
            """
            update login_throttle set failures = :failures, locked_until = :lockedUntil,
                   updated_at = :now where username_key = :key
            """)
        .param("key", usernameKey)
        .param("failures", throttle.failures())
        .param(
            "lockedUntil",
            throttle.lockedUntil() == null ? null : Timestamp.from(throttle.lockedUntil()))
        .param("now", Timestamp.from(now))
        .update();
  }

  public void clear(String usernameKey) {
    jdbc.sql("delete from login_throttle where username_key = :key")
        .param("key", usernameKey)
        .update();
  }
}
