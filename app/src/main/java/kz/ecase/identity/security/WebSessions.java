package kz.ecase.identity.security;

import kz.ecase.platform.database.ReplicaReads;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The web UI's sessions live in PostgreSQL (Spring Session JDBC, tables {@code spring_session} and
 * {@code spring_session_attributes} of the identity migrations), so that any node behind the load
 * balancer serves a signed-in user and a session outlives the node that created it
 * (docs/scaling.md, Running N nodes). What a session holds: the signed-in account (its security
 * context), the CSRF token (Spring Security's session repository: a token issued by one node is
 * accepted by another), the request saved before sign-in. Timeout and cookie as configured under
 * {@code server.servlet.session}; the expired sessions are deleted every minute by each node (one
 * {@code delete ... where expiry_time < now}: harmless when two nodes run it at once).
 *
 * <p>Spring Session's reads and writes run in transactions of their own, named {@link
 * ReplicaReads#SESSION_TRANSACTION} so that {@code platform/database/OwnWrites} does not take a
 * session's last-access update for the user's own write (which would send all their reads to the
 * primary).
 *
 * <p>A session's last access is written at most once a minute ({@link #LAST_ACCESS_PRECISION_MS}):
 * Spring Session updates the session's row on every request that reads the session, and that update
 * is a commit of its own, one WAL flush per page (and per health check from a browser), for a time
 * that only serves the 30-minute timeout. Its update statement writes the row only when something
 * else changed (the session's id, timeout or principal: a sign-in) or the last access written is a
 * minute old or more; otherwise it matches no row, so its transaction writes no WAL and commits
 * without a flush. A session therefore expires between 29 and 30 minutes after its last request,
 * never later. The attributes (security context, CSRF token) are written as before.
 */
@Configuration(proxyBeanMethods = false)
class WebSessions {

  /** How old the last access written may get before a request writes it again. */
  static final long LAST_ACCESS_PRECISION_MS = 60_000;

  /**
   * Spring Session's own update, with its parameters in the same order (session id, last access,
   * timeout, expiry, principal, primary id), as a no-op when only the last access moved by less
   * than {@link #LAST_ACCESS_PRECISION_MS}.
   */
  static final String UPDATE_SESSION_QUERY =
      """
      update %TABLE_NAME% s set session_id = v.session_id, last_access_time = v.last_access_time,
        max_inactive_interval = v.max_inactive_interval, expiry_time = v.expiry_time,
        principal_name = v.principal_name
      from (select cast(? as char(36)) as session_id, cast(? as bigint) as last_access_time,
        cast(? as int) as max_inactive_interval, cast(? as bigint) as expiry_time,
        cast(? as varchar(100)) as principal_name) v
      where s.primary_id = ?
        and (s.session_id <> v.session_id
          or s.max_inactive_interval <> v.max_inactive_interval
          or s.principal_name is distinct from v.principal_name
          or v.last_access_time - s.last_access_time >= PRECISION)
      """
          .replace("PRECISION", Long.toString(LAST_ACCESS_PRECISION_MS));

  @Bean
  SessionRepositoryCustomizer<JdbcIndexedSessionRepository> lastAccessWrittenOnceAMinute() {
    return repository -> repository.setUpdateSessionQuery(UPDATE_SESSION_QUERY);
  }

  /**
   * Found by Spring Session by its bean name; not a default candidate, so that everything else that
   * asks for a {@code TransactionTemplate} keeps Spring Boot's.
   */
  @Bean(defaultCandidate = false)
  TransactionOperations springSessionTransactionOperations(
      PlatformTransactionManager transactions) {
    TransactionTemplate template = new TransactionTemplate(transactions);
    template.setName(ReplicaReads.SESSION_TRANSACTION);
    template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    return template;
  }
}
