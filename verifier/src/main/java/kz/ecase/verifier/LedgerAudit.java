package kz.ecase.verifier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import kz.ecase.merkle.Checkpoint;
import kz.ecase.merkle.ConsistencyProof;
import kz.ecase.merkle.Hash;
import kz.ecase.merkle.NoteException;
import kz.ecase.merkle.NoteVerifier;
import kz.ecase.merkle.ProofException;
import kz.ecase.verifier.Finding.Kind;

/**
 * The audit of a whole ledger in one pass over an {@link EntrySource}: gap-free indexes, leaf
 * hashes, each entry against its row and its record's chain, the stored tree nodes against the tree
 * recomputed from the entries' bytes, and every checkpoint against the key the auditor trusts
 * (never a key the source offers) and against the recomputed roots. Memory stays small: the tree is
 * recomputed along its right edge, and only each record's latest index is kept. What depends on one
 * entry alone (its leaf hash, its fields, the subtrees within a batch) is worked out ahead on
 * worker threads by {@link ExaminedEntries}; everything that depends on the order runs here, in
 * order.
 */
public final class LedgerAudit {

  private final EntrySource source;
  private final NoteVerifier trustedKey;
  private final List<Checkpoint> saved;
  private final Progress progress;
  private final Findings findings = new Findings();
  private final EntryChain chain = new EntryChain();
  private final TreeEdge tree = new TreeEdge();
  private final TreeEdge.Completion nodeCompletion = this::compareNode;
  private final CheckpointTrail trail = new CheckpointTrail();
  private final ConsistencyWitness witness;
  private Checkpoint newestTrusted;
  private Hash recomputedAtNewest;
  private long verifiedSize = -1;
  private int nextSaved;
  private long expectedIndex;
  private long consistentFrom = -1;

  private LedgerAudit(
      EntrySource source, NoteVerifier trustedKey, List<Checkpoint> saved, Progress progress) {
    this.source = source;
    this.trustedKey = trustedKey;
    this.saved = saved;
    this.progress = progress;
    this.witness = saved.isEmpty() ? null : new ConsistencyWitness(saved.get(0).size());
  }

  /** Audits the source quietly; see {@link #run(EntrySource, NoteVerifier, List, Progress)}. */
  public static Report run(EntrySource source, NoteVerifier trustedKey, List<String> saved)
      throws IOException {
    return run(source, trustedKey, saved, Progress.silent());
  }

  /**
   * Audits the source against the trusted key and the checkpoints the auditor saved earlier.
   *
   * @param saved signed checkpoints the auditor kept, each verified with the trusted key
   * @throws IllegalArgumentException if a saved checkpoint is not signed by the trusted key: the
   *     auditor's own evidence does not hold, so nothing can be concluded
   * @throws IOException if the source cannot be read
   */
  public static Report run(
      EntrySource source, NoteVerifier trustedKey, List<String> saved, Progress progress)
      throws IOException {
    List<Checkpoint> verified = new ArrayList<>();
    for (String note : saved) {
      try {
        verified.add(trustedKey.verifyCheckpoint(note));
      } catch (NoteException e) {
        throw new IllegalArgumentException(
            "your saved checkpoint does not verify with the trusted key: " + e.getMessage(), e);
      }
    }
    verified.sort(Comparator.comparingLong(Checkpoint::size));
    try {
      return new LedgerAudit(source, trustedKey, verified, progress).run();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private Report run() throws IOException {
    progress.start(source.expectedEntries());
    checkpointsAt(0);
    long position = 0;
    try (ExaminedEntries batches = new ExaminedEntries(source)) {
      for (ExaminedBatch batch = batches.next(); batch != null; batch = batches.next()) {
        for (int i = 0; i < batch.size(); i++) {
          check(batch, i);
          position++;
          checkpointsAt(position);
          progress.update(position, source.bytesRead());
        }
      }
    }
    afterLastEntry(position);
    return new Report(
        position,
        tree.root(),
        verifiedSize,
        consistentFrom,
        findings.kept(),
        findings.omitted(),
        trail.intactBelow());
  }

  /** Checks entry {@code i} of the batch, whose leaf hash and fields the batch worked out. */
  private void check(ExaminedBatch batch, int i) {
    StoredEntry row = batch.row(i);
    long index = row.index();
    if (index > expectedIndex) {
      String missing =
          index == expectedIndex + 1
              ? "index " + expectedIndex + " missing"
              : "indexes " + expectedIndex + ".." + (index - 1) + " missing";
      findings.add(
          Finding.at(Kind.INDEX, expectedIndex, missing + ": the next stored entry is " + index));
      expectedIndex = index + 1;
    } else if (index < expectedIndex) {
      findings.add(
          Finding.at(
              Kind.INDEX,
              index,
              "index " + index + " appears again after index " + (expectedIndex - 1)));
    } else {
      expectedIndex++;
    }
    if (!batch.leafMatches(i)) {
      findings.add(
          Finding.at(
              Kind.LEAF_HASH,
              index,
              "index " + index + ": the entry's bytes do not match its stored leaf hash"));
    }
    String problem = chain.check(index, batch.chain(), i);
    if (problem != null) {
      findings.add(Finding.at(Kind.ENTRY, index, problem));
    }
    tree.append(batch.leaf(i), nodeCompletion, batch);
  }

  private void compareNode(int level, long index, Hash recomputed) {
    if (witness != null) {
      witness.completed(level, index, recomputed);
    }
    if (level == 0) {
      return;
    }
    Optional<Hash> stored;
    try {
      stored = source.storedNode(level, index);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (stored.isEmpty() || !stored.get().equals(recomputed)) {
      StoredNode node = new StoredNode(level, index, null);
      findings.add(
          Finding.within(
              Kind.NODE,
              node.firstEntry(),
              node.lastEntry(),
              "the stored tree node at level "
                  + level
                  + ", index "
                  + index
                  + " (entries "
                  + node.firstEntry()
                  + ".."
                  + node.lastEntry()
                  + ")"
                  + (stored.isEmpty()
                      ? " is missing"
                      : " differs from the one recomputed from the entries")));
    }
  }

  /** Checks the stored and saved checkpoints of the size the tree has just reached. */
  private void checkpointsAt(long size) throws IOException {
    for (StoredCheckpoint stored : source.checkpointsUpTo(size)) {
      Checkpoint checkpoint = trusted(stored);
      if (checkpoint == null) {
        continue;
      }
      if (checkpoint.size() != size) {
        findings.add(
            Finding.general(
                Kind.CHECKPOINT,
                "checkpoint of size "
                    + checkpoint.size()
                    + " is stored out of order, after entry "
                    + (size - 1)));
        continue;
      }
      compareRoot(checkpoint);
    }
    while (nextSaved < saved.size() && saved.get(nextSaved).size() == size) {
      compareRoot(saved.get(nextSaved++));
    }
  }

  /** The checkpoint if the trusted key signed it and its columns agree, else a finding and null. */
  private Checkpoint trusted(StoredCheckpoint stored) {
    Checkpoint checkpoint;
    try {
      checkpoint = trustedKey.verifyCheckpoint(stored.signedNote());
    } catch (NoteException e) {
      long claimed = stored.claimedSize();
      findings.add(
          Finding.general(
              Kind.SIGNATURE,
              (claimed >= 0 ? "checkpoint of size " + claimed : "a stored checkpoint")
                  + " is not signed by the trusted key ("
                  + e.getMessage()
                  + ")"));
      return null;
    }
    if (stored.treeSize() >= 0 && stored.treeSize() != checkpoint.size()) {
      findings.add(
          Finding.general(
              Kind.CHECKPOINT,
              "the checkpoint stored as size "
                  + stored.treeSize()
                  + " is signed for size "
                  + checkpoint.size()));
    } else if (stored.rootHash() != null
        && !Arrays.equals(stored.rootHash(), checkpoint.rootHash().bytes())) {
      findings.add(
          Finding.general(
              Kind.CHECKPOINT,
              "checkpoint of size "
                  + checkpoint.size()
                  + ": its stored root hash differs from the signed one"));
    }
    return checkpoint;
  }

  private void compareRoot(Checkpoint checkpoint) {
    boolean matches = tree.root().equals(checkpoint.rootHash());
    trail.record(checkpoint.size(), matches);
    if (matches && checkpoint.size() > verifiedSize) {
      verifiedSize = checkpoint.size();
    }
    if (witness != null && checkpoint.size() >= saved.get(0).size()) {
      witness.markEnd(tree);
      newestTrusted = checkpoint;
      recomputedAtNewest = tree.root();
    }
  }

  private void afterLastEntry(long size) throws IOException {
    long largestTrusted = -1;
    for (StoredCheckpoint stored : source.checkpointsUpTo(Long.MAX_VALUE)) {
      Checkpoint checkpoint = trusted(stored);
      if (checkpoint != null) {
        largestTrusted = Math.max(largestTrusted, checkpoint.size());
      }
    }
    if (largestTrusted > size) {
      findings.add(tailGone(size, largestTrusted, "a checkpoint signed by the trusted key"));
    }
    if (!saved.isEmpty() && saved.get(saved.size() - 1).size() > size) {
      long largest = saved.get(saved.size() - 1).size();
      findings.add(tailGone(size, largest, "your checkpoint"));
    }
    for (StoredNode node : source.strayNodes(size)) {
      findings.add(
          Finding.within(
              Kind.NODE,
              node.firstEntry(),
              node.lastEntry(),
              "a tree node at level "
                  + node.level()
                  + ", index "
                  + node.index()
                  + " (entries "
                  + node.firstEntry()
                  + ".."
                  + node.lastEntry()
                  + ") is stored, but the ledger has "
                  + size
                  + " entries"));
    }
    consistentFrom = consistentFrom();
    Finding bound = trail.bound();
    if (bound != null) {
      findings.add(bound);
    }
    if (size > 0 && verifiedSize <= 0 && bound == null && largestTrusted <= size) {
      findings.add(
          Finding.general(
              Kind.CHECKPOINT,
              "no checkpoint signed by the trusted key covers any of the " + size + " entries"));
    }
  }

  private static Finding tailGone(long size, long claimed, String whose) {
    String message =
        "the ledger has "
            + size
            + " entries, fewer than the "
            + claimed
            + " of "
            + whose
            + ": entries "
            + size
            + ".."
            + (claimed - 1)
            + " are gone";
    return Finding.within(Kind.TAIL, size, claimed - 1, message);
  }

  /** Proves the oldest saved checkpoint consistent with the newest trusted one; -1 if not shown. */
  private long consistentFrom() {
    if (witness == null || newestTrusted == null) {
      return -1;
    }
    Checkpoint oldest = saved.get(0);
    try {
      if (!recomputedAtNewest.equals(newestTrusted.rootHash())) {
        throw new ProofException(
            "the entries stored do not lead to the root of the checkpoint of size "
                + newestTrusted.size());
      }
      ConsistencyProof proof = witness.proof();
      proof.verify(oldest, newestTrusted);
      return oldest.size();
    } catch (ProofException e) {
      findings.add(
          Finding.general(
              Kind.CONSISTENCY,
              "your checkpoint of size "
                  + oldest.size()
                  + " is not consistent with the checkpoint of size "
                  + newestTrusted.size()
                  + ": "
                  + e.getMessage()));
      return -1;
    }
  }
}
