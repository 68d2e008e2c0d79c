package kz.ecase.platform.database;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Read-your-own-writes: after a user's read-write transaction commits, the primary's WAL position
 * is noted for that user (one {@code select pg_current_wal_lsn()}, only with a replica configured);
 * until the replica has replayed up to it, that user's reads go to the primary. So the list after a
 * registration shows it, while everybody else's lists stay on the replica. Registered with the
 * transaction manager by Spring Boot (every {@link TransactionExecutionListener} bean is). The web
 * session's own transactions ({@link ReplicaReads#SESSION_TRANSACTION}: a signed-in request updates
 * its session's last access time) are not the user's writes. Kept in this node's memory: with
 * several nodes, a user's next request must reach the same node (a session-affine load balancer)
 * for the guarantee to hold; docs/scaling.md.
 */
@Component
@ConditionalOnExpression("'${ecase.db.replica.url:}' != ''")
class OwnWrites implements TransactionExecutionListener {

  private final JdbcClient primary;
  private final Cache<String, Long> written =
      Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(10)).maximumSize(100_000).build();

  OwnWrites(JdbcClient primary) {
    this.primary = primary;
  }

  @Override
  public void afterCommit(TransactionExecution transaction, Throwable failure) {
    if (failure != null
        || transaction.isReadOnly()
        || !transaction.isNewTransaction()
        || ReplicaReads.SESSION_TRANSACTION.equals(transaction.getTransactionName())) {
      return;
    }
    String user = currentUser();
    if (user == null) {
      return;
    }
    try {
      long position = primaryPosition(primary);
      written.asMap().merge(user, position, Math::max);
    } catch (DataAccessException e) {
      // no position: keep the user's reads on the primary for the marker's lifetime
      written.put(user, Long.MAX_VALUE);
    }
  }

  /**
   * Where in the primary's WAL the current user's last write ended, or -1 when they wrote nothing
   * (lately).
   */
  long lastWriteOfCurrentUser() {
    String user = currentUser();
    Long position = user == null ? null : written.getIfPresent(user);
    return position == null ? -1 : position;
  }

  /** The replica has replayed the current user's writes: no need to ask again. */
  void forgetCurrentUser(long position) {
    String user = currentUser();
    if (user != null) {
      written.asMap().remove(user, position);
    }
  }

  static long primaryPosition(JdbcClient primary) {
    return Lsn.parse(primary.sql("select pg_current_wal_lsn()::text").query(String.class).single());
  }

  private static String currentUser() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication == null || !authentication.isAuthenticated()
        ? null
        : authentication.getName();
  }
}
