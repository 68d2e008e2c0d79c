package kz.ecase.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import kz.ecase.merkle.NoteSigner;
import kz.ecase.verifier.Finding.Kind;
import org.junit.jupiter.api.Test;

class LedgerAuditTest {

  TestLedger ledger = new TestLedger().withEntries(40);

  Report audit(String... saved) throws IOException {
    return LedgerAudit.run(ledger.source(), ledger.key.verifier(), List.of(saved));
  }

  @Test
  void anUntouchedLedgerVerifies() throws IOException {
    ledger.checkpoint(10);
    ledger.checkpoint(33);
    ledger.checkpoint(40);

    Report report = audit();

    assertThat(report.findings()).isEmpty();
    assertThat(report.verified()).isTrue();
    assertThat(report.entries()).isEqualTo(40);
    assertThat(report.root()).isEqualTo(new kz.ecase.merkle.MerkleTree(ledger.tree()).rootHash());
    assertThat(report.summary())
        .isEqualTo("OK: 40 entries, root " + report.root().hex() + ", checkpoint size 40 verified");
  }

  @Test
  void entriesNewerThanTheLastCheckpointAreSaidToBeUncovered() throws IOException {
    ledger.checkpoint(33);

    assertThat(audit().summary())
        .endsWith(
            "checkpoint size 33 verified (7 newer entries are not yet covered by a checkpoint)");
  }

  @Test
  void aMissingIndexIsNamed() throws IOException {
    ledger.checkpoint(40);
    ledger.entries.remove(17);

    Report report = audit();

    assertThat(report.firstBadIndex()).hasValue(17);
    assertThat(report.findings())
        .first()
        .extracting(Finding::message)
        .isEqualTo("index 17 missing: the next stored entry is 18");
    assertThat(report.summary()).startsWith("TAMPERED: first changed entry is index 17; ");
  }

  @Test
  void changedBytesDoNotMatchTheirLeafHash() throws IOException {
    ledger.checkpoint(40);
    ledger.replaceBytes(7, ledger.text(7).replace("event 7", "event 8"));

    Report report = audit();

    assertThat(report.firstBadIndex()).hasValue(7);
    assertThat(report.firstBad().orElseThrow().message())
        .isEqualTo("index 7: the entry's bytes do not match its stored leaf hash");
  }

  @Test
  void aRowWhoseUnitDiffersFromItsEntryIsFound() throws IOException {
    StoredEntry e = ledger.entries.get(3);
    ledger.entries.set(
        3, new StoredEntry(3, e.recordKey(), "710002", null, e.entry(), e.leafHash()));
    ledger.checkpoint(40);

    Report report = audit();

    assertThat(report.firstBadIndex()).hasValue(3);
    assertThat(report.firstBad().orElseThrow().message())
        .isEqualTo("index 3: the entry's unit is 710001 but its row says 710002");
  }

  @Test
  void deletingAnEntryAndRenumberingTheRestBreaksTheRecordsChain() throws IOException {
    ledger.checkpointEverySize();
    ledger.entries.remove(9); // record r0: 0, 3, 6, 9, 12, ...
    ledger.entries.replaceAll(
        e ->
            e.index() > 9
                ? new StoredEntry(
                    e.index() - 1, e.recordKey(), e.unit(), e.subject(), e.entry(), e.leafHash())
                : e);
    ledger.recomputeNodes();

    Report report = audit();

    assertThat(report.findings())
        .extracting(Finding::message)
        .contains("index 11: previous should be 6 but is 9");
    assertThat(report.firstBadIndex()).hasValue(9);
    assertThat(report.findings())
        .filteredOn(f -> f.kind() == Kind.CHECKPOINT)
        .extracting(Finding::message)
        .first()
        .asString()
        .startsWith("index 9 was changed after checkpoint 9 was signed");
  }

  @Test
  void aChangedStoredNodeIsNamedByLevelAndIndex() throws IOException {
    ledger.checkpoint(40);
    ledger.nodes.put("2/3", new byte[32]);

    Report report = audit();

    assertThat(report.findings())
        .extracting(Finding::message)
        .containsExactly(
            "the stored tree node at level 2, index 3 (entries 12..15) differs from the one"
                + " recomputed from the entries");
    assertThat(report.firstBad().orElseThrow().from()).isEqualTo(12);
  }

  @Test
  void aChangeHiddenByRecomputedHashesIsBoundedByTheCheckpoints() throws IOException {
    ledger.checkpoint(20);
    ledger.checkpoint(30);
    ledger.checkpoint(40);
    ledger.replaceBytes(25, ledger.text(25).replace("event 25", "event X"));
    ledger.recomputeHashes();

    Report report = audit();

    assertThat(report.findings())
        .extracting(Finding::message)
        .containsExactly(
            "an entry in 20..29 was changed after checkpoint 20 was signed: the recomputed tree"
                + " does not match the trusted checkpoint of size 30 (1 later checkpoints do not"
                + " match either)");
    assertThat(report.firstBad().orElseThrow())
        .extracting(Finding::from, Finding::to)
        .containsExactly(20L, 29L);
    assertThat(report.firstBadIndex()).isEmpty();
  }

  @Test
  void withACheckpointAtEverySizeTheHiddenChangeIsNamedExactly() throws IOException {
    ledger.checkpointEverySize();
    ledger.replaceBytes(25, ledger.text(25).replace("event 25", "event X"));
    ledger.recomputeHashes();

    Report report = audit();

    assertThat(report.firstBadIndex()).hasValue(25);
    assertThat(report.summary())
        .startsWith(
            "TAMPERED: first changed entry is index 25; index 25 was changed after checkpoint 25"
                + " was signed");
  }

  @Test
  void checkpointsSignedByAnotherKeyAreRefused() throws IOException {
    NoteSigner foreign = NoteSigner.generate(TestLedger.ORIGIN);
    ledger.checkpoint(40, foreign);

    Report report = audit();

    assertThat(report.verified()).isFalse();
    assertThat(report.findings())
        .extracting(Finding::message)
        .anyMatch(m -> m.startsWith("checkpoint of size 40 is not signed by the trusted key"));
  }

  @Test
  void aRewrittenLedgerReSignedByAnotherKeyFailsAgainstTheSavedCheckpoint() throws IOException {
    String saved = ledger.checkpoint(40);
    ledger.checkpoints.clear();
    ledger.replaceBytes(5, ledger.text(5).replace("event 5", "event X"));
    ledger.recomputeHashes();
    NoteSigner foreign = NoteSigner.generate(TestLedger.ORIGIN);
    ledger.checkpoint(40, foreign);

    Report report = audit(saved);

    assertThat(report.findings())
        .extracting(Finding::message)
        .anyMatch(m -> m.startsWith("checkpoint of size 40 is not signed by the trusted key"))
        .anyMatch(m -> m.startsWith("an entry in 0..39 was changed: the recomputed tree does not"))
        .anyMatch(m -> m.startsWith("your checkpoint of size 40 is not consistent"));
  }

  @Test
  void theFirstChangeIsKeptEvenWhenManyFindingsOfItsKindCameFirst() throws IOException {
    ledger.checkpointEverySize();
    ledger.checkpoints.replaceAll(
        c -> new StoredCheckpoint(c.treeSize(), new byte[32], c.signedNote()));
    ledger.replaceBytes(25, ledger.text(25).replace("event 25", "event X"));
    ledger.recomputeHashes();

    Report report = audit();

    assertThat(report.findings()).hasSize(Findings.KEPT_PER_KIND + 1);
    assertThat(report.omittedFindings()).isEqualTo(41 - Findings.KEPT_PER_KIND);
    assertThat(report.firstBadIndex()).hasValue(25);
  }

  @Test
  void aDroppedTailIsFoundWithTheSavedCheckpoint() throws IOException {
    ledger.checkpoint(30);
    String saved = ledger.checkpoint(40);
    ledger.checkpoints.removeIf(c -> c.treeSize() > 30);
    ledger.entries.subList(30, 40).clear();
    ledger.recomputeNodes();

    Report report = audit(saved);

    assertThat(report.findings())
        .extracting(Finding::message)
        .containsExactly(
            "the ledger has 30 entries, fewer than the 40 of your checkpoint: entries 30..39 are"
                + " gone");
    assertThat(report.firstBad().orElseThrow())
        .extracting(Finding::from, Finding::to)
        .containsExactly(30L, 39L);
  }

  @Test
  void aDroppedTailLeavesItsNodesBehindEvenWithoutASavedCheckpoint() throws IOException {
    ledger.checkpoint(30);
    ledger.entries.subList(30, 40).clear();

    Report report = audit();

    assertThat(report.findings())
        .extracting(Finding::message)
        .contains(
            "a tree node at level 1, index 15 (entries 30..31) is stored, but the ledger has 30"
                + " entries");
  }

  @Test
  void theOldestSavedCheckpointIsProvedConsistentWithTheNewest() throws IOException {
    String saved = ledger.checkpoint(13);
    ledger.checkpoints.clear();
    ledger.checkpoint(40);

    Report report = audit(saved);

    assertThat(report.verified()).isTrue();
    assertThat(report.consistentFrom()).isEqualTo(13);
    assertThat(report.summary()).endsWith("consistent with your checkpoint of size 13");
  }

  @Test
  void aSavedCheckpointNotSignedByTheTrustedKeyIsRefusedOutright() {
    String foreign = new TestLedger().withEntries(3).checkpoint(3);

    assertThatThrownBy(() -> audit(foreign))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("your saved checkpoint does not verify with the trusted key");
  }

  @Test
  void anEmptyLedgerWithoutCheckpointsVerifiesButAFullOneNeedsACheckpoint() throws IOException {
    TestLedger empty = new TestLedger();
    assertThat(LedgerAudit.run(empty.source(), empty.key.verifier(), List.of()).verified())
        .isTrue();

    assertThat(audit().findings())
        .extracting(Finding::message)
        .containsExactly("no checkpoint signed by the trusted key covers any of the 40 entries");
  }

  @Test
  void aLedgerOfManyBatchesVerifiesAndItsChangesAreNamedAtTheirIndexes() throws IOException {
    TestLedger large = new TestLedger().withEntries(2 * ExaminedBatch.CAPACITY + 500);
    large.checkpoint(ExaminedBatch.CAPACITY);
    large.checkpoint(2 * ExaminedBatch.CAPACITY);
    large.checkpoint(2 * ExaminedBatch.CAPACITY + 500);

    Report untouched = LedgerAudit.run(large.source(), large.key.verifier(), List.of());

    assertThat(untouched.findings()).isEmpty();
    assertThat(untouched.verifiedSize()).isEqualTo(2 * ExaminedBatch.CAPACITY + 500);
    assertThat(untouched.root()).isEqualTo(new kz.ecase.merkle.MerkleTree(large.tree()).rootHash());

    large.replaceBytes(2100, large.text(2100).replace("event 2100", "event X"));
    large.entries.remove(1500);

    Report report = LedgerAudit.run(large.source(), large.key.verifier(), List.of());

    assertThat(report.firstBadIndex()).hasValue(1500);
    assertThat(report.findings())
        .extracting(Finding::message)
        .contains(
            "index 1500 missing: the next stored entry is 1501",
            "index 2100: the entry's bytes do not match its stored leaf hash");
  }
}
