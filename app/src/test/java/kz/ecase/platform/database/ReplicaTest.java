package kz.ecase.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.reflect.Field;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * While the replica's breaker is open, whether it has replayed a user's write is answered at once
 * (no): asking a replica that is down waited for the connection timeout on every read of every user
 * with an own write, holding a primary connection meanwhile, and exhausted the primary's pool.
 */
class ReplicaTest {

  Replica replica;

  @AfterEach
  void closed() {
    if (replica != null) {
      replica.close();
    }
  }

  @Test
  void withItsBreakerOpenTheReplicaIsNotAskedWhetherItHasReplayedAWrite() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    replica =
        new Replica(
            new ReplicaProperties(
                "jdbc:postgresql://127.0.0.1:" + closedPort + "/nothing",
                "nobody",
                "",
                1,
                Duration.ofSeconds(5),
                Duration.ofSeconds(1),
                Duration.ofSeconds(3),
                Duration.ofSeconds(10)),
            mock(JdbcClient.class, RETURNS_DEEP_STUBS),
            new SimpleMeterRegistry(),
            Clock.systemUTC());
    replayedUpTo(Lsn.parse("0/1000"));
    assertThat(replica.hasReplayed(Lsn.parse("0/0800"))).as("replayed already").isTrue();

    replica.breaker().transitionToForcedOpenState();
    long start = System.nanoTime();
    boolean replayed = replica.hasReplayed(Lsn.parse("0/2000"));
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(replayed).isFalse();
    assertThat(took)
        .as("answered without the 3 s connection timeout")
        .isLessThan(Duration.ofMillis(500));
  }

  /** What the lag check last saw the replica replay (set by the check against a live replica). */
  private void replayedUpTo(long lsn) throws ReflectiveOperationException {
    Field replayed = Replica.class.getDeclaredField("replayed");
    replayed.setAccessible(true);
    replayed.setLong(replica, lsn);
  }
}
