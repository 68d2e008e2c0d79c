package kz.ecase.platform.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded default database, used when no {@code ECASE_DB_URL} is configured.
 *
 * @param port TCP port on localhost, 0 for any free port
 * @param durable fsync and synchronous commit on (the embedded server turns them off by default);
 *     only tests switch this off, for speed
 * @param cleanOnStart wipe the data directory before starting (tests only)
 * @param database name of the database ecase uses inside the embedded server
 */
@ConfigurationProperties("ecase.db.embedded")
record EmbeddedDatabaseProperties(
    @DefaultValue("0") int port,
    @DefaultValue("true") boolean durable,
    @DefaultValue("false") boolean cleanOnStart,
    @DefaultValue("ecase") String database) {}
