package kz.ecase.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreaker.State;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The read replica: its own small connection pool (read-only, a short connection timeout; not a
 * Spring {@code DataSource} bean, so that the health check and the primary's pool know nothing of
 * it: ecase is healthy without its replica), a circuit breaker that sends reads to the primary
 * while the replica is down, failing or too far behind, and the check that measures the lag every
 * {@code lag-check-interval}. Each change of the breaker's state is logged once, with its reason.
 */
@Component
@ConditionalOnExpression("'${ecase.db.replica.url:}' != ''")
class Replica implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(Replica.class);

  private final HikariDataSource pool;
  private final JdbcClient jdbc;
  private final JdbcClient primary;
  private final CircuitBreaker breaker;
  private final Duration maxLag;
  private final Clock clock;
  private final LagHistory history = new LagHistory(3600);
  private volatile long replayed = -1;
  private volatile double lagSeconds = Double.NaN;
  private volatile double lagBytes = Double.NaN;
  private volatile String reason = "";

  Replica(ReplicaProperties settings, JdbcClient primary, MeterRegistry meters, Clock clock) {
    this.primary = primary;
    this.maxLag = settings.maxLag();
    this.clock = clock;
    pool = new HikariDataSource();
    pool.setPoolName("ecase-replica");
    pool.setJdbcUrl(settings.url());
    pool.setUsername(settings.username());
    pool.setPassword(settings.password());
    pool.setMaximumPoolSize(settings.poolSize());
    pool.setMinimumIdle(0);
    pool.setReadOnly(true);
    pool.setConnectionTimeout(settings.connectionTimeout().toMillis());
    pool.setValidationTimeout(Math.min(settings.connectionTimeout().toMillis(), 1000));
    // hikaricp_connections_*{pool="ecase-replica"}
    pool.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(meters));
    jdbc = JdbcClient.create(pool);
    CircuitBreakerRegistry breakers =
        CircuitBreakerRegistry.of(
            CircuitBreakerConfig.custom()
                .slidingWindowSize(10)
                .minimumNumberOfCalls(4)
                .failureRateThreshold(50)
                .waitDurationInOpenState(settings.retryAfter())
                .permittedNumberOfCallsInHalfOpenState(2)
                .recordException(ReplicaReads::replicaTrouble)
                .writableStackTraceEnabled(false)
                .build());
    breaker = breakers.circuitBreaker("db-replica");
    breaker.getEventPublisher().onStateTransition(event -> logged(event.getStateTransition()));
    TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers).bindTo(meters);
    Gauge.builder("ecase.db.replica.lag", this, r -> r.lagSeconds)
        .baseUnit("seconds")
        .description("How far the read replica is behind the primary (NaN: not reachable)")
        .register(meters);
    Gauge.builder("ecase.db.replica.lag.bytes", this, r -> r.lagBytes)
        .baseUnit("bytes")
        .description("WAL the primary wrote that the read replica has not replayed yet")
        .register(meters);
  }

  JdbcClient jdbc() {
    return jdbc;
  }

  CircuitBreaker breaker() {
    return breaker;
  }

  /**
   * Whether the replica has replayed the primary's WAL up to {@code lsn}: asks it when the last
   * check saw it behind; false when it cannot be asked, and false at once while its breaker is open
   * (the replica down or too far behind: asking would wait for the connection timeout on every read
   * of every user with an own write, maybe while holding a primary connection).
   */
  boolean hasReplayed(long lsn) {
    if (replayed < 0 || lsn <= replayed) {
      return true;
    }
    if (open()) {
      return false;
    }
    try {
      replayed = Lsn.parse(replayPosition());
      return replayed < 0 || lsn <= replayed;
    } catch (DataAccessException e) {
      return false;
    }
  }

  /**
   * Measures the lag; sends reads to the primary while it is over the limit or the replica down.
   */
  @Scheduled(fixedDelayString = "${ecase.db.replica.lag-check-interval:1s}")
  void check() {
    long primaryLsn;
    try {
      primaryLsn = OwnWrites.primaryPosition(primary);
    } catch (DataAccessException e) {
      return; // the primary's trouble: nothing to measure against
    }
    try {
      long replayedNow = Lsn.parse(replayPosition());
      Duration lag = history.lag(clock.instant(), primaryLsn, replayedNow);
      replayed = replayedNow;
      lagBytes = replayedNow < 0 ? 0 : Math.max(0, primaryLsn - replayedNow);
      lagSeconds = lag.toMillis() / 1000.0;
      if (lag.compareTo(maxLag) > 0) {
        open("it is " + lag + " behind the primary, over the limit of " + maxLag);
      } else {
        close("it is back, " + lag + " behind the primary");
      }
    } catch (DataAccessException e) {
      lagSeconds = Double.NaN;
      lagBytes = Double.NaN;
      open(
          "it cannot be reached ("
              + NestedExceptionUtils.getMostSpecificCause(e).getMessage()
              + ")");
    }
  }

  /** The breaker lets no read through (opened by failures, or by the lag check). */
  boolean open() {
    State state = breaker.getState();
    return state == State.OPEN || state == State.FORCED_OPEN;
  }

  private String replayPosition() {
    return jdbc.sql("select pg_last_wal_replay_lsn()::text")
        .query(
            rows -> {
              rows.next();
              return rows.getString(1);
            });
  }

  private void open(String why) {
    if (breaker.getState() != State.FORCED_OPEN) {
      reason = why;
      breaker.transitionToForcedOpenState();
    }
  }

  private void close(String why) {
    if (breaker.getState() != State.CLOSED && breaker.getState() != State.DISABLED) {
      reason = why;
      breaker.transitionToClosedState();
    }
  }

  private void logged(CircuitBreaker.StateTransition transition) {
    String why = reason.isEmpty() ? "reads to it failed" : reason;
    reason = "";
    switch (transition.getToState()) {
      case CLOSED -> log.info("Read replica in use again: {}", why);
      case HALF_OPEN -> log.info("Read replica tried again after failures");
      default -> log.warn("Read replica not used, reads go to the primary: {}", why);
    }
  }

  @Override
  public void close() {
    pool.close();
  }
}
