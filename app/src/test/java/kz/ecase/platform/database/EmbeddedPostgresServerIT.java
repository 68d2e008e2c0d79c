package kz.ecase.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded default is a real, durable PostgreSQL whose data survives a restart. */
class EmbeddedPostgresServerIT {

  @TempDir Path data;

  @Test
  void durableByDefaultAndDataSurvivesARestart() throws Exception {
    EmbeddedDatabaseProperties settings = new EmbeddedDatabaseProperties(0, true, false, "ecase");

    EmbeddedPostgresServer first = EmbeddedPostgresServer.obtain(data, settings);
    try (Connection connection = connect(first)) {
      assertThat(setting(connection, "fsync")).isEqualTo("on");
      assertThat(setting(connection, "synchronous_commit")).isEqualTo("on");
      assertThat(setting(connection, "server_version_num")).startsWith("17");
      try (Statement sql = connection.createStatement()) {
        sql.execute("create table kept (what text)");
        sql.execute("insert into kept values ('protocol 1')");
      }
    }
    first.release();

    EmbeddedPostgresServer second = EmbeddedPostgresServer.obtain(data, settings);
    try (Connection connection = connect(second);
        ResultSet rows = connection.createStatement().executeQuery("select what from kept")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString(1)).isEqualTo("protocol 1");
    } finally {
      second.release();
    }
  }

  @Test
  void contextsSharingADirectoryShareOneServer() throws Exception {
    EmbeddedDatabaseProperties settings = new EmbeddedDatabaseProperties(0, false, false, "ecase");

    EmbeddedPostgresServer one = EmbeddedPostgresServer.obtain(data, settings);
    EmbeddedPostgresServer two = EmbeddedPostgresServer.obtain(data, settings);
    one.release();

    assertThat(two).isSameAs(one);
    try (Connection connection = connect(two)) {
      assertThat(connection.isValid(2)).as("still running for the second user").isTrue();
    } finally {
      two.release();
    }
  }

  @Test
  void aServerStartedEarlyIsTakenOverByTheFirstUser() throws Exception {
    EmbeddedDatabaseProperties settings = new EmbeddedDatabaseProperties(0, false, false, "ecase");

    EmbeddedPostgresServer.startEarly(data, settings);
    EmbeddedPostgresServer.startEarly(data, settings); // a second ask starts nothing more
    EmbeddedPostgresServer one = EmbeddedPostgresServer.obtain(data, settings);
    EmbeddedPostgresServer two = EmbeddedPostgresServer.obtain(data, settings);

    assertThat(two).isSameAs(one);
    try (Connection connection = connect(one)) {
      assertThat(setting(connection, "fsync")).isEqualTo("off");
      assertThat(connection.isValid(2)).isTrue();
    } finally {
      one.release();
      two.release();
    }
    // the last user stopped it: the next one starts it again, on the same data
    EmbeddedPostgresServer again = EmbeddedPostgresServer.obtain(data, settings);
    try (Connection connection = connect(again)) {
      assertThat(again).isNotSameAs(one);
      assertThat(connection.isValid(2)).isTrue();
    } finally {
      again.release();
    }
  }

  @Test
  void anEarlyStartThatFailedFailsTheFirstUserWithItsError() throws Exception {
    Path notADirectory = Files.writeString(data.resolve("file"), "not a directory");
    EmbeddedDatabaseProperties settings = new EmbeddedDatabaseProperties(0, false, false, "ecase");

    EmbeddedPostgresServer.startEarly(notADirectory, settings);

    assertThatThrownBy(() -> EmbeddedPostgresServer.obtain(notADirectory, settings))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("Could not start the embedded PostgreSQL in " + notADirectory);
  }

  private static Connection connect(EmbeddedPostgresServer server) throws SQLException {
    return DriverManager.getConnection(server.jdbcUrl("postgres", "ecase"));
  }

  private static String setting(Connection connection, String name) throws SQLException {
    try (ResultSet rows = connection.createStatement().executeQuery("show " + name)) {
      rows.next();
      return rows.getString(1);
    }
  }
}
