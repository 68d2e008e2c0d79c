package kz.ecase.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import kz.ecase.EcaseApplication;
import kz.ecase.EcaseIntegrationTest;
import kz.ecase.HttpClientSession;
import kz.ecase.HttpClientSession.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Web sessions live in PostgreSQL: a browser signed in on one node is served by a second node of
 * ecase on the same database (its own application context, its own memory), a CSRF token issued by
 * the first node is accepted by the second and a forged one refused, and signing out on the second
 * ends the session on the first too.
 */
@EcaseIntegrationTest
class WebSessionsIT {

  @LocalServerPort int port;
  @Autowired DataSource dataSource;
  @Autowired JdbcClient jdbc;

  @Test
  void aSessionSignedInOnOneNodeIsServedByAnotherWhichAcceptsItsCsrfToken() throws SQLException {
    HikariDataSource database = dataSource.unwrap(HikariDataSource.class);
    try (ConfigurableApplicationContext second =
        new SpringApplicationBuilder(EcaseApplication.class)
            .profiles("test")
            .run(
                "--server.port=0",
                "--spring.datasource.url=" + database.getJdbcUrl(),
                "--spring.datasource.username=" + database.getUsername(),
                "--spring.datasource.password=" + nullToEmpty(database.getPassword()),
                // the first node migrated the schema; this one only connects
                "--spring.flyway.enabled=false",
                "--ecase.db.owner=")) {
      int secondPort =
          second.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
      HttpClientSession nodeOne = new HttpClientSession(port);
      HttpClientSession nodeTwo = nodeOne.on(secondPort);

      Reply signedIn = nodeOne.signIn("head", "demo");
      assertThat(signedIn.status()).isEqualTo(200);
      assertThat(signedIn.body()).contains("action=\"/logout\"");
      String csrfOfNodeOne = HttpClientSession.csrfTokenOf(nodeOne.get("/").body());
      assertThat(
              jdbc.sql(
                      "select count(*) from spring_session s join spring_session_attributes a"
                          + " on a.session_primary_id = s.primary_id"
                          + " where s.principal_name = 'head'"
                          + " and a.attribute_name = 'SPRING_SECURITY_CONTEXT'")
                  .query(Long.class)
                  .single())
          .as("the session and its security context in PostgreSQL")
          .isEqualTo(1);

      Reply servedByTwo = nodeTwo.get("/");
      assertThat(servedByTwo.status()).isEqualTo(200);
      assertThat(servedByTwo.body()).as("signed in on node two").contains("action=\"/logout\"");

      assertThat(nodeTwo.postForm("/logout", Map.of("_csrf", "forged-" + csrfOfNodeOne)).status())
          .as("a forged CSRF token is refused")
          .isEqualTo(403);
      Reply signedOut = nodeTwo.postForm("/logout", Map.of("_csrf", csrfOfNodeOne));
      assertThat(signedOut.raw().uri().toString())
          .as("node one's CSRF token accepted by node two")
          .endsWith("/login?logout");

      Reply afterwards = nodeOne.get("/");
      assertThat(afterwards.raw().uri().getPath())
          .as("the session ended on node one too")
          .isEqualTo("/login");
    }
  }

  @Test
  void aSessionsLastAccessIsWrittenAtMostOnceAMinute() {
    HttpClientSession browser = new HttpClientSession(port);
    assertThat(browser.signIn("supervisor", "demo").status()).isEqualTo(200);
    String session =
        jdbc.sql(
                "select primary_id from spring_session where principal_name = 'supervisor'"
                    + " order by creation_time desc limit 1")
            .query(String.class)
            .single();
    long now = System.currentTimeMillis();

    setLastAccess(session, now - 30_000);
    assertThat(browser.get("/").status()).isEqualTo(200);
    assertThat(lastAccess(session))
        .as("half a minute old: not written again (no WAL flush for it)")
        .isEqualTo(now - 30_000);

    setLastAccess(session, now - 61_000);
    assertThat(browser.get("/").status()).isEqualTo(200);
    assertThat(lastAccess(session)).as("a minute old: written").isGreaterThanOrEqualTo(now);
    assertThat(
            jdbc.sql(
                    "select expiry_time - last_access_time from spring_session where primary_id = ?")
                .param(session)
                .query(Long.class)
                .single())
        .as("the timeout counted from the access written")
        .isEqualTo(30 * 60_000L);
  }

  private void setLastAccess(String session, long millis) {
    jdbc.sql(
            "update spring_session set last_access_time = ?, expiry_time = ? + max_inactive_interval"
                + " * 1000::bigint where primary_id = ?")
        .params(millis, millis, session)
        .update();
  }

  private long lastAccess(String session) {
    return jdbc.sql("select last_access_time from spring_session where primary_id = ?")
        .param(session)
        .query(Long.class)
        .single();
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
