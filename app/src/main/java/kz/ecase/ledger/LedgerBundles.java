package kz.ecase.ledger;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.ecase.identity.RecordScope;
import kz.ecase.kernel.Iin;
import kz.ecase.kernel.UnitCode;
import kz.ecase.ledger.persistence.Checkpoints.StoredCheckpoint;
import kz.ecase.ledger.persistence.LedgerEntries;
import kz.ecase.ledger.persistence.LedgerEntries.StoredEntry;
import kz.ecase.ledger.tree.CheckpointKey;
import kz.ecase.ledger.tree.CheckpointPublisher;
import kz.ecase.merkle.Hash;
import kz.ecase.merkle.InclusionProof;
import kz.ecase.platform.NotFoundException;
import kz.ecase.platform.database.ReplicaReads;
import org.springframework.stereotype.Service;

/**
 * Proofs a reader checks without trusting ecase: a record's {@link LedgerBundle} (its entries with
 * inclusion proofs to a signed checkpoint), consistency proofs between tree sizes and the root at a
 * size, hashes in base64. Who may read what is the caller's decision ({@link #scopeOf} tells whose
 * a record is); checkpoints and proofs are public.
 */
@Service
public class LedgerBundles {

  /** A signed checkpoint: the tree size it covers, its root (base64) and the signed note. */
  public record SignedCheckpoint(long treeSize, String rootHash, String signedNote) {}

  private final CheckpointPublisher checkpoints;
  private final CheckpointKey key;
  private final LedgerEntries entries;
  private final Map<String, RecordScopeSource> sources;
  private final ReplicaReads reads;

  LedgerBundles(
      CheckpointPublisher checkpoints,
      CheckpointKey key,
      LedgerEntries entries,
      List<RecordScopeSource> sources,
      ReplicaReads reads) {
    this.reads = reads;
    this.checkpoints = checkpoints;
    this.key = key;
    this.entries = entries;
    this.sources =
        sources.stream()
            .collect(Collectors.toMap(RecordScopeSource::recordType, Function.identity()));
  }

  /** A checkpoint of the tree as it is now (signed now if the tree grew since the last one). */
  public SignedCheckpoint latestCheckpoint() {
    StoredCheckpoint latest = checkpoints.latest();
    return new SignedCheckpoint(latest.treeSize(), base64(latest.rootHash()), latest.signedNote());
  }

  /**
   * Who may see the record: as the module owning records of its type says ({@link
   * RecordScopeSource}: a team, admitted lawyers), otherwise as its latest entry says (its unit and
   * subject); empty without either.
   */
  public Optional<RecordScope> scopeOf(RecordRef record) {
    RecordScopeSource source = sources.get(record.type());
    if (source != null) {
      Optional<RecordScope> owned = source.scopeOf(record.id());
      if (owned.isPresent()) {
        return owned;
      }
    }
    return entries
        .latestOfRecord(record.key())
        .map(
            entry ->
                new RecordScope(
                    UnitCode.of(entry.unit()),
                    entry.subject() == null ? null : Iin.of(entry.subject())));
  }

  /**
   * The record's entries covered by {@code checkpoint}, each with its inclusion proof to it (the
   * subtrees of all the proofs read in one query).
   *
   * @throws NotFoundException when the checkpoint covers none of the record's entries
   */
  public LedgerBundle bundle(RecordRef record, SignedCheckpoint checkpoint) {
    long size = checkpoint.treeSize();
    List<StoredEntry> history =
        entries.ofRecord(record.key()).stream().filter(entry -> entry.idx() < size).toList();
    if (history.isEmpty()) {
      throw new NotFoundException("No entries for " + record.key());
    }
    List<InclusionProof> proofs =
        checkpoints.withTree(
            size,
            tree -> history.stream().map(entry -> tree.inclusionProof(entry.idx(), size)).toList());
    List<LedgerBundle.Entry> bundled =
        java.util.stream.IntStream.range(0, history.size())
            .mapToObj(
                i ->
                    new LedgerBundle.Entry(
                        history.get(i).idx(),
                        base64(history.get(i).entry()),
                        base64(history.get(i).leafHash()),
                        hashes(proofs.get(i).path())))
            .toList();
    return new LedgerBundle(
        1, record.key(), key.signer().verifierKey(), checkpoint.signedNote(), bundled);
  }

  /**
   * The consistency proof (RFC 9162 2.1.4) from the tree of {@code from} entries to that of {@code
   * to}, hashes base64.
   *
   * @throws NotFoundException when the ledger has not reached {@code to} or {@code from > to}
   */
  public List<String> consistencyProof(long from, long to) {
    // served by the read replica when it has reached the size (verifiers ask often), else by the
    // primary, whose "not reached" is final
    return reads
        .readIfReplicated(
            db -> {
              if (to > entries.size(db)) {
                return Optional.<List<String>>empty();
              }
              if (from < 0 || from > to) {
                throw new NotFoundException(
                    "A tree of " + from + " entries cannot precede one of " + to);
              }
              return Optional.of(
                  hashes(checkpoints.withTree(db, to, t -> t.consistencyProof(from, to)).path()));
            })
        .orElseThrow(() -> notReached(to));
  }

  /** The root hash (base64) of the tree of its first {@code size} entries. */
  public String rootHash(long size) {
    requireReached(size);
    return size == 0
        ? Hash.emptyTree().base64()
        : checkpoints.withTree(size, tree -> tree.rootHash(size)).base64();
  }

  /** The number of sequenced entries. */
  public long size() {
    return entries.size();
  }

  private void requireReached(long treeSize) {
    if (treeSize > entries.size()) {
      throw notReached(treeSize);
    }
  }

  private NotFoundException notReached(long treeSize) {
    return new NotFoundException(
        "The ledger has " + entries.size() + " entries, fewer than " + treeSize);
  }

  private static List<String> hashes(List<Hash> path) {
    return path.stream().map(Hash::base64).toList();
  }

  private static String base64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }
}
