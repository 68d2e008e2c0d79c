package kz.ecase.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import kz.ecase.platform.EcaseProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default: when no external database is configured, ecase starts its own PostgreSQL
 * with data under {@code <data-directory>/postgres} and connects to it.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

  @Bean(destroyMethod = "release")
  EmbeddedPostgresServer embeddedPostgresServer(
      EcaseProperties ecase, EmbeddedDatabaseProperties settings) {
    return EmbeddedPostgresServer.obtain(ecase.dataDirectory().resolve("postgres"), settings);
  }

  /** Pool settings come from {@code spring.datasource.hikari.*}, as for an external server. */
  @Bean
  @ConfigurationProperties("spring.datasource.hikari")
  DataSource dataSource(EmbeddedPostgresServer server, EmbeddedDatabaseProperties settings) {
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(server.jdbcUrl(settings.database()));
    dataSource.setUsername("postgres");
    dataSource.setPassword("");
    dataSource.setPoolName("ecase-embedded");
    return dataSource;
  }
}
