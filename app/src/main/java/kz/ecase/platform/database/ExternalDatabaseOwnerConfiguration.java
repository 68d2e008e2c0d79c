package kz.ecase.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * With an external database, migrations run as the schema owner named by {@code ECASE_DB_OWNER}
 * when it is set (recommended: the application role then owns nothing); otherwise as the
 * application's own user.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}' != '' and '${ecase.db.owner:}' != ''")
class ExternalDatabaseOwnerConfiguration {

  /**
   * Not a default candidate: it serves Flyway (and whoever asks for it by qualifier) only, so the
   * application's own data source, as the unprivileged user, is still auto-configured and is the
   * one every repository gets.
   */
  @Bean(defaultCandidate = false)
  @FlywayDataSource
  DataSource ownerDataSource(Environment env) {
    HikariDataSource owner = new HikariDataSource();
    owner.setJdbcUrl(env.getRequiredProperty("spring.datasource.url"));
    owner.setUsername(env.getRequiredProperty("ecase.db.owner"));
    owner.setPassword(env.getProperty("ecase.db.owner-password", ""));
    owner.setPoolName("ecase-owner");
    owner.setMaximumPoolSize(2);
    owner.setMinimumIdle(0);
    return owner;
  }
}
