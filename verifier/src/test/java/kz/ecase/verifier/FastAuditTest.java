package kz.ecase.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import kz.ecase.merkle.NoteSigner;
import kz.ecase.verifier.Finding.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast path ({@link FastAudit}) against the reference ({@link LedgerAudit}) on random ledgers
 * from a seeded source: some written wrongly before their checkpoints were signed (a record's chain
 * broken, an entry deleted, a row's columns not the entry's, another format, entries the scanner
 * does not read: other layouts, escapes, text beyond ASCII, subjects padded with white space), then
 * tampered in every way the tamper tests know, and with random bits of the export file flipped. The
 * fast path says "shown" exactly when the reference finds nothing, with the reference's own
 * summary; when it does not, the kind of finding it names is one the reference makes. Seed and case
 * are in every failure's message.
 */
class FastAuditTest {

  private static final long SEED = Long.getLong("fast.seed", 20261208L);
  private static final int CASES = Integer.getInteger("fast.cases", 400);

  @TempDir Path directory;

  @Test
  void agreesWithTheReferenceOnRandomLedgers() throws IOException {
    Random random = new Random(SEED);
    int shown = 0;
    Set<Kind> kindsNamed = EnumSet.noneOf(Kind.class);
    for (int n = 0; n < CASES; n++) {
      TestLedger ledger = randomLedger(random);
      String written = writtenWrongly(ledger, random);
      signCheckpoints(ledger, random);
      List<String> saved = new ArrayList<>();
      if (!ledger.entries.isEmpty() && random.nextInt(3) == 0) {
        saved.add(ledger.checkpoint(random.nextInt(ledger.entries.size() + 1)));
        ledger.checkpoints.remove(ledger.checkpoints.size() - 1);
      }
      String tamper = tamper(ledger, random);
      Path file = export(ledger, n);
      String flipped = "";
      if (random.nextInt(4) == 0) {
        flipped = flipBit(file, random);
      }
      String what = "seed " + SEED + ", case " + n + ": " + written + ", " + tamper + flipped;

      FastAudit.Result fast = FastAudit.run(file, ledger.key.verifier(), saved);
      Report reference = reference(file, ledger, saved);
      String both = what + "; fast: " + fast.reason() + "; reference: " + summary(reference);

      assertThat(fast.shown()).as(both).isEqualTo(reference != null && reference.verified());
      if (fast.shown()) {
        shown++;
        assertThat(fast.report().summary()).as(both).isEqualTo(reference.summary());
        assertThat(fast.report().intactBelow()).as(both).isEqualTo(reference.intactBelow());
      } else if (fast.kind() != null && reference != null) {
        // the first few findings of each kind are always kept
        assertThat(reference.findings()).as(both).extracting(Finding::kind).contains(fast.kind());
        kindsNamed.add(fast.kind());
      }
      Files.delete(file);
    }
    assertThat(shown).as("cases shown intact").isBetween(CASES / 10, CASES * 9 / 10);
    assertThat(kindsNamed)
        .as("kinds of finding named")
        .contains(Kind.INDEX, Kind.LEAF_HASH, Kind.ENTRY, Kind.NODE, Kind.CHECKPOINT, Kind.TAIL);
  }

  /**
   * A ledger of many blocks ({@link FastBlocks#BLOCK} each), whose subtrees the workers work out
   * block by block and the in-order thread joins across blocks: shown with the reference's summary;
   * and with one stored node changed, one within a block (level 3) or spanning blocks (level 13, 8
   * 192 entries of about 480 bytes in the file), not shown, the reference finding that node.
   */
  @Test
  void aLedgerOfManyBlocksIsShownAndAChangedNodeIsFoundWithinAndAcrossBlocks() throws IOException {
    NoteSigner key = NoteSigner.generate(SyntheticLedger.ORIGIN);
    long size = 30_001;
    for (int[] changed : new int[][] {{0, 0}, {3, 1001}, {13, 1}, {1, 14_999}}) {
      SyntheticLedger ledger = new SyntheticLedger(size, 7_000, key, 7);
      EntrySource source =
          changed[0] == 0 ? ledger : withNodeChanged(ledger, changed[0], changed[1]);
      Path file = directory.resolve("many-blocks.export");
      try (OutputStream out = Files.newOutputStream(file)) {
        ExportFile.write(source, out, Progress.silent());
      }
      assertThat(Files.size(file)).isGreaterThan(8L * FastBlocks.BLOCK);
      List<String> saved = List.of(ledger.firstCheckpoint());

      FastAudit.Result fast = FastAudit.run(file, key.verifier(), saved);
      Report reference;
      try (ExportFile export = ExportFile.open(file)) {
        reference = LedgerAudit.run(export, key.verifier(), saved);
      }

      String what = "node at level " + changed[0] + ", index " + changed[1] + " changed";
      assertThat(fast.shown()).as(what + ": " + fast.reason()).isEqualTo(changed[0] == 0);
      assertThat(reference.verified()).as(what).isEqualTo(changed[0] == 0);
      if (fast.shown()) {
        assertThat(fast.report().summary()).isEqualTo(reference.summary());
      } else {
        assertThat(fast.kind()).as(what).isEqualTo(Kind.NODE);
        assertThat(reference.findings()).extracting(Finding::kind).contains(Kind.NODE);
      }
      Files.delete(file);
    }
  }

  /**
   * The records' chains are followed apart, on two threads, each for the records of one half
   * ({@link RecordChains}): over a ledger of several blocks whose entries alternate between two
   * records of different halves, an entry whose {@code previous} names the other record's latest
   * index is found in either half, as the reference finds it; and in order with what else is wrong:
   * before a leaf hash changed in a later block, after one changed in an earlier block, and the
   * earlier of two broken chains in the two halves, whichever half it is in.
   */
  @Test
  void aChainBrokenInEitherHalfIsFoundInOrderWithWhatElseIsWrong() throws IOException {
    String[] records = recordsInBothHalves();
    String[][] cases = { // chains broken at; leaf hash changed at (-1: none); what is found first
      {"", "-1", "shown"},
      {"7000", "-1", "7000"},
      {"7001", "-1", "7001"},
      {"7000", "11000", "7000"},
      {"7001", "11001", "7001"},
      {"7001", "3000", "leaf 3000"},
      {"7001,7010", "-1", "7001"},
      {"7000,7011", "-1", "7000"},
      {"7010,7001", "10500", "7001"},
    };
    for (String[] c : cases) {
      TestLedger ledger = new TestLedger().withEntries(12_000, records);
      for (String broken : c[0].isEmpty() ? new String[0] : c[0].split(",")) {
        int i = Integer.parseInt(broken);
        // the latest index of the other record: entries alternate between the two
        ledger.replaceBytes(
            i, ledger.text(i).replaceFirst("\"previous\":[^,]*", "\"previous\":" + (i - 1)));
      }
      ledger.recomputeHashes();
      String saved = ledger.checkpoint(12_000);
      int leaf = Integer.parseInt(c[1]);
      if (leaf >= 0) {
        StoredEntry e = ledger.entries.get(leaf);
        byte[] changed = e.leafHash().clone();
        changed[7] ^= 1;
        ledger.entries.set(leaf, withLeaf(e, changed));
      }
      Path file = export(ledger, 0);
      assertThat(Files.size(file)).isGreaterThan(4L * FastBlocks.BLOCK);

      FastAudit.Result fast = FastAudit.run(file, ledger.key.verifier(), List.of(saved));
      Report reference = reference(file, ledger, List.of(saved));
      String what = "chains broken at " + c[0] + ", leaf hash changed at " + c[1];
      if (c[2].equals("shown")) {
        assertThat(fast.shown()).as(what + ": " + fast.reason()).isTrue();
        assertThat(fast.report().summary()).isEqualTo(reference.summary());
      } else if (c[2].startsWith("leaf ")) {
        assertThat(fast.kind()).as(what + ": " + fast.reason()).isEqualTo(Kind.LEAF_HASH);
        assertThat(fast.reason()).startsWith("index " + c[2].substring(5) + ":");
      } else {
        assertThat(fast.kind()).as(what + ": " + fast.reason()).isEqualTo(Kind.ENTRY);
        assertThat(fast.reason())
            .isEqualTo(
                "index "
                    + c[2]
                    + ": its previous is not its record's latest earlier index ("
                    + (Integer.parseInt(c[2]) - 2)
                    + ")");
        assertThat(reference.findings()).extracting(Finding::kind).contains(Kind.ENTRY);
      }
      Files.delete(file);
    }
  }

  /**
   * Two record ids of {@link TestLedger}, the first's record in one half, the second's in the
   * other.
   */
  private static String[] recordsInBothHalves() {
    long[] packed = new long[LatestIndexes.KEY_LONGS];
    String[] byHalf = new String[2];
    for (int n = 0; byHalf[0] == null || byHalf[1] == null; n++) {
      LatestIndexes.pack("registration/r" + n, packed, 0);
      byHalf[LatestIndexes.half(packed, 0, null)] = "r" + n;
    }
    return byHalf;
  }

  /** The source with the stored node at {@code level}, {@code index} changed in one bit. */
  private static EntrySource withNodeChanged(EntrySource source, int level, long index) {
    return new EntrySource() {
      @Override
      public java.util.OptionalLong expectedEntries() throws IOException {
        return source.expectedEntries();
      }

      @Override
      public StoredEntry nextEntry() throws IOException {
        return source.nextEntry();
      }

      @Override
      public java.util.Optional<kz.ecase.merkle.Hash> storedNode(int l, long i) throws IOException {
        java.util.Optional<kz.ecase.merkle.Hash> node = source.storedNode(l, i);
        if (l != level || i != index || node.isEmpty()) {
          return node;
        }
        byte[] bytes = node.get().bytes().clone();
        bytes[5] ^= 1;
        return java.util.Optional.of(new kz.ecase.merkle.Hash(bytes));
      }

      @Override
      public List<StoredNode> strayNodes(long treeSize) throws IOException {
        return source.strayNodes(treeSize);
      }

      @Override
      public List<StoredCheckpoint> checkpointsUpTo(long treeSize) throws IOException {
        return source.checkpointsUpTo(treeSize);
      }

      @Override
      public long bytesRead() {
        return source.bytesRead();
      }

      @Override
      public void close() throws IOException {
        source.close();
      }
    };
  }

  private static TestLedger randomLedger(Random random) {
    TestLedger ledger = new TestLedger();
    int entries = random.nextInt(4) == 0 ? random.nextInt(3) : random.nextInt(70);
    int records = 1 + random.nextInt(6);
    for (int i = 0; i < entries; i++) {
      ledger.add("r" + random.nextInt(records), "71000" + random.nextInt(3), "event " + i);
    }
    return ledger;
  }

  private static void signCheckpoints(TestLedger ledger, Random random) {
    int entries = ledger.entries.size();
    for (int c = random.nextInt(4); c > 0; c--) {
      ledger.checkpoint(random.nextInt(entries + 1));
    }
    if (random.nextBoolean()) {
      ledger.checkpoint(entries);
    }
    ledger.checkpoints.sort((a, b) -> Long.compare(a.claimedSize(), b.claimedSize()));
  }

  /**
   * Writes the ledger wrongly, or unusually, before its checkpoints are signed, every hash
   * recomputed: what only the entries' fields, their rows and the records' chains can show, and
   * what the fast path leaves to the reference's own code. Returns what was done.
   */
  private static String writtenWrongly(TestLedger ledger, Random random) {
    int size = ledger.entries.size();
    int kind = random.nextInt(24);
    if (size == 0 || kind >= 14) {
      return "written rightly";
    }
    int i = random.nextInt(size);
    StoredEntry e = ledger.entries.get(i);
    String text = ledger.text(i);
    String done;
    switch (kind) {
      case 0 -> {
        String previous = random.nextBoolean() ? "null" : String.valueOf(random.nextInt(size + 1));
        ledger.replaceBytes(i, text.replaceFirst("\"previous\":[^,]*", "\"previous\":" + previous));
        done = "entry " + i + "'s previous made " + previous;
      }
      case 1 -> {
        ledger.entries.remove(i);
        ledger.entries.replaceAll(x -> x.index() > i ? withIndex(x, x.index() - 1) : x);
        done = "entry " + i + " left out";
      }
      case 2 -> {
        ledger.replaceBytes(i, text.replace("\"id\":\"r", "\"id\":\"x"));
        done = "entry " + i + " about another record than its row";
      }
      case 3 -> {
        ledger.entries.set(i, withColumns(e, e.recordKey(), "719999", e.subject()));
        done = "row " + i + "'s unit not the entry's";
      }
      case 4 -> {
        ledger.replaceBytes(i, text.replace("\"format\":1", "\"format\":2"));
        done = "entry " + i + " of format 2";
      }
      case 5 -> {
        ledger.replaceBytes(i, text.replace("{\"actor\":", "{ \"actor\":"));
        done = "entry " + i + " with white space (parsed, not scanned)";
      }
      case 6 -> {
        ledger.replaceBytes(i, text.replace("\"actor\":\"officer\",", "") + " ");
        done = "entry " + i + " with no actor and a space at its end";
      }
      case 7 -> {
        ledger.replaceBytes(i, text.replace("\"what\":\"", "\"what\":\"\\u0041 \\\" "));
        done = "entry " + i + " with escapes in its payload";
      }
      case 8 -> {
        String id = e.recordKey().substring("registration/".length());
        ledger.replaceBytes(i, text.replace("\"id\":\"r", "\"id\":\"\\u0072"));
        done = "entry " + i + "'s record id " + id + " escaped";
      }
      case 9 -> {
        ledger.replaceBytes(i, text.replace("\"id\":\"r", "\"id\":\"дело"));
        ledger.entries.set(
            i, withColumns(e, e.recordKey().replace("/r", "/дело"), e.unit(), e.subject()));
        done = "entry " + i + "'s record id beyond ASCII";
      }
      case 10 -> {
        String[] padded = {"850315401231", " 850315401231\t", "\u3000850315401231", "85031540123"};
        String column = padded[random.nextInt(padded.length)];
        ledger.replaceBytes(i, text.replace("\"subject\":null", "\"subject\":\"850315401231\""));
        ledger.entries.set(i, withColumns(e, e.recordKey(), e.unit(), column));
        done = "entry " + i + " with a subject, its row's \"" + column + "\"";
      }
      case 11 -> {
        ledger.entries.set(i, withColumns(e, e.recordKey(), e.unit(), "850315401231"));
        done = "row " + i + " with a subject, its entry without";
      }
      case 12 -> {
        ledger.replaceBytes(i, text.replace("\"subject\":null", "\"subject\":\"850315401231\""));
        done = "entry " + i + " with a subject, its row without";
      }
      default -> {
        ledger.replaceBytes(i, "not JSON " + i);
        done = "entry " + i + " not JSON";
      }
    }
    ledger.recomputeHashes();
    return done;
  }

  private static StoredEntry withColumns(StoredEntry e, String key, String unit, String subject) {
    return new StoredEntry(e.index(), key, unit, subject, e.entry(), e.leafHash());
  }

  /** Changes the ledger as someone with access to the database might; returns what was done. */
  private static String tamper(TestLedger ledger, Random random) {
    int size = ledger.entries.size();
    int kind = random.nextInt(12);
    if (size == 0 || kind == 0) {
      return "untouched";
    }
    int i = random.nextInt(size);
    StoredEntry e = ledger.entries.get(i);
    switch (kind) {
      case 1 -> {
        ledger.replaceBytes(i, ledger.text(i).replace("event", "evenT"));
        return "entry " + i + " rewritten";
      }
      case 2 -> {
        ledger.replaceBytes(i, ledger.text(i).replace("event", "evenT"));
        ledger.recomputeHashes();
        return "entry " + i + " rewritten, every hash recomputed";
      }
      case 3 -> {
        byte[] leaf = e.leafHash().clone();
        leaf[random.nextInt(leaf.length)] ^= 1;
        ledger.entries.set(i, withLeaf(e, leaf));
        return "leaf hash " + i + " changed";
      }
      case 4 -> {
        if (ledger.nodes.isEmpty()) {
          return "untouched (no nodes)";
        }
        String address =
            new ArrayList<>(ledger.nodes.keySet()).get(random.nextInt(ledger.nodes.size()));
        if (random.nextBoolean()) {
          ledger.nodes.remove(address);
          return "node " + address + " removed";
        }
        ledger.nodes.get(address)[random.nextInt(32)] ^= 1;
        return "node " + address + " changed";
      }
      case 5 -> {
        ledger.entries.remove(i);
        return "entry " + i + " deleted";
      }
      case 6 -> {
        ledger.entries.remove(i);
        ledger.entries.replaceAll(
            x ->
                x.index() > i
                    ? new StoredEntry(
                        x.index() - 1,
                        x.recordKey(),
                        x.unit(),
                        x.subject(),
                        x.entry(),
                        x.leafHash())
                    : x);
        ledger.recomputeNodes();
        return "entry " + i + " deleted, later ones renumbered, nodes recomputed";
      }
      case 7 -> {
        int j = random.nextInt(size);
        StoredEntry other = ledger.entries.get(j);
        ledger.entries.set(i, withIndex(other, e.index()));
        ledger.entries.set(j, withIndex(e, other.index()));
        return "entries " + i + " and " + j + " swapped";
      }
      case 8 -> {
        int cut = 1 + random.nextInt(size - i);
        ledger.entries.subList(size - cut, size).clear();
        if (random.nextBoolean()) {
          ledger.recomputeNodes();
          return "last " + cut + " entries cut, nodes recomputed";
        }
        return "last " + cut + " entries cut";
      }
      case 9 -> {
        ledger.checkpoint(random.nextInt(size + 1), NoteSigner.generate(TestLedger.ORIGIN));
        ledger.checkpoints.sort((a, b) -> Long.compare(a.claimedSize(), b.claimedSize()));
        return "a checkpoint signed by another key";
      }
      case 10 -> {
        ledger.entries.set(
            i,
            new StoredEntry(
                e.index(), "registration/forged", e.unit(), e.subject(), e.entry(), e.leafHash()));
        return "row " + i + "'s record key changed";
      }
      default -> {
        ledger.add("late", "710001", "late");
        return "an entry appended after the last checkpoint";
      }
    }
  }

  private static StoredEntry withLeaf(StoredEntry e, byte[] leaf) {
    return new StoredEntry(e.index(), e.recordKey(), e.unit(), e.subject(), e.entry(), leaf);
  }

  private static StoredEntry withIndex(StoredEntry e, long index) {
    return new StoredEntry(index, e.recordKey(), e.unit(), e.subject(), e.entry(), e.leafHash());
  }

  private Path export(TestLedger ledger, int n) throws IOException {
    Path file = directory.resolve("case-" + n + ".export");
    try (OutputStream out = Files.newOutputStream(file)) {
      ExportFile.write(ledger.source(), out, Progress.silent());
    }
    return file;
  }

  private static String flipBit(Path file, Random random) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    int at = random.nextInt(bytes.length);
    int bit = random.nextInt(8);
    bytes[at] ^= (byte) (1 << bit);
    Files.write(file, bytes);
    return ", then bit " + bit + " of byte " + at + " of the file flipped";
  }

  /** The reference's report, or null when it could not read the file. */
  private static Report reference(Path file, TestLedger ledger, List<String> saved) {
    try (ExportFile source = ExportFile.open(file)) {
      return LedgerAudit.run(source, ledger.key.verifier(), saved);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static String summary(Report report) {
    return report == null ? "unreadable" : report.summary() + " " + report.findings();
  }
}
