package kz.ecase.verifier;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.ecase.merkle.Hash;

/**
 * The stored nodes and checkpoints an export file holds between its entries, read but not yet asked
 * for. Each is tagged with the number of entries before it in the file, and shown only once the
 * audit has reached that many: the audit reads entries ahead of its checks, yet sees every node and
 * checkpoint exactly when a file read in step with it would show it. A node asked for that the file
 * repeats is the last copy shown by then, as if each copy replaced the one before.
 */
final class ExportItems {

  private record Address(int level, long index) {}

  /** One copy of a stored node, newest first, with the copies read before it. */
  private record Copy(byte[] hash, long shownFrom, Copy earlier) {}

  private record Pending(StoredCheckpoint checkpoint, long claimedSize, long shownFrom) {}

  private final Map<Address, Copy> nodes = new LinkedHashMap<>();
  private final List<Pending> checkpoints = new ArrayList<>();
  private long entriesBefore;

  /** Notes that what is read next lies after {@code count} entries of the file. */
  void entriesBefore(long count) {
    entriesBefore = count;
  }

  void addNode(int level, long index, byte[] hash) {
    nodes.compute(
        new Address(level, index), (address, earlier) -> new Copy(hash, entriesBefore, earlier));
  }

  void addCheckpoint(StoredCheckpoint checkpoint) {
    checkpoints.add(new Pending(checkpoint, checkpoint.claimedSize(), entriesBefore));
  }

  /** The stored node, asked once the audit has {@code (index + 1) * 2^level} entries. */
  Optional<Hash> storedNode(int level, long index) {
    Address address = new Address(level, index);
    Copy newest = nodes.get(address);
    if (newest == null) {
      return Optional.empty();
    }
    long reached = (index + 1) << level;
    if (newest.shownFrom() <= reached) {
      nodes.remove(address);
      return hash(newest);
    }
    return shownBefore(address, newest, reached);
  }

  /** Of the copies of a node some of which lie beyond {@code reached}, the last one before. */
  private Optional<Hash> shownBefore(Address address, Copy newest, long reached) {
    List<Copy> later = new ArrayList<>();
    Copy shown = newest;
    while (shown != null && shown.shownFrom() > reached) {
      later.add(shown);
      shown = shown.earlier();
    }
    if (shown == null) {
      return Optional.empty();
    }
    Copy kept = null;
    for (int i = later.size() - 1; i >= 0; i--) {
      kept = new Copy(later.get(i).hash(), later.get(i).shownFrom(), kept);
    }
    nodes.put(address, kept);
    return hash(shown);
  }

  private static Optional<Hash> hash(Copy copy) {
    byte[] hash = copy.hash();
    if (hash == null) {
      return Optional.empty();
    }
    return Optional.of(hash.length == Hash.SIZE ? new Hash(hash) : new Hash(new byte[Hash.SIZE]));
  }

  /** Every node not asked for, its last copy, in the order first read. */
  List<StoredNode> strayNodes() {
    List<StoredNode> stray = new ArrayList<>();
    nodes.forEach(
        (address, newest) ->
            stray.add(new StoredNode(address.level(), address.index(), newest.hash())));
    nodes.clear();
    return stray;
  }

  /** Checkpoints shown by {@code treeSize} entries whose size is at most that, smallest first. */
  List<StoredCheckpoint> checkpointsUpTo(long treeSize) {
    if (checkpoints.isEmpty()) {
      return List.of();
    }
    List<Pending> due = new ArrayList<>();
    for (Iterator<Pending> i = checkpoints.iterator(); i.hasNext(); ) {
      Pending pending = i.next();
      if (pending.claimedSize() <= treeSize && pending.shownFrom() <= treeSize) {
        due.add(pending);
        i.remove();
      }
    }
    due.sort(Comparator.comparingLong(Pending::claimedSize));
    return due.stream().map(Pending::checkpoint).toList();
  }
}
