package kz.ecase.verifier;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;
import kz.ecase.merkle.Hash;

/**
 * The ledger tables of a PostgreSQL database as an {@link EntrySource}, read through streaming
 * cursors in one read-only, repeatable-read transaction, so that the audit sees one consistent
 * snapshot while the application keeps appending. Entries come by index, checkpoints by tree size,
 * and the nodes of each level by index, all along their primary keys.
 */
public final class DatabaseSource implements EntrySource {

  private static final int FETCH_SIZE = 2000;

  private final Connection connection;
  private final List<PreparedStatement> statements = new ArrayList<>();
  private final Map<Integer, ResultSet> levels = new HashMap<>();
  private ResultSet entries;
  private ResultSet checkpoints;
  private StoredCheckpoint nextCheckpoint;
  private boolean checkpointsDone;
  private long bytes;

  DatabaseSource(Connection connection, String schema) throws SQLException {
    this.connection = connection;
    connection.setAutoCommit(false);
    connection.setReadOnly(true);
    connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
    if (schema != null) {
      connection.setSchema(schema);
    }
  }

  /**
   * Connects to the database; {@code schema} names where the ledger tables are, or null for the
   * connection's default search path.
   */
  public static DatabaseSource open(String url, String user, String password, String schema)
      throws IOException {
    Properties properties = new Properties();
    if (user != null) {
      properties.setProperty("user", user);
    }
    if (password != null) {
      properties.setProperty("password", password);
    }
    properties.setProperty("ApplicationName", "ecase-verifier");
    try {
      Connection connection = DriverManager.getConnection(url, properties);
      try {
        return new DatabaseSource(connection, schema);
      } catch (SQLException e) {
        connection.close();
        throw e;
      }
    } catch (SQLException e) {
      throw new IOException("Cannot read the ledger at " + url + ": " + e.getMessage(), e);
    }
  }

  @Override
  public OptionalLong expectedEntries() throws IOException {
    try (PreparedStatement statement =
            connection.prepareStatement("select coalesce(max(idx) + 1, 0) from ledger_entries");
        ResultSet result = statement.executeQuery()) {
      result.next();
      return OptionalLong.of(result.getLong(1));
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  @Override
  public StoredEntry nextEntry() throws IOException {
    try {
      if (entries == null) {
        entries =
            query(
                """
                select idx, record_key, unit, subject, entry, leaf_hash
                from ledger_entries order by idx
                """);
      }
      if (!entries.next()) {
        return null;
      }
      StoredEntry entry =
          new StoredEntry(
              entries.getLong(1),
              entries.getString(2),
              entries.getString(3),
              entries.getString(4),
              entries.getBytes(5),
              entries.getBytes(6));
      bytes += entry.entry().length + 80L;
      return entry;
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  @Override
  public Optional<Hash> storedNode(int level, long index) throws IOException {
    try {
      ResultSet nodes = levels.get(level);
      if (nodes == null) {
        nodes = query("select idx, hash from ledger_nodes where level = ? order by idx", level);
        levels.put(level, nodes);
        if (!nodes.next()) {
          nodes.close();
        }
      }
      while (!nodes.isClosed() && nodes.getLong(1) < index) {
        if (!nodes.next()) {
          nodes.close();
        }
      }
      if (nodes.isClosed() || nodes.getLong(1) > index) {
        return Optional.empty();
      }
      byte[] hash = nodes.getBytes(2);
      bytes += 42;
      return Optional.of(hash != null && hash.length == Hash.SIZE ? new Hash(hash) : zero());
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  private static Hash zero() {
    return new Hash(new byte[Hash.SIZE]);
  }

  @Override
  public List<StoredNode> strayNodes(long treeSize) throws IOException {
    List<StoredNode> stray = new ArrayList<>();
    try (PreparedStatement statement =
        connection.prepareStatement(
            """
            select level, idx, hash from ledger_nodes
            where (idx + 1) * power(2::numeric, level) > ?
            order by level, idx limit 1000
            """)) {
      statement.setLong(1, treeSize);
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          stray.add(new StoredNode(result.getInt(1), result.getLong(2), result.getBytes(3)));
        }
      }
      return stray;
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  @Override
  public List<StoredCheckpoint> checkpointsUpTo(long treeSize) throws IOException {
    List<StoredCheckpoint> due = new ArrayList<>();
    try {
      if (checkpoints == null) {
        checkpoints =
            query(
                """
                select tree_size, root_hash, signed_note from ledger_checkpoints
                order by tree_size
                """);
        advanceCheckpoints();
      }
      while (nextCheckpoint != null && nextCheckpoint.treeSize() <= treeSize) {
        due.add(nextCheckpoint);
        advanceCheckpoints();
      }
      return due;
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  private void advanceCheckpoints() throws SQLException {
    if (!checkpointsDone && checkpoints.next()) {
      nextCheckpoint =
          new StoredCheckpoint(
              checkpoints.getLong(1), checkpoints.getBytes(2), checkpoints.getString(3));
    } else {
      checkpointsDone = true;
      nextCheckpoint = null;
    }
  }

  @Override
  public long bytesRead() {
    return bytes;
  }

  private ResultSet query(String sql, Object... parameters) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    statements.add(statement);
    statement.setFetchSize(FETCH_SIZE);
    for (int i = 0; i < parameters.length; i++) {
      statement.setObject(i + 1, parameters[i]);
    }
    return statement.executeQuery();
  }

  private static IOException failure(SQLException e) {
    return new IOException("Cannot read the ledger: " + e.getMessage(), e);
  }

  @Override
  public void close() throws IOException {
    try {
      for (PreparedStatement statement : statements) {
        statement.close();
      }
      connection.rollback();
    } catch (SQLException e) {
      throw failure(e);
    } finally {
      try {
        connection.close();
      } catch (SQLException e) {
        // closing is best effort once the statements are gone
      }
    }
  }
}
