package kz.ecase.verifier;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import kz.ecase.merkle.Checkpoint;
import kz.ecase.merkle.Hash;
import kz.ecase.merkle.NoteSigner;

/**
 * A ledger of any size made up as it is read, for benchmarks without a database: canonical format-1
 * entries of about 300 bytes as the application writes them (protocols, registrations,
 * investigations and decisions, each record with a chain of several entries, subjects, attachments,
 * Russian and Kazakh text, now and then an escaped quote), their leaf hashes, every complete
 * interior node as the tree grows, and a checkpoint signed with {@code key} every {@code every}
 * entries and at the end. The same seed gives the same ledger; memory does not grow with its size.
 */
final class SyntheticLedger implements EntrySource {

  static final String ORIGIN = "ecase.bench/ledger";

  private static final int ACTIVE_RECORDS = 4096;
  private static final String[][] KINDS = {
    {"protocol", "offences.ProtocolRegistered", "offences.FineImposed", "offences.FinePaid"},
    {"registration", "investigations.ReportRegistered", "investigations.ParticipantAdded"},
    {"investigation", "investigations.InvestigationStarted", "investigations.TermExtended"},
    {"decision", "offences.DecisionIssued", "offences.AppealFiled"}
  };
  private static final String[] NOTES = {
    "Превышение скорости",
    "Жылдамдықты асыру",
    "Кража велосипеда",
    "Парковка у дома 12",
    "Куәгер \"Ақжол\" ЖШС",
    "Speeding, 25 km/h over",
    "Отказ от подписи",
    "Продление срока"
  };
  private static final String[] ACTORS = {
    "k.nurlanov", "a.seitkali", "m.ivanova", "d.omarov", "zh.bekova", "s.petrov"
  };
  private static final String[] UNITS = {"710001", "710002", "750010", "750022", "190013"};

  /** A record being written to: its key parts, unit, subject and latest index. */
  private static final class Record {
    final String type;
    final String id;
    final String unit;
    final String subject;
    final String[] kind;
    long latest = -1;

    Record(String[] kind, String id, String unit, String subject) {
      this.kind = kind;
      this.type = kind[0];
      this.id = id;
      this.unit = unit;
      this.subject = subject;
    }
  }

  private final long size;
  private final long every;
  private final NoteSigner key;
  private final SplittableRandom random;
  private final Record[] active = new Record[ACTIVE_RECORDS];
  private final TreeEdge tree = new TreeEdge();
  private final TreeHasher hasher = new TreeHasher();
  private final List<StoredNode> completed = new ArrayList<>();
  private final List<StoredCheckpoint> signed = new ArrayList<>();
  private long next;
  private long records;
  private long entryBytes;
  private String firstCheckpoint;

  SyntheticLedger(long size, long every, NoteSigner key, long seed) {
    this.size = size;
    this.every = every;
    this.key = key;
    this.random = new SplittableRandom(seed);
  }

  /** The bytes of all entries made so far. */
  long entryBytes() {
    return entryBytes;
  }

  /** The first checkpoint signed, as an auditor would have saved it; null before. */
  String firstCheckpoint() {
    return firstCheckpoint;
  }

  /** The number of records the entries made so far are about. */
  long records() {
    return records;
  }

  @Override
  public OptionalLong expectedEntries() {
    return OptionalLong.of(size);
  }

  @Override
  public StoredEntry nextEntry() {
    if (next == size) {
      return null;
    }
    long index = next++;
    Record record = recordFor(index);
    Long previous = record.latest < 0 ? null : record.latest;
    record.latest = index;
    byte[] entry = entry(record, previous, index).getBytes(StandardCharsets.UTF_8);
    entryBytes += entry.length;
    Hash leaf = hasher.leaf(entry);
    completed.clear();
    tree.append(
        leaf,
        (level, at, hash) -> {
          if (level > 0) {
            completed.add(new StoredNode(level, at, hash.bytes()));
          }
        });
    if (next % every == 0 || next == size) {
      Hash root = tree.root();
      String note = key.sign(new Checkpoint(ORIGIN, next, root));
      signed.add(new StoredCheckpoint(next, root.bytes(), note));
      firstCheckpoint = firstCheckpoint == null ? note : firstCheckpoint;
    }
    return new StoredEntry(
        index, record.type + "/" + record.id, record.unit, record.subject, entry, leaf.bytes());
  }

  private Record recordFor(long index) {
    int slot = random.nextInt(ACTIVE_RECORDS);
    if (active[slot] == null || random.nextInt(5) == 0) {
      String[] kind = KINDS[random.nextInt(KINDS.length)];
      String unit = UNITS[random.nextInt(UNITS.length)];
      String id = unit + "26" + String.format("%07d", records++);
      String subject = random.nextInt(4) == 0 ? null : iin();
      active[slot] = new Record(kind, id, unit, subject);
    }
    return active[slot];
  }

  private String iin() {
    return String.format(
        "%02d%02d%02d%06d",
        60 + random.nextInt(40),
        1 + random.nextInt(12),
        1 + random.nextInt(28),
        random.nextInt(1_000_000));
  }

  /** The canonical JSON of an entry, keys in RFC 8785 order. */
  private String entry(Record record, Long previous, long index) {
    StringBuilder json = new StringBuilder(384);
    json.append("{\"actor\":\"").append(ACTORS[random.nextInt(ACTORS.length)]);
    json.append("\",\"attachments\":[");
    for (int i = random.nextInt(6) == 0 ? 1 : 0; i > 0; i--) {
      byte[] digest = new byte[32];
      random.nextBytes(digest);
      json.append("{\"name\":\"").append(record.type).append('-').append(index);
      json.append(".pdf\",\"sha256\":\"").append(HexFormat.of().formatHex(digest)).append("\"}");
    }
    json.append("],\"format\":1,\"payload\":{");
    json.append("\"article\":\"").append(100 + random.nextInt(600)).append('-');
    json.append(1 + random.nextInt(9));
    json.append("\",\"note\":\"").append(NOTES[random.nextInt(NOTES.length)].replace("\"", "\\\""));
    json.append("\",\"step\":").append(random.nextInt(40));
    json.append("},\"previous\":").append(previous);
    json.append(",\"record\":{\"id\":\"").append(record.id);
    json.append("\",\"type\":\"").append(record.type);
    json.append("\"},\"subject\":");
    json.append(record.subject == null ? "null" : "\"" + record.subject + "\"");
    json.append(",\"time\":\"2026-11-").append(10 + random.nextInt(20)).append('T');
    json.append(
        String.format(
            "%02d:%02d:%02d", random.nextInt(24), random.nextInt(60), random.nextInt(60)));
    json.append("Z\",\"type\":\"");
    json.append(record.kind[1 + random.nextInt(record.kind.length - 1)]);
    json.append("\",\"unit\":\"").append(record.unit).append("\"}");
    return json.toString();
  }

  private static StringBuilder twoDigits(StringBuilder text, int value) {
    return text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
  }

  @Override
  public Optional<Hash> storedNode(int level, long index) {
    for (StoredNode node : completed) {
      if (node.level() == level && node.index() == index) {
        return Optional.of(new Hash(node.hash()));
      }
    }
    return Optional.empty();
  }

  @Override
  public List<StoredNode> strayNodes(long treeSize) {
    return List.of();
  }

  @Override
  public List<StoredCheckpoint> checkpointsUpTo(long treeSize) {
    List<StoredCheckpoint> due = new ArrayList<>();
    signed.removeIf(checkpoint -> checkpoint.treeSize() <= treeSize && due.add(checkpoint));
    return due;
  }

  @Override
  public long bytesRead() {
    return entryBytes;
  }

  @Override
  public void close() {}
}
