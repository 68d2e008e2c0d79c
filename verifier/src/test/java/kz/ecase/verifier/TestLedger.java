package kz.ecase.verifier;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import kz.ecase.merkle.Checkpoint;
import kz.ecase.merkle.Hash;
import kz.ecase.merkle.InMemoryTree;
import kz.ecase.merkle.MerkleTree;
import kz.ecase.merkle.NoteSigner;

/**
 * A small ledger built in memory as the application builds it: entries in canonical key order with
 * their records' chains, leaf hashes, every complete interior node, and checkpoints signed with a
 * test key. Its rows can then be tampered with as an attacker with database access would.
 */
final class TestLedger {

  static final String ORIGIN = "ecase.test/ledger";

  final NoteSigner key = NoteSigner.generate(ORIGIN);
  final List<StoredEntry> entries = new ArrayList<>();
  final Map<String, byte[]> nodes = new LinkedHashMap<>();
  final List<StoredCheckpoint> checkpoints = new ArrayList<>();
  private final Map<String, Long> latest = new HashMap<>();

  /** Appends an entry for {@code record} (an id of type registration) and returns its index. */
  long add(String recordId, String unit, String what) {
    long index = append(recordId, unit, what);
    recomputeNodes();
    return index;
  }

  private long append(String recordId, String unit, String what) {
    long index = entries.size();
    Long previous = latest.put("registration/" + recordId, index);
    byte[] entry = entryJson(recordId, unit, what, previous).getBytes(StandardCharsets.UTF_8);
    entries.add(
        new StoredEntry(
            index, "registration/" + recordId, unit, null, entry, Hash.leaf(entry).bytes()));
    return index;
  }

  /** Appends {@code count} entries spread over three records. */
  TestLedger withEntries(int count) {
    return withEntries(count, "r0", "r1", "r2");
  }

  /** Appends {@code count} entries, entry {@code i} about {@code recordIds[i % length]}. */
  TestLedger withEntries(int count, String... recordIds) {
    for (int i = 0; i < count; i++) {
      append(recordIds[i % recordIds.length], "710001", "event " + i);
    }
    recomputeNodes();
    return this;
  }

  static String entryJson(String recordId, String unit, String what, Long previous) {
    return "{\"actor\":\"officer\",\"attachments\":[{\"name\":\"protocol.pdf\",\"sha256\":\""
        + "ab".repeat(32)
        + "\"}],\"format\":1,\"payload\":{\"what\":\""
        + what
        + "\"},\"previous\":"
        + previous
        + ",\"record\":{\"id\":\""
        + recordId
        + "\",\"type\":\"registration\"},\"subject\":null,\"time\":\"2026-11-23T10:15:30Z\","
        + "\"type\":\"test.Registered\",\"unit\":\""
        + unit
        + "\"}";
  }

  /** The tree over the stored leaf hashes. */
  InMemoryTree tree() {
    InMemoryTree tree = new InMemoryTree();
    entries.forEach(e -> tree.appendLeafHash(new Hash(e.leafHash())));
    return tree;
  }

  /** Signs and stores a checkpoint of the first {@code size} entries; returns the note. */
  String checkpoint(long size) {
    return checkpoint(size, key);
  }

  String checkpoint(long size, NoteSigner signer) {
    Hash root = new MerkleTree(tree()).rootHash(size);
    String note = signer.sign(new Checkpoint(ORIGIN, size, root));
    checkpoints.removeIf(c -> c.treeSize() == size);
    checkpoints.add(new StoredCheckpoint(size, root.bytes(), note));
    return note;
  }

  /** Signs a checkpoint at every size from 0 to the current size. */
  TestLedger checkpointEverySize() {
    for (long size = 0; size <= entries.size(); size++) {
      checkpoint(size);
    }
    return this;
  }

  /** Replaces entry {@code index}'s bytes, leaving its leaf hash as it was. */
  void replaceBytes(int index, String json) {
    StoredEntry e = entries.get(index);
    entries.set(
        index,
        new StoredEntry(
            e.index(),
            e.recordKey(),
            e.unit(),
            e.subject(),
            json.getBytes(StandardCharsets.UTF_8),
            e.leafHash()));
  }

  /** Recomputes every leaf hash from the bytes and every node from the leaves. */
  void recomputeHashes() {
    entries.replaceAll(
        e ->
            new StoredEntry(
                e.index(),
                e.recordKey(),
                e.unit(),
                e.subject(),
                e.entry(),
                Hash.leaf(e.entry()).bytes()));
    recomputeNodes();
  }

  void recomputeNodes() {
    nodes.clear();
    InMemoryTree tree = tree();
    for (int level = 1; (1L << level) <= tree.size(); level++) {
      for (long i = 0; (i + 1) << level <= tree.size(); i++) {
        nodes.put(level + "/" + i, tree.subtree(level, i).bytes());
      }
    }
  }

  String text(int index) {
    return new String(entries.get(index).entry(), StandardCharsets.UTF_8);
  }

  /** The ledger as a database would serve it: entries by index, checkpoints by size. */
  EntrySource source() {
    List<StoredEntry> byIndex = new ArrayList<>(entries);
    byIndex.sort(Comparator.comparingLong(StoredEntry::index));
    TreeMap<Long, StoredCheckpoint> bySize = new TreeMap<>();
    checkpoints.forEach(c -> bySize.put(c.claimedSize(), c));
    Map<String, byte[]> stored = new HashMap<>(nodes);
    return new EntrySource() {
      private int next;
      private long bytes;

      @Override
      public OptionalLong expectedEntries() {
        return OptionalLong.of(byIndex.size());
      }

      @Override
      public StoredEntry nextEntry() {
        if (next == byIndex.size()) {
          return null;
        }
        StoredEntry entry = byIndex.get(next++);
        bytes += entry.entry().length;
        return entry;
      }

      @Override
      public Optional<Hash> storedNode(int level, long index) {
        return Optional.ofNullable(stored.remove(level + "/" + index)).map(Hash::new);
      }

      @Override
      public List<StoredNode> strayNodes(long treeSize) {
        List<StoredNode> stray = new ArrayList<>();
        stored.forEach(
            (address, hash) -> {
              String[] parts = address.split("/");
              stray.add(new StoredNode(Integer.parseInt(parts[0]), Long.parseLong(parts[1]), hash));
            });
        return stray;
      }

      @Override
      public List<StoredCheckpoint> checkpointsUpTo(long treeSize) {
        Map<Long, StoredCheckpoint> due = bySize.headMap(treeSize, true);
        List<StoredCheckpoint> list = new ArrayList<>(due.values());
        due.clear();
        return list;
      }

      @Override
      public long bytesRead() {
        return bytes;
      }

      @Override
      public void close() {}
    };
  }
}
