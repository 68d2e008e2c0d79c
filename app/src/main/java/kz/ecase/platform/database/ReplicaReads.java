package kz.ecase.platform.database;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reads that may be served by the read replica ({@code ECASE_DB_REPLICA_URL}): a query class passes
 * its query as a function of a {@link JdbcClient}, and gets the replica's client, or the primary's
 * when
 *
 * <ul>
 *   <li>no replica is configured;
 *   <li>a read-write transaction is open (its own writes, and its locks, are on the primary);
 *   <li>the current user committed a write the replica has not replayed yet ({@link OwnWrites}):
 *       the page after one's own registration shows it;
 *   <li>the replica is down, failing, or further behind than {@code ECASE_DB_REPLICA_MAX_LAG} (its
 *       circuit breaker is open);
 *   <li>the query failed on the replica for want of it (connection lost, cancelled by a conflict
 *       with recovery): it is run again on the primary, so the caller never sees the replica fail.
 * </ul>
 *
 * <p>Only reads whose answer may be a moment old belong here: lists, search, statistics, proofs.
 * Everything else keeps using the primary's {@code JdbcClient} as before; nothing is routed behind
 * a query class's back. Each read is counted in {@code ecase.db.reads{server, route}}.
 */
@Component
public class ReplicaReads {

  /**
   * The name of the transactions in which Spring Session reads and writes a web session: they are
   * not the user's own writes (every signed-in request updates its session), so reads after them
   * may still go to the replica.
   */
  public static final String SESSION_TRANSACTION = "spring-session";

  /** Why a read went where it went. */
  enum Route {
    REPLICA("replica"),
    NO_REPLICA("primary"),
    TRANSACTION("primary"),
    OWN_WRITE("primary"),
    REPLICA_UNAVAILABLE("primary"),
    REPLICA_FAILED("primary"),
    NOT_REPLICATED_YET("primary");

    final String server;

    Route(String server) {
      this.server = server;
    }
  }

  private final JdbcClient primary;
  private final Replica replica;
  private final OwnWrites ownWrites;
  private final Map<Route, Counter> counted = new EnumMap<>(Route.class);

  ReplicaReads(
      JdbcClient primary,
      ObjectProvider<Replica> replica,
      ObjectProvider<OwnWrites> ownWrites,
      MeterRegistry meters) {
    this.primary = primary;
    this.replica = replica.getIfAvailable();
    this.ownWrites = ownWrites.getIfAvailable();
    for (Route route : Route.values()) {
      counted.put(
          route,
          Counter.builder("ecase.db.reads")
              .description("Reads that may use the read replica, by the server that answered")
              .tag("server", route.server)
              .tag("route", route.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
              .register(meters));
    }
  }

  /** The query's answer, from the replica when it may serve it, else from the primary. */
  public <T> T read(Function<JdbcClient, T> query) {
    return serve(query).answer();
  }

  /**
   * Like {@link #read}, for questions about data the replica may not have yet (a proof for a tree
   * size just signed, a record just registered by someone else): when the replica answers empty,
   * the primary is asked, and its answer is final.
   */
  public <T> Optional<T> readIfReplicated(Function<JdbcClient, Optional<T>> query) {
    Served<Optional<T>> served = serve(query);
    if (served.answer().isPresent() || served.route() != Route.REPLICA) {
      return served.answer();
    }
    return onPrimary(Route.NOT_REPLICATED_YET, query).answer();
  }

  private record Served<T>(T answer, Route route) {}

  private <T> Served<T> serve(Function<JdbcClient, T> query) {
    Route route = route();
    if (route != Route.REPLICA) {
      return onPrimary(route, query);
    }
    if (!replica.breaker().tryAcquirePermission()) {
      return onPrimary(Route.REPLICA_UNAVAILABLE, query);
    }
    long start = System.nanoTime();
    T answer;
    try {
      answer = query.apply(replica.jdbc());
    } catch (RuntimeException e) {
      replica.breaker().onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, e);
      if (replicaTrouble(e)) {
        return onPrimary(Route.REPLICA_FAILED, query);
      }
      throw e;
    }
    replica.breaker().onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
    counted.get(Route.REPLICA).increment();
    return new Served<>(answer, Route.REPLICA);
  }

  /** Whether a replica is configured at all. */
  public boolean replicaConfigured() {
    return replica != null;
  }

  private Route route() {
    if (replica == null) {
      return Route.NO_REPLICA;
    }
    if (TransactionSynchronizationManager.isActualTransactionActive()
        && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
      return Route.TRANSACTION;
    }
    long written = ownWrites.lastWriteOfCurrentUser();
    if (written >= 0) {
      if (!replica.hasReplayed(written)) {
        return Route.OWN_WRITE;
      }
      ownWrites.forgetCurrentUser(written);
    }
    return Route.REPLICA;
  }

  private <T> Served<T> onPrimary(Route route, Function<JdbcClient, T> query) {
    T answer = query.apply(primary);
    counted.get(route).increment();
    return new Served<>(answer, route);
  }

  /** Failures for want of the replica (not of the query): the primary is asked instead. */
  static boolean replicaTrouble(Throwable e) {
    return e instanceof DataAccessResourceFailureException
        || e instanceof TransientDataAccessException
        || e instanceof RecoverableDataAccessException;
  }
}
