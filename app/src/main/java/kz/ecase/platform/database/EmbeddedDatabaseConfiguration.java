package kz.ecase.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import kz.ecase.platform.EcaseProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The embedded default: when no external database is configured, ecase starts its own PostgreSQL
 * with data under {@code <data-directory>/postgres}. Migrations run as the superuser that owns the
 * schema; the application connects as {@code ecase_app}, which owns nothing, as in production.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

  @Bean(destroyMethod = "release")
  EmbeddedPostgresServer embeddedPostgresServer(
      EcaseProperties ecase, EmbeddedDatabaseProperties settings) {
    return EmbeddedPostgresServer.obtain(EmbeddedDatabaseEarlyStart.dataDirectory(ecase), settings);
  }

  /** Pool settings come from {@code spring.datasource.hikari.*}, as for an external server. */
  @Bean
  @Primary
  @ConfigurationProperties("spring.datasource.hikari")
  DataSource dataSource(EmbeddedPostgresServer server, EmbeddedDatabaseProperties settings) {
    return pool(server, settings, EmbeddedPostgresServer.APPLICATION_ROLE, "ecase-embedded");
  }

  @Bean
  @FlywayDataSource
  DataSource ownerDataSource(EmbeddedPostgresServer server, EmbeddedDatabaseProperties settings) {
    HikariDataSource owner = pool(server, settings, "postgres", "ecase-embedded-owner");
    owner.setMaximumPoolSize(2);
    owner.setMinimumIdle(0);
    return owner;
  }

  private static HikariDataSource pool(
      EmbeddedPostgresServer server,
      EmbeddedDatabaseProperties settings,
      String user,
      String name) {
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(server.jdbcUrl(user, settings.database()));
    dataSource.setUsername(user);
    dataSource.setPassword("");
    dataSource.setPoolName(name);
    return dataSource;
  }
}
