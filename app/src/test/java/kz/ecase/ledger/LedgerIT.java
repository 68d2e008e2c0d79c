package kz.ecase.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import kz.ecase.EcaseIntegrationTest;
import kz.ecase.HttpClientSession;
import kz.ecase.HttpClientSession.Reply;
import kz.ecase.merkle.Checkpoint;
import kz.ecase.merkle.ConsistencyProof;
import kz.ecase.merkle.Hash;
import kz.ecase.merkle.InclusionProof;
import kz.ecase.merkle.NoteVerifier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

@EcaseIntegrationTest
class LedgerIT {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired Ledger ledger;
  @Autowired DataSource dataSource;
  @Autowired kz.ecase.ledger.tree.Integrator integrator;

  /** The schema owner: migrations' own connection when configured, else the application's. */
  @Autowired @FlywayDataSource ObjectProvider<DataSource> owner;

  Registrations registrations;
  HttpClientSession http;

  @BeforeEach
  void setUp() {
    registrations = new Registrations(jdbc, transactions, ledger);
    http = new HttpClientSession(port);
  }

  @Test
  void aRecordAndItsEntryCommitTogetherAndTheEntryGetsAnIndex() {
    String id = Registrations.newId();

    long receipt = registrations.register(id, "710001", "speeding");
    long index = registrations.awaitIndex(receipt);

    assertThat(ledger.historyOf(new RecordRef("registration", id))).containsExactly(index);
    assertThat(count("test_registrations where id = '" + id + "'")).isEqualTo(1);
  }

  @Test
  void aRolledBackRecordLeavesNoEntry() {
    String id = Registrations.newId();
    long pendingBefore = count("ledger_pending");

    transactions.executeWithoutResult(
        status -> {
          registrations.insertAndRecord(id, "710001", "rolled back", "test.Registered");
          status.setRollbackOnly();
        });

    assertThat(count("test_registrations where id = '" + id + "'")).isZero();
    assertThat(count("ledger_pending where record_key = 'registration/" + id + "'")).isZero();
    assertThat(count("ledger_pending")).isLessThanOrEqualTo(pendingBefore);
  }

  @Test
  void recordingOutsideATransactionIsRefused() {
    assertThatThrownBy(
            () -> ledger.record(Registrations.event("x", "710001", "y", "test.Registered")))
        .isInstanceOf(IllegalTransactionStateException.class);
  }

  @Test
  void concurrentWritersGetGapFreeIndexesAndEachRecordItsChain() throws Exception {
    int writers = 8;
    int perWriter = 40;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    List<Future<List<Long>>> results = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      results.add(
          pool.submit(
              () -> {
                String id = Registrations.newId();
                List<Long> receipts = new ArrayList<>();
                receipts.add(registrations.register(id, "710002", "first"));
                for (int i = 1; i < perWriter; i++) {
                  receipts.add(registrations.amend(id, "710002", "amendment " + i));
                }
                return receipts;
              }));
    }
    List<Long> indexes = new ArrayList<>();
    for (Future<List<Long>> result : results) {
      List<Long> chain = new ArrayList<>();
      for (long receipt : result.get()) {
        chain.add(registrations.awaitIndex(receipt));
      }
      assertThat(chain).isSorted();
      assertPreviousPointers(chain);
      indexes.addAll(chain);
    }
    pool.shutdown();

    long size = count("ledger_entries");
    List<Long> all =
        jdbc.sql("select idx from ledger_entries order by idx").query(Long.class).list();
    assertThat(all).hasSize((int) size);
    for (int i = 0; i < all.size(); i++) {
      assertThat(all.get(i)).as("gap-free").isEqualTo(i);
    }
    assertThat(indexes).doesNotHaveDuplicates().hasSize(writers * perWriter);
  }

  @Test
  void integratorsRacingEachOtherStillSequenceEachEntryOnceWithoutGaps() throws Exception {
    int writers = 6;
    int perWriter = 30;
    java.util.concurrent.atomic.AtomicBoolean writing =
        new java.util.concurrent.atomic.AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(writers + 3);
    List<Future<?>> racers = new ArrayList<>();
    for (int r = 0; r < 3; r++) { // besides the integrator's own thread, as other instances would
      racers.add(
          pool.submit(
              () -> {
                while (writing.get()) {
                  integrator.integrateBatch();
                }
              }));
    }
    List<Future<List<Long>>> results = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      results.add(
          pool.submit(
              () -> {
                String id = Registrations.newId();
                List<Long> receipts = new ArrayList<>();
                receipts.add(registrations.register(id, "710002", "first"));
                for (int i = 1; i < perWriter; i++) {
                  receipts.add(registrations.amend(id, "710002", "amendment " + i));
                }
                return receipts;
              }));
    }
    List<Long> chains = new ArrayList<>();
    try {
      for (Future<List<Long>> result : results) {
        List<Long> chain = new ArrayList<>();
        for (long receipt : result.get()) {
          chain.add(registrations.awaitIndex(receipt));
        }
        assertThat(chain).isSorted();
        assertPreviousPointers(chain);
        chains.addAll(chain);
      }
    } finally {
      writing.set(false); // the racers stop also when an assertion fails (other tests follow)
      for (Future<?> racer : racers) {
        racer.get();
      }
      pool.shutdown();
    }

    List<Long> all =
        jdbc.sql("select idx from ledger_entries order by idx").query(Long.class).list();
    for (int i = 0; i < all.size(); i++) {
      assertThat(all.get(i)).as("gap-free").isEqualTo(i);
    }
    assertThat(chains).doesNotHaveDuplicates().hasSize(writers * perWriter);
    assertThat(
            jdbc.sql("select count(*) from ledger_nodes where level = 1")
                .query(Long.class)
                .single())
        .as("every pair of leaves has its node, once")
        .isEqualTo(all.size() / 2);
  }

  @Test
  void anEntryThatCommitsAfterATakePassedItsIdIsSequencedOnceAndBeforeWhatFollowsIt()
      throws Exception {
    String id = Registrations.newId();
    long first = registrations.register(id, "710002", "first");
    registrations.awaitIndex(first);
    integrator.stop(); // this test drives the batches
    ExecutorService older = Executors.newSingleThreadExecutor();
    try {
      java.util.concurrent.CountDownLatch recorded = new java.util.concurrent.CountDownLatch(1);
      java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
      Future<Long> late =
          older.submit(
              () ->
                  transactions.execute(
                      status -> {
                        long receipt = registrations.amend(id, "710002", "recorded first");
                        recorded.countDown();
                        await(release);
                        return receipt;
                      }));
      recorded.await();
      long early = registrations.amend(id, "710002", "committed first");
      for (int i = 0; i < 5 && ledger.indexOf(early).isEmpty(); i++) {
        integrator.integrateBatch(); // takes it and moves past the older, uncommitted id
      }
      assertThat(ledger.indexOf(early)).isPresent();
      release.countDown();
      long lateReceipt = late.get();
      assertThat(lateReceipt).as("the older transaction's id is lower").isLessThan(early);
      long after = registrations.amend(id, "710002", "recorded after the late one committed");
      for (int i = 0; i < 5 && ledger.indexOf(after).isEmpty(); i++) {
        integrator.integrateBatch();
      }
      assertThat(ledger.indexOf(lateReceipt)).as("the late entry is sequenced").isPresent();
      assertThat(ledger.indexOf(lateReceipt).orElseThrow())
          .as("what committed before an entry was recorded comes before it in the ledger")
          .isLessThan(ledger.indexOf(after).orElseThrow());
      assertThat(
              jdbc.sql("select count(*) from ledger_leaves where pending_id = :id")
                  .param("id", lateReceipt)
                  .query(Long.class)
                  .single())
          .as("once")
          .isEqualTo(1);
      List<Long> chain =
          jdbc.sql("select idx from ledger_leaves where record_key = :key order by idx")
              .param("key", "registration/" + id)
              .query(Long.class)
              .list();
      assertThat(chain)
          .containsExactly(
              registrations.awaitIndex(first),
              ledger.indexOf(early).orElseThrow(),
              ledger.indexOf(lateReceipt).orElseThrow(),
              ledger.indexOf(after).orElseThrow());
      assertPreviousPointers(chain);
      List<Long> all =
          jdbc.sql("select idx from ledger_leaves order by idx").query(Long.class).list();
      for (int i = 0; i < all.size(); i++) {
        assertThat(all.get(i)).as("gap-free").isEqualTo(i);
      }
    } finally {
      older.shutdownNow();
      integrator.start();
    }
  }

  private static void await(java.util.concurrent.CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void publicCheckpointVerifiesAndItsRootCoversEveryEntry() {
    registrations.awaitIndex(registrations.register(Registrations.newId(), "710001", "a"));

    NoteVerifier verifier =
        NoteVerifier.fromVerifierKey(http.get("/api/ledger/verifying-key").body().trim());
    Checkpoint checkpoint = verifier.verifyCheckpoint(http.get("/api/ledger/checkpoint").body());

    assertThat(checkpoint.size()).isPositive();
    List<byte[]> leaves =
        jdbc.sql("select leaf_hash from ledger_entries where idx < :size order by idx")
            .param("size", checkpoint.size())
            .query((rs, n) -> rs.getBytes(1))
            .list();
    kz.ecase.merkle.InMemoryTree tree = new kz.ecase.merkle.InMemoryTree();
    leaves.forEach(leaf -> tree.appendLeafHash(new Hash(leaf)));
    assertThat(new kz.ecase.merkle.MerkleTree(tree).rootHash(checkpoint.size()))
        .isEqualTo(checkpoint.rootHash());
  }

  @Test
  void inclusionAndConsistencyProofsFromTheApiVerify() {
    long first =
        registrations.awaitIndex(registrations.register(Registrations.newId(), "710001", "a"));
    NoteVerifier verifier =
        NoteVerifier.fromVerifierKey(http.get("/api/ledger/verifying-key").body().trim());
    Checkpoint earlier = verifier.verifyCheckpoint(http.get("/api/ledger/checkpoint").body());
    registrations.awaitIndex(registrations.register(Registrations.newId(), "710001", "b"));
    Checkpoint later = verifier.verifyCheckpoint(http.get("/api/ledger/checkpoint").body());

    JsonNode inclusion =
        http.get("/api/ledger/proofs/inclusion?index=" + first + "&treeSize=" + later.size())
            .json();
    JsonNode consistency =
        http.get("/api/ledger/proofs/consistency?from=" + earlier.size() + "&to=" + later.size())
            .json();

    new InclusionProof(first, later.size(), hashes(inclusion.get("path")))
        .verify(new Hash(Base64.getDecoder().decode(inclusion.get("leafHash").asString())), later);
    new ConsistencyProof(earlier.size(), later.size(), hashes(consistency.get("path")))
        .verify(earlier, later);
    assertThat(later.size()).isGreaterThan(earlier.size());
  }

  @Test
  void proofsBeyondTheTreeAreAProblemNotAnError() {
    Reply reply = http.get("/api/ledger/proofs/inclusion?index=0&treeSize=999999999");

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(http.get("/api/ledger/proofs/inclusion?index=-1&treeSize=1").status())
        .isEqualTo(400);
  }

  @Test
  void entriesAreShownOnlyWithinTheUsersJurisdiction() {
    long index =
        registrations.awaitIndex(registrations.register(Registrations.newId(), "710001", "a"));
    String path = "/api/ledger/entries/" + index;

    Reply own = http.get(path, "Authorization", "Bearer " + http.token("officer", "demo"));
    Reply anonymous = http.get(path);
    Reply analyst = http.get(path, "Authorization", "Bearer " + http.token("analyst", "demo"));
    Reply supervisor =
        http.get(path, "Authorization", "Bearer " + http.token("supervisor", "demo"));

    assertThat(own.status()).isEqualTo(200);
    byte[] entry = Base64.getDecoder().decode(own.json().get("entry").asString());
    assertThat(Hash.leaf(entry).base64()).isEqualTo(own.json().get("leafHash").asString());
    assertThat(new String(entry, java.nio.charset.StandardCharsets.UTF_8))
        .startsWith("{\"actor\":\"officer\",\"attachments\":[{\"name\":\"protocol.pdf\"")
        .contains("\"format\":1");
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(analyst.status()).isEqualTo(403);
    assertThat(supervisor.status()).as("region covers the department").isEqualTo(200);
  }

  @Test
  void anotherDepartmentsEntryDoesNotExistForTheUser() {
    long index =
        registrations.awaitIndex(registrations.register(Registrations.newId(), "710002", "a"));

    Reply reply =
        http.get(
            "/api/ledger/entries/" + index,
            "Authorization",
            "Bearer " + http.token("officer", "demo"));

    assertThat(reply.status()).isEqualTo(404);
  }

  @Test
  void bundleCarriesEveryEntryWithAProofToItsCheckpoint() {
    String id = Registrations.newId();
    registrations.awaitIndex(registrations.register(id, "710001", "first"));
    long last = registrations.awaitIndex(registrations.amend(id, "710001", "second"));

    JsonNode bundle =
        http.get(
                "/api/ledger/bundles/registration/" + id,
                "Authorization",
                "Bearer " + http.token("investigator", "demo"))
            .json();

    NoteVerifier verifier = NoteVerifier.fromVerifierKey(bundle.get("verifierKey").asString());
    Checkpoint checkpoint = verifier.verifyCheckpoint(bundle.get("checkpoint").asString());
    assertThat(bundle.get("entries")).hasSize(2);
    for (JsonNode entry : bundle.get("entries")) {
      byte[] bytes = Base64.getDecoder().decode(entry.get("entry").asString());
      new InclusionProof(
              entry.get("index").asLong(), checkpoint.size(), hashes(entry.get("inclusionProof")))
          .verify(bytes, checkpoint);
    }
    assertThat(bundle.get("entries").get(1).get("index").asLong()).isEqualTo(last);
  }

  @Test
  void theApplicationCannotChangeOrRemoveEntries() {
    registrations.awaitIndex(registrations.register(Registrations.newId(), "710001", "a"));

    assertThatThrownBy(
            () -> jdbc.sql("update ledger_entries set unit = '710002' where idx = 0").update())
        .rootCause()
        .message()
        .contains("ledger_entries")
        .containsAnyOf("permission denied", "not allowed");
    assertThatThrownBy(() -> jdbc.sql("delete from ledger_entries where idx = 0").update())
        .rootCause()
        .hasMessageContaining("ledger_entries");
    assertThatThrownBy(() -> jdbc.sql("truncate ledger_nodes").update())
        .rootCause()
        .hasMessageContaining("ledger_nodes");
  }

  @Test
  void evenTheSchemaOwnerCannotChangeOrRemoveEntries() {
    registrations.awaitIndex(registrations.register(Registrations.newId(), "710001", "a"));
    JdbcClient asOwner = JdbcClient.create(owner.getIfAvailable(() -> dataSource));

    assertThatThrownBy(
            () -> asOwner.sql("update ledger_entries set unit = '710002' where idx = 0").update())
        .rootCause()
        .hasMessageContaining("registered facts are never changed or removed");
    assertThatThrownBy(() -> asOwner.sql("delete from ledger_checkpoints").update())
        .rootCause()
        .hasMessageContaining("registered facts are never changed or removed");
    assertThatThrownBy(() -> asOwner.sql("truncate ledger_entries").update())
        .rootCause()
        .hasMessageContaining("registered facts are never changed or removed");
  }

  private void assertPreviousPointers(List<Long> chain) {
    for (int i = 0; i < chain.size(); i++) {
      String entry =
          new String(
              jdbc.sql("select entry from ledger_entries where idx = :idx")
                  .param("idx", chain.get(i))
                  .query((rs, n) -> rs.getBytes(1))
                  .single(),
              java.nio.charset.StandardCharsets.UTF_8);
      String expected = i == 0 ? "\"previous\":null" : "\"previous\":" + chain.get(i - 1);
      assertThat(entry).contains(expected);
    }
  }

  private static List<Hash> hashes(JsonNode array) {
    List<Hash> hashes = new ArrayList<>();
    array.forEach(node -> hashes.add(new Hash(Base64.getDecoder().decode(node.asString()))));
    return hashes;
  }

  private long count(String from) {
    return jdbc.sql("select count(*) from " + from).query(Long.class).single();
  }
}
