package kz.ecase.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import kz.ecase.EcaseIntegrationTest;
import kz.ecase.ledger.tree.CheckpointKey;
import kz.ecase.ledger.tree.CheckpointPublisher;
import kz.ecase.merkle.Checkpoint;
import kz.ecase.merkle.Hash;
import kz.ecase.merkle.InMemoryTree;
import kz.ecase.merkle.MerkleTree;
import kz.ecase.merkle.NoteSigner;
import kz.ecase.merkle.NoteVerifier;
import kz.ecase.verifier.DatabaseSource;
import kz.ecase.verifier.Finding;
import kz.ecase.verifier.LedgerAudit;
import kz.ecase.verifier.Main;
import kz.ecase.verifier.Report;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The verifier against the real database after an attacker with the owner's rights changed it.
 * Other tests share the database, so each scenario tampers with its own copy of the ledger tables
 * in a fresh schema and points the verifier there.
 */
@EcaseIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerTamperIT {

  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired Ledger ledger;
  @Autowired CheckpointPublisher publisher;
  @Autowired CheckpointKey key;
  @Autowired @FlywayDataSource DataSource owner;
  @TempDir Path directory;

  /** Indexes of this test's entries: record a, b, c in turn, 30 in all. */
  final List<Long> indexes = new ArrayList<>();

  /** A checkpoint over all of them, saved by an auditor before anyone tampered. */
  String saved;

  NoteVerifier trusted;

  @BeforeAll
  void registerThirtyEntriesEachCoveredByACheckpoint() {
    Registrations registrations = new Registrations(jdbc, transactions, ledger);
    List<String> records =
        List.of(Registrations.newId(), Registrations.newId(), Registrations.newId());
    for (int i = 0; i < 30; i++) {
      String id = records.get(i % 3);
      long receipt =
          i < 3
              ? registrations.register(id, "710001", "event " + i)
              : registrations.amend(id, "710001", "event " + i);
      indexes.add(registrations.awaitIndex(receipt));
      publisher.latest();
    }
    saved = publisher.latest().signedNote();
    trusted = key.signer().verifier();
  }

  @Test
  void anUntouchedCopyVerifies() throws Exception {
    try (Copy copy = new Copy("untouched")) {
      Report report = copy.audit();

      assertThat(report.findings()).isEmpty();
      assertThat(report.entries()).isGreaterThanOrEqualTo(indexes.get(29) + 1);
      assertThat(report.consistentFrom()).isEqualTo(trusted.verifyCheckpoint(saved).size());
      assertThat(report.summary()).startsWith("OK: " + report.entries() + " entries, root ");
    }
  }

  @Test
  void changedPayloadBytesAreNamedByIndex() throws Exception {
    long changed = indexes.get(10);
    try (Copy copy = new Copy("payload")) {
      copy.sql(
          "update ledger_entries set entry = convert_to(replace(convert_from(entry, 'UTF8'),"
              + " 'event 10', 'event X'), 'UTF8') where idx = "
              + changed);

      Report report = copy.audit();

      assertThat(report.firstBadIndex()).hasValue(changed);
      assertThat(report.firstBad().orElseThrow().message())
          .isEqualTo("index " + changed + ": the entry's bytes do not match its stored leaf hash");
    }
  }

  @Test
  void aDeletedRowIsNamedByIndex() throws Exception {
    long deleted = indexes.get(14);
    try (Copy copy = new Copy("deleted")) {
      copy.sql("delete from ledger_entries where idx = " + deleted);

      Report report = copy.audit();

      assertThat(report.firstBadIndex()).hasValue(deleted);
      assertThat(report.firstBad().orElseThrow().message())
          .isEqualTo("index " + deleted + " missing: the next stored entry is " + (deleted + 1));
    }
  }

  @Test
  void swappedRowsBreakTheRecordsChainAtTheFirstOfThem() throws Exception {
    long first = indexes.get(12);
    long second = indexes.get(15); // the same record's next entry
    try (Copy copy = new Copy("swapped")) {
      copy.sql(
          "update ledger_entries set idx = case idx when %d then %d else %d end where idx in (%d, %d)"
              .formatted(first, second, first, first, second));

      Report report = copy.audit();

      assertThat(report.firstBadIndex()).hasValue(first);
      assertThat(report.firstBad().orElseThrow().message())
          .isEqualTo(
              "index " + first + ": previous should be " + indexes.get(9) + " but is " + first);
    }
  }

  @Test
  void aDroppedTailIsFoundWithTheSavedCheckpoint() throws Exception {
    long cut = indexes.get(25);
    long savedSize = trusted.verifyCheckpoint(saved).size();
    try (Copy copy = new Copy("tail")) {
      copy.sql("delete from ledger_entries where idx >= " + cut);
      copy.sql("delete from ledger_checkpoints where tree_size > " + cut);
      copy.sql("delete from ledger_nodes where (idx + 1) * power(2::numeric, level) > " + cut);

      Report report = copy.audit();

      assertThat(report.findings())
          .extracting(Finding::message)
          .contains(
              "the ledger has %d entries, fewer than the %d of your checkpoint: entries %d..%d are gone"
                  .formatted(cut, savedSize, cut, savedSize - 1));
      assertThat(report.firstBad().orElseThrow().from()).isEqualTo(cut);
    }
  }

  @Test
  void aChangeWithEveryHashRecomputedIsPinnedByTheSignedCheckpoints() throws Exception {
    long changed = indexes.get(20);
    try (Copy copy = new Copy("rehashed")) {
      copy.rewrite(changed, null);

      Report report = copy.audit();

      assertThat(report.findings())
          .extracting(Finding::kind)
          .containsOnly(Finding.Kind.CHECKPOINT, Finding.Kind.CONSISTENCY);
      assertThat(report.firstBadIndex()).hasValue(changed);
      assertThat(report.firstBad().orElseThrow().message())
          .startsWith(
              "index " + changed + " was changed after checkpoint " + changed + " was signed");
    }
  }

  @Test
  void aLedgerReSignedWithAnotherKeyIsRefused() throws Exception {
    long changed = indexes.get(5);
    String origin = trusted.verifyCheckpoint(saved).origin();
    try (Copy copy = new Copy("resigned")) {
      copy.rewrite(changed, NoteSigner.generate(origin));

      Report report = copy.audit();

      assertThat(report.findings())
          .extracting(Finding::message)
          .anyMatch(m -> m.matches("checkpoint of size \\d+ is not signed by the trusted key.*"))
          .anyMatch(m -> m.startsWith("your checkpoint of size "));
      assertThat(report.firstBad().orElseThrow().to())
          .isGreaterThanOrEqualTo(changed)
          .isLessThan(trusted.verifyCheckpoint(saved).size());
    }
  }

  @Test
  void theCommandLineExitsZeroForAnUntouchedCopyAndOneForATamperedOne() throws Exception {
    Path savedFile = directory.resolve("saved.checkpoint");
    Files.writeString(savedFile, saved);
    try (Copy copy = new Copy("cli")) {
      Run untouched = copy.cli("--checkpoint", savedFile.toString());
      assertThat(untouched.code()).as(untouched.err()).isZero();
      assertThat(untouched.out()).startsWith("OK: ").contains(" verified");

      copy.sql("delete from ledger_entries where idx = " + indexes.get(3));
      Run tampered = copy.cli("--checkpoint", savedFile.toString());
      assertThat(tampered.code()).isEqualTo(1);
      assertThat(tampered.out())
          .startsWith("TAMPERED: first changed entry is index " + indexes.get(3) + "; ");
    }
  }

  record Run(int code, String out, String err) {}

  /** A copy of the three ledger tables in a schema of its own, dropped when closed. */
  final class Copy implements AutoCloseable {

    final String schema;
    final HikariDataSource database = (HikariDataSource) owner;

    Copy(String name) throws SQLException {
      this.schema = "tamper_" + name;
      try (Connection connection = owner.getConnection()) {
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try (Statement statement = connection.createStatement()) {
          statement.execute("drop schema if exists " + schema + " cascade");
          statement.execute("create schema " + schema);
          for (String table : List.of("ledger_entries", "ledger_nodes", "ledger_checkpoints")) {
            statement.execute(
                "create table %s.%s as select * from public.%s".formatted(schema, table, table));
          }
        }
        connection.commit();
      }
    }

    void sql(String sql) throws SQLException {
      try (Connection connection = owner.getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute("set search_path to " + schema);
        statement.execute(sql);
        statement.execute("set search_path to public");
      }
    }

    Report audit() throws IOException {
      try (DatabaseSource source =
          DatabaseSource.open(
              database.getJdbcUrl(), database.getUsername(), database.getPassword(), schema)) {
        return LedgerAudit.run(source, trusted, List.of(saved));
      }
    }

    Run cli(String... more) {
      List<String> args = new ArrayList<>();
      args.addAll(
          List.of(
              "check-db",
              "--url",
              database.getJdbcUrl(),
              "--user",
              database.getUsername(),
              "--schema",
              schema,
              "--key",
              trusted.verifierKey()));
      if (database.getPassword() != null) {
        args.addAll(List.of("--password", database.getPassword()));
      }
      args.addAll(List.of(more));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int code =
          Main.run(
              new PrintStream(out, true, StandardCharsets.UTF_8),
              new PrintStream(err, true, StandardCharsets.UTF_8),
              args.toArray(String[]::new));
      return new Run(
          code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /**
     * Changes entry {@code index}'s payload and recomputes its leaf hash and every node to match,
     * as an attacker covering tracks would; with {@code signer}, also replaces every checkpoint by
     * one of the new tree signed with that key.
     */
    void rewrite(long index, NoteSigner signer) throws SQLException {
      try (Connection connection = owner.getConnection()) {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
          statement.execute("set search_path to " + schema);
        }
        InMemoryTree tree = new InMemoryTree();
        try (Statement statement = connection.createStatement();
            ResultSet rows =
                statement.executeQuery("select idx, entry from ledger_entries order by idx")) {
          while (rows.next()) {
            byte[] entry = rows.getBytes(2);
            if (rows.getLong(1) == index) {
              entry =
                  new String(entry, StandardCharsets.UTF_8)
                      .replaceFirst("\"event [0-9]+\"", "\"event X\"")
                      .getBytes(StandardCharsets.UTF_8);
              try (PreparedStatement update =
                  connection.prepareStatement(
                      "update ledger_entries set entry = ?, leaf_hash = ? where idx = ?")) {
                update.setBytes(1, entry);
                update.setBytes(2, Hash.leaf(entry).bytes());
                update.setLong(3, index);
                update.executeUpdate();
              }
            }
            tree.append(entry);
          }
        }
        try (Statement statement = connection.createStatement()) {
          statement.execute("delete from ledger_nodes");
        }
        try (PreparedStatement insert =
            connection.prepareStatement(
                "insert into ledger_nodes (level, idx, hash) values (?, ?, ?)")) {
          for (int level = 1; (1L << level) <= tree.size(); level++) {
            for (long i = 0; (i + 1) << level <= tree.size(); i++) {
              insert.setShort(1, (short) level);
              insert.setLong(2, i);
              insert.setBytes(3, tree.subtree(level, i).bytes());
              insert.addBatch();
            }
          }
          insert.executeBatch();
        }
        if (signer != null) {
          resign(connection, tree, signer);
        }
        connection.commit();
      }
    }

    private void resign(Connection connection, InMemoryTree tree, NoteSigner signer)
        throws SQLException {
      List<Long> sizes = new ArrayList<>();
      try (Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("select tree_size from ledger_checkpoints")) {
        while (rows.next()) {
          sizes.add(rows.getLong(1));
        }
      }
      try (Statement statement = connection.createStatement()) {
        statement.execute("delete from ledger_checkpoints");
      }
      String origin = signer.name();
      try (PreparedStatement insert =
          connection.prepareStatement(
              "insert into ledger_checkpoints (tree_size, root_hash, signed_note, issued_at)"
                  + " values (?, ?, ?, now())")) {
        for (long size : sizes) {
          Hash root = new MerkleTree(tree).rootHash(size);
          insert.setLong(1, size);
          insert.setBytes(2, root.bytes());
          insert.setString(3, signer.sign(new Checkpoint(origin, size, root)));
          insert.addBatch();
        }
        insert.executeBatch();
      }
    }

    @Override
    public void close() throws SQLException {
      try (Connection connection = owner.getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute("drop schema if exists " + schema + " cascade");
      }
    }
  }
}
