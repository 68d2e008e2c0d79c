package kz.ecase.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import kz.ecase.EcaseIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The application works as its unprivileged role, never as the schema owner, on the embedded
 * default and on a server alike: the owner's connection serves migrations only.
 */
@EcaseIntegrationTest
class ApplicationRoleIT {

  @Autowired JdbcClient jdbc;
  @Autowired @FlywayDataSource ObjectProvider<DataSource> owner;

  @Test
  void theApplicationsConnectionOwnsNothingAndIsNoSuperuser() {
    String user = jdbc.sql("select current_user").query(String.class).single();
    boolean superuser =
        jdbc.sql("select rolsuper from pg_roles where rolname = current_user")
            .query(Boolean.class)
            .single();
    long owned =
        jdbc.sql(
                "select count(*) from pg_tables where schemaname = current_schema()"
                    + " and tableowner = current_user")
            .query(Long.class)
            .single();

    assertThat(superuser).as("%s is a superuser", user).isFalse();
    assertThat(owned).as("tables owned by %s", user).isZero();
  }
}
