package kz.ecase.platform.database;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The read replica ({@code ECASE_DB_REPLICA_*}); without a URL there is none and every read goes to
 * the primary.
 *
 * @param url JDBC URL of a streaming replica of the primary (hot standby), empty: none
 * @param username its login, empty: the primary's ({@code ECASE_DB_USER})
 * @param password its password, empty: the primary's
 * @param poolSize connections to the replica
 * @param maxLag the replica serves reads while it is at most this far behind the primary
 * @param lagCheckInterval how often the lag is measured (and a replica that was down is tried)
 * @param connectionTimeout how long a read waits for a replica connection before it goes to the
 *     primary (kept short: a replica that went down must not stall pages)
 * @param retryAfter after reads to the replica failed, how long they go to the primary before
 *     trying it again
 */
@ConfigurationProperties("ecase.db.replica")
public record ReplicaProperties(
    String url,
    String username,
    String password,
    @DefaultValue("5") int poolSize,
    @DefaultValue("5s") Duration maxLag,
    @DefaultValue("1s") Duration lagCheckInterval,
    @DefaultValue("1s") Duration connectionTimeout,
    @DefaultValue("10s") Duration retryAfter) {}
