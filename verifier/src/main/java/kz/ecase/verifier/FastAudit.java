package kz.ecase.verifier;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Future;
import kz.ecase.merkle.Checkpoint;
import kz.ecase.merkle.Hash;
import kz.ecase.merkle.NoteException;
import kz.ecase.merkle.NoteVerifier;
import kz.ecase.verifier.Finding.Kind;
import kz.ecase.verifier.RecordChains.Break;

/**
 * The fast path of {@code check-export}, kept apart from the reference audit ({@link LedgerAudit})
 * and small enough to read in one sitting with {@link FastBlocks}, {@link FastBlock} and {@link
 * FlatTreeEdge}. It checks, in an export file of format 2 laid out exactly as {@code export-db}
 * writes it, everything the reference checks: the indexes are 0, 1, 2, …; every entry's bytes hash
 * to its stored leaf hash; every entry is of format 1, about the record its row names, of the unit
 * and subject its row names, and its {@code previous} is its record's latest earlier index (null
 * for its first); every stored node is the node recomputed from the leaves, none missing or extra;
 * every checkpoint in the file is signed by the trusted key and matches the recomputed root at its
 * size, as does every checkpoint the auditor saved, and one of them covers the entries; none lies
 * beyond the entries.
 *
 * <p>It answers "shown", with the reference's own report of a verified ledger, or "not shown", with
 * the first thing that is wrong and the {@link Kind} of finding the reference makes of it (none
 * when the file itself cannot be read): it does not go on to list every finding nor locate the
 * first change as the reference does. Whenever it does not say "shown", the reference's report says
 * what is wrong. {@code FastAuditTest} holds its verdict and kind against the reference on random
 * ledgers, tampered and not.
 *
 * <p>Why it is fast: the entries' per-entry work (leaf hashes, the chain fields, the row columns)
 * is done by {@link FastBlock#examine} on every core, over large buffers of the file, with no
 * object per entry; the records' chains (each entry's {@code previous} against its record's latest
 * earlier index) are followed by {@link RecordChains} on two threads of their own, each for half of
 * the records; this class does, in order, only the rest of what depends on the order: indexes, the
 * tree's right edge, nodes and checkpoints, and it puts the first broken chain in order with what
 * it finds itself.
 */
final class FastAudit {

  /**
   * The answer: the reference's report of a verified ledger when shown; else why not and the kind
   * of finding it is (null when the file cannot be read as an export).
   */
  record Result(Report report, String reason, Kind kind) {
    boolean shown() {
      return report != null;
    }
  }

  private record Problem(Kind kind, String reason) {}

  private static final int H = FlatTreeEdge.H;

  private final NoteVerifier trustedKey;
  private final List<Checkpoint> saved;
  private final Progress progress;
  private final FlatTreeEdge tree = new FlatTreeEdge();
  private FastBlocks blocks;
  private RecordChains chains;
  private int passed;
  private long verifiedSize = -1;
  private int nextSaved;
  private int nodesSeen;
  private boolean endSeen;

  private FastAudit(NoteVerifier trustedKey, List<Checkpoint> saved, Progress progress) {
    this.trustedKey = trustedKey;
    this.saved = saved;
    this.progress = progress;
  }

  /** Whether the file begins as an export of format 2 does, the only kind the fast path reads. */
  static boolean applies(Path file) throws IOException {
    try (FastBlocks blocks = FastBlocks.open(file)) {
      return blocks.formatTwo();
    }
  }

  /** Checks the file quietly; see {@link #run(Path, NoteVerifier, List, Progress)}. */
  static Result run(Path file, NoteVerifier trustedKey, List<String> savedNotes)
      throws IOException {
    return run(file, trustedKey, savedNotes, Progress.silent());
  }

  /**
   * Checks the file against the trusted key and the checkpoints the auditor saved (each must verify
   * with the trusted key, as for the reference).
   *
   * @throws IllegalArgumentException if a saved checkpoint is not signed by the trusted key
   * @throws IOException if the file cannot be read
   */
  static Result run(Path file, NoteVerifier trustedKey, List<String> savedNotes, Progress progress)
      throws IOException {
    List<Checkpoint> saved = new ArrayList<>();
    for (String note : savedNotes) {
      try {
        saved.add(trustedKey.verifyCheckpoint(note));
      } catch (NoteException e) {
        throw new IllegalArgumentException(
            "your saved checkpoint does not verify with the trusted key: " + e.getMessage(), e);
      }
    }
    saved.sort(Comparator.comparingLong(Checkpoint::size));
    FastAudit audit = new FastAudit(trustedKey, saved, progress);
    try (FastBlocks blocks = FastBlocks.open(file);
        RecordChains chains = new RecordChains()) {
      audit.blocks = blocks;
      audit.chains = chains;
      Problem problem = audit.check();
      return problem == null
          ? new Result(audit.report(), null, null)
          : new Result(null, problem.reason(), problem.kind());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private Problem check() throws IOException {
    if (!blocks.formatTwo()) {
      return new Problem(null, "not an export file of format 2");
    }
    long expected = blocks.expectedEntries();
    progress.start(expected >= 0 ? OptionalLong.of(expected) : OptionalLong.empty());
    Problem problem = savedAtSize();
    if (problem != null) {
      return problem;
    }
    // the block checked before the current one, whose chains are taken once this one is checked
    FastBlock before = null;
    Future<Break>[] beforeChains = null;
    for (FastBlock block = blocks.next(); block != null; ) {
      Future<Break>[] blockChains = chains.start(block);
      problem = check(block);
      if (problem == null && block.damage() != null) {
        problem = new Problem(null, block.damage());
      }
      if (before != null) {
        Problem broken = broken(beforeChains, before.entries()); // before anything in this block
        blocks.recycle(before);
        if (broken != null) {
          return broken;
        }
      }
      if (problem != null) {
        Problem broken = broken(blockChains, passed);
        return broken != null ? broken : problem;
      }
      before = block;
      beforeChains = blockChains;
      block = endSeen ? null : blocks.next();
    }
    if (before != null) {
      problem = broken(beforeChains, before.entries());
      blocks.recycle(before);
    }
    if (problem == null && !endSeen) {
      problem = new Problem(null, "the file ends without its end record: it was cut short");
    }
    return problem;
  }

  /**
   * The block's first broken chain, as a problem, when it lies among its first {@code entries}:
   * those that passed the in-order checks, before the first problem found there (if any).
   */
  private static Problem broken(Future<Break>[] blockChains, int entries)
      throws InterruptedIOException {
    Break first = RecordChains.firstBreak(blockChains);
    return first != null && first.entry() < entries
        ? new Problem(Kind.ENTRY, first.reason())
        : null;
  }

  /**
   * Checks the block's records in order, all but the records' chains ({@link RecordChains}); the
   * first problem, or null. Counts in {@link #passed} the block's entries that passed.
   */
  private Problem check(FastBlock block) {
    ByteBuffer view = block.view();
    passed = 0;
    int e = 0;
    for (int r = 0; r < block.records(); r++) {
      byte tag = block.tag(r);
      int at = block.recordAt(r);
      if (tag != BinaryExport.NODE && nodesSeen < tree.completedLevels()) {
        return missingNode();
      }
      Problem problem =
          switch (tag) {
            case BinaryExport.ENTRY -> entry(block, e++);
            case BinaryExport.NODE -> node(view, at);
            case BinaryExport.CHECKPOINT -> checkpoint(block.bytes(), view.getInt(at + 1), at + 5);
            default -> end();
          };
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  private Problem entry(FastBlock block, int e) {
    long size = tree.size();
    long index = block.index(e);
    if (index != size) {
      return new Problem(Kind.INDEX, "the entry after index " + (size - 1) + " is index " + index);
    } else if (!block.leafMatches(e)) {
      return new Problem(
          Kind.LEAF_HASH, "index " + index + ": the entry's bytes do not hash to its leaf hash");
    } else if (block.problem(e) != null) {
      return new Problem(Kind.ENTRY, block.problem(e));
    }
    passed = e + 1; // its chain, checked apart, comes before anything after it
    tree.append(block.leaves(), e * H, block.nodes(), block.nodeAt(e), block.nodesKnown(e));
    nodesSeen = 0;
    progress.update(tree.size(), blocks.bytesRead());
    return savedAtSize();
  }

  /** The stored node that must follow the entry, the next level of those it completed. */
  private Problem node(ByteBuffer view, int at) {
    int level = nodesSeen + 1;
    long index = (tree.size() >>> level) - 1;
    if (level > tree.completedLevels()
        || view.getInt(at + 1) != level
        || view.getLong(at + 5) != index
        || view.getInt(at + 13) != H
        || !tree.completedEquals(level, view.array(), at + 17)) {
      return new Problem(
          Kind.NODE,
          level > tree.completedLevels()
              ? "a stored node that the tree of " + tree.size() + " entries does not have"
              : "the stored node at level "
                  + level
                  + ", index "
                  + index
                  + " differs or is missing");
    }
    nodesSeen++;
    return null;
  }

  private Problem missingNode() {
    int level = nodesSeen + 1;
    return new Problem(
        Kind.NODE,
        "the stored node at level "
            + level
            + ", index "
            + ((tree.size() >>> level) - 1)
            + " is missing");
  }

  private Problem checkpoint(byte[] bytes, int length, int at) {
    String note = new String(bytes, at, length, StandardCharsets.UTF_8);
    Checkpoint checkpoint;
    try {
      checkpoint = trustedKey.verifyCheckpoint(note);
    } catch (NoteException e) {
      return new Problem(Kind.SIGNATURE, "a checkpoint is not signed by the trusted key");
    }
    if (checkpoint.size() > tree.size()) {
      return new Problem(
          Kind.TAIL,
          "a checkpoint of size " + checkpoint.size() + " follows entry " + (tree.size() - 1));
    }
    return matches(checkpoint) ? null : mismatch("the checkpoint", checkpoint);
  }

  private Problem end() {
    endSeen = true;
    if (nextSaved < saved.size()) {
      return new Problem(
          Kind.TAIL,
          "your checkpoint of size "
              + saved.get(nextSaved).size()
              + " is beyond the "
              + tree.size()
              + " entries");
    } else if (tree.size() > 0 && verifiedSize <= 0) {
      return new Problem(
          Kind.CHECKPOINT, "no checkpoint signed by the trusted key covers the entries");
    }
    return null;
  }

  /** Compares the checkpoints the auditor saved of the size the tree has now reached. */
  private Problem savedAtSize() {
    while (nextSaved < saved.size() && saved.get(nextSaved).size() == tree.size()) {
      Checkpoint checkpoint = saved.get(nextSaved++);
      if (!matches(checkpoint)) {
        return mismatch("your checkpoint", checkpoint);
      }
    }
    return null;
  }

  /** Whether the checkpoint is of the size reached and its root is the recomputed one. */
  private boolean matches(Checkpoint checkpoint) {
    if (checkpoint.size() != tree.size()
        || !Arrays.equals(tree.root(), checkpoint.rootHash().bytes())) {
      return false;
    }
    verifiedSize = Math.max(verifiedSize, tree.size());
    return true;
  }

  private Problem mismatch(String whose, Checkpoint checkpoint) {
    return new Problem(
        Kind.CHECKPOINT,
        checkpoint.size() == tree.size()
            ? whose + " of size " + checkpoint.size() + " does not match the recomputed tree"
            : whose
                + " of size "
                + checkpoint.size()
                + " is stored after entry "
                + (tree.size() - 1));
  }

  /**
   * The report the reference makes of a verified ledger: with nothing found, every checkpoint
   * matched the tree recomputed from the same entries, so the oldest one saved is consistent with
   * the newest (the older tree is a prefix of the newer), and entries below the largest are intact.
   */
  private Report report() {
    return new Report(
        tree.size(),
        new Hash(tree.root()),
        verifiedSize,
        saved.isEmpty() ? -1 : saved.get(0).size(),
        List.of(),
        0,
        Math.max(verifiedSize, 0));
  }
}
