package kz.ecase.cases.court;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import kz.ecase.cases.court.integration.CourtSystem.KnownCheckpoint;
import kz.ecase.documents.DocumentHash;
import kz.ecase.documents.Documents;
import kz.ecase.documents.StoredDocument;
import kz.ecase.ledger.Ledger;
import kz.ecase.ledger.LedgerBundle;
import kz.ecase.ledger.LedgerBundles;
import kz.ecase.ledger.LedgerBundles.SignedCheckpoint;
import kz.ecase.ledger.RecordRef;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds a court file: a ZIP holding {@code manifest.json} (as sealed), every file it names (the
 * documents' PDFs, their signatures, media), {@code bundle.json} (the case's ledger entries with
 * inclusion proofs to a signed checkpoint, the seal among them) and {@code consistency.json} (the
 * consistency proof from the court's last known checkpoint to the bundle's). Everything in it
 * checks offline with the verifier's {@code check-court-file} and the ledger's verifier key; every
 * PDF with {@code openssl cms -verify}.
 */
@Component
class CourtFileBuilder {

  /**
   * The court's JSON files are written by a mapper with no settings of the application, so that the
   * verifier, reading them back with its own, finds them in the one form they can have.
   */
  static final JsonMapper JSON = JsonMapper.builder().build();

  static final String MANIFEST = "manifest.json";
  static final String BUNDLE = "bundle.json";
  static final String CONSISTENCY = "consistency.json";

  /** A built court file: the ZIP, its SHA-256, and the checkpoint its bundle leads to. */
  record CourtFile(byte[] zip, String sha256, long treeSize) {}

  /**
   * The consistency proof of a court file: from the tree the court knows to the bundle's.
   *
   * @param path RFC 9162 2.1.4, hashes base64
   */
  record Consistency(
      int format, long fromSize, String fromRoot, long toSize, String toRoot, List<String> path) {}

  /** The file cannot be built as it should be now; the attempt is retried later. */
  static class NotBuilt extends RuntimeException {

    private final boolean soon;

    NotBuilt(String message, boolean soon) {
      super(message);
      this.soon = soon;
    }

    /** Whether it is worth trying again in a moment (the ledger will have caught up). */
    boolean soon() {
      return soon;
    }
  }

  private final Documents storage;
  private final LedgerBundles bundles;
  private final Ledger ledger;

  CourtFileBuilder(Documents storage, LedgerBundles bundles, Ledger ledger) {
    this.storage = storage;
    this.bundles = bundles;
    this.ledger = ledger;
  }

  /**
   * The court file of a sending, with proofs to the ledger's latest checkpoint and a consistency
   * proof from {@code known}, the checkpoint the court knows.
   *
   * @throws NotBuilt when the seal is not in a checkpoint yet, or the court's checkpoint is not on
   *     this ledger
   */
  CourtFile build(
      UUID caseId, String manifestSha256, long sealReceipt, Instant sentAt, KnownCheckpoint known) {
    long seal =
        ledger
            .indexOf(sealReceipt)
            .orElseThrow(() -> new NotBuilt("the seal is not in the ledger yet", true));
    SignedCheckpoint checkpoint = bundles.latestCheckpoint();
    if (checkpoint.treeSize() <= seal) {
      throw new NotBuilt("no checkpoint covers the seal yet", true);
    }
    Consistency consistency = consistency(known, checkpoint);
    LedgerBundle bundle = bundles.bundle(new RecordRef("case", caseId.toString()), checkpoint);
    byte[] manifest = bytes(manifestSha256);
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      put(zip, MANIFEST, manifest, sentAt);
      for (JsonNode file : JSON.readTree(manifest).path("files")) {
        put(zip, file.path("name").asString(), bytes(file.path("sha256").asString()), sentAt);
      }
      put(zip, BUNDLE, JSON.writeValueAsBytes(bundle), sentAt);
      put(zip, CONSISTENCY, JSON.writeValueAsBytes(consistency), sentAt);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] zip = out.toByteArray();
    return new CourtFile(zip, DocumentHash.sha256(zip), checkpoint.treeSize());
  }

  /**
   * Waits (on the dispatcher's thread, at most {@code within}) until the ledger has sequenced the
   * entry of {@code receipt}: a seal just committed is usually sequenced within milliseconds.
   */
  boolean awaitSequenced(long receipt, java.time.Duration within) {
    long deadline = System.nanoTime() + within.toNanos();
    while (ledger.indexOf(receipt).isEmpty()) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return true;
  }

  private Consistency consistency(KnownCheckpoint known, SignedCheckpoint checkpoint) {
    long from = known.treeSize();
    if (from > checkpoint.treeSize()) {
      throw new NotBuilt(
          "the court knows a checkpoint of "
              + from
              + " entries, more than this ledger's "
              + checkpoint.treeSize()
              + ": it is not of this ledger",
          false);
    }
    String root = bundles.rootHash(from);
    if (!root.equals(known.rootHash())) {
      throw new NotBuilt(
          "the court's checkpoint of "
              + from
              + " entries has the root "
              + known.rootHash()
              + ", this ledger "
              + root
              + ": it is not of this ledger, or the ledger was changed",
          false);
    }
    return new Consistency(
        1,
        from,
        root,
        checkpoint.treeSize(),
        checkpoint.rootHash(),
        new ArrayList<>(bundles.consistencyProof(from, checkpoint.treeSize())));
  }

  private byte[] bytes(String sha256) {
    return storage
        .find(sha256)
        .map(StoredDocument::bytes)
        .orElseThrow(() -> new IllegalStateException("No stored file " + sha256));
  }

  private static void put(ZipOutputStream zip, String name, byte[] bytes, Instant at)
      throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setTime(at.toEpochMilli());
    zip.putNextEntry(entry);
    zip.write(bytes);
    zip.closeEntry();
  }
}
