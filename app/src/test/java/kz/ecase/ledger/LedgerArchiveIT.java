package kz.ecase.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import kz.ecase.HttpClientSession;
import kz.ecase.HttpClientSession.Reply;
import kz.ecase.ledger.persistence.LedgerEntries;
import kz.ecase.ledger.tree.CheckpointKey;
import kz.ecase.ledger.tree.CheckpointPublisher;
import kz.ecase.merkle.Checkpoint;
import kz.ecase.merkle.ConsistencyProof;
import kz.ecase.merkle.Hash;
import kz.ecase.merkle.InclusionProof;
import kz.ecase.merkle.NoteVerifier;
import kz.ecase.offences.persistence.ProtocolEventPartitions;
import kz.ecase.verifier.DatabaseSource;
import kz.ecase.verifier.LedgerAudit;
import kz.ecase.verifier.Report;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Old ledger entries archived (their partition detached) stay provable: proofs need the tree's leaf
 * hashes and nodes, which are never detached, not the entries' payloads. Runs on a database of its
 * own (its own data directory), since it detaches entries that other tests read.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "ecase.data-directory=target/test-data-archive",
      // the embedded database and its roles even where the suite runs against a server (CI's
      // ECASE_DB_URL, ECASE_DB_USER, ECASE_DB_OWNER)
      "spring.datasource.url=",
      "spring.datasource.username=",
      "spring.datasource.password=",
      "ecase.db.app-role=ecase_app",
      "ecase.db.owner="
    })
@ActiveProfiles("test")
class LedgerArchiveIT {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired Ledger ledger;
  @Autowired LedgerEntries entries;
  @Autowired CheckpointPublisher publisher;
  @Autowired CheckpointKey key;
  @Autowired @FlywayDataSource DataSource owner;
  @Autowired ProtocolEventPartitions eventPartitions;

  @Test
  void proofsOfArchivedEntriesStillVerifyAndTheirPayloadSaysArchived() throws Exception {
    Registrations registrations = new Registrations(jdbc, transactions, ledger);
    NoteVerifier verifier = NoteVerifier.fromVerifierKey(key.signer().verifierKey());
    String oldRecord = Registrations.newId();

    // the older period: 20 entries, and a checkpoint an auditor kept
    List<Long> older = new ArrayList<>();
    older.add(registrations.awaitIndex(registrations.register(oldRecord, "710001", "old 0")));
    for (int i = 1; i < 20; i++) {
      older.add(registrations.awaitIndex(registrations.amend(oldRecord, "710001", "old " + i)));
    }
    Checkpoint olderCheckpoint = verifier.verifyCheckpoint(publisher.latest().signedNote());
    long boundary = olderCheckpoint.size();
    assertThat(boundary).isEqualTo(older.get(19) + 1);
    byte[] oldEntry = entries.find(older.get(3)).orElseThrow().entry();

    // the newer period: 20 more, the old record's chain going on into it
    String newRecord = Registrations.newId();
    List<Long> newer = new ArrayList<>();
    newer.add(registrations.awaitIndex(registrations.register(newRecord, "710001", "new 0")));
    for (int i = 1; i < 20; i++) {
      newer.add(registrations.awaitIndex(registrations.amend(newRecord, "710001", "new " + i)));
    }

    // A test cannot fill 2^24 entries: split the first partition at the boundary (in one statement,
    // atomically), as a smaller width would have made it, then archive the older period.
    JdbcClient asOwner = JdbcClient.create(owner);
    asOwner
        .sql(
            """
            do $$ begin
              alter table ledger_entries detach partition ledger_entries_p0000;
              alter table ledger_entries_p0000 rename to ledger_entries_whole;
              create table ledger_entries_older partition of ledger_entries
                  for values from (0) to (%d);
              create table ledger_entries_p0000 partition of ledger_entries
                  for values from (%d) to (16777216);
              insert into ledger_entries select * from ledger_entries_whole;
              drop table ledger_entries_whole;
            end $$
            """
                .formatted(boundary, boundary))
        .update();
    assertThat(partitionOf(older.get(3))).isEqualTo("ledger_entries_older");
    assertThat(partitionOf(newer.get(3))).isEqualTo("ledger_entries_p0000");

    asOwner.sql("alter table ledger_entries detach partition ledger_entries_older").update();

    // an entry recorded after archiving still names its archived predecessor
    long after = registrations.awaitIndex(registrations.amend(oldRecord, "710001", "after"));
    assertThat(new String(entries.find(after).orElseThrow().entry(), StandardCharsets.UTF_8))
        .contains("\"previous\":" + older.get(19) + ",");
    assertThat(ledger.historyOf(new RecordRef("registration", oldRecord)))
        .startsWith(older.toArray(Long[]::new))
        .endsWith(after);
    Checkpoint latest = verifier.verifyCheckpoint(publisher.latest().signedNote());
    assertThat(latest.size()).isEqualTo(after + 1);

    HttpClientSession http = new HttpClientSession(port);
    // inclusion of an archived entry and of a recent one in the latest tree
    for (long index : List.of(older.get(0), older.get(3), older.get(19), newer.get(7), after)) {
      Reply reply =
          http.get("/api/ledger/proofs/inclusion?index=" + index + "&treeSize=" + latest.size());
      assertThat(reply.status()).as("proof of %d", index).isEqualTo(200);
      JsonNode body = reply.json();
      InclusionProof proof = new InclusionProof(index, latest.size(), hashes(body.get("path")));
      Hash leaf = hash(body.get("leafHash").asString());
      proof.verify(leaf, latest);
      if (index == older.get(3)) {
        assertThat(leaf).isEqualTo(Hash.leaf(oldEntry));
        proof.verify(oldEntry, latest);
      }
    }
    // inclusion of an archived entry in the older checkpoint's tree
    Reply inOlder =
        http.get("/api/ledger/proofs/inclusion?index=" + older.get(3) + "&treeSize=" + boundary);
    new InclusionProof(older.get(3), boundary, hashes(inOlder.json().get("path")))
        .verify(oldEntry, olderCheckpoint);

    // consistency from the auditor's older checkpoint to the latest
    Reply consistency =
        http.get("/api/ledger/proofs/consistency?from=" + boundary + "&to=" + latest.size());
    assertThat(consistency.status()).isEqualTo(200);
    new ConsistencyProof(boundary, latest.size(), hashes(consistency.json().get("path")))
        .verify(olderCheckpoint, latest);

    // the payload of an archived entry: 410 saying so, not a 500; a recent one as ever
    String token = "Bearer " + http.token("officer", "demo");
    Reply archived = http.get("/api/ledger/entries/" + older.get(3), "Authorization", token);
    assertThat(archived.status()).isEqualTo(410);
    assertThat(archived.json().get("type").asString())
        .isEqualTo("https://ecase.kz/problems/ledger-entry-archived");
    assertThat(archived.json().get("detail").asString()).contains("archived storage");
    assertThat(http.get("/api/ledger/entries/" + newer.get(3), "Authorization", token).status())
        .isEqualTo(200);
    assertThat(http.get("/api/ledger/entries/" + (after + 1000), "Authorization", token).status())
        .isEqualTo(404);

    // re-attached (e.g. restored from its dump), the whole ledger verifies as before
    asOwner
        .sql(
            "alter table ledger_entries attach partition ledger_entries_older"
                + " for values from (0) to ("
                + boundary
                + ")")
        .update();
    assertThat(http.get("/api/ledger/entries/" + older.get(3), "Authorization", token).status())
        .isEqualTo(200);
    HikariDataSource database = (HikariDataSource) owner;
    try (DatabaseSource source =
        DatabaseSource.open(
            database.getJdbcUrl(), database.getUsername(), database.getPassword(), "public")) {
      Report report = LedgerAudit.run(source, verifier, List.of(publisher.latest().signedNote()));
      assertThat(report.findings()).isEmpty();
      assertThat(report.entries()).isGreaterThanOrEqualTo(latest.size());
    }
  }

  @Test
  void partitionsAreMadeAheadIdempotently() {
    JdbcClient asOwner = JdbcClient.create(owner);
    assertThat(jdbc.sql("select ecase_ledger_partitions_ahead()").query(Integer.class).single())
        .isZero();
    assertThat(exists("ledger_entries_p0001")).isTrue();
    assertThat(exists("ledger_entries_default")).isTrue();
    assertThat(eventPartitions.createAhead(LocalDate.of(2031, 6, 30))).isEqualTo(2);
    assertThat(
            jdbc.sql("select ecase_protocol_event_partitions_ahead(date '2031-12-31')")
                .query(Integer.class)
                .single())
        .isZero();
    assertThat(exists("offence_protocol_events_y2031")).isTrue();
    assertThat(exists("offence_protocol_events_y2032")).isTrue();
    // each partition refuses TRUNCATE on its own, even for the owner
    assertThatThrownBy(() -> asOwner.sql("truncate offence_protocol_events_y2032").update())
        .rootCause()
        .hasMessageContaining("not allowed");
    assertThatThrownBy(() -> asOwner.sql("truncate ledger_entries_p0001").update())
        .rootCause()
        .hasMessageContaining("not allowed");
  }

  /**
   * The migrations to partitioned tables copy what a running ledger and register already hold: a
   * fresh database migrated to the version before them, given rows, then migrated on.
   */
  @Test
  void theMigrationToPartitionedTablesCopiesExistingRows() throws Exception {
    String name = "ecase_partitioning_migration";
    JdbcClient server = JdbcClient.create(owner);
    server.sql("drop database if exists " + name).update();
    server.sql("create database " + name).update();
    HikariDataSource base = (HikariDataSource) owner;
    String catalog;
    try (var connection = owner.getConnection()) {
      catalog = connection.getCatalog();
    }
    try (HikariDataSource fresh = new HikariDataSource()) {
      fresh.setJdbcUrl(base.getJdbcUrl().replace("/" + catalog + "?", "/" + name + "?"));
      fresh.setUsername(base.getUsername());
      fresh.setPassword(base.getPassword());
      FluentConfiguration flyway =
          Flyway.configure()
              .dataSource(fresh)
              .locations("classpath:db/migration")
              .placeholders(Map.of("app_role", "ecase_app"));
      MigrationVersion partitioning = MigrationVersion.fromVersion("2026.12.08.1730");
      MigrationVersion before =
          Arrays.stream(flyway.load().info().all())
              .map(MigrationInfo::getVersion)
              .filter(v -> v != null && v.compareTo(partitioning) < 0)
              .max(MigrationVersion::compareTo)
              .orElseThrow();
      flyway.target(before).load().migrate();

      JdbcClient db = JdbcClient.create(fresh);
      for (int i = 0; i < 3; i++) {
        byte[] entry = ("{\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8);
        db.sql(
                "insert into ledger_entries (idx, record_key, unit, entry, leaf_hash, pending_id)"
                    + " values (:i, 'registration:x', '710001', :entry, :leaf, :i)")
            .param("i", i)
            .param("entry", entry)
            .param("leaf", Hash.leaf(entry).bytes())
            .update();
      }
      UUID protocol = UUID.randomUUID();
      db.sql(
              "insert into offence_protocols (id, number, unit, officer, offender_iin,"
                  + " article_code, catalogue_version, offence_time, place, fine_mci, fine_kzt,"
                  + " payment_reference, created_at, idempotency_key, document_sha256,"
                  + " signature_sha256, receipt) values (:id, '71000125000001', '710001',"
                  + " 'officer', '850315401231', '610.1', 1, timestamptz '2025-12-31 20:00+05',"
                  + " 'Almaty', 10, 39320, '710001250000010', timestamptz '2025-12-31 20:00+05',"
                  + " 'k1', :sha, :sha, 0)")
          .param("id", protocol)
          .param("sha", "ab".repeat(32))
          .update();
      db.sql(
              "insert into offence_protocol_events (protocol_id, seq, type, from_status,"
                  + " to_status, at, actor, reasons, receipt) values"
                  + " (:id, 0, 'REGISTER', 'NONE', 'REGISTERED', timestamptz '2025-12-31 20:00+05',"
                  + " 'officer', '', 1),"
                  + " (:id, 1, 'SERVE', 'REGISTERED', 'SERVED', timestamptz '2026-01-02 09:00+05',"
                  + " 'officer', '', 2)")
          .param("id", protocol)
          .update();

      flyway.target(MigrationVersion.LATEST).load().migrate();

      assertThat(db.sql("select count(*) from ledger_entries").query(Long.class).single())
          .isEqualTo(3);
      assertThat(
              db.sql("select count(*) from ledger_leaves where record_key = 'registration:x'")
                  .query(Long.class)
                  .single())
          .isEqualTo(3);
      assertThat(
              db.sql("select distinct tableoid::regclass::text from ledger_entries")
                  .query(String.class)
                  .list())
          .containsExactly("ledger_entries_p0000");
      assertThat(
              db.sql(
                      "select tableoid::regclass::text from offence_protocol_events"
                          + " where protocol_id = :id order by seq")
                  .param("id", protocol)
                  .query(String.class)
                  .list())
          .containsExactly("offence_protocol_events_y2025", "offence_protocol_events_y2026");
      assertThat(
              db.sql("select seq from offence_protocol_status where protocol_id = :id")
                  .param("id", protocol)
                  .query(Integer.class)
                  .single())
          .isEqualTo(1);
      // a second step with a taken sequence number is refused as the old primary key did
      assertThatThrownBy(
              () ->
                  db.sql(
                          "insert into offence_protocol_events (protocol_id, seq, type,"
                              + " from_status, to_status, at, actor, reasons, receipt) values"
                              + " (:id, 1, 'DECIDE_FINE', 'SERVED', 'DECIDED', now(), 'officer',"
                              + " '', 3)")
                      .param("id", protocol)
                      .update())
          .isInstanceOf(DuplicateKeyException.class);
      // the application's role keeps its rights on the new tables
      assertThat(
              db.sql(
                      "select has_table_privilege('ecase_app', 'ledger_entries', 'insert')"
                          + " and has_table_privilege('ecase_app', 'ledger_leaves', 'select')"
                          + " and not has_table_privilege('ecase_app', 'ledger_leaves', 'delete')"
                          + " and has_table_privilege('ecase_app', 'offence_protocol_events',"
                          + " 'insert')")
                  .query(Boolean.class)
                  .single())
          .isTrue();
    } finally {
      server.sql("drop database if exists " + name).update();
    }
  }

  private boolean exists(String table) {
    return jdbc.sql("select to_regclass(:t) is not null")
        .param("t", table)
        .query(Boolean.class)
        .single();
  }

  private String partitionOf(long index) {
    return JdbcClient.create(owner)
        .sql("select tableoid::regclass::text from ledger_entries where idx = :idx")
        .param("idx", index)
        .query(String.class)
        .single();
  }

  private static List<Hash> hashes(JsonNode array) {
    List<Hash> hashes = new ArrayList<>();
    array.forEach(node -> hashes.add(hash(node.asString())));
    return hashes;
  }

  private static Hash hash(String base64) {
    return new Hash(Base64.getDecoder().decode(base64));
  }
}
