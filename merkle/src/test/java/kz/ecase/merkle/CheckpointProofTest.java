package kz.ecase.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A log, its signed checkpoints, and an auditor who trusts only the log's verifier key. */
class CheckpointProofTest {

  private static final String ORIGIN = "ecase.example/registry";

  private final InMemoryTree log = new InMemoryTree();
  private final MerkleTree tree = new MerkleTree(log);
  private final NoteSigner logKey = NoteSigner.generate(ORIGIN);
  private final NoteVerifier auditor = NoteVerifier.fromVerifierKey(logKey.verifierKey());

  CheckpointProofTest() {
    for (int i = 0; i < 15; i++) {
      log.append(entry(i));
    }
  }

  @Test
  void anAuditorChecksAnEntryAgainstASignedCheckpoint() {
    String signed = logKey.sign(checkpoint(15));

    Checkpoint checkpoint = auditor.verifyCheckpoint(signed);
    tree.inclusionProof(7, 15).verify(entry(7), checkpoint);

    assertThat(checkpoint).isEqualTo(checkpoint(15));
  }

  @Test
  void anAlteredEntryIsNotInTheLog() {
    InclusionProof proof = tree.inclusionProof(7, 15);

    assertThatThrownBy(() -> proof.verify(entry(8), checkpoint(15)))
        .isInstanceOf(ProofException.class)
        .hasMessage("inclusion proof does not lead to the checkpoint's root");
  }

  @Test
  void anInclusionProofIsForTheCheckpointsTreeSize() {
    InclusionProof proof = tree.inclusionProof(7, 12);

    assertThatThrownBy(() -> proof.verify(entry(7), checkpoint(15)))
        .isInstanceOf(ProofException.class)
        .hasMessage(
            "the inclusion proof is for a tree of 12 entries, but the checkpoint is for 15");
  }

  @Test
  void anAuditorChecksThatTheLogOnlyGrew() {
    Checkpoint earlier = auditor.verifyCheckpoint(logKey.sign(checkpoint(12)));
    Checkpoint later = auditor.verifyCheckpoint(logKey.sign(checkpoint(15)));

    tree.consistencyProof(12, 15).verify(earlier, later);
  }

  @Test
  void aSmallerLaterCheckpointIsRefused() {
    ConsistencyProof proof = tree.consistencyProof(12, 15);

    assertThatThrownBy(() -> proof.verify(checkpoint(15), checkpoint(12)))
        .isInstanceOf(ProofException.class)
        .hasMessage("tree size 12 is smaller than the earlier checkpoint's 15");
  }

  @Test
  void aRewrittenLogIsCaught() {
    InMemoryTree forked = new InMemoryTree();
    for (int i = 0; i < 15; i++) {
      forked.append(i == 3 ? "rewritten".getBytes(StandardCharsets.UTF_8) : entry(i));
    }
    Checkpoint forkedLater = new Checkpoint(ORIGIN, 15, new MerkleTree(forked).rootHash());
    ConsistencyProof proof = new MerkleTree(forked).consistencyProof(12, 15);

    assertThatThrownBy(() -> proof.verify(checkpoint(12), forkedLater))
        .isInstanceOf(ProofException.class)
        .hasMessage("consistency proof does not lead to the earlier checkpoint's root");
  }

  @Test
  void checkpointsOfAnotherLogOrOtherSizesAreRefused() {
    ConsistencyProof proof = tree.consistencyProof(12, 15);
    Checkpoint otherLog = new Checkpoint("other.example/log", 15, tree.rootHash(15));

    assertThatThrownBy(() -> proof.verify(checkpoint(12), otherLog))
        .isInstanceOf(ProofException.class)
        .hasMessage(
            "the checkpoints are from different logs: ecase.example/registry and other.example/log");
    assertThatThrownBy(() -> proof.verify(checkpoint(11), checkpoint(15)))
        .isInstanceOf(ProofException.class)
        .hasMessage(
            "the consistency proof is for tree sizes 12 and 15, but the checkpoints are for 11 and 15");
  }

  @Test
  void twoDifferentCheckpointsOfTheSameSizeAreRefused() {
    ConsistencyProof proof = tree.consistencyProof(15, 15);
    Checkpoint other = new Checkpoint(ORIGIN, 15, tree.rootHash(14));

    assertThatThrownBy(() -> proof.verify(checkpoint(15), other))
        .isInstanceOf(ProofException.class)
        .hasMessage("both trees have 15 entries, but their roots differ");
  }

  @Test
  void aCheckpointSignedByAnotherKeyIsRefused() {
    String signed = NoteSigner.generate(ORIGIN).sign(checkpoint(15));

    assertThatThrownBy(() -> auditor.verifyCheckpoint(signed))
        .isInstanceOf(NoteException.class)
        .hasMessageStartingWith("the note is not signed by ecase.example/registry (key ID ");
  }

  private Checkpoint checkpoint(int size) {
    return new Checkpoint(ORIGIN, size, tree.rootHash(size));
  }

  private static byte[] entry(int i) {
    return ("protocol 710001-2024-" + i).getBytes(StandardCharsets.UTF_8);
  }
}
