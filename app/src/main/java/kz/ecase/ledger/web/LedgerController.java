package kz.ecase.ledger.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import kz.ecase.identity.Authorization;
import kz.ecase.identity.RecordRead;
import kz.ecase.identity.RecordScope;
import kz.ecase.kernel.Iin;
import kz.ecase.kernel.UnitCode;
import kz.ecase.ledger.LedgerBundle;
import kz.ecase.ledger.LedgerBundles;
import kz.ecase.ledger.RecordRef;
import kz.ecase.ledger.persistence.LedgerEntries;
import kz.ecase.ledger.persistence.LedgerEntries.StoredEntry;
import kz.ecase.ledger.tree.CheckpointKey;
import kz.ecase.ledger.tree.CheckpointPublisher;
import kz.ecase.merkle.Hash;
import kz.ecase.merkle.InclusionProof;
import kz.ecase.platform.NotFoundException;
import kz.ecase.platform.database.ReplicaReads;
import kz.ecase.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read-only access to the ledger. Checkpoints, the verifying key and proofs are public (hashes
 * only); entries and bundles only for users allowed to see the record.
 */
@RestController
@RequestMapping("/api/ledger")
@Tag(name = "Ledger")
class LedgerController {

  /** An inclusion proof: the audit path of RFC 9162 2.1.3, hashes base64, leaf to root. */
  record InclusionProofResponse(long index, long treeSize, String leafHash, List<String> path) {}

  /** A consistency proof of RFC 9162 2.1.4, hashes base64. */
  record ConsistencyProofResponse(long from, long to, List<String> path) {}

  /** One entry: its canonical bytes and leaf hash, base64. */
  record EntryResponse(long index, String record, String entry, String leafHash) {}

  private final CheckpointPublisher checkpoints;
  private final CheckpointKey key;
  private final LedgerEntries entries;
  private final LedgerBundles bundles;
  private final Authorization authorization;
  private final ReplicaReads reads;

  LedgerController(
      ReplicaReads reads,
      CheckpointPublisher checkpoints,
      CheckpointKey key,
      LedgerEntries entries,
      LedgerBundles bundles,
      Authorization authorization) {
    this.reads = reads;
    this.checkpoints = checkpoints;
    this.key = key;
    this.entries = entries;
    this.bundles = bundles;
    this.authorization = authorization;
  }

  @GetMapping(value = "/checkpoint", produces = MediaType.TEXT_PLAIN_VALUE)
  @Operation(summary = "The latest signed checkpoint (C2SP signed note); public")
  String checkpoint() {
    return checkpoints.latest().signedNote();
  }

  @GetMapping(value = "/verifying-key", produces = MediaType.TEXT_PLAIN_VALUE)
  @Operation(summary = "The checkpoint key as a signed-note verifier key; public")
  String verifyingKey() {
    return key.signer().verifierKey() + "\n";
  }

  @GetMapping("/proofs/inclusion")
  @Operation(summary = "Inclusion proof of entry `index` in the tree of `treeSize` entries; public")
  InclusionProofResponse inclusion(
      @RequestParam @Min(0) long index, @RequestParam @Min(1) long treeSize) {
    if (index >= treeSize) {
      throw new NotFoundException(
          "Entry " + index + " is not in a tree of " + treeSize + " entries");
    }
    // served by the read replica when it has reached the size, else by the primary
    return reads
        .readIfReplicated(db -> inclusion(db, index, treeSize))
        .orElseThrow(() -> notReached(treeSize));
  }

  private Optional<InclusionProofResponse> inclusion(JdbcClient db, long index, long size) {
    if (size > entries.size(db)) {
      return Optional.empty();
    }
    InclusionProof proof = checkpoints.withTree(db, size, tree -> tree.inclusionProof(index, size));
    byte[] leafHash = entries.leafHash(db, index).orElseThrow();
    return Optional.of(
        new InclusionProofResponse(
            index, size, base64(leafHash), proof.path().stream().map(Hash::base64).toList()));
  }

  @GetMapping("/proofs/consistency")
  @Operation(summary = "Consistency proof between tree sizes `from` and `to`; public")
  ConsistencyProofResponse consistency(
      @RequestParam @Min(0) long from, @RequestParam @Min(0) long to) {
    return new ConsistencyProofResponse(from, to, bundles.consistencyProof(from, to));
  }

  @GetMapping("/entries/{index}")
  @SecurityRequirement(name = "bearer")
  @Operation(summary = "One entry's bytes and leaf hash, for users allowed to see its record")
  @Transactional
  EntryResponse entry(
      @PathVariable @Min(0) long index,
      @RequestParam(defaultValue = "ledger entry") @Size(min = 1, max = RecordRead.MAX_PURPOSE)
          String purpose) {
    StoredEntry entry = entries.find(index).orElseThrow(() -> missing(index));
    RecordScope scope =
        bundles.scopeOf(RecordRef.ofKey(entry.recordKey())).orElseGet(() -> scopeOf(entry));
    authorization.requireRead(entry.recordKey(), scope, purpose);
    return new EntryResponse(
        index, entry.recordKey(), base64(entry.entry()), base64(entry.leafHash()));
  }

  @GetMapping("/bundles/{recordType}/{id}")
  @SecurityRequirement(name = "bearer")
  @Operation(
      summary = "A record's entries with inclusion proofs and a checkpoint, to check offline")
  @Transactional
  LedgerBundle bundle(
      @PathVariable String recordType,
      @PathVariable String id,
      @RequestParam(defaultValue = "ledger bundle") @Size(min = 1, max = RecordRead.MAX_PURPOSE)
          String purpose) {
    RecordRef record = new RecordRef(recordType, id);
    RecordScope scope =
        bundles
            .scopeOf(record)
            .orElseThrow(() -> new NotFoundException("No entries for " + record.key()));
    authorization.requireRead(record.key(), scope, purpose);
    return bundles.bundle(record, bundles.latestCheckpoint());
  }

  /**
   * An entry that is sequenced but not in the attached partitions was archived (its partition
   * detached): saying so tells nothing a public proof does not (that the index exists).
   */
  private RuntimeException missing(long index) {
    if (index < entries.size()) {
      return new ArchivedEntryException(index);
    }
    return new NotFoundException("No entry " + index);
  }

  @ExceptionHandler(ArchivedEntryException.class)
  ResponseEntity<ProblemDetail> archived(ArchivedEntryException ex) {
    return ResponseEntity.status(HttpStatus.GONE)
        .body(
            Problems.of(
                HttpStatus.GONE,
                "ledger-entry-archived",
                "Entry archived",
                "Entry "
                    + ex.index
                    + " is in archived storage: its payload is kept outside the database."
                    + " Its inclusion and consistency proofs are still served."));
  }

  /** The entry's partition was detached to archived storage. */
  static final class ArchivedEntryException extends RuntimeException {
    final long index;

    ArchivedEntryException(long index) {
      super("Entry " + index + " is archived");
      this.index = index;
    }
  }

  private NotFoundException notReached(long treeSize) {
    return new NotFoundException(
        "The ledger has " + entries.size() + " entries, fewer than " + treeSize);
  }

  private static RecordScope scopeOf(StoredEntry entry) {
    return new RecordScope(
        UnitCode.of(entry.unit()), entry.subject() == null ? null : Iin.of(entry.subject()));
  }

  private static String base64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }
}
